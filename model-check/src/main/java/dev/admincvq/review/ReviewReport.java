package dev.admincvq.review;

import java.time.Duration;
import java.util.List;

/**
 * A whole review: the two sides and every model present on either.
 *
 * @param base how BASE was named
 * @param head how HEAD was named
 * @param models the models, BASE's manifest order first, then those only HEAD has
 * @param runs TLC runs made
 * @param reused runs not made because their input had run already
 * @param took wall-clock time of the whole review
 */
public record ReviewReport(
    String base, String head, List<ModelReview> models, int runs, int reused, Duration took) {
  public ReviewReport {
    models = List.copyOf(models);
  }

  /** Exit status of the review command when nothing failed to run: see {@link #exitCode}. */
  public static final int WORSE = 1;

  /** Exit status when a check failed to run. */
  public static final int ERROR = 2;

  /**
   * 0 when no verdict got worse, 1 when a property that held now fails, 2 when a check failed to
   * run.
   */
  public int exitCode() {
    if (models.stream().anyMatch(ModelReview::errors)) {
      return ERROR;
    }
    return models.stream().anyMatch(ModelReview::worse) ? WORSE : 0;
  }

  /** The rule a bounded comparison follows, for the report. */
  public static final String BOUNDS =
      "States and behaviours are compared within each model's bounds (its CONSTANTS and the MC"
          + " wrappers of its spec, such as MCAdminCvqActors.tla): a behaviour one side does not"
          + " allow is one it does not allow within those bounds.";
}
