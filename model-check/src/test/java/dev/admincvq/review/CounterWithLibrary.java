package dev.admincvq.review;

import dev.admincvq.matrix.ModelEntry;
import dev.admincvq.model.Verdict;
import dev.admincvq.tlc.GraphExplorer;
import dev.admincvq.tlc.TempDirectory;
import dev.admincvq.tlc.TlcChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A throw-away model {@code Counter} in a temporary directory, removed on {@link #close()}: its
 * spec and config in {@code spec/}, a module {@code Bound} in {@code lib/}, which is the model's
 * only library path; with the per-property engine that examines it.
 *
 * @param dir the temporary directory
 * @param model the model's manifest entry
 * @param runs a fresh engine
 */
record CounterWithLibrary(Path dir, ModelEntry model, ModelRuns runs) implements AutoCloseable {

  /**
   * Writes the model.
   *
   * @param prefix the temporary directory's name prefix
   * @param bound {@code lib/Bound.tla}'s text
   * @param spec {@code spec/Counter.tla}'s text
   * @param config {@code spec/Counter.cfg}'s text
   * @param states the model's states (expected, distinct and total alike)
   */
  static CounterWithLibrary write(
      String prefix, String bound, String spec, String config, int states) throws IOException {
    Path dir = TempDirectory.create(prefix);
    try {
      Path lib = Files.createDirectories(dir.resolve("lib"));
      Path specs = Files.createDirectories(dir.resolve("spec"));
      Files.writeString(lib.resolve("Bound.tla"), bound);
      Path specFile = specs.resolve("Counter.tla");
      Files.writeString(specFile, spec);
      Path cfg = specs.resolve("Counter.cfg");
      Files.writeString(cfg, config);
      ModelEntry model =
          new ModelEntry(
              "Counter",
              specFile,
              cfg,
              List.of(lib),
              Map.of(),
              Map.of(),
              false,
              Verdict.SUCCESS,
              Optional.empty(),
              states,
              states,
              states,
              OptionalInt.empty(),
              "counts to the library's Limit",
              Map.of());
      return new CounterWithLibrary(
          dir, model, new ModelRuns(TlcChecker.create(), GraphExplorer.create(), 1000));
    } catch (IOException | RuntimeException e) {
      TempDirectory.delete(dir);
      throw e;
    }
  }

  @Override
  public void close() {
    TempDirectory.delete(dir);
  }
}
