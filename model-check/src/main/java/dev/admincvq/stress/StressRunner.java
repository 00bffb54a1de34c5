package dev.admincvq.stress;

import dev.admincvq.reference.AbstractState;
import dev.admincvq.reference.CmdId;
import dev.admincvq.reference.Invariants;
import dev.admincvq.reference.Machine;
import dev.admincvq.reference.Outcome;
import dev.admincvq.reference.SpecAction;
import dev.admincvq.reference.driver.Completion;
import dev.admincvq.reference.trace.NdjsonTraceSink;
import dev.admincvq.reference.wire.Command;
import dev.admincvq.reference.wire.Mac;
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
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Runs the reference implementation of {@code AdminCvqActors} under load and traces each run, every
 * actor on threads of its own, all at once on one {@link Machine}: {@code threads}
 * management-driver threads submit set-MAC and trust commands to the PF and its VFs, reap
 * completions and take VF-reset notifications; one device thread fetches and processes; each VF's
 * own driver sets its MAC through its CVQ and resets its VF whenever it likes, unannounced; a churn
 * thread disables and enables SR-IOV and raises DEVICE_NEEDS_RESET. After the management drivers
 * are done the others stop, the device drains its queues, every completion is reaped and every
 * notification taken, and the final state is checked against the spec's invariants.
 */
public final class StressRunner {
  private static final Duration WAIT = Duration.ofSeconds(30);

  /** The churn thread's rounds at least, however fast the drivers are done. */
  private static final int MIN_CHURN_ROUNDS = 16;

  /** The chance that a VF's driver resets its VF rather than set its MAC, per step. */
  private static final double VF_RESET_CHANCE = 0.1;

  private final StressSettings settings;

  public StressRunner(StressSettings settings) {
    this.settings = settings;
  }

  /**
   * Fails unless {@code dir} is missing or holds no trace ({@code *.ndjson} or {@code *.partial}
   * file): the traces of two runs in one directory would be validated as one, and stress deletes no
   * file it did not write in this run.
   *
   * @throws IllegalArgumentException naming the directory and a trace in it
   */
  public static void requireNoEarlierTraces(Path dir) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    List<Path> earlier;
    try (Stream<Path> s = Files.list(dir)) {
      earlier =
          s.filter(
                  p ->
                      String.valueOf(p.getFileName()).endsWith(".ndjson")
                          || String.valueOf(p.getFileName()).endsWith(".partial"))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    if (!earlier.isEmpty()) {
      throw new IllegalArgumentException(
          dir
              + " already holds traces ("
              + earlier.get(0).getFileName()
              + (earlier.size() > 1 ? ", ..." : "")
              + "): give a new or empty directory; stress neither deletes them nor mixes its traces with them");
    }
  }

  /**
   * Runs {@link StressSettings#runs()} runs, writing {@code run-0001.ndjson}, ... into {@code out}
   * (created if missing; each file appears whole or not at all).
   *
   * @return one report per run
   * @throws IllegalArgumentException if {@code out} already holds traces ({@link
   *     #requireNoEarlierTraces})
   * @throws UncheckedIOException if a trace cannot be written
   */
  public List<RunReport> runAll(Path out) {
    requireNoEarlierTraces(out);
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + out, e);
    }
    List<RunReport> reports = new ArrayList<>();
    for (int r = 1; r <= settings.runs(); r++) {
      reports.add(
          run(out.resolve(String.format("run-%04d.ndjson", r)), settings.seed() * 7919 + r));
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
        report = load(settings.machine(sink), sink, file, seed);
      }
      Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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

  /** Counts of the churn's and the VF drivers' destructive steps. */
  private record Churn(AtomicInteger destroys, AtomicInteger vfResets, AtomicInteger needsResets) {
    Churn() {
      this(new AtomicInteger(), new AtomicInteger(), new AtomicInteger());
    }
  }

  private RunReport load(Machine m, NdjsonTraceSink sink, Path file, long seed)
      throws InterruptedException {
    AtomicBoolean driversDone = new AtomicBoolean();
    Churn churn = new Churn();
    int maxVfs = settings.maxVfs();
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads() + maxVfs + 2);
    boolean stopped;
    try {
      Future<?> device = pool.submit(() -> deviceLoop(m, driversDone, new SplittableRandom(seed)));
      List<Future<?>> drivers = new ArrayList<>();
      for (int d = 0; d < settings.threads(); d++) {
        SplittableRandom random = new SplittableRandom(seed * 31 + d + 1);
        drivers.add(pool.submit(() -> driverLoop(m, random)));
      }
      List<Future<?>> others = new ArrayList<>();
      for (int v = 1; v <= maxVfs; v++) {
        int vf = v;
        SplittableRandom random = new SplittableRandom(seed * 13 + v);
        others.add(
            pool.submit(
                () ->
                    vfDriverLoop(m, vf, driversDone, random, churn, settings.commandsPerThread())));
      }
      others.add(
          pool.submit(() -> churnLoop(m, driversDone, new SplittableRandom(seed * 17 + 3), churn)));
      for (Future<?> d : drivers) {
        await(d);
      }
      driversDone.set(true);
      for (Future<?> o : others) {
        await(o);
      }
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
    int stale = 0;
    for (Map.Entry<CmdId, Integer> e : s.history().effectOn().entrySet()) {
      stale += e.getValue() != s.history().meantFor(e.getKey()) ? 1 : 0;
    }
    int lost = 0;
    int twice = 0;
    for (CmdId c : s.shared().req().keySet()) {
      int n = s.history().completions(c);
      lost += n == 0 ? 1 : 0;
      twice += n > 1 ? 1 : 0;
    }
    return new RunReport(
        file,
        sink.events(),
        s.shared().req().size(),
        stale,
        lost,
        twice,
        Invariants.check(s).size(),
        churn.destroys().get(),
        churn.vfResets().get(),
        churn.needsResets().get());
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

  /** The device thread: takes enabled device actions until the others are done and it is idle. */
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

  /**
   * A management-driver thread: takes the VF-reset notifications pending, submits a command, and
   * most of the time waits for its completion (reaping the used ring meanwhile). A submission to a
   * VF the driver has not created is refused; the thread moves on.
   */
  private Void driverLoop(Machine m, SplittableRandom random) throws InterruptedException {
    for (int i = 0; i < settings.commandsPerThread(); i++) {
      takeNotices(m);
      int t = random.nextInt(settings.maxVfs() + 1);
      Command command =
          t > 0 && random.nextInt(8) == 0
              ? new Command.SetTrust(random.nextBoolean())
              : new Command.SetMac(Mac.fromSpec(1 + random.nextInt(2)));
      Outcome<CmdId> submitted = m.driver().driverSubmitAdmin(t, command);
      if (submitted instanceof Outcome.Done<CmdId> done && random.nextInt(4) != 0) {
        Outcome<Completion> reaped = m.driver().awaitCompletion(done.result(), WAIT);
        if (!reaped.taken()) {
          throw new IllegalStateException("not reaped: " + reaped);
        }
      }
    }
    return null;
  }

  /** Takes every pending VF-reset notification (another thread may take one first). */
  private void takeNotices(Machine m) {
    for (int v = 1; v <= settings.maxVfs(); v++) {
      for (int g : m.driver().pendingNotices(v)) {
        m.driver().driverLearnVfReset(v, g);
      }
    }
  }

  /**
   * A VF's own driver: sets its MAC through its CVQ, resets its VF now and then, unannounced, until
   * the management drivers are done or it has submitted as many commands as each of them. The bound
   * keeps a trace's length independent of the machine's speed: while a slow management driver waits
   * (under drain a disable waits for its VFs' commands), an unbounded VF driver kept submitting,
   * and trace validation, whose cost grows faster than the number of commands, took minutes.
   */
  private static Void vfDriverLoop(
      Machine m,
      int v,
      AtomicBoolean driversDone,
      SplittableRandom random,
      Churn churn,
      int submissions)
      throws InterruptedException {
    int submitted = 0;
    while (!driversDone.get() && submitted < submissions) {
      Optional<SpecAction> taken = m.vfDriver(v).act(random, VF_RESET_CHANCE);
      if (taken.filter(a -> a == SpecAction.VF_DRIVER_RESET).isPresent()) {
        churn.vfResets().incrementAndGet();
      }
      submitted += taken.filter(a -> a == SpecAction.VF_DRIVER_SUBMIT).isPresent() ? 1 : 0;
      Thread.sleep(0, 200_000 + random.nextInt(400_000));
    }
    return null;
  }

  /**
   * The churn thread: SR-IOV off and on and DEVICE_NEEDS_RESET, until the drivers are done (and at
   * least {@link #MIN_CHURN_ROUNDS} rounds). Under {@code drain} a disable is refused while an
   * admin command to a VF is unreaped; the round then does nothing.
   */
  private Void churnLoop(Machine m, AtomicBoolean driversDone, SplittableRandom random, Churn churn)
      throws InterruptedException {
    for (int round = 0; round < MIN_CHURN_ROUNDS || !driversDone.get(); round++) {
      int v = 1 + random.nextInt(settings.maxVfs());
      switch (random.nextInt(3)) {
        case 0 -> churn.destroys().addAndGet(m.driver().driverSriovDisable().taken() ? 1 : 0);
        case 1 -> m.driver().driverSriovEnable(settings.maxVfs());
        default -> churn.needsResets().addAndGet(m.device().deviceVfNeedsReset(v).taken() ? 1 : 0);
      }
      Thread.sleep(0, 100_000 + random.nextInt(400_000));
    }
    return null;
  }

  /**
   * After the load: every VF that needs a reset is reset by its driver, the device finishes its
   * queues, every completion is reaped and every notification taken.
   */
  private void quiesce(Machine m, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    for (int v = 1; v <= settings.maxVfs(); v++) {
      if (!m.device().canNeedReset(v)) {
        m.vfDriver(v).vfDriverReset(); // a VF in DEVICE_NEEDS_RESET; refused if the VF is absent
      }
    }
    while (m.device().step(random).isPresent()) {
      // keep processing
    }
    while (m.driver().driverCollect().taken()) {
      // keep reaping
    }
    takeNotices(m);
    if (!m.snapshot().driver().drvOut().isEmpty()) {
      throw new IllegalStateException(
          "not completed after the load: " + m.snapshot().driver().drvOut());
    }
  }
}
