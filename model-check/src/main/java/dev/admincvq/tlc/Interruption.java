package dev.admincvq.tlc;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A request, for the whole JVM, to stop every TLC run: made once (on SIGINT or SIGTERM, by the
 * CLI's shutdown hook), never withdrawn. A run in progress stops at TLC's next state (see {@code
 * RunLifecycle}) and answers {@link RunInterruptedException} with what it found so far; a run asked
 * for afterwards does not start.
 */
public final class Interruption {
  private static final AtomicBoolean REQUESTED = new AtomicBoolean();

  private Interruption() {}

  /** Asks every run, current and future, to stop. */
  public static void request() {
    REQUESTED.set(true);
  }

  /** Whether {@link #request()} was called. */
  public static boolean requested() {
    return REQUESTED.get();
  }
}
