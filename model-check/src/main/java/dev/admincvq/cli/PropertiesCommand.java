package dev.admincvq.cli;

import dev.admincvq.matrix.Manifest;
import dev.admincvq.properties.PrintedTable;
import dev.admincvq.properties.StatementReport;
import dev.admincvq.properties.Traceability;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code admincvq properties}: the traceability table, generated from the sources. */
@Command(
    name = "properties",
    mixinStandardHelpOptions = true,
    header = "Trace each property: statement quoted -> TLA+ property -> models -> tests.",
    description = {
      "Prints, generated from spec-tla/AdminCvqActors.tla's comments, the models' configurations and",
      "manifests (spec-tla/models, proofs/models, proofs/theorems.json) and the test sources, one",
      "row per property of the spec: the statement of the thread or the virtio spec its comment",
      "quotes (with its source), the models that check it (holds / violated / undecided), and the",
      "tests that assert it. Exit code 0, or 1 when a property quotes no statement or no model",
      "decides it (each such gap is also printed on stderr).",
      "With --statements: the table of spec-tla/statements-adminvq.json instead, every normative",
      "statement (MUST, SHOULD, MAY, ...) of the published administration virtqueue text quoted",
      "with its section and mapped to the definitions of spec-tla/AdminVq.tla that encode it",
      "(property, assumption, action guard, action effect, option) or out of scope with a reason.",
      "Exit code 1 when a statement is neither, names a definition the spec lacks, or is encoded",
      "by definitions none of whose comments quotes it."
    })
final class PropertiesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();

  @Mixin WidthOption width = new WidthOption();

  @Mixin FormatOption format = new FormatOption();

  @Option(
      names = "--statements",
      description =
          "print the normative statements of the published text against AdminVq.tla instead")
  boolean statements;

  @Override
  public Integer call() {
    PrintWriter out = width.fit(spec.commandLine(), spec.commandLine().getOut(), format.json());
    PrintWriter err = spec.commandLine().getErr();
    Path root = ProjectLayout.root().orElse(Path.of(""));
    PrintedTable table;
    try {
      table =
          statements
              ? StatementReport.project(root)
              : Traceability.of(Traceability.Sources.project(root));
    } catch (Manifest.ManifestException e) {
      err.println("admincvq: " + e.problem());
      return Exit.FAILURE;
    }
    out.print(format.json() ? table.json() : table.markdown());
    table.problems().forEach(p -> err.println("admincvq: " + p));
    return table.problems().isEmpty() ? 0 : Exit.MISMATCH;
  }
}
