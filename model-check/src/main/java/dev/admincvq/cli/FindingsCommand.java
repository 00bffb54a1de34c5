package dev.admincvq.cli;

import dev.admincvq.findings.Finding;
import dev.admincvq.findings.FindingsException;
import dev.admincvq.findings.FindingsFile;
import dev.admincvq.findings.FindingsRunner;
import dev.admincvq.findings.FindingsText;
import dev.admincvq.findings.ShownFinding;
import dev.admincvq.matrix.Manifest;
import dev.admincvq.tlc.TlcChecker;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.checkerframework.checker.nullness.qual.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code admincvq findings}: the findings of the published-text spec, each with its trace. */
@Command(
    name = "findings",
    mixinStandardHelpOptions = true,
    header = "Print the findings of AdminVq.tla, each with TLC's shortest counterexample.",
    description = {
      "Reads the findings (default: spec-tla/findings-adminvq.json): each ambiguity,",
      "contradiction, gap or defect of the published administration virtqueue text, with its",
      "section, the text quoted, its readings and a proposed wording. Checks the model each",
      "finding names with TLC in this JVM (one worker: breadth-first, so the counterexample is a",
      "shortest one) and prints the counterexample as the finding's trace. A defect of the text",
      "that no behaviour shows names no model and has no trace. Markdown is fit to paste into a",
      "virtio-comment mail. Nothing is printed unless every finding's model gives its",
      "counterexample. Exit code 0; 1 when a finding's model gives no counterexample (the",
      "finding and the model named); 2 for an unknown --finding, or when the findings file or",
      "the manifest cannot be read (file:line:column named)."
    })
final class FindingsCommand implements Callable<Integer> {
  static final String FINDINGS = "spec-tla/findings-adminvq.json";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();

  @Mixin FormatOption format = new FormatOption();

  @Option(
      names = "--finding",
      paramLabel = "ID",
      description = "print only the finding with this id")
  @Nullable String id;

  @Option(
      names = "--findings",
      paramLabel = "FILE",
      description = "the findings file (default: " + FINDINGS + " of this project)")
  @Nullable Path file;

  @Mixin ManifestOption manifest = new ManifestOption();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path given = file;
    Path findingsFile =
        given != null ? given : ProjectLayout.root().orElse(Path.of("")).resolve(FINDINGS);
    List<Finding> findings;
    Manifest models;
    try {
      findings = FindingsFile.read(findingsFile);
      models = Manifest.read(manifest.orDefault());
    } catch (FindingsException e) {
      err.println("admincvq: " + e.getMessage());
      return Exit.USAGE;
    } catch (Manifest.ManifestException e) {
      err.println("admincvq: " + e.problem());
      return Exit.USAGE;
    }
    String wanted = id;
    if (wanted != null) {
      findings = findings.stream().filter(f -> f.id().equals(wanted)).toList();
      if (findings.isEmpty()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--finding: no finding \"" + wanted + "\" in " + findingsFile);
      }
    }
    List<ShownFinding> shown;
    try {
      shown = new FindingsRunner(TlcChecker.create(), models).show(findings, name -> {});
    } catch (FindingsException e) {
      err.println("admincvq: " + e.getMessage());
      return Exit.MISMATCH;
    }
    out.print(format.json() ? FindingsText.json(shown) : FindingsText.markdown(shown));
    return 0;
  }
}
