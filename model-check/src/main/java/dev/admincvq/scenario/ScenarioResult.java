package dev.admincvq.scenario;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of one scenario.
 *
 * @param name the scenario's name
 * @param model the model it ran under, with its options (empty if it was not found)
 * @param steps its steps (possible and impossible)
 * @param expectations its expectations
 * @param taken the model's edges taken, as labels
 * @param failure the first failure ({@code file:line: ...}), if any
 * @param badInput whether the failure is the file's, not the model's: it is no scenario (missing,
 *     not text, malformed) or gives a parameter a value of a kind the model's never has
 */
public record ScenarioResult(
    String name,
    String model,
    long steps,
    long expectations,
    List<String> taken,
    Optional<String> failure,
    boolean badInput) {
  public ScenarioResult {
    taken = List.copyOf(taken);
  }

  /** A result whose failure, if any, is the model's. */
  public ScenarioResult(
      String name,
      String model,
      long steps,
      long expectations,
      List<String> taken,
      Optional<String> failure) {
    this(name, model, steps, expectations, taken, failure, false);
  }

  /** Whether every step was taken (or refused) as stated and every expectation held. */
  public boolean passed() {
    return failure.isEmpty();
  }

  /**
   * {@code PASS name (model): n steps, m expectations ...} or {@code FAIL name ...} and the
   * failure.
   */
  public String text() {
    String head =
        (passed() ? "PASS " : "FAIL ") + name + (model.isEmpty() ? "" : " (" + model + ")");
    return failure
        .map(f -> head + "\n  " + f.replace("\n", "\n  "))
        .orElse(
            head
                + ": "
                + steps
                + " steps, "
                + expectations
                + " expectations; every step taken as stated, every expectation met");
  }
}
