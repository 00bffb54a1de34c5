package dev.admincvq.stress;

import dev.admincvq.reference.v1.AbstractState;
import dev.admincvq.reference.v1.CmdId;
import dev.admincvq.reference.v1.Completion;
import dev.admincvq.reference.v1.Effect;
import dev.admincvq.reference.v1.Invariants;
import dev.admincvq.reference.v1.Machine;
import dev.admincvq.reference.v1.Outcome;
import dev.admincvq.reference.v1.trace.NdjsonTraceSink;
import dev.admincvq.reference.v1.wire.CtrlCommand;
import dev.admincvq.reference.v1.wire.Mac;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the reference implementation under load and traces each run: {@code threads} driver threads
 * submit set-MAC commands (admin CVQ and VFs' own CVQs) and trust commands and reap their
 * completions, one device thread fetches and processes, one churn thread disables and enables
 * SR-IOV, raises DEVICE_NEEDS_RESET and resets VFs, all at once on one {@link Machine}. After the
 * drivers are done the churn stops, the device drains its queues, every command is reaped, and
 * the final abstract state is checked.
 */
public final class StressRunner {
  private static final Duration WAIT = Duration.ofSeconds(30);

  /** The churn thread's rounds at least, however fast the drivers are done. */
  private static final int MIN_CHURN_ROUNDS = 16;

  private final StressSettings settings;

  public StressRunner(StressSettings settings) {
    this.settings = settings;
  }

  /**
   * Runs {@link StressSettings#runs()} runs, writing {@code run-0001.ndjson}, ... into {@code out}
   * (created if missing; each file appears whole or not at all).
   *
   * @return one report per run
   * @throws UncheckedIOException if a trace cannot be written
   */
  public List<RunReport> runAll(Path out) {
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + out, e);
    }
    List<RunReport> reports = new ArrayList<>();
    for (int r = 1; r <= settings.runs(); r++) {
      reports.add(run(out.resolve(String.format("run-%04d.ndjson", r)), settings.seed() * 7919 + r));
    }
    return reports;
  }

  /** One run, traced to {@code file}. */
  RunReport run(Path file, long seed) {
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try {
      RunReport report;
      try (BufferedWriter w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
          NdjsonTraceSink sink = NdjsonTraceSink.withHeader(w, settings.claimed())) {
        report = load(new Machine(settings.actual(), sink), sink, file, seed);
      }
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return report;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException ignored) {
        // Only a leftover partial file; the report says what was written.
      }
    }
  }

  private RunReport load(Machine m, NdjsonTraceSink sink, Path file, long seed)
      throws InterruptedException {
    AtomicBoolean driversDone = new AtomicBoolean();
    AtomicInteger destroys = new AtomicInteger();
    AtomicInteger needsResets = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads() + 2);
    boolean stopped;
    try {
      Future<?> device = pool.submit(() -> deviceLoop(m, driversDone, new SplittableRandom(seed)));
      List<Future<?>> drivers = new ArrayList<>();
      for (int d = 0; d < settings.threads(); d++) {
        SplittableRandom random = new SplittableRandom(seed * 31 + d + 1);
        drivers.add(pool.submit(() -> driverLoop(m, random)));
      }
      Future<?> churn =
          pool.submit(() -> churnLoop(m, driversDone, new SplittableRandom(seed * 17 + 3), destroys, needsResets));
      for (Future<?> d : drivers) {
        await(d);
      }
      driversDone.set(true);
      await(churn);
      m.device().signalChange();
      await(device);
    } finally {
      pool.shutdownNow();
      stopped = pool.awaitTermination(10, TimeUnit.SECONDS);
    }
    if (!stopped) {
      throw new IllegalStateException("stress threads did not stop");
    }
    quiesce(m, seed);
    AbstractState s = m.snapshot();
    int stale = (int) s.effects().stream().filter(Effect::stale).count();
    int lost = 0;
    int twice = 0;
    for (CmdId c : s.cmd().keySet()) {
      int n = s.completions(c);
      lost += n == 0 ? 1 : 0;
      twice += n > 1 ? 1 : 0;
    }
    return new RunReport(
        file,
        sink.events(),
        s.cmd().size(),
        stale,
        lost,
        twice,
        Invariants.violated(s).size(),
        destroys.get(),
        needsResets.get());
  }

  private static void await(Future<?> f) throws InterruptedException {
    try {
      f.get(2, TimeUnit.MINUTES);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a stress thread failed: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("a stress thread did not finish within 2 minutes", e);
    }
  }

  /** The device thread: takes enabled device actions until the drivers are done and it is idle. */
  private static Void deviceLoop(Machine m, AtomicBoolean driversDone, SplittableRandom random)
      throws InterruptedException {
    while (true) {
      if (m.device().step(random).isEmpty()) {
        if (driversDone.get()) {
          return null;
        }
        m.device().awaitWork(Duration.ofMillis(2));
      }
    }
  }

  /** A driver thread: submits, and reaps what it submitted. */
  private Void driverLoop(Machine m, SplittableRandom random) throws InterruptedException {
    int numVfs = settings.numVfs();
    for (int i = 0; i < settings.commandsPerThread(); i++) {
      int t = random.nextInt(numVfs + 1);
      int kind = random.nextInt(10);
      Outcome<CmdId> submitted;
      if (kind == 0 && t > 0) {
        submitted = m.driver().submitAdmin(t, new CtrlCommand.SetTrust(random.nextBoolean()));
      } else if (kind <= 2 && t > 0) {
        submitted = m.driver().submitVf(t, new CtrlCommand.SetMac(Mac.fromSpec(1 + random.nextInt(2))));
      } else {
        submitted = m.driver().submitAdmin(t, new CtrlCommand.SetMac(Mac.fromSpec(1 + random.nextInt(2))));
      }
      if (submitted instanceof Outcome.Done<CmdId> done && random.nextInt(4) != 0) {
        Outcome<Completion> reaped = m.driver().reap(done.result(), WAIT);
        if (!reaped.taken()) {
          throw new IllegalStateException("not reaped: " + reaped);
        }
      }
    }
    return null;
  }

  /**
   * The churn thread: SR-IOV off and on, DEVICE_NEEDS_RESET, VF resets, until the drivers are done
   * (and at least {@link #MIN_CHURN_ROUNDS} rounds). Under {@code drain} a destroy is refused while
   * a command to a VF is pending; the round then does nothing.
   */
  private Void churnLoop(
      Machine m, AtomicBoolean driversDone, SplittableRandom random, AtomicInteger destroys, AtomicInteger needsResets)
      throws InterruptedException {
    for (int round = 0; round < MIN_CHURN_ROUNDS || !driversDone.get(); round++) {
      int v = 1 + random.nextInt(settings.numVfs());
      switch (random.nextInt(4)) {
        case 0 -> destroys.addAndGet(m.driver().sriovDisable().taken() ? 1 : 0);
        case 1 -> m.driver().sriovEnable();
        case 2 -> needsResets.addAndGet(m.device().needReset(v).taken() ? 1 : 0);
        default -> destroys.addAndGet(m.driver().resetVf(v).taken() ? 1 : 0);
      }
      Thread.sleep(0, 100_000 + random.nextInt(400_000));
    }
    return null;
  }

  /** After the load: the device finishes its queues and every command is reaped. */
  private static void quiesce(Machine m, long seed) throws InterruptedException {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    while (m.device().step(random).isPresent()) {
      // keep processing
    }
    for (CmdId c : m.snapshot().cmd().keySet()) {
      if (!m.driver().reap(c, WAIT).taken()) {
        throw new IllegalStateException("not completed after the load: " + c);
      }
    }
  }
}
