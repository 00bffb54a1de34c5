package dev.admincvq.bench;

import java.util.List;

/**
 * One model checked both ways.
 *
 * @param model the model's name in its manifest
 * @param embedded in this JVM, in a fresh isolated TLC run
 * @param process as {@code java tlc2.TLC} in a separate process
 * @param disagreements how the two results differ (exit code, state counts, violation); empty when
 *     they agree
 * @param unexpected how the embedded result differs from what the manifest records; empty when as
 *     recorded
 */
public record Comparison(
    String model,
    Measured embedded,
    Measured process,
    List<String> disagreements,
    List<String> unexpected) {
  public Comparison {
    disagreements = List.copyOf(disagreements);
    unexpected = List.copyOf(unexpected);
  }

  /** Whether both sides agree and give what the manifest records. */
  public boolean ok() {
    return disagreements.isEmpty() && unexpected.isEmpty();
  }
}
