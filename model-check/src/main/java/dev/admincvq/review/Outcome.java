package dev.admincvq.review;

import dev.admincvq.model.Trace;
import java.util.Optional;

/**
 * One property's verdict on one side, checked on its own: it holds, it is violated (with TLC's
 * counterexample), the model deadlocks first, or the check failed to run.
 *
 * @param kind which of those
 * @param trace the counterexample of a violation or deadlock
 * @param message why the check failed, for {@link Kind#ERROR}
 */
public record Outcome(Kind kind, Optional<Trace> trace, Optional<String> message) {

  /** The kinds of verdict, best first. */
  public enum Kind {
    HOLDS("holds"),
    VIOLATED("violated"),
    DEADLOCK("deadlock"),
    ERROR("error");

    private final String word;

    Kind(String word) {
      this.word = word;
    }

    /** The report's word for it. */
    public String word() {
      return word;
    }
  }

  public static Outcome holds() {
    return new Outcome(Kind.HOLDS, Optional.empty(), Optional.empty());
  }

  public static Outcome violated(Trace trace) {
    return new Outcome(Kind.VIOLATED, Optional.of(trace), Optional.empty());
  }

  public static Outcome deadlock(Trace trace) {
    return new Outcome(Kind.DEADLOCK, Optional.of(trace), Optional.empty());
  }

  public static Outcome error(String message) {
    return new Outcome(Kind.ERROR, Optional.empty(), Optional.of(message));
  }

  /** The counterexample's length in states, 0 when there is none. */
  public int traceLength() {
    return trace.map(Trace::length).orElse(0);
  }

  /** {@code holds}, {@code violated (5)}, {@code deadlock (4)} or {@code error}. */
  public String cell() {
    return switch (kind) {
      case HOLDS, ERROR -> kind.word();
      case VIOLATED, DEADLOCK -> kind.word() + " (" + traceLength() + ")";
    };
  }
}
