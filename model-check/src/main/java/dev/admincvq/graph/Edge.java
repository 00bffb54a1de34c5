package dev.admincvq.graph;

import dev.admincvq.model.State;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One transition of the state graph: the spec action (MC wrapper prefix stripped) with its
 * parameters, from state {@code from} to state {@code to} (indices into {@link StateGraph#states}).
 *
 * @param from source state index
 * @param to target state index
 * @param action the spec action's name
 * @param parameters the action's parameters, in the order the action declares them
 */
public record Edge(int from, int to, String action, List<State.Binding> parameters) {
  public Edge {
    parameters = List.copyOf(parameters);
  }

  /** {@code DriverSubmitAdmin(c = 1, t = 0, op = "setMac", arg = 1)}, or the bare name. */
  public String label() {
    if (parameters.isEmpty()) {
      return action;
    }
    return parameters.stream()
        .map(b -> b.variable() + " = " + b.value())
        .collect(Collectors.joining(", ", action + "(", ")"));
  }
}
