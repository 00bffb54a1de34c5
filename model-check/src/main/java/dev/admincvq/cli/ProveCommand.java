package dev.admincvq.cli;

import dev.admincvq.matrix.Manifest;
import dev.admincvq.matrix.MatrixRow;
import dev.admincvq.matrix.MatrixRunner;
import dev.admincvq.proof.Conjunct;
import dev.admincvq.proof.ConjunctFile;
import dev.admincvq.proof.ModuleParses;
import dev.admincvq.proof.ProveReport;
import dev.admincvq.proof.Theorem;
import dev.admincvq.proof.TheoremFile;
import dev.admincvq.proof.TheoremStatus;
import dev.admincvq.tlc.SanyParser;
import dev.admincvq.tlc.TlcChecker;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code admincvq prove}: parses every module, checks the proof models, says what is and is not
 * checked.
 */
@Command(
    name = "prove",
    mixinStandardHelpOptions = true,
    header =
        "Parse every module, check the proof models; say per theorem what is and is not checked.",
    description = {
      "Parses every module of spec-tla/ and proofs/ with SANY (syntax, semantic and level",
      "analysis), checks the models of proofs/models/manifest.json (inductiveness of IInv, IInv on",
      "the reachable states, two of the models that drop one conjunct of IInv, refinement of",
      "AdminCvqActorsAtomic and its failure without the device's check; the other conjuncts' models",
      "are in proofs/models/manifest_by_hand.json, run by hand with matrix --manifest) and prints:",
      "per module, whether SANY parsed it; per theorem of",
      "proofs/theorems.json, its models with outcome and bounds, what they check and what no",
      "tool here checks; per conjunct of proofs/conjuncts.json, what dropping it gives. No TLAPS",
      "obligation is checked (TLAPS is not installable here). Exit code 0 when every module",
      "parses and every model gives what its manifest records, 1 otherwise."
    })
final class ProveCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();

  @Mixin WidthOption width = new WidthOption();

  @Option(
      names = "--traces",
      description = "also print the counterexample to induction of each cti_* model")
  boolean traces;

  @Override
  public Integer call() {
    PrintWriter out = width.fit(spec.commandLine(), spec.commandLine().getOut(), false);
    PrintWriter err = spec.commandLine().getErr();
    Path root = ProjectLayout.root().orElse(Path.of(""));
    Manifest manifest;
    List<Theorem> theorems;
    List<Conjunct> conjuncts;
    Manifest byHand;
    try {
      manifest = Manifest.read(root.resolve("proofs/models/manifest.json"));
      theorems = TheoremFile.read(root.resolve("proofs/theorems.json"));
      conjuncts = ConjunctFile.read(root.resolve("proofs/conjuncts.json"));
      byHand = Manifest.read(root.resolve("proofs/models/manifest_by_hand.json"));
    } catch (Manifest.ManifestException e) {
      err.println("admincvq: " + e.problem());
      return Exit.FAILURE;
    }
    List<SanyParser.Result> parses;
    try {
      parses = ModuleParses.parseAll(root, SanyParser.create());
    } catch (IOException e) {
      err.println("admincvq: " + root + ": cannot list the modules: " + e.getMessage());
      return Exit.FAILURE;
    }
    List<MatrixRow> rows =
        new MatrixRunner(TlcChecker.create(), Runtime.getRuntime().availableProcessors())
            .run(manifest, row -> err.println("checked " + row.model().name()), m -> p -> {});
    List<TheoremStatus> statuses = TheoremStatus.of(theorems, rows);
    ProveReport.lines(root, parses, statuses, conjuncts, rows, byHand.models(), traces)
        .forEach(out::println);
    boolean ok = ProveReport.allAsRecorded(parses, rows, statuses);
    out.println(
        ok
            ? "Every module parsed and every proof model gave what its manifest records; no TLAPS obligation was checked."
            : "Some module did NOT parse or some proof model did NOT give what its manifest records.");
    return ok ? 0 : Exit.MISMATCH;
  }
}
