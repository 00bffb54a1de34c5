package dev.admincvq.tlc;

import dev.admincvq.model.Progress;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * What to check and how.
 *
 * @param spec the root {@code .tla} module
 * @param config its model configuration ({@code .cfg})
 * @param workers TLC worker threads
 * @param libraryPaths extra directories searched for modules, after the spec's directory and the
 *     project's own library ({@code TLAPS.tla} and friends)
 * @param progress receives TLC's periodic progress reports
 */
public record CheckRequest(
    Path spec, Path config, int workers, List<Path> libraryPaths, Consumer<Progress> progress) {
  public CheckRequest {
    libraryPaths = List.copyOf(libraryPaths);
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, was " + workers);
    }
  }

  /** A request with one worker, no extra library and no progress reports. */
  public static CheckRequest of(Path spec, Path config) {
    return new CheckRequest(spec, config, 1, List.of(), p -> {});
  }

  /** The same request with {@code n} workers. */
  public CheckRequest withWorkers(int n) {
    return new CheckRequest(spec, config, n, libraryPaths, progress);
  }

  /** The same request reporting progress to {@code sink}. */
  public CheckRequest withProgress(Consumer<Progress> sink) {
    return new CheckRequest(spec, config, workers, libraryPaths, sink);
  }

  /** The configuration TLC uses by default: the spec's name with {@code .cfg}, beside it. */
  public static Path defaultConfig(Path spec) {
    String name = String.valueOf(spec.getFileName());
    String base = name.endsWith(".tla") ? name.substring(0, name.length() - 4) : name;
    Path dir = spec.toAbsolutePath().getParent();
    return dir == null ? Path.of(base + ".cfg") : dir.resolve(base + ".cfg");
  }
}
