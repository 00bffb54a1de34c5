package dev.admincvq.bench;

/**
 * Part (a): one large model, embedded against a separate process, same workers and heap.
 *
 * @param comparison both runs
 * @param workers TLC workers on both sides
 */
public record LargeModel(Comparison comparison, int workers) {
  /** The goal: at most this much slower embedded than as a process. */
  public static final double GOAL = 1.05;

  /** Embedded time / process time; below 1 the embedded run was faster. */
  public double embeddedVsProcess() {
    return comparison.embedded().seconds() / comparison.process().seconds();
  }

  public boolean goalMet() {
    return embeddedVsProcess() <= GOAL;
  }
}
