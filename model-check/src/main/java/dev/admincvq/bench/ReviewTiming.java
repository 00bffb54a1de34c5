package dev.admincvq.bench;

/**
 * Part (e): {@code admincvq review} of two revisions of the full spec, timed as a user runs it.
 *
 * @param base the BASE revision
 * @param head the HEAD revision (the newest commit that changed {@code spec-tla/})
 * @param models models reviewed (present on either side)
 * @param runs TLC runs the review made
 * @param seconds wall-clock time of the review process, start to exit
 * @param exitCode the review's exit code (0: no verdict got worse, 1: one did, 2: error)
 */
public record ReviewTiming(
    String base, String head, int models, int runs, double seconds, int exitCode) {

  /** The goal: a review of two revisions of the full spec within this many seconds on 2 cores. */
  public static final double GOAL_SECONDS = 60.0;

  public boolean goalMet() {
    return seconds < GOAL_SECONDS;
  }

  /** Whether the review ran to a report (exit 0 or 1). */
  public boolean reviewed() {
    return exitCode == 0 || exitCode == 1;
  }
}
