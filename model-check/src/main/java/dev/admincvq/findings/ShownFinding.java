package dev.admincvq.findings;

import java.util.List;
import java.util.Optional;

/**
 * A finding with what TLC showed of it.
 *
 * @param finding the finding as recorded
 * @param violated the property the trace violates; empty for a finding without a model
 * @param trace TLC's shortest counterexample of the finding's model; empty for a finding without a
 *     model
 */
public record ShownFinding(Finding finding, Optional<String> violated, List<TraceStep> trace) {
  public ShownFinding {
    trace = List.copyOf(trace);
  }
}
