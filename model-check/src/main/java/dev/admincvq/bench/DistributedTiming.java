package dev.admincvq.bench;

/**
 * Part (g): the large model checked by TLC's distributed mode with local worker processes, against
 * the same model checked in this JVM (invariants only on both sides: the distributed mode checks no
 * temporal property).
 *
 * @param model the model's name in its manifest
 * @param single in this JVM
 * @param distributed by TLC's server and its local workers
 * @param localWorkers worker processes
 */
public record DistributedTiming(
    String model, Measured single, Measured distributed, int localWorkers) {
  /** Whether both found the same distinct states and the same verdict (exit code, violation). */
  public boolean agrees() {
    return single.distinct() == distributed.distinct()
        && single.violated().equals(distributed.violated())
        && (single.exitCode() == 0) == (distributed.exitCode() == 0);
  }
}
