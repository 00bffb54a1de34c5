package dev.admincvq.tlc;

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
 * {@code java.base/java.util.concurrent} (the launcher and the build pass both); without them a
 * leftover idle worker is left to the JVM.
 */
final class RunThreads {
  private static final Duration JOIN_LIMIT = Duration.ofSeconds(10);

  private RunThreads() {}

  /** Shuts down the pools of the group's remaining threads and waits for them to end. */
  static void reap(ThreadGroup group) throws InterruptedException {
    for (Thread t : alive(group)) {
      ExecutorService pool = poolOf(t);
      if (pool != null) {
        pool.shutdownNow();
      }
    }
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
    return Arrays.stream(threads, 0, n).filter(t -> t != null && t.isAlive()).toArray(Thread[]::new);
  }

  private static @Nullable ExecutorService poolOf(Thread thread) {
    try {
      Field target = Thread.class.getDeclaredField("target");
      target.setAccessible(true);
      Object worker = target.get(thread);
      if (worker == null || !worker.getClass().getName().equals("java.util.concurrent.ThreadPoolExecutor$Worker")) {
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
