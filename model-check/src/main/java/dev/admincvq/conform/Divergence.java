package dev.admincvq.conform;

import dev.admincvq.model.Difference;
import dev.admincvq.model.State;
import dev.admincvq.model.TlaValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The first step of a path at which the implementation did not do what the model did.
 *
 * @param path the path's index in the cover
 * @param step the step's number (1 = first action; 0 = the initial state)
 * @param pathSoFar the actions taken before it (labels with parameters)
 * @param action the action driven at this step ({@code Init} for step 0)
 * @param refusal the implementation's refusal, if it did not take the action at all
 * @param expected the model's state after the step
 * @param actual the abstraction of the implementation's state after the step
 * @param differences only the places where they differ
 */
public record Divergence(
    int path,
    int step,
    List<String> pathSoFar,
    String action,
    Optional<String> refusal,
    State expected,
    State actual,
    List<Difference> differences) {
  public Divergence {
    pathSoFar = List.copyOf(pathSoFar);
    differences = List.copyOf(differences);
  }

  /**
   * Where the implementation's abstract state differs from the model's, down to every record field
   * and function entry, compared as TLA+ values and shown in canonical form; a variable only one
   * side has is shown as it is.
   *
   * @param expected the model's state (the left side of each difference)
   * @param actual the implementation's (the right side)
   */
  public static List<Difference> between(State expected, State actual) {
    List<Difference> out = new ArrayList<>();
    for (State.Binding b : expected.bindings()) {
      Optional<TlaValue> a = actual.get(b.variable());
      if (a.isEmpty()) {
        out.add(new Difference(b.variable(), Optional.of(b.value()), Optional.empty()));
      } else {
        out.addAll(
            Difference.between(
                b.variable(),
                b.value().canonical(),
                a.get().canonical(),
                Difference.Depth.EVERY_ENTRY));
      }
    }
    for (State.Binding b : actual.bindings()) {
      if (expected.get(b.variable()).isEmpty()) {
        out.add(new Difference(b.variable(), Optional.empty(), Optional.of(b.value())));
      }
    }
    return List.copyOf(out);
  }
}
