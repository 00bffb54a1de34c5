package dev.admincvq.reference.v1;

import com.google.errorprone.annotations.Immutable;

/**
 * An action was not enabled in the current state, so nothing changed.
 *
 * @param action the action asked for
 * @param reason which conjunct of its guard is false, in the spec's terms
 */
@Immutable
public record Refusal(SpecAction action, String reason) {

  @Override
  public String toString() {
    return action.specName() + " not enabled: " + reason;
  }
}
