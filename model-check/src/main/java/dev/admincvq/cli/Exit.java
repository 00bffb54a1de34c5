package dev.admincvq.cli;

/** Exit codes of the CLI besides TLC's own (0, 10-13, 75-77, 150-153, 255). */
final class Exit {
  /** Bad command line. */
  static final int USAGE = 2;

  /** A matrix model did not give what its manifest records. */
  static final int MISMATCH = 1;

  /** An unexpected failure, reported in one line. */
  static final int FAILURE = 255;

  private Exit() {}
}
