package dev.admincvq.reference.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.admincvq.reference.v1.trace.NdjsonTraceSink;
import dev.admincvq.reference.v1.wire.CtrlCommand;
import dev.admincvq.reference.v1.wire.Mac;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A device thread processes, three driver threads submit and reap, one thread toggles SR-IOV and
 * injects DEVICE_NEEDS_RESET, one thread snapshots: in the safe designs every snapshot satisfies
 * every invariant, every command completes exactly once, and the trace has one line per step.
 */
class ConcurrencyStressTest {

  private static final int NUM_VFS = 2;
  private static final int SUBMISSIONS_PER_THREAD = 150;
  private static final Duration WAIT = Duration.ofSeconds(10);

  @ParameterizedTest
  @EnumSource(
      value = DriverSync.class,
      names = {"DRAIN", "BARRIER"})
  void safeDesignHoldsUnderConcurrentSubmitProcessAndSriovToggling(DriverSync sync)
      throws Exception {
    StringWriter out = new StringWriter();
    NdjsonTraceSink sink = new NdjsonTraceSink(out);
    Machine m = new Machine(Settings.safe(NUM_VFS, sync), sink);
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger reaped = new AtomicInteger();
    ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      Future<?> device =
          pool.submit(
              () -> {
                SplittableRandom random = new SplittableRandom(1);
                while (!stop.get()) {
                  if (m.device().step(random).isEmpty()) {
                    m.device().awaitWork(Duration.ofMillis(5));
                  }
                }
                return null;
              });
      List<Future<?>> drivers = new ArrayList<>();
      for (int d = 0; d < 3; d++) {
        int seed = d;
        drivers.add(
            pool.submit(
                () -> {
                  Random random = new Random(seed);
                  for (int i = 0; i < SUBMISSIONS_PER_THREAD; i++) {
                    int t = random.nextInt(NUM_VFS + 1);
                    CtrlCommand cmd = new CtrlCommand.SetMac(Mac.fromSpec(1 + random.nextInt(2)));
                    Outcome<CmdId> c =
                        random.nextInt(4) == 0 && t > 0
                            ? m.driver().submitVf(t, cmd)
                            : m.driver().submitAdmin(t, cmd);
                    if (c instanceof Outcome.Done<CmdId> done) {
                      Outcome<Completion> r = m.driver().reap(done.result(), WAIT);
                      if (!r.taken()) {
                        problems.add(r.toString());
                      }
                      reaped.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      Future<?> toggler =
          pool.submit(
              () -> {
                Random random = new Random(7);
                while (!stop.get()) {
                  int v = 1 + random.nextInt(NUM_VFS);
                  switch (random.nextInt(5)) {
                    case 0 -> m.driver().sriovDisable();
                    case 1 -> m.driver().sriovEnable();
                    case 2 -> m.device().needReset(v);
                    case 3 -> m.driver().resetVf(v);
                    default -> m.driver().submitAdmin(v, new CtrlCommand.SetTrust(true));
                  }
                  Thread.sleep(0, 200_000);
                }
                return null;
              });
      Future<?> checker =
          pool.submit(
              () -> {
                while (!stop.get()) {
                  ImmutableList<String> v = Invariants.violated(m.snapshot());
                  if (!v.isEmpty()) {
                    problems.add(v.toString());
                  }
                  Thread.sleep(1);
                }
                return null;
              });
      for (Future<?> d : drivers) {
        d.get(60, TimeUnit.SECONDS);
      }
      stop.set(true);
      toggler.get(10, TimeUnit.SECONDS);
      checker.get(10, TimeUnit.SECONDS);
      m.device().signalChange();
      device.get(10, TimeUnit.SECONDS);
    } finally {
      stop.set(true);
      pool.shutdownNow();
      assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    }
    // Quiesce: let the device finish the toggler's trust commands and reap them.
    SplittableRandom random = new SplittableRandom(2);
    while (m.device().step(random).isPresent()) {
      // keep processing
    }
    for (CmdId c : m.snapshot().cmd().keySet()) {
      assertTrue(m.driver().reap(c, WAIT).taken());
    }
    sink.close();

    assertEquals(List.of(), List.copyOf(problems));
    AbstractState s = m.snapshot();
    assertEquals(ImmutableList.of(), Invariants.violated(s));
    assertTrue(reaped.get() > 0);
    for (Map.Entry<CmdId, CmdRecord> e : s.cmd().entrySet()) {
      assertTrue(e.getValue().status().completed(), "completed: " + e.getKey());
      assertEquals(1, s.completions(e.getKey()), "exactly once: " + e.getKey());
    }
    List<String> lines = out.toString().lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      assertTrue(lines.get(i).startsWith("{\"seq\":" + (i + 1) + ",\"action\":\""), lines.get(i));
    }
    long submissions =
        lines.stream().filter(l -> l.contains("\"action\":\"DriverSubmit")).count();
    assertEquals(s.cmd().size(), submissions);
    if (sync == DriverSync.BARRIER) {
      assertTrue(lines.stream().anyMatch(l -> l.contains("\"action\":\"SriovDisable\"")));
      assertTrue(lines.stream().anyMatch(l -> l.contains("\"action\":\"DriverResetVf\"")));
    }
  }
}
