package dev.admincvq.bench;

import java.util.Locale;

/**
 * Part (e): {@code admincvq review} of a change that every model loads, timed as a user runs it.
 *
 * @param change the change reviewed (a patch, relative to the project's root), HEAD against this
 *     checkout's spec as BASE
 * @param models models reviewed (present on either side)
 * @param runs TLC runs the review made
 * @param worse properties, over all models, whose verdict got worse
 * @param seconds wall-clock time of the review process, start to exit
 * @param exitCode the review's exit code (0: no verdict got worse, 1: one did, 2: error)
 */
public record ReviewTiming(
    String change, int models, int runs, int worse, double seconds, int exitCode) {

  /** The goal: a review of a change to the spec that touches every model, within this many s. */
  public static final double GOAL_SECONDS = 60.0;

  public boolean goalMet() {
    return seconds < GOAL_SECONDS;
  }

  /** Why the goal is missed, from the measures: what one TLC run of the review costs. */
  public String why() {
    if (!reviewed()) {
      return String.format(
          Locale.ROOT,
          "the review ended without a report (exit %d) after %.1f s",
          exitCode,
          seconds);
    }
    return String.format(
        Locale.ROOT,
        "%d TLC runs (every model on both sides, with its properties) in %.1f s, %.2f s of wall time per run; under %.0f s would need %.2f s per run",
        runs,
        seconds,
        seconds / Math.max(1, runs),
        GOAL_SECONDS,
        GOAL_SECONDS / Math.max(1, runs));
  }

  /** Whether the review ran to a report (exit 0 or 1). */
  public boolean reviewed() {
    return exitCode == 0 || exitCode == 1;
  }
}
