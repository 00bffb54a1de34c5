package dev.admincvq.tlc.answer;

import java.util.List;

/**
 * One state of a counterexample and the step to it.
 *
 * @param action the spec action taken ({@code Init} for the first state, {@code ?} if unknown)
 * @param parameters the action's parameters and their values
 * @param state the state's variables, in the spec's declaration order
 */
public record StepAnswer(String action, List<Binding> parameters, List<Binding> state) {
  public StepAnswer {
    parameters = List.copyOf(parameters);
    state = List.copyOf(state);
  }
}
