package dev.admincvq.cli;

import dev.admincvq.tlc.Interruption;
import dev.admincvq.tlc.TempDirectory;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What the CLI does on SIGINT or SIGTERM: a shutdown hook asks every TLC run to stop ({@link
 * Interruption}), waits for the command to print what it knows (the states found so far, the models
 * that finished) and to remove its run directories, removes any directory still left and any
 * half-written output file's temporary file ({@link AtomicFile}), and lets the JVM end with the
 * signal's status (130 for SIGINT, 143 for SIGTERM).
 *
 * <p>On a normal end the command has {@link #finished()} before {@code System.exit}, and the hook
 * does nothing.
 */
final class ShutdownOnSignal {
  /** How long the hook waits for the command to stop TLC and print; TLC stops at its next state. */
  private static final Duration GRACE = Duration.ofSeconds(30);

  private final CountDownLatch finished = new CountDownLatch(1);

  private ShutdownOnSignal() {}

  /** Installs the hook, for the life of this JVM (the CLI's {@code main} only, never in tests). */
  static ShutdownOnSignal install() {
    ShutdownOnSignal s = new ShutdownOnSignal();
    Runtime.getRuntime().addShutdownHook(new Thread(s::onShutdown, "admincvq-interrupt"));
    return s;
  }

  /** The command has returned (normally or interrupted) and printed all it will print. */
  void finished() {
    finished.countDown();
  }

  private void onShutdown() {
    if (finished.getCount() == 0) {
      return; // a normal exit
    }
    Interruption.request();
    try {
      finished.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    TempDirectory.deleteAllLeft();
    AtomicFile.deleteAllLeft();
  }
}
