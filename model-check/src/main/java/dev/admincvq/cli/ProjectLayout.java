package dev.admincvq.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the project's models are: {@code spec-tla/models/manifest.json} under the project root,
 * which the launcher passes as {@code -Dadmincvq.root}; otherwise the working directory or the
 * nearest directory above it that has one.
 */
final class ProjectLayout {
  static final String MANIFEST = "spec-tla/models/manifest.json";
  static final String BENCH = "spec-tla/models/bench.json";
  static final String DEEP = "spec-tla/models/deep.json";

  private ProjectLayout() {}

  static Optional<Path> root() {
    String given = System.getProperty("admincvq.root");
    if (given != null && Files.isRegularFile(Path.of(given, MANIFEST))) {
      return Optional.of(Path.of(given));
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(MANIFEST))) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }

  static Path defaultManifest() {
    return root().map(r -> r.resolve(MANIFEST)).orElse(Path.of(MANIFEST));
  }

  static Path defaultBenchManifest() {
    return root().map(r -> r.resolve(BENCH)).orElse(Path.of(BENCH));
  }

  static Path defaultDeepManifest() {
    return root().map(r -> r.resolve(DEEP)).orElse(Path.of(DEEP));
  }
}
