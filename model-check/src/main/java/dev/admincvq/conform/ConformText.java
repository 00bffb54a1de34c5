package dev.admincvq.conform;

import dev.admincvq.model.Difference;
import dev.admincvq.model.State;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Text renderings of a conformance run for people. */
public final class ConformText {
  private ConformText() {}

  /** The implementation's constants: {@code DriverSync = barrier, DeviceCheck = wireGen, ...}. */
  public static String options(Map<String, String> options) {
    return options.entrySet().stream()
        .map(e -> e.getKey() + " = " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  /** Coverage and result, several lines; the first divergence in full. */
  public static String report(ConformanceReport r) {
    StringBuilder b = new StringBuilder();
    b.append("model:    ")
        .append(r.config().getFileName())
        .append(" (")
        .append(options(r.options()))
        .append(")\n");
    b.append(
        String.format(
            Locale.ROOT,
            "graph:    %d states, %d edges, %d initial state(s), explored in %.1f s%s%n",
            r.states(),
            r.edges(),
            r.initialStates(),
            r.explore().toMillis() / 1000.0,
            r.truncated() ? " (TRUNCATED)" : ""));
    b.append(
        String.format(
            Locale.ROOT,
            "coverage: %d/%d edges (%.1f%%) by %d paths from Init, %d steps%n",
            r.covered(),
            r.edges(),
            r.edges() == 0 ? 100.0 : 100.0 * r.covered() / r.edges(),
            r.paths(),
            r.steps()));
    b.append(
        String.format(
            Locale.ROOT,
            "replay:   %d/%d paths conform, %d diverge (%.1f s)%n",
            r.conforming(),
            r.paths(),
            r.diverging(),
            r.replay().toMillis() / 1000.0));
    r.firstDivergence().ifPresent(d -> b.append(divergence(d)).append('\n'));
    b.append(r.conforms() ? "result:   CONFORMS" : "result:   DIVERGES");
    return b.toString();
  }

  /** A divergence: the path so far, the action, the differing places, both states. */
  public static String divergence(Divergence d) {
    StringBuilder b = new StringBuilder();
    b.append("first divergence: path ")
        .append(d.path())
        .append(", step ")
        .append(d.step())
        .append('\n');
    b.append("  path so far:\n");
    b.append("    0. Init\n");
    for (int i = 0; i < d.pathSoFar().size(); i++) {
      b.append("    ").append(i + 1).append(". ").append(d.pathSoFar().get(i)).append('\n');
    }
    b.append("  action: ").append(d.action()).append('\n');
    d.refusal()
        .ifPresent(r -> b.append("  refused by the implementation: ").append(r).append('\n'));
    b.append("  differing (model vs implementation):\n");
    for (Difference x : d.differences()) {
      b.append("    ").append(difference(x)).append('\n');
    }
    b.append("  expected (model):\n").append(state(d.expected()));
    b.append("  actual (implementation):\n").append(state(d.actual()));
    return b.toString().stripTrailing();
  }

  /** {@code cmd[1].status: expected "ERR", actual "OK"}. */
  static String difference(Difference d) {
    return d.path() + ": expected " + d.leftText() + ", actual " + d.rightText();
  }

  private static String state(State s) {
    StringBuilder b = new StringBuilder();
    for (State.Binding x : s.bindings()) {
      b.append("    ").append(x.variable()).append(" = ").append(x.value()).append('\n');
    }
    return b.toString();
  }
}
