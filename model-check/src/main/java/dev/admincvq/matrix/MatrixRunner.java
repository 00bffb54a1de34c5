package dev.admincvq.matrix;

import dev.admincvq.model.Progress;
import dev.admincvq.tlc.CheckRequest;
import dev.admincvq.tlc.TlcChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Checks every model of a manifest, one after another in this JVM, with one worker so that state
 * counts are TLC's deterministic ones.
 */
public final class MatrixRunner {
  private final TlcChecker tlc;

  public MatrixRunner(TlcChecker tlc) {
    this.tlc = tlc;
  }

  /**
   * Checks the models in manifest order.
   *
   * @param onRow called after each model, e.g. to show progress
   */
  public List<MatrixRow> run(Manifest manifest, Consumer<MatrixRow> onRow, Consumer<Progress> progress) {
    List<MatrixRow> rows = new ArrayList<>();
    for (ModelEntry model : manifest.models()) {
      CheckRequest request = new CheckRequest(model.spec(), model.config(), 1, model.libraryPaths(), progress);
      MatrixRow row = new MatrixRow(model, tlc.check(request));
      rows.add(row);
      onRow.accept(row);
    }
    return List.copyOf(rows);
  }
}
