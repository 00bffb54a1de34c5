package dev.admincvq.proof;

import dev.admincvq.matrix.MatrixRow;
import dev.admincvq.matrix.ModelEntry;
import dev.admincvq.model.CheckResult;
import dev.admincvq.report.TracePrinter;
import dev.admincvq.tlc.SanyParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The text of {@code admincvq prove}: which modules SANY parsed, per theorem the models that check
 * it (outcome, bounds), per conjunct of IInv what dropping it gives, and what no tool here checks.
 */
public final class ProveReport {

  private ProveReport() {}

  /**
   * The report's lines.
   *
   * @param root the project root (paths are shown relative to it)
   * @param parses SANY's result for every module
   * @param theorems each theorem with its models' rows
   * @param conjuncts the conjuncts of IInv
   * @param rows every proof model's row
   * @param byHand the models run by hand ({@code proofs/models/manifest_by_hand.json}): not checked
   *     here, shown with the outcome they record
   * @param traces whether to print the counterexample of each CTI model
   */
  public static List<String> lines(
      Path root,
      List<SanyParser.Result> parses,
      List<TheoremStatus> theorems,
      List<Conjunct> conjuncts,
      List<MatrixRow> rows,
      List<ModelEntry> byHand,
      boolean traces) {
    List<String> out = new ArrayList<>();
    out.add("SANY (syntax, semantic and level analysis; no model checking):");
    for (SanyParser.Result p : parses) {
      out.add(
          "  "
              + (p.parsed() ? "parsed  " : "FAILED  ")
              + relative(root, p.module())
              + p.problem()
                  .map(pr -> "  " + pr)
                  .orElse("  (with " + String.join(", ", p.modules()) + ")"));
    }
    out.add("");
    for (TheoremStatus s : theorems) {
      Theorem t = s.theorem();
      out.add("THEOREM " + t.name() + " == " + t.statement() + "   (" + t.module() + ")");
      out.add("  parsed by SANY: " + parsedText(parses, t.module()));
      for (MatrixRow r : s.rows()) {
        out.add("  " + rowText(r));
      }
      s.missingModels().forEach(m -> out.add("  " + notRunHere(m, byHand)));
      out.add("  checked by TLC:   " + t.checked());
      out.add("  not checked:      " + t.unchecked());
      out.add("");
    }
    out.add(
        "IInv, conjunct by conjunct (models drop it: cti_k finds a counterexample to induction,");
    out.add("nocti_k finds none, goal_k shows the rest does not imply it):");
    for (Conjunct c : conjuncts) {
      out.add(
          String.format(
              Locale.ROOT,
              "  %2d %-22s %s: %s",
              c.number(),
              c.name(),
              c.role().label(),
              c.role().meaning()));
      for (String name : c.models()) {
        Optional<MatrixRow> row =
            rows.stream().filter(r -> r.model().name().equals(name)).findFirst();
        out.add(
            "       " + row.map(ProveReport::rowText).orElseGet(() -> notRunHere(name, byHand)));
        if (traces && c.role() == Conjunct.Role.CTI) {
          row.flatMap(r -> r.result().trace())
              .ifPresent(
                  tr -> TracePrinter.render(tr).lines().forEach(l -> out.add("         " + l)));
        }
      }
      if (!c.note().isBlank()) {
        out.add("       " + c.note());
      }
    }
    out.add("");
    out.add(
        "Not checked by any tool here: every TLAPS proof obligation (TLAPS cannot be installed from");
    out.add(
        "the package registries this project may use, so no step of a TLAPS proof was run through a");
    out.add("prover); anything beyond the bounds above.");
    return List.copyOf(out);
  }

  /** A model this run did not check: what the by-hand manifest records of it, or that none does. */
  private static String notRunHere(String name, List<ModelEntry> byHand) {
    return byHand.stream()
        .filter(m -> m.name().equals(name))
        .findFirst()
        .map(
            m ->
                String.format(
                    Locale.ROOT,
                    "%-26s by hand: recorded %s%s, %,d states; %s",
                    name,
                    m.expected().label(),
                    m.violated().map(v -> " of " + v).orElse(""),
                    m.distinctStates(),
                    bounds(m)))
        .orElse(name + ": no such model in the manifest or the by-hand manifest");
  }

  /** Every model gave what its manifest records and every module parsed. */
  public static boolean allAsRecorded(
      List<SanyParser.Result> parses, List<MatrixRow> rows, List<TheoremStatus> theorems) {
    return parses.stream().allMatch(SanyParser.Result::parsed)
        && rows.stream().allMatch(MatrixRow::asExpected)
        && theorems.stream().allMatch(TheoremStatus::checkedAsRecorded);
  }

  private static String parsedText(List<SanyParser.Result> parses, String module) {
    return parses.stream()
        .filter(p -> String.valueOf(p.module().getFileName()).equals(module))
        .findFirst()
        .map(
            p ->
                p.parsed()
                    ? "yes, with " + String.join(", ", p.modules())
                    : "NO: " + p.problem().map(Object::toString).orElse(""))
        .orElse("not among the parsed modules");
  }

  /** One model: name, outcome, states, bounds, and whether that is what the manifest records. */
  static String rowText(MatrixRow r) {
    CheckResult res = r.result();
    String outcome = res.verdict().label() + res.violated().map(v -> " of " + v).orElse("");
    String trace = res.trace().map(t -> ", " + t.length() + "-state trace").orElse("");
    boolean initial =
        res.verdict() == dev.admincvq.model.Verdict.SAFETY_FAILURE
            && res.stateDepth() == 0
            && res.trace().isEmpty();
    String states =
        initial
            ? "in an initial state"
            : String.format(Locale.ROOT, "%,9d states%s", res.distinctStates(), trace);
    return String.format(
        Locale.ROOT,
        "%-26s %-40s %s; %s; %s",
        r.model().name(),
        outcome,
        states,
        bounds(r.model()),
        r.asExpected() ? "as expected" : "NOT as expected: " + r.mismatches());
  }

  /**
   * The bounds of a proof model as its manifest entry records them, after the driver's
   * synchronisation option.
   */
  static String bounds(ModelEntry model) {
    String sync = model.options().getOrDefault("DriverSync", "");
    return (sync.isEmpty() ? "" : sync + ", ") + model.boundsText();
  }

  private static String relative(Path root, Path p) {
    Path a = root.toAbsolutePath().normalize();
    Path b = p.toAbsolutePath().normalize();
    return b.startsWith(a) ? a.relativize(b).toString() : b.toString();
  }
}
