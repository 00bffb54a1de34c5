package dev.admincvq.guarantee;

import dev.admincvq.review.Outcome;

/** Whether one design option satisfies one property, as if checked on its own. */
public record PropertyVerdict(String property, Outcome outcome) {

  public boolean holds() {
    return outcome.kind() == Outcome.Kind.HOLDS;
  }

  /**
   * A cell of the guarantee table: {@code ok}, {@code NO (n)} with the trace length, or {@code
   * error}.
   */
  public String cell() {
    return switch (outcome.kind()) {
      case HOLDS -> "ok";
      case ERROR -> "error";
      case VIOLATED, DEADLOCK -> "NO (" + outcome.traceLength() + ")";
    };
  }
}
