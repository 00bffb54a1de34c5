package dev.admincvq.cli;

/**
 * Exit codes of the CLI besides TLC's own, which {@code check} passes through (0, 11-13, 75-77,
 * 150-153); the README's table lists them all.
 */
final class Exit {
  /** Bad command line. */
  static final int USAGE = 2;

  /** A matrix model did not give what its manifest records. */
  static final int MISMATCH = 1;

  /** An unexpected failure, reported in one line. */
  static final int FAILURE = 255;

  /**
   * Stopped by an interrupt (SIGINT, Ctrl-C; as a shell reports it, 128 + 2). On SIGTERM the JVM
   * exits with 143 (128 + 15) whatever a command returns.
   */
  static final int INTERRUPTED = 130;

  private Exit() {}
}
