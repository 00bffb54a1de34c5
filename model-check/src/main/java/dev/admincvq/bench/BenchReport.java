package dev.admincvq.bench;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a benchmark run.
 *
 * @param machine where it ran
 * @param method how the sides were ordered and warmed up, one sentence per part
 * @param large part (a), unless skipped
 * @param batch part (b), unless skipped
 */
public record BenchReport(
    Machine machine, List<String> method, Optional<LargeModel> large, Optional<Batch> batch) {
  public BenchReport {
    method = List.copyOf(method);
  }

  /** Whether every comparison agreed and gave what its manifest records. */
  public boolean ok() {
    return large.map(l -> l.comparison().ok()).orElse(true) && batch.map(Batch::ok).orElse(true);
  }
}
