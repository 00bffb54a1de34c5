package dev.admincvq.bench;

import java.nio.file.Path;

/**
 * What to measure.
 *
 * @param benchManifest the manifest of the large model (part a), e.g. {@code
 *     spec-tla/models/bench.json}
 * @param manifest the models of part (b), e.g. {@code spec-tla/models/manifest.json}; its first
 *     model also serves as the warm-up
 * @param workers TLC workers on both sides of part (a); part (b) always uses one
 * @param large whether to measure part (a)
 * @param batch whether to measure part (b)
 */
public record BenchSettings(
    Path benchManifest, Path manifest, int workers, boolean large, boolean batch) {
  public BenchSettings {
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, was " + workers);
    }
    if (!large && !batch) {
      throw new IllegalArgumentException("nothing to measure: both parts are skipped");
    }
  }
}
