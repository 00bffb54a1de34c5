package dev.admincvq.deep;

import dev.admincvq.matrix.Manifest;
import dev.admincvq.matrix.ModelEntry;
import dev.admincvq.model.CheckResult;
import dev.admincvq.simulate.DerivedConfig;
import dev.admincvq.tlc.CheckRequest;
import dev.admincvq.tlc.TlcChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Checks every design of a manifest's matrix in a tier, one after another in this JVM, each with
 * {@code workers} TLC workers (distinct state counts of a complete search do not depend on them).
 */
public final class DeepRunner {
  private final TlcChecker tlc;
  private final int workers;

  public DeepRunner(TlcChecker tlc, int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, was " + workers);
    }
    this.tlc = tlc;
    this.workers = workers;
  }

  /**
   * Checks the matrix's designs in manifest order, except those whose own bounds exceed the
   * tier's in some constant ({@link DeepTier#exceededBy}).
   *
   * @param onRow called after each design, e.g. to show progress
   */
  public List<DeepRow> run(Manifest manifest, DeepTier tier, Consumer<DeepRow> onRow) {
    List<DeepRow> rows = new ArrayList<>();
    for (ModelEntry design : manifest.models()) {
      if (!design.inMatrix() || tier.exceededBy(design)) {
        continue;
      }
      DeepRow row = new DeepRow(design, tier.boundsOf(design), check(design, tier));
      rows.add(row);
      onRow.accept(row);
    }
    return List.copyOf(rows);
  }

  private CheckResult check(ModelEntry design, DeepTier tier) {
    try (DerivedConfig cfg = DerivedConfig.of(design.config(), tier.overrides(), true, tier.symmetry())) {
      return tlc.check(new CheckRequest(design.spec(), cfg.path(), workers, design.libraryPaths(), p -> {}));
    }
  }
}
