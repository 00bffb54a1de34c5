package dev.admincvq.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.admincvq.reference.trace.NdjsonTraceSink;
import dev.admincvq.reference.wire.Command;
import dev.admincvq.reference.wire.Mac;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * The actors on threads of their own: management-driver threads submitting and waiting, a device
 * thread, each VF's driver resetting its VF unannounced, and SR-IOV churn. The device lock makes
 * every step atomic: no command is lost or completed twice, the trace numbers every step once, in
 * order, and the design that is safe under the model keeps its invariants.
 */
class ConcurrencyTest {

  private static final int DRIVER_THREADS = 4;
  private static final int COMMANDS_PER_THREAD = 40;
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @Test
  void everyCommandCompletesOnceAndEveryStepIsTracedOnceInOrder() throws Exception {
    Options options = Options.of(2, DriverSync.DRAIN, DeviceCheck.IN_FLIGHT);
    StringWriter out = new StringWriter();
    NdjsonTraceSink sink = new NdjsonTraceSink(out);
    Machine m = new Machine(options, sink);
    AtomicBoolean running = new AtomicBoolean(true);
    ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(DRIVER_THREADS + 4);
    List<Future<?>> drivers = new ArrayList<>();
    for (int i = 0; i < DRIVER_THREADS; i++) {
      long seed = i;
      drivers.add(pool.submit(() -> submitAndWait(m, new SplittableRandom(seed), problems)));
    }
    List<Future<?>> background = new ArrayList<>();
    background.add(
        pool.submit(
            () -> {
              SplittableRandom r = new SplittableRandom(100);
              while (running.get()) {
                if (m.device().step(r).isEmpty()) {
                  awaitWork(m);
                }
              }
            }));
    for (int v = 1; v <= options.maxVfs(); v++) {
      int vf = v;
      background.add(
          pool.submit(
              () -> {
                SplittableRandom r = new SplittableRandom(200 + vf);
                while (running.get()) {
                  m.vfDriver(vf).act(r, 0.3);
                  LockSupport.parkNanos(20_000);
                }
              }));
    }
    background.add(
        pool.submit(
            () -> {
              SplittableRandom r = new SplittableRandom(300);
              while (running.get()) {
                if (r.nextInt(4) == 0) {
                  m.device().deviceVfNeedsReset(1 + r.nextInt(2));
                } else if (m.driver().driverSriovDisable().taken()) {
                  m.driver().driverSriovEnable(2);
                }
                LockSupport.parkNanos(20_000);
              }
            }));
    for (Future<?> f : drivers) {
      f.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }
    running.set(false);
    m.device().awaitWork(Duration.ZERO);
    for (Future<?> f : background) {
      f.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertEquals(List.of(), List.copyOf(problems));

    AbstractState s = m.snapshot();
    assertEquals(ImmutableList.of(), Invariants.check(s));
    assertTrue(s.driver().drvOut().isEmpty(), "every admin command reaped");
    List<Long> seqs = new ArrayList<>();
    for (String line : out.toString().lines().toList()) {
      assertTrue(line.startsWith("{\"seq\":"), line);
      seqs.add(Long.parseLong(line.substring("{\"seq\":".length(), line.indexOf(','))));
    }
    assertEquals(sink.events(), seqs.size());
    for (int i = 0; i < seqs.size(); i++) {
      assertEquals(i + 1L, seqs.get(i), "line " + (i + 1));
    }
    long submitted =
        out.toString().lines().filter(l -> l.contains("\"action\":\"DriverSubmitAdmin\"")).count();
    long collected =
        out.toString().lines().filter(l -> l.contains("\"action\":\"DriverCollect\"")).count();
    assertEquals(submitted, collected);
    assertTrue(
        submitted >= DRIVER_THREADS * COMMANDS_PER_THREAD / 2,
        "most submissions went through: " + submitted);
  }

  private static void awaitWork(Machine m) {
    try {
      m.device().awaitWork(Duration.ofMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A driver thread: submit a set-MAC to a random target, wait for its completion. */
  private static void submitAndWait(
      Machine m, SplittableRandom r, ConcurrentLinkedQueue<String> problems) {
    for (int i = 0; i < COMMANDS_PER_THREAD; i++) {
      Outcome<CmdId> c =
          m.driver()
              .driverSubmitAdmin(r.nextInt(3), new Command.SetMac(Mac.fromSpec(1 + r.nextInt(2))));
      if (c.value().isEmpty()) {
        continue; // that VF does not exist for the driver now
      }
      try {
        if (!m.driver().awaitCompletion(c.value().get(), PATIENCE).taken()) {
          problems.add(c.value().get() + " not completed within " + PATIENCE);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
