package dev.admincvq.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Runs at most {@code jobs} at once, results in input order, the caller sees each as it ends. */
class ConcurrentRunsTest {
  @Test
  void resultsComeInInputOrderAndEachIsHandedToTheCallingThreadOnce() {
    List<Integer> inputs = IntStream.range(0, 12).boxed().toList();
    Thread caller = Thread.currentThread();
    List<Integer> handed = new ArrayList<>();
    List<Integer> results =
        ConcurrentRuns.each(
            inputs,
            3,
            i -> {
              sleep(5L * (12 - i)); // later inputs finish first
              return i * 10;
            },
            r -> {
              assertSame(caller, Thread.currentThread());
              handed.add(r);
            });
    assertEquals(inputs.stream().map(i -> i * 10).toList(), results);
    List<Integer> sorted = new ArrayList<>(handed);
    Collections.sort(sorted);
    assertEquals(results, sorted);
    assertTrue(
        !handed.equals(results), "handed over as they finished, not in input order: " + handed);
  }

  @Test
  void neverMoreThanJobsRunsAtOnceAndAsManyWhenThereIsWork() {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    ConcurrentRuns.each(
        IntStream.range(0, 20).boxed().toList(),
        3,
        i -> {
          most.accumulateAndGet(running.incrementAndGet(), Math::max);
          sleep(20);
          running.decrementAndGet();
          return i;
        },
        r -> {});
    assertEquals(3, most.get());
  }

  @Test
  void afterAFailureNoRunStartsThoseUnderWayFinishAndTheFirstFailureIsRethrown() throws Exception {
    CountDownLatch bothStarted = new CountDownLatch(2);
    CountDownLatch failing = new CountDownLatch(1);
    AtomicInteger started = new AtomicInteger();
    AtomicInteger finished = new AtomicInteger();
    List<Integer> handed = new ArrayList<>();
    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                ConcurrentRuns.each(
                    IntStream.range(0, 10).boxed().toList(),
                    2,
                    i -> {
                      started.incrementAndGet();
                      bothStarted.countDown();
                      await(bothStarted);
                      if (i == 0) {
                        failing.countDown();
                        throw new IllegalStateException("run 0 failed");
                      }
                      await(failing);
                      sleep(50); // still under way when run 0 fails
                      finished.incrementAndGet();
                      return i;
                    },
                    handed::add));
    assertEquals("run 0 failed", thrown.getMessage());
    assertEquals(2, started.get(), "only the two runs under way at the failure ran");
    assertEquals(1, finished.get());
    assertEquals(List.of(1), handed, "what finished after the failure is still handed over");
  }

  @Test
  void oneJobRunsEachInTurnOnTheCallingThread() {
    Thread caller = Thread.currentThread();
    List<Integer> order = new ArrayList<>();
    ConcurrentRuns.each(
        List.of(1, 2, 3),
        1,
        i -> {
          assertSame(caller, Thread.currentThread());
          order.add(i);
          return i;
        },
        r -> {});
    assertEquals(List.of(1, 2, 3), order);
  }

  @Test
  void lessThanOneJobIsRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> ConcurrentRuns.each(List.of(1), 0, i -> i, r -> {}));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(10, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
