package dev.admincvq.tlc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What to simulate and how much.
 *
 * @param spec the root {@code .tla} module
 * @param config its model configuration; its invariants are checked in every state (its temporal
 *     properties are not)
 * @param libraryPaths extra directories searched for modules
 * @param behaviours at most this many behaviours
 * @param time stop drawing after this long ({@link Duration#ZERO}: no time limit)
 * @param depth at most this many states per behaviour, the initial one included
 * @param seed the seed of the random choices
 */
public record SimulationRequest(
    Path spec,
    Path config,
    List<Path> libraryPaths,
    long behaviours,
    Duration time,
    int depth,
    long seed) {
  public SimulationRequest {
    libraryPaths = List.copyOf(libraryPaths);
    if (behaviours < 1) {
      throw new IllegalArgumentException("behaviours must be at least 1, was " + behaviours);
    }
    if (depth < 1) {
      throw new IllegalArgumentException("depth must be at least 1, was " + depth);
    }
    if (time.isNegative()) {
      throw new IllegalArgumentException("time must not be negative, was " + time);
    }
  }
}
