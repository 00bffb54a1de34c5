package dev.admincvq.simulate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.admincvq.model.SimulationResult;
import dev.admincvq.report.ResultJson;
import dev.admincvq.report.TracePrinter;
import java.util.List;
import java.util.Locale;

/** A simulation's result for people (text) and for programs (JSON). */
public final class SimulationReport {
  private SimulationReport() {}

  /**
   * The verdict line, the violations per invariant, how often each action was taken, and the
   * shortest counterexample as numbered steps.
   */
  public static String text(SimulationResult r, List<String> dropped, TracePrinter.Detail detail) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%s (%s): %s%s; %,d behaviours (depth up to %d, seed %d), %,d steps, %,d ended with nothing enabled, %.2fs%n",
            r.spec().getFileName(),
            r.config().getFileName(),
            r.violated().isPresent() ? "safety failure" : "no violation found",
            r.violated().map(v -> " of " + v).orElse(""),
            r.behaviours(),
            r.depth(),
            r.seed(),
            r.steps(),
            r.deadEnds(),
            r.duration().toMillis() / 1000.0));
    if (!dropped.isEmpty()) {
      out.append("Invariants only: not checked ").append(String.join(", ", dropped)).append('\n');
    }
    if (!r.violations().isEmpty()) {
      out.append("Behaviours violating each invariant:\n");
      table(out, r.violations());
    }
    out.append("Actions taken:\n");
    table(out, r.fired());
    r.shortest()
        .ifPresent(
            t -> {
              out.append("Shortest counterexample, ").append(t.length()).append(" states:\n");
              out.append(TracePrinter.render(t, detail));
            });
    return out.toString();
  }

  private static void table(StringBuilder out, List<SimulationResult.Count> counts) {
    int width = counts.stream().mapToInt(c -> c.name().length()).max().orElse(0);
    long total = counts.stream().mapToLong(SimulationResult.Count::count).sum();
    for (SimulationResult.Count c : counts) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %-" + Math.max(1, width) + "s  %,12d  %5.1f%%%n",
              c.name(),
              c.count(),
              total == 0 ? 0.0 : 100.0 * c.count() / total));
    }
  }

  /** One JSON object: the result, the counts by name, the shortest counterexample's steps. */
  public static ObjectNode json(SimulationResult r, List<String> dropped) {
    ObjectNode o = ResultJson.head(r.spec(), r.config(), r.verdict(), r.violated());
    o.put("seed", r.seed());
    o.put("depth", r.depth());
    o.put("behaviours", r.behaviours());
    o.put("steps", r.steps());
    o.put("deadEnds", r.deadEnds());
    o.put("seconds", r.duration().toMillis() / 1000.0);
    dropped.forEach(o.putArray("notChecked")::add);
    ObjectNode fired = o.putObject("actions");
    r.fired().forEach(c -> fired.put(c.name(), c.count()));
    ObjectNode violations = o.putObject("violations");
    r.violations().forEach(c -> violations.put(c.name(), c.count()));
    if (r.shortest().isPresent()) {
      o.put("traceLength", r.shortest().get().length());
      o.set("trace", ResultJson.steps(r.shortest().get()));
    } else {
      o.putNull("trace");
    }
    return o;
  }
}
