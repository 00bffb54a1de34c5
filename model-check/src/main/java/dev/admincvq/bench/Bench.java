package dev.admincvq.bench;

import dev.admincvq.matrix.Manifest;
import dev.admincvq.matrix.MatrixRow;
import dev.admincvq.matrix.ModelEntry;
import dev.admincvq.model.CheckResult;
import dev.admincvq.tlc.CheckRequest;
import dev.admincvq.tlc.ProcessTlc;
import dev.admincvq.tlc.TlcChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Measures TLC embedded in this JVM ({@link TlcChecker}) against {@code java tlc2.TLC} in separate
 * processes ({@link ProcessTlc}), side by side in one run, and checks that both sides found the
 * same thing.
 *
 * <p>Fairness: before anything is timed, the first model of the batch manifest is checked once each
 * way, untimed, so that neither side pays for first use of the files and of this JVM's own code.
 * Part (a) then runs the embedded check first (after a {@link System#gc}, so that it does not
 * inherit the warm-up's garbage), then the process. Part (b) interleaves the two sides model by
 * model, alternating which goes first, so that any drift in the machine's load hits both alike;
 * each side's total is the sum of its wall-clock times.
 */
public final class Bench {
  static final String WARM_UP = "warm-up: the first batch model once each way, untimed";
  static final String LARGE_ORDER = "(a): embedded first (after System.gc()), then the process";
  static final String BATCH_ORDER =
      "(b): interleaved model by model, alternating which side goes first; totals are sums of wall-clock times";

  private final TlcChecker tlc;
  private final Machine machine;
  private final Consumer<String> log;

  /**
   * @param tlc the embedded runner
   * @param machine this JVM, whose heap and stack size the child processes get
   * @param log receives one line before each timed run
   */
  public Bench(TlcChecker tlc, Machine machine, Consumer<String> log) {
    this.tlc = tlc;
    this.machine = machine;
    this.log = log;
  }

  /** Runs the parts {@code settings} asks for. */
  public BenchReport run(BenchSettings settings) throws Manifest.ManifestException {
    Manifest models = Manifest.read(settings.manifest());
    Optional<ModelEntry> large = Optional.empty();
    if (settings.large()) {
      Manifest bench = Manifest.read(settings.benchManifest());
      if (bench.models().size() != 1) {
        throw new IllegalArgumentException(
            settings.benchManifest()
                + ": expected exactly one model, found "
                + bench.models().size());
      }
      large = Optional.of(bench.models().get(0));
    }
    List<String> method = new ArrayList<>();
    if (!models.models().isEmpty()) {
      ModelEntry first = models.models().get(0);
      log.accept("warm-up: " + first.name() + " embedded and as a process (untimed)");
      embedded(first, 1);
      process(first, 1);
      method.add(WARM_UP + " (" + first.name() + ")");
    }
    Optional<LargeModel> a = large.map(m -> large(m, settings.workers()));
    a.ifPresent(x -> method.add(LARGE_ORDER));
    Optional<Batch> b = settings.batch() ? Optional.of(batch(models)) : Optional.empty();
    b.ifPresent(x -> method.add(BATCH_ORDER));
    return new BenchReport(machine, method, a, b);
  }

  private LargeModel large(ModelEntry model, int workers) {
    log.accept("(a) " + model.name() + " embedded, " + workers + " worker(s)");
    System.gc();
    Timed embedded = embedded(model, workers);
    log.accept("(a) " + model.name() + " as a process, " + workers + " worker(s)");
    Measured process = process(model, workers);
    Measured in = Measured.of(embedded.result(), embedded.nanos());
    return new LargeModel(
        new Comparison(
            model.name(),
            in,
            process,
            in.differencesFrom(process),
            countMismatches(model, embedded.result())),
        workers);
  }

  private Batch batch(Manifest models) {
    List<Comparison> rows = new ArrayList<>();
    int i = 0;
    for (ModelEntry model : models.models()) {
      boolean embeddedFirst = i++ % 2 == 0;
      log.accept(
          "(b) "
              + model.name()
              + (embeddedFirst ? " embedded, then as a process" : " as a process, then embedded"));
      Timed embedded;
      Measured process;
      if (embeddedFirst) {
        embedded = embedded(model, 1);
        process = process(model, 1);
      } else {
        process = process(model, 1);
        embedded = embedded(model, 1);
      }
      Measured in = Measured.of(embedded.result(), embedded.nanos());
      rows.add(
          new Comparison(
              model.name(),
              in,
              process,
              in.differencesFrom(process),
              new MatrixRow(model, embedded.result()).mismatches()));
    }
    return new Batch(rows);
  }

  /**
   * Differences from the manifest in verdict, violation and state counts. (The search depth is left
   * out: with several workers TLC's reported depth may vary from run to run.)
   */
  static List<String> countMismatches(ModelEntry model, CheckResult r) {
    List<String> out = new ArrayList<>();
    if (r.verdict() != model.expected()) {
      out.add("expected " + model.expected() + ", got " + r.verdict());
    }
    if (!r.violated().equals(model.violated())) {
      out.add(
          "expected violation of "
              + model.violated().orElse("nothing")
              + ", got "
              + r.violated().orElse("nothing"));
    }
    if (r.distinctStates() != model.distinctStates() || r.totalStates() != model.totalStates()) {
      out.add(
          "expected "
              + model.distinctStates()
              + "/"
              + model.totalStates()
              + " distinct/total states, got "
              + r.distinctStates()
              + "/"
              + r.totalStates());
    }
    return List.copyOf(out);
  }

  private record Timed(CheckResult result, long nanos) {}

  private Timed embedded(ModelEntry model, int workers) {
    CheckRequest request =
        new CheckRequest(model.spec(), model.config(), workers, model.libraryPaths(), p -> {});
    long start = System.nanoTime();
    CheckResult result = tlc.check(request);
    return new Timed(result, System.nanoTime() - start);
  }

  /**
   * The process side; its module search path is the project library (manifests of this project need
   * no other).
   */
  private Measured process(ModelEntry model, int workers) {
    return Measured.of(
        ProcessTlc.run(model.spec(), model.config(), workers, machine.childJvmOptions()));
  }
}
