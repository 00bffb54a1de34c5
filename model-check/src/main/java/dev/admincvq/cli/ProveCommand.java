package dev.admincvq.cli;

import dev.admincvq.matrix.Manifest;
import dev.admincvq.matrix.MatrixRow;
import dev.admincvq.matrix.MatrixRunner;
import dev.admincvq.proof.Theorem;
import dev.admincvq.proof.TheoremFile;
import dev.admincvq.proof.TheoremStatus;
import dev.admincvq.tlc.TlcChecker;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code admincvq prove}: checks the proof models and says, per theorem, what is checked and what is not. */
@Command(
    name = "prove",
    mixinStandardHelpOptions = true,
    header = "Check the proof models; say per theorem what is and is not checked.",
    description = {
      "Checks the models of proofs/models/manifest.json (inductiveness of IInv, counterexamples",
      "to induction, refinement of AdminCvqAtomic and its failure on the unsafe design) and",
      "prints, per theorem of proofs/theorems.json: the models that check it and their outcome",
      "(which also means SANY parsed its module), what they check, to which bounds, and what",
      "no tool here checks (the TLAPS obligations: TLAPS is not installed). Exit code 0 when every",
      "model gives what its manifest records, 1 otherwise."
    })
final class ProveCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path root = ProjectLayout.root().orElse(Path.of(""));
    Manifest manifest;
    List<Theorem> theorems;
    try {
      manifest = Manifest.read(root.resolve("proofs/models/manifest.json"));
      theorems = TheoremFile.read(root.resolve("proofs/theorems.json"));
    } catch (Manifest.ManifestException e) {
      err.println("admincvq: " + e.problem());
      return Exit.FAILURE;
    }
    List<MatrixRow> rows =
        new MatrixRunner(TlcChecker.create())
            .run(manifest, row -> err.println("checked " + row.model().name()), p -> {});
    List<TheoremStatus> statuses = TheoremStatus.of(theorems, rows);
    for (TheoremStatus s : statuses) {
      Theorem t = s.theorem();
      out.println("THEOREM " + t.name() + " == " + t.statement() + "   (" + t.module() + ")");
      for (MatrixRow r : s.rows()) {
        out.println(
            String.format(
                Locale.ROOT,
                "  %-24s %-32s %s%s",
                r.model().name(),
                r.result().verdict().label() + r.result().violated().map(v -> " of " + v).orElse(""),
                r.asExpected() ? "as expected" : "NOT as expected: " + r.mismatches(),
                ""));
      }
      s.missingModels().forEach(m -> out.println("  " + m + ": no such model in the manifest"));
      out.println("  checked by TLC:   " + t.checked());
      out.println("  not checked:      " + t.unchecked());
      out.println();
    }
    boolean ok = statuses.stream().allMatch(TheoremStatus::checkedAsRecorded);
    out.println(ok ? "Every proof model gave what its manifest records; no TLAPS obligation was checked (TLAPS is not installed)."
        : "Some proof models did NOT give what their manifest records.");
    return ok ? 0 : Exit.MISMATCH;
  }
}
