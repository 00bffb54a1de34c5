package dev.admincvq.review;

import dev.admincvq.graph.StateGraph;
import dev.admincvq.model.State;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The variables both sides declare, on which their states are compared ({@link ProjectedStates}
 * numbers the states of both sides by them); a state of either side projected on them.
 *
 * @param shared the variables both sides have, in BASE's order
 * @param baseOnly variables only BASE has (hidden by the projection)
 * @param headOnly variables only HEAD has (hidden by the projection)
 */
public record Projection(List<String> shared, List<String> baseOnly, List<String> headOnly) {
  public Projection {
    shared = List.copyOf(shared);
    baseOnly = List.copyOf(baseOnly);
    headOnly = List.copyOf(headOnly);
  }

  static Projection of(StateGraph base, StateGraph head) {
    Set<String> b = variables(base);
    Set<String> h = variables(head);
    List<String> shared = b.stream().filter(h::contains).toList();
    List<String> baseOnly = b.stream().filter(v -> !h.contains(v)).toList();
    List<String> headOnly = h.stream().filter(v -> !b.contains(v)).toList();
    return new Projection(shared, baseOnly, headOnly);
  }

  private static Set<String> variables(StateGraph g) {
    Set<String> out = new LinkedHashSet<>();
    if (!g.states().isEmpty()) {
      g.states().get(0).bindings().forEach(b -> out.add(b.variable()));
    }
    return out;
  }

  /** {@code s} with the shared variables only. */
  State project(State s) {
    List<State.Binding> kept = new ArrayList<>();
    for (String v : shared) {
      s.get(v).ifPresent(value -> kept.add(new State.Binding(v, value)));
    }
    return new State(kept);
  }

  /** How the report names the projection. */
  public String describe() {
    StringBuilder out = new StringBuilder("the " + shared.size() + " variables both sides declare");
    if (baseOnly.isEmpty() && headOnly.isEmpty()) {
      out.append(" (all of them)");
    }
    if (!baseOnly.isEmpty()) {
      out.append("; hidden: BASE-only ").append(String.join(", ", baseOnly));
    }
    if (!headOnly.isEmpty()) {
      out.append("; hidden: HEAD-only ").append(String.join(", ", headOnly));
    }
    return out.toString();
  }
}
