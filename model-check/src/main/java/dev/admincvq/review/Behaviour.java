package dev.admincvq.review;

import dev.admincvq.model.Difference;
import dev.admincvq.model.State;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A shortest behaviour, over the variables both sides share, that one side allows and the other
 * does not: its steps up to and including the first one the other side cannot match, and how the
 * sides part there.
 *
 * @param allowedBy the side that allows it ({@code BASE} or {@code HEAD})
 * @param refusedBy the other side
 * @param steps the behaviour, step 1 being the initial state; the last step is where the sides part
 * @param parting how the other side fails to match the last step: no such step, or a step to a
 *     different state (then {@code otherSide} lists where that state differs)
 */
public record Behaviour(String allowedBy, String refusedBy, List<Step> steps, Parting parting) {
  public Behaviour {
    steps = List.copyOf(steps);
  }

  /**
   * One step: the action with its parameters and, on the shared variables, what it changed.
   *
   * @param number 1-based; step 1 is {@code Init}
   * @param action the spec action ({@code Init} for step 1)
   * @param parameters the action's parameters
   * @param changes what changed on the shared variables (for step 1: nothing)
   * @param state the state after the step, projected on the shared variables
   */
  public record Step(
      int number,
      String action,
      List<State.Binding> parameters,
      List<Difference> changes,
      State state) {
    public Step {
      parameters = List.copyOf(parameters);
      changes = List.copyOf(changes);
    }

    /** {@code DeviceProcess(c = 1)}, or the bare name. */
    public String call() {
      if (parameters.isEmpty()) {
        return action;
      }
      return parameters.stream()
          .map(p -> p.variable() + " = " + p.value())
          .collect(Collectors.joining(", ", action + "(", ")"));
    }
  }

  /**
   * Where the sides part.
   *
   * @param noSuchStep the other side has no step with this action and these parameters from any
   *     state matching the behaviour so far (for step 1: no initial state at all)
   * @param otherSide where the nearest state the other side does reach differs (its values on the
   *     right); empty when {@code noSuchStep}
   */
  public record Parting(boolean noSuchStep, List<Difference> otherSide) {
    public Parting {
      otherSide = List.copyOf(otherSide);
    }
  }

  /** One line: where and how the sides part. */
  public String partingLine() {
    Step last = steps.get(steps.size() - 1);
    if (last.number() == 1) {
      return parting.noSuchStep()
          ? refusedBy + " has no initial state"
          : "the sides part at the initial state: " + refusedBy + "'s initial states differ";
    }
    if (parting.noSuchStep()) {
      String before = last.number() == 2 ? "step 1" : "steps 1-" + (last.number() - 1);
      return "the sides part at step "
          + last.number()
          + ": after "
          + before
          + ", "
          + refusedBy
          + " has no step "
          + last.call();
    }
    return "the sides part at step "
        + last.number()
        + ": "
        + refusedBy
        + "'s "
        + last.call()
        + " leads to a different state";
  }
}
