package dev.admincvq.cli;

import dev.admincvq.matrix.Manifest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;
import picocli.CommandLine.Option;

/** {@code --manifest FILE}, shared by the commands that check the models of a manifest. */
final class ManifestOption {
  @Option(
      names = "--manifest",
      paramLabel = "FILE",
      description = "the models' manifest (default: spec-tla/models/manifest.json of this project)")
  @Nullable Path file;

  /** The manifest given, else the project's {@code spec-tla/models/manifest.json}. */
  Path orDefault() {
    Path given = file;
    return given != null ? given : ProjectLayout.defaultManifest();
  }

  /**
   * Reads the manifest {@link #orDefault()} names; when it cannot be read, prints the problem
   * (naming the file) on {@code err} and returns nothing, for the caller to exit with {@link
   * Exit#USAGE}.
   */
  Optional<Manifest> read(PrintWriter err) {
    try {
      return Optional.of(Manifest.read(orDefault()));
    } catch (Manifest.ManifestException e) {
      err.println("admincvq: " + e.problem());
      return Optional.empty();
    }
  }
}
