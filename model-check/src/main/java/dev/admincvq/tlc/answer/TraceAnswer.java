package dev.admincvq.tlc.answer;

import java.util.List;

/**
 * TLC's counterexample.
 *
 * @param steps its states, first to last
 * @param loopBackTo for a lasso, the (1-based) state the last one loops back to; otherwise -1
 * @param stutters whether the behaviour ends stuttering
 */
public record TraceAnswer(List<StepAnswer> steps, long loopBackTo, boolean stutters) {
  public TraceAnswer {
    steps = List.copyOf(steps);
  }
}
