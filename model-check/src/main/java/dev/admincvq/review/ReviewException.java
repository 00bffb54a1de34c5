package dev.admincvq.review;

import dev.admincvq.model.Problem;

/** A review that cannot be made: a bad revision, an unreadable manifest, an unparsable spec. */
public final class ReviewException extends Exception {
  private static final long serialVersionUID = 1L;
  private final Problem problem;

  public ReviewException(Problem problem) {
    super(problem.toString());
    this.problem = problem;
  }

  /** What is wrong, and where: one line. */
  public Problem problem() {
    return problem;
  }
}
