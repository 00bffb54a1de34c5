package dev.admincvq.tlc;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Waits for a child process of this JVM (a TLC process, a review the benchmark times) so that an
 * {@link Interruption} ends it: a child does not get the signal its parent got, and would otherwise
 * run on after this JVM, writing into directories the shutdown hook removes.
 */
public final class ChildProcesses {
  /** How often a wait looks for an {@link Interruption}. */
  private static final Duration POLL = Duration.ofMillis(200);

  private ChildProcesses() {}

  /**
   * The exit code of {@code child} once it ends.
   *
   * @throws RunInterruptedException on an {@link Interruption}, once {@code child} and its own
   *     children are ended
   */
  public static int await(Process child) throws InterruptedException {
    while (!child.waitFor(POLL.toMillis(), TimeUnit.MILLISECONDS)) {
      if (Interruption.requested()) {
        child.descendants().forEach(ProcessHandle::destroyForcibly);
        child.destroyForcibly().waitFor();
        throw new RunInterruptedException(Optional.empty());
      }
    }
    return child.exitValue();
  }
}
