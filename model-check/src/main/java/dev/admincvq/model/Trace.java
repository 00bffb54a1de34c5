package dev.admincvq.model;

import java.util.List;
import java.util.OptionalInt;

/**
 * A counterexample: a finite sequence of steps from an initial state. For a liveness failure the
 * behaviour is a lasso: after the last step it either loops back to the step numbered {@code
 * loopsBackTo}, or stutters forever ({@code stutters}).
 */
public record Trace(List<Step> steps, OptionalInt loopsBackTo, boolean stutters) {
  public Trace {
    steps = List.copyOf(steps);
  }

  /** A finite trace that ends in the violating (or deadlocked) state. */
  public static Trace finite(List<Step> steps) {
    return new Trace(steps, OptionalInt.empty(), false);
  }

  /** The number of states in the trace. */
  public int length() {
    return steps.size();
  }
}
