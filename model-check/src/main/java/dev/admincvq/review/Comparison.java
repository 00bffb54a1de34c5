package dev.admincvq.review;

import java.util.List;
import java.util.Optional;

/**
 * A model both sides have, compared on its reachable states and behaviours.
 *
 * @param projection the shared variables the comparison observes
 * @param stateSpace the two reachable state spaces compared
 * @param headAllows the shortest behaviour HEAD allows and BASE does not, if any
 * @param baseAllows the shortest behaviour BASE allows and HEAD does not, if any
 * @param baseOnlyActions actions only BASE's graph takes
 * @param headOnlyActions actions only HEAD's graph takes
 */
public record Comparison(
    Projection projection,
    StateSpace stateSpace,
    Optional<Behaviour> headAllows,
    Optional<Behaviour> baseAllows,
    List<String> baseOnlyActions,
    List<String> headOnlyActions) {
  public Comparison {
    baseOnlyActions = List.copyOf(baseOnlyActions);
    headOnlyActions = List.copyOf(headOnlyActions);
  }

  /** Whether the sides allow the same behaviours (within the models' bounds). */
  public boolean sameBehaviours() {
    return headAllows.isEmpty() && baseAllows.isEmpty();
  }
}
