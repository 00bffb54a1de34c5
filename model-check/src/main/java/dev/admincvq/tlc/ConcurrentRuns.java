package dev.admincvq.tlc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.checkerframework.checker.nullness.qual.NonNull;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Independent TLC runs, at most {@code jobs} at once in this JVM.
 *
 * <p>Runs may overlap because each has a class loader of its own ({@link IsolatedTlc}): TLC's
 * statics, its message printer and its fingerprint set are the run's alone, and TLC 2.18 sets no
 * system property and never replaces {@code System.out}. A run with one worker explores in TLC's
 * deterministic order whatever else runs beside it, so its counts are those of a run alone (the
 * whole manifest, checked two at a time, gives every count it records). On a machine with spare
 * cores, small models are bound by what one thread does (parsing, class loading, a cold JIT); two
 * at once keep two cores busy.
 *
 * <p>Results are handed to {@code onResult} on the calling thread, one at a time, as runs finish;
 * the list returned is in the order of the inputs. When a run fails (an {@link Interruption} too),
 * no further run starts, those under way finish (their results still go to {@code onResult}), and
 * the first failure is rethrown as it was.
 */
public final class ConcurrentRuns {
  private ConcurrentRuns() {}

  /**
   * Runs {@code run} on each input, at most {@code jobs} at once.
   *
   * @param jobs at most this many runs at once (1: one after another, on the calling thread)
   * @param onResult called on the calling thread with each result as its run finishes
   * @throws IllegalArgumentException when {@code jobs} is less than 1
   */
  public static <I, R extends @NonNull Object> List<R> each(
      List<I> inputs, int jobs, Function<I, R> run, Consumer<R> onResult) {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1, was " + jobs);
    }
    if (jobs == 1 || inputs.size() < 2) {
      List<R> results = new ArrayList<>();
      for (I input : inputs) {
        R result = run.apply(input);
        results.add(result);
        onResult.accept(result);
      }
      return List.copyOf(results);
    }
    AtomicInteger started = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(jobs, inputs.size()),
            task -> {
              Thread thread = new Thread(task, "tlc-job-" + started.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    try {
      return inParallel(inputs, pool, run, onResult);
    } finally {
      pool.shutdown();
    }
  }

  private static <I, R extends @NonNull Object> List<R> inParallel(
      List<I> inputs, ExecutorService pool, Function<I, R> run, Consumer<R> onResult) {
    ExecutorCompletionService<Optional<Indexed<R>>> done = new ExecutorCompletionService<>(pool);
    AtomicBoolean failed = new AtomicBoolean();
    for (int i = 0; i < inputs.size(); i++) {
      int index = i;
      I input = inputs.get(i);
      // After a failure no further run starts; those under way finish (an interruption stops them
      // at once). Runs are never abandoned: TLC's own threads must be reaped by the run itself.
      done.submit(
          () -> {
            if (failed.get()) {
              return Optional.empty();
            }
            try {
              return Optional.of(new Indexed<>(index, run.apply(input)));
            } catch (RuntimeException | Error e) {
              failed.set(true); // before this thread takes the next run
              throw e;
            }
          });
    }
    List<Optional<R>> results = new ArrayList<>();
    inputs.forEach(i -> results.add(Optional.empty()));
    @Nullable RuntimeException failure = null;
    boolean interrupted = false;
    int finished = 0;
    while (finished < inputs.size()) {
      Optional<Indexed<R>> next;
      try {
        next = done.take().get();
      } catch (InterruptedException e) {
        // The flag is cleared: wait on for the runs under way, start no other, then fail.
        interrupted = true;
        failed.set(true);
        if (failure == null) {
          failure = new IllegalStateException("interrupted while TLC runs were under way", e);
        }
        continue;
      } catch (ExecutionException e) {
        finished++;
        failed.set(true);
        if (failure == null) {
          failure = unchecked(e.getCause());
        }
        continue;
      }
      finished++;
      if (next.isPresent()) {
        // Also after a failure: what finished is known (an interrupted matrix prints it).
        results.set(next.get().index(), Optional.of(next.get().result()));
        onResult.accept(next.get().result());
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failure != null) {
      throw failure;
    }
    return results.stream()
        .map(r -> r.orElseThrow(() -> new IllegalStateException("a run gave no result")))
        .toList();
  }

  private static RuntimeException unchecked(@Nullable Throwable cause) {
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException("a TLC run failed: " + cause, cause);
  }

  private record Indexed<R extends @NonNull Object>(int index, R result) {}
}
