package dev.admincvq.review;

import java.nio.file.Path;

/**
 * One side of a review: what the user named (a revision or a directory) and the {@code spec-tla}
 * directory holding that side's spec, models and manifest.
 *
 * @param label how the report names the side, e.g. {@code main (57777a0)} or a directory
 * @param specDir the side's {@code spec-tla} directory
 */
public record Side(String label, Path specDir) {

  /** The side's manifest, {@code models/manifest.json}. */
  public Path manifest() {
    return specDir.resolve("models").resolve("manifest.json");
  }
}
