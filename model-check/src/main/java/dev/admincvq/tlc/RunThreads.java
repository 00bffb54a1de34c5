package dev.admincvq.tlc;

import dev.admincvq.tlc.answer.HookReport;
import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The threads of one TLC run, kept in a thread group of their own so that none outlives the run.
 *
 * <p>TLC ends its workers itself, but on a liveness violation it submits the counterexample search
 * to an executor it never shuts down ({@code LiveWorker}), which would keep a non-daemon thread
 * (and the run's whole class loader) alive. After the run, any thread still alive in the group that
 * is a pool worker has its pool shut down; then every non-daemon thread is joined.
 *
 * <p>Reaching a pool from its worker thread needs {@code --add-opens java.base/java.lang} and
 * {@code java.base/java.util.concurrent} (the launcher, the jar's manifest and the build pass
 * them); without them a leftover idle worker is left to the JVM, and the hook ({@value #HOOK})
 * reports that it did not apply.
 */
final class RunThreads {
  private static final Duration JOIN_LIMIT = Duration.ofSeconds(10);

  /** The name this hook reports under. */
  static final String HOOK = "jdk.threadPools";

  private RunThreads() {}

  /**
   * Shuts down the pools of the group's remaining threads and waits for them to end.
   *
   * @return whether a pool can be reached from its worker thread (the packages opened to us), and
   *     how many were shut down
   */
  static HookReport reap(ThreadGroup group) throws InterruptedException {
    try {
      Thread.class.getDeclaredField("target").setAccessible(true);
      Class.forName("java.util.concurrent.ThreadPoolExecutor$Worker")
          .getDeclaredField("this$0")
          .setAccessible(true);
    } catch (ReflectiveOperationException
        | InaccessibleObjectException
        | SecurityException notOpen) {
      join(group);
      return HookReport.failed(
          HOOK, "cannot reach a pool from its thread (" + notOpen + "): leftover workers stay");
    }
    int shut = 0;
    for (Thread t : alive(group)) {
      ExecutorService pool = poolOf(t);
      if (pool != null) {
        pool.shutdownNow();
        shut++;
      }
    }
    join(group);
    return HookReport.applied(HOOK, shut + " leftover pool threads shut down");
  }

  /** Waits (a while) for the group's non-daemon threads to end. */
  private static void join(ThreadGroup group) throws InterruptedException {
    long deadline = System.nanoTime() + JOIN_LIMIT.toNanos();
    for (Thread t : alive(group)) {
      if (t.isDaemon()) {
        continue; // e.g. the JVM-wide common fork-join pool, started by TLC's first use of it
      }
      long left = deadline - System.nanoTime();
      if (left > 0) {
        t.join(Math.max(1, left / 1_000_000));
      }
    }
  }

  /** The threads of {@code group} that are still alive. */
  static Thread[] alive(ThreadGroup group) {
    Thread[] threads = new Thread[group.activeCount() + 8];
    int n = group.enumerate(threads, true);
    return Arrays.stream(threads, 0, n)
        .filter(t -> t != null && t.isAlive())
        .toArray(Thread[]::new);
  }

  private static @Nullable ExecutorService poolOf(Thread thread) {
    try {
      Field target = Thread.class.getDeclaredField("target");
      target.setAccessible(true);
      Object worker = target.get(thread);
      if (worker == null
          || !worker
              .getClass()
              .getName()
              .equals("java.util.concurrent.ThreadPoolExecutor$Worker")) {
        return null;
      }
      Field outer = worker.getClass().getDeclaredField("this$0");
      outer.setAccessible(true);
      return outer.get(worker) instanceof ExecutorService pool ? pool : null;
    } catch (ReflectiveOperationException | InaccessibleObjectException | SecurityException e) {
      return null;
    }
  }
}
