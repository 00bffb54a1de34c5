package dev.admincvq.matrix;

import dev.admincvq.model.CheckResult;
import dev.admincvq.model.Trace;
import dev.admincvq.model.Verdict;

/** Whether one design option satisfies one property, checked on its own. */
public record PropertyVerdict(String property, CheckResult result) {

  public boolean holds() {
    return result.verdict() == Verdict.SUCCESS;
  }

  /** A cell of the guarantee table: {@code ok}, {@code NO (n)} with the trace length, or {@code error}. */
  public String cell() {
    return switch (result.verdict()) {
      case SUCCESS -> "ok";
      case ERROR -> "error";
      default -> "NO (" + result.trace().map(Trace::length).orElse(0) + ")";
    };
  }
}
