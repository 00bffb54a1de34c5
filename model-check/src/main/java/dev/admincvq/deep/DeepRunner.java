package dev.admincvq.deep;

import dev.admincvq.matrix.Manifest;
import dev.admincvq.matrix.ModelEntry;
import dev.admincvq.model.CheckResult;
import dev.admincvq.simulate.DerivedConfig;
import dev.admincvq.tlc.CheckRequest;
import dev.admincvq.tlc.ConcurrentRuns;
import dev.admincvq.tlc.TlcChecker;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Checks every design of a manifest's matrix in a tier in this JVM, up to {@code jobs} at once,
 * each with {@code workers} TLC workers (distinct state counts of a complete search do not depend
 * on them).
 *
 * <p>Designs start largest first, by the distinct states the manifest records at the quick bounds:
 * the few large searches then run beside each other and the many short ones (a violation found in
 * seconds) fill the cores at the end, so no core waits for a large search started last.
 */
public final class DeepRunner {
  private final TlcChecker tlc;
  private final int workers;
  private final int jobs;

  /** One design after another. */
  public DeepRunner(TlcChecker tlc, int workers) {
    this(tlc, workers, 1);
  }

  /**
   * @param workers TLC workers per design
   * @param jobs at most this many designs checked at once ({@link ConcurrentRuns})
   * @throws IllegalArgumentException when {@code workers} or {@code jobs} is less than 1
   */
  public DeepRunner(TlcChecker tlc, int workers, int jobs) {
    if (workers < 1 || jobs < 1) {
      throw new IllegalArgumentException(
          "workers and jobs must be at least 1, were " + workers + " and " + jobs);
    }
    this.tlc = tlc;
    this.workers = workers;
    this.jobs = jobs;
  }

  /**
   * Checks the matrix's designs (the rows in manifest order), except those whose own bounds exceed
   * the tier's in some constant ({@link DeepTier#exceededBy}).
   *
   * @param onRow called after each design as it finishes, on the calling thread, e.g. to show
   *     progress
   * @return a row per design, in manifest order
   */
  public List<DeepRow> run(Manifest manifest, DeepTier tier, Consumer<DeepRow> onRow) {
    List<ModelEntry> designs =
        manifest.models().stream().filter(d -> d.inMatrix() && !tier.exceededBy(d)).toList();
    List<ModelEntry> largestFirst =
        designs.stream()
            .sorted(Comparator.comparingLong(ModelEntry::distinctStates).reversed())
            .toList();
    List<DeepRow> rows =
        ConcurrentRuns.each(
            largestFirst,
            jobs,
            design -> new DeepRow(design, tier.boundsOf(design), check(design, tier)),
            onRow);
    return rows.stream().sorted(Comparator.comparingInt(r -> designs.indexOf(r.design()))).toList();
  }

  private CheckResult check(ModelEntry design, DeepTier tier) {
    try (DerivedConfig cfg = tier.configOf(design)) {
      return tlc.check(
          new CheckRequest(design.spec(), cfg.path(), workers, design.libraryPaths(), p -> {}));
    }
  }
}
