package dev.admincvq.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.admincvq.deep.DeepRow;
import dev.admincvq.deep.DeepTable;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.StringJoiner;

/** Parts (f) and (g) of the benchmark as text and as JSON. */
public final class ScaleText {
  private ScaleText() {}

  /** Part (f) as text: one line per design that is not a quick violation, then the total. */
  public static String deep(DeepTiming f) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%n(f) the deep tier (matrix --deep): every design of the matrix at %s, invariants only, MAC symmetry, VF symmetry where NumVFs is fixed, %d design%s at once with %d worker%s each%n",
            boundsText(f),
            f.jobs(),
            f.jobs() == 1 ? "" : "s",
            f.workers(),
            f.workers() == 1 ? "" : "s"));
    for (DeepRow r : f.rows()) {
      if (r.result().violated().isEmpty() || !r.asExpected()) {
        out.append(
            String.format(
                Locale.ROOT,
                "  %-44s %-16s %,12d states %8.1f s%s%n",
                r.design().name(),
                r.result().verdict().label(),
                r.result().distinctStates(),
                r.result().duration().toMillis() / 1000.0,
                r.asExpected() ? "" : "  VERDICT CHANGED: " + String.join("; ", r.mismatches())));
      }
    }
    long violations = f.rows().stream().filter(r -> r.result().violated().isPresent()).count();
    out.append(
        String.format(
            Locale.ROOT,
            "  (%d designs violate an invariant, as in the quick tier: not listed)%n"
                + "deepMatrixSeconds = %.0f for %d designs, %,d distinct states; %d of %d give the quick tier's verdict"
                + " (goal < %.0f s: %s)%n",
            violations,
            f.seconds(),
            f.rows().size(),
            f.distinctStates(),
            f.same(),
            f.rows().size(),
            DeepTiming.GOAL_SECONDS,
            f.goalMet() ? "met" : "NOT met"));
    if (!f.goalMet()) {
      out.append(GoalText.why(f.why()));
    }
    out.append(vsRaw(f));
    return out.toString();
  }

  /**
   * Part (f)'s designs that hold, per second in this JVM against {@code java tlc2.TLC}: a table and
   * {@code deepStatesPerSecondVsRaw}; nothing when no design holds.
   */
  static String vsRaw(DeepTiming f) {
    OptionalDouble ratio = f.statesPerSecondVsRaw();
    if (!ratio.isPresent()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "the %d design%s that hold%s, each again in this JVM and by java tlc2.TLC in a process of its own, side by side (the same configuration and workers):%n"
                + "  %-44s %10s %10s %10s %10s %6s%n",
            f.vsRaw().size(),
            f.vsRaw().size() == 1 ? "" : "s",
            f.vsRaw().size() == 1 ? "s" : "",
            "design",
            "this JVM s",
            "states/s",
            "process s",
            "states/s",
            "ratio"));
    for (DeepVsRaw r : f.vsRaw()) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %-44s %10.1f %,10.0f %10.1f %,10.0f %6.2f%s%n",
              r.design(),
              r.embedded().seconds(),
              r.embeddedStatesPerSecond(),
              r.raw().seconds(),
              r.rawStatesPerSecond(),
              r.statesPerSecondVsRaw(),
              r.agrees() ? "" : "  DIFFERS: " + String.join("; ", r.differences())));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "deepStatesPerSecondVsRaw = %.3f (this JVM's states per second / java tlc2.TLC's, over those designs, the same states)%n",
            ratio.getAsDouble()));
    return out.toString();
  }

  /** Part (g) as text. */
  public static String distributed(DistributedTiming g) {
    return String.format(
        Locale.ROOT,
        "%n(g) %s, invariants only: TLC's distributed mode with %d local worker processes vs this JVM%n"
            + "this JVM:    %,d distinct states, exit %d, %.1f s%n"
            + "distributed: %,d distinct states, exit %d, %.1f s%n"
            + "distributedAgrees = %s (same distinct states and verdict)%n",
        g.model(),
        g.localWorkers(),
        g.single().distinct(),
        g.single().exitCode(),
        g.single().seconds(),
        g.distributed().distinct(),
        g.distributed().exitCode(),
        g.distributed().seconds(),
        g.agrees());
  }

  /**
   * Part (f) into {@code o}: {@code deepMatrixSeconds}, {@code deepMatrixModels}, {@code
   * deepMatrixBounds}, {@code deepStatesPerSecondVsRaw}, and the rows.
   */
  public static void deep(DeepTiming f, ObjectNode o) {
    o.put("deepMatrixSeconds", f.seconds());
    o.put("deepMatrixCpuSeconds", f.cpuSeconds());
    o.put("deepMatrixModels", f.rows().size());
    ObjectNode bounds = o.putObject("deepMatrixBounds");
    f.bounds().forEach(bounds::put);
    ObjectNode t = o.putObject("deep");
    t.put("goalSeconds", DeepTiming.GOAL_SECONDS);
    t.put("goalMet", f.goalMet());
    t.put("workers", f.workers());
    t.put("jobs", f.jobs());
    t.put("sameVerdicts", f.same());
    t.put("distinctStates", f.distinctStates());
    t.set("rows", DeepTable.json(f.rows()));
    OptionalDouble ratio = f.statesPerSecondVsRaw();
    if (ratio.isPresent()) {
      o.put("deepStatesPerSecondVsRaw", ratio.getAsDouble());
    } else {
      o.putNull("deepStatesPerSecondVsRaw");
    }
    ArrayNode raw = t.putArray("vsRaw");
    for (DeepVsRaw r : f.vsRaw()) {
      ObjectNode row = raw.addObject();
      row.put("design", r.design());
      row.put("agrees", r.agrees());
      row.put("statesPerSecondVsRaw", r.statesPerSecondVsRaw());
      side(r.embedded(), row.putObject("embedded"));
      side(r.raw(), row.putObject("process"));
    }
  }

  /** Part (g) into {@code o}: {@code distributedAgrees} and both sides. */
  public static void distributed(DistributedTiming g, ObjectNode o) {
    o.put("distributedAgrees", g.agrees());
    ObjectNode t = o.putObject("distributed");
    t.put("model", g.model());
    t.put("localWorkers", g.localWorkers());
    side(g.single(), t.putObject("single"));
    side(g.distributed(), t.putObject("distributed"));
  }

  private static void side(Measured m, ObjectNode o) {
    o.put("seconds", m.seconds());
    o.put("exitCode", m.exitCode());
    o.put("distinctStates", m.distinct());
    o.put("totalStates", m.total());
  }

  private static String boundsText(DeepTiming f) {
    StringJoiner out = new StringJoiner(", ");
    f.bounds().forEach((name, value) -> out.add(name + " " + value));
    return out.toString();
  }
}
