package dev.admincvq.bench;

import java.util.List;

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

  public boolean ok() {
    return rows.stream().allMatch(Comparison::ok);
  }
}
