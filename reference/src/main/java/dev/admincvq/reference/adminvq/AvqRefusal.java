package dev.admincvq.reference.adminvq;

import com.google.errorprone.annotations.Immutable;

/**
 * An action that was not enabled, and why; the system is unchanged.
 *
 * @param action the action refused
 * @param reason the guard that failed, in the spec's words
 */
@Immutable
public record AvqRefusal(AvqAction action, String reason) {
  @Override
  public String toString() {
    return action.specName() + " not enabled: " + reason;
  }
}
