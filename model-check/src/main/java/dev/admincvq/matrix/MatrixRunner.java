package dev.admincvq.matrix;

import dev.admincvq.model.Progress;
import dev.admincvq.tlc.CheckRequest;
import dev.admincvq.tlc.ConcurrentRuns;
import dev.admincvq.tlc.TlcChecker;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Checks every model of a manifest in this JVM, each with one worker so that state counts are TLC's
 * deterministic ones, up to {@code jobs} models at once ({@link ConcurrentRuns}).
 */
public final class MatrixRunner {
  private final TlcChecker tlc;
  private final int jobs;

  /** One model after another. */
  public MatrixRunner(TlcChecker tlc) {
    this(tlc, 1);
  }

  /**
   * @param jobs at most this many models checked at once
   * @throws IllegalArgumentException when {@code jobs} is less than 1
   */
  public MatrixRunner(TlcChecker tlc, int jobs) {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1, was " + jobs);
    }
    this.tlc = tlc;
    this.jobs = jobs;
  }

  /**
   * Checks the models; the rows are in manifest order. With more than one job the models start
   * largest first (by the states their manifest records): a large model started last would run
   * alone at the end while the other jobs have nothing left to do.
   *
   * @param onRow called after each model as it finishes, on the calling thread, e.g. to show
   *     progress
   * @param progress TLC's figures while a model is checked, per model
   */
  public List<MatrixRow> run(
      Manifest manifest,
      Consumer<MatrixRow> onRow,
      Function<ModelEntry, Consumer<Progress>> progress) {
    List<ModelEntry> models = manifest.models();
    List<ModelEntry> starts = jobs == 1 ? models : largestFirst(models);
    List<MatrixRow> rows =
        ConcurrentRuns.each(
            starts,
            jobs,
            model ->
                new MatrixRow(
                    model,
                    tlc.check(
                        new CheckRequest(
                            model.spec(),
                            model.config(),
                            1,
                            model.libraryPaths(),
                            progress.apply(model)))),
            onRow);
    return models.stream().map(m -> rows.get(starts.indexOf(m))).toList();
  }

  /** The models in the order to start them: most recorded states first, manifest order on ties. */
  static List<ModelEntry> largestFirst(List<ModelEntry> models) {
    return models.stream()
        .sorted(Comparator.comparingLong(ModelEntry::totalStates).reversed())
        .toList();
  }
}
