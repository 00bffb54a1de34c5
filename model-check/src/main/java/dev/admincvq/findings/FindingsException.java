package dev.admincvq.findings;

import dev.admincvq.model.Problem;

/** A findings file that cannot be read, or a finding whose model does not show it: one line. */
public final class FindingsException extends Exception {
  private static final long serialVersionUID = 1L;

  public FindingsException(Problem problem) {
    super(problem.toString());
  }

  public FindingsException(String message) {
    super(message);
  }
}
