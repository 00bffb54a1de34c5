package dev.admincvq.cli;

import java.nio.file.Path;
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
}
