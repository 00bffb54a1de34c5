package dev.admincvq.bench;

import java.util.List;
import java.util.Locale;

/**
 * Part (b): every model of a manifest, all in this JVM against one process per model, one worker.
 *
 * @param rows one comparison per model, in manifest order
 */
public record Batch(List<Comparison> rows) {
  /** The goal: at least this many times faster in one JVM. */
  public static final double GOAL = 5.0;

  public Batch {
    rows = List.copyOf(rows);
  }

  /** The embedded side's total: the sum of its per-model wall-clock times. */
  public double embeddedSeconds() {
    return rows.stream().mapToDouble(c -> c.embedded().seconds()).sum();
  }

  /** The process side's total: the sum of its per-model wall-clock times. */
  public double processSeconds() {
    return rows.stream().mapToDouble(c -> c.process().seconds()).sum();
  }

  /** Process total / embedded total; above 1 the embedded batch was faster. */
  public double batchSpeedup() {
    return processSeconds() / embeddedSeconds();
  }

  public boolean goalMet() {
    return batchSpeedup() >= GOAL;
  }

  /** Why the goal is missed, from the measures: what a model costs on each side. */
  public String why() {
    double embedded = embeddedSeconds() / rows.size();
    double process = processSeconds() / rows.size();
    return String.format(
        Locale.ROOT,
        "a model took %.2f s in this JVM and %.2f s as a process on average; %.0fx would need %.2f s per model in this JVM, %.0f%% of what a fresh TLC run cost here",
        embedded,
        process,
        GOAL,
        process / GOAL,
        100 * process / GOAL / embedded);
  }

  public boolean ok() {
    return rows.stream().allMatch(Comparison::ok);
  }
}
