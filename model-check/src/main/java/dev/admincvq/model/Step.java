package dev.admincvq.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One step of a behaviour: the action that was taken (with the values of its parameters) and the
 * state it led to. The first step of a trace is the initial state; its action is {@code Init}.
 *
 * @param number 1-based position in the trace, as TLC numbers states
 * @param action the name of the spec action, e.g. {@code DeviceProcess}
 * @param parameters the action's bound parameters (e.g. {@code c = 1}), in binding order
 * @param state the state after the action
 */
public record Step(int number, String action, List<State.Binding> parameters, State state) {
  public Step {
    parameters = List.copyOf(parameters);
  }

  /** The name of the action of an initial state. */
  public static final String INIT = "Init";

  /** The action as a call, e.g. {@code DeviceProcess(c = 1)}. */
  public String actionCall() {
    if (parameters.isEmpty()) {
      return action;
    }
    return parameters.stream()
        .map(p -> p.variable() + " = " + p.value())
        .collect(Collectors.joining(", ", action + "(", ")"));
  }
}
