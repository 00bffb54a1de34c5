package dev.admincvq.conform;

import dev.admincvq.model.State;
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
}
