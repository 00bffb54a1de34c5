package dev.admincvq.guarantee;

import dev.admincvq.matrix.Manifest;
import dev.admincvq.matrix.ModelEntry;
import dev.admincvq.review.ConfigFacts;
import dev.admincvq.review.ModelRuns;
import dev.admincvq.review.ReviewException;
import dev.admincvq.tlc.ConcurrentRuns;
import dev.admincvq.tlc.GraphExplorer;
import dev.admincvq.tlc.TlcChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Which design option guarantees which property. TLC stops at the first violation it meets, so a
 * model that checks all properties tells only one thing an option breaks; here every property of
 * each design-option model gets its verdict as if checked on its own, from the one per-property
 * verdict engine that {@code review} uses too ({@link ModelRuns}: one TLC run per model that checks
 * its temporal properties while its state graph is recorded, every invariant evaluated in every
 * state of it, violated temporal properties re-checked without the ones already found).
 */
public final class GuaranteeMatrix {
  /** More reachable states than this and a model is reported as an error, not examined. */
  public static final int MAX_STATES = 2_000_000;

  private final ModelRuns runs;
  private final int jobs;

  /** One model after another. */
  public GuaranteeMatrix(TlcChecker tlc) {
    this(tlc, 1);
  }

  /**
   * @param jobs at most this many models examined at once ({@link ConcurrentRuns})
   * @throws IllegalArgumentException when {@code jobs} is less than 1
   */
  public GuaranteeMatrix(TlcChecker tlc, int jobs) {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1, was " + jobs);
    }
    this.runs = new ModelRuns(tlc, GraphExplorer.create(), MAX_STATES);
    this.jobs = jobs;
  }

  /**
   * Checks every property of every model of the manifest that is in the design-option matrix; the
   * rows are in manifest order.
   *
   * @param onRow called after each model as it finishes, on the calling thread
   */
  public List<GuaranteeRow> run(Manifest manifest, Consumer<GuaranteeRow> onRow) {
    List<ModelEntry> designs = manifest.models().stream().filter(ModelEntry::inMatrix).toList();
    return ConcurrentRuns.each(designs, jobs, this::check, onRow);
  }

  private GuaranteeRow check(ModelEntry model) {
    ConfigFacts facts;
    try {
      facts = ConfigFacts.parse(Files.readString(model.config()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + model.config(), e);
    }
    ModelRuns.Examined examined;
    try {
      examined = runs.examine(model, facts);
    } catch (ReviewException e) {
      throw new IllegalStateException(e.problem().toString(), e);
    }
    List<PropertyVerdict> verdicts = new ArrayList<>();
    examined
        .verdicts()
        .forEach((name, outcome) -> verdicts.add(new PropertyVerdict(name, outcome)));
    return new GuaranteeRow(model, verdicts, examined.graph().states().size());
  }
}
