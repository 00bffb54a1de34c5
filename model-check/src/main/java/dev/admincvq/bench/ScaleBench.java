package dev.admincvq.bench;

import dev.admincvq.deep.DeepRow;
import dev.admincvq.deep.DeepRunner;
import dev.admincvq.deep.DeepTier;
import dev.admincvq.matrix.Manifest;
import dev.admincvq.matrix.ModelEntry;
import dev.admincvq.model.CheckResult;
import dev.admincvq.simulate.DerivedConfig;
import dev.admincvq.tlc.CheckRequest;
import dev.admincvq.tlc.DistributedTlc;
import dev.admincvq.tlc.TlcChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Parts (f) and (g) of the benchmark: the deep tier, and TLC's distributed mode. */
public final class ScaleBench {
  /** Worker processes of part (g), each with one thread. */
  static final int LOCAL_WORKERS = 2;

  private final TlcChecker tlc;
  private final Consumer<String> log;

  public ScaleBench(TlcChecker tlc, Consumer<String> log) {
    this.tlc = tlc;
    this.log = log;
  }

  /**
   * Part (f): {@code matrix --deep} over the manifest's designs, timed as a whole, {@code jobs}
   * designs at once with {@code workers} TLC workers each.
   */
  public DeepTiming deep(Path manifest, int workers, int jobs) throws Manifest.ManifestException {
    Manifest models = Manifest.read(manifest);
    DeepTier tier = DeepTier.twoVfsThreeSubmissions();
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
    return new DeepTiming(
        rows,
        (System.nanoTime() - start) / 1e9,
        (ProcessCpu.nanos() - cpuStart) / 1e9,
        tier.bounds(),
        workers,
        jobs);
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
