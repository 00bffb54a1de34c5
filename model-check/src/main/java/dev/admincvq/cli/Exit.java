package dev.admincvq.cli;

/**
 * Exit codes of the CLI besides TLC's own, which {@code check} passes through (0, 10-14, 75-77,
 * 150-153; never TLC's catch-all 255). The README's table lists them all; {@code ExitCodeTest}
 * holds the CLI to it.
 */
final class Exit {
  /**
   * Bad command line: an unknown or invalid option or argument, or a file it names (or its default)
   * that is missing, unreadable or malformed (a manifest, a findings file), or an output path that
   * cannot be written.
   */
  static final int USAGE = 2;

  /** A matrix model did not give what its manifest records. */
  static final int MISMATCH = 1;

  /**
   * The command could not do its work: a model that cannot be run, a file of the project that
   * cannot be read, an unexpected failure; reported in one line.
   */
  static final int FAILURE = 3;

  /**
   * Stopped by an interrupt (SIGINT, Ctrl-C; as a shell reports it, 128 + 2). On SIGTERM the JVM
   * exits with 143 (128 + 15) whatever a command returns.
   */
  static final int INTERRUPTED = 130;

  private Exit() {}
}
