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

  /** Why the goal is missed, from the measures: both sides' times on the same states. */
  public String why() {
    return String.format(
        java.util.Locale.ROOT,
        "this JVM took %.1f s and the process %.1f s for the same %,d distinct states; %.2f would need at most %.1f s in this JVM",
        comparison.embedded().seconds(),
        comparison.process().seconds(),
        comparison.embedded().distinct(),
        GOAL,
        comparison.process().seconds() * GOAL);
  }

  public boolean goalMet() {
    return embeddedVsProcess() <= GOAL;
  }
}
