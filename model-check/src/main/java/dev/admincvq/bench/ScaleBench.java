package dev.admincvq.bench;

import dev.admincvq.deep.DeepRow;
import dev.admincvq.deep.DeepRunner;
import dev.admincvq.deep.DeepTier;
import dev.admincvq.matrix.Manifest;
import dev.admincvq.matrix.ModelEntry;
import dev.admincvq.model.CheckResult;
import dev.admincvq.model.Verdict;
import dev.admincvq.simulate.DerivedConfig;
import dev.admincvq.tlc.CheckRequest;
import dev.admincvq.tlc.ConcurrentRuns;
import dev.admincvq.tlc.DistributedTlc;
import dev.admincvq.tlc.ProcessTlc;
import dev.admincvq.tlc.TlcChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Parts (f) and (g) of the benchmark: the deep tier, and TLC's distributed mode. */
public final class ScaleBench {
  /** Worker processes of part (g), each with one thread. */
  static final int LOCAL_WORKERS = 2;

  private final TlcChecker tlc;
  private final List<String> childJvmOptions;
  private final Consumer<String> log;

  /**
   * @param childJvmOptions the JVM options of a {@code java tlc2.TLC} process ({@link
   *     Machine#childJvmOptions})
   */
  public ScaleBench(TlcChecker tlc, List<String> childJvmOptions, Consumer<String> log) {
    this.tlc = tlc;
    this.childJvmOptions = List.copyOf(childJvmOptions);
    this.log = log;
  }

  /**
   * Part (f): {@code matrix --deep} over the manifest's designs, timed as a whole, {@code jobs}
   * designs at once with {@code workers} TLC workers each; then each design that holds every
   * invariant again, in this JVM beside {@code java tlc2.TLC} in a process of its own.
   */
  public DeepTiming deep(Path manifest, int workers, int jobs) throws Manifest.ManifestException {
    return deep(Manifest.read(manifest), DeepTier.twoVfsThreeSubmissions(), workers, jobs);
  }

  /** As {@link #deep(Path, int, int)}, for the designs of {@code models} in {@code tier}. */
  public DeepTiming deep(Manifest models, DeepTier tier, int workers, int jobs) {
    long start = System.nanoTime();
    long cpuStart = ProcessCpu.nanos();
    List<DeepRow> rows =
        new DeepRunner(tlc, workers, jobs)
            .run(
                models,
                tier,
                r ->
                    log.accept(
                        String.format(
                            Locale.ROOT,
                            "(f) %s: %s, %,d states, %.1f s",
                            r.design().name(),
                            r.result().verdict().label(),
                            r.result().distinctStates(),
                            r.result().duration().toMillis() / 1000.0)));
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (ProcessCpu.nanos() - cpuStart) / 1e9;
    return new DeepTiming(
        rows, seconds, cpuSeconds, tier.bounds(), workers, jobs, vsRaw(rows, tier, workers));
  }

  /**
   * The designs of {@code rows} that hold every invariant, one after another, each checked again on
   * the configuration the tier derived, in this JVM and by {@code java tlc2.TLC} in a process of
   * its own at the same time, one beside the other: both sides meet the same load from whatever
   * else the machine runs, which two halves measured one after the other would not.
   */
  private List<DeepVsRaw> vsRaw(List<DeepRow> rows, DeepTier tier, int workers) {
    List<DeepVsRaw> measured = new ArrayList<>();
    for (DeepRow r : rows) {
      if (r.result().verdict() != Verdict.SUCCESS || !r.asExpected()) {
        continue;
      }
      ModelEntry design = r.design();
      log.accept("(f) " + design.name() + " in this JVM and by java tlc2.TLC, side by side");
      try (DerivedConfig cfg = tier.configOf(design)) {
        List<Measured> sides =
            ConcurrentRuns.each(
                List.of(true, false),
                2,
                embedded -> embedded ? embedded(design, cfg, workers) : raw(design, cfg, workers),
                m -> {});
        measured.add(new DeepVsRaw(design.name(), sides.get(0), sides.get(1)));
      }
    }
    return List.copyOf(measured);
  }

  private Measured embedded(ModelEntry design, DerivedConfig cfg, int workers) {
    long start = System.nanoTime();
    CheckResult r =
        tlc.check(
            new CheckRequest(design.spec(), cfg.path(), workers, design.libraryPaths(), p -> {}));
    return Measured.of(r, System.nanoTime() - start);
  }

  private Measured raw(ModelEntry design, DerivedConfig cfg, int workers) {
    return Measured.of(ProcessTlc.run(design.spec(), cfg.path(), workers, childJvmOptions));
  }

  /**
   * Part (g): the first model of {@code benchManifest}, invariants only, in this JVM with {@code
   * workers} workers and then by TLC's distributed mode with {@link #LOCAL_WORKERS} local worker
   * processes of one thread each.
   */
  public DistributedTiming distributed(Path benchManifest, int workers)
      throws Manifest.ManifestException {
    ModelEntry model = Manifest.read(benchManifest).models().get(0);
    try (DerivedConfig cfg = DerivedConfig.of(model.config(), List.of(), true)) {
      log.accept("(g) " + model.name() + " in this JVM, invariants only");
      long start = System.nanoTime();
      CheckResult single =
          tlc.check(
              new CheckRequest(model.spec(), cfg.path(), workers, model.libraryPaths(), p -> {}));
      Measured one = Measured.of(single, System.nanoTime() - start);
      log.accept(
          "(g) "
              + model.name()
              + " by TLC's distributed mode, "
              + LOCAL_WORKERS
              + " local workers");
      start = System.nanoTime();
      CheckResult spread =
          DistributedTlc.check(
              new DistributedTlc.Request(
                  model.spec(),
                  cfg.path(),
                  cfg.checkDeadlock(),
                  freePort(),
                  LOCAL_WORKERS,
                  1,
                  model.libraryPaths(),
                  log));
      return new DistributedTiming(
          model.name(), one, Measured.of(spread, System.nanoTime() - start), LOCAL_WORKERS);
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot find a free port for TLC's server", e);
    }
  }
}
