package dev.admincvq.model;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a simulation found: random behaviours of a model, each checked against every invariant.
 *
 * @param spec the {@code .tla} file simulated
 * @param config the {@code .cfg} file used
 * @param seed the seed of the random choices
 * @param depth the most states a behaviour had
 * @param behaviours behaviours drawn
 * @param steps steps taken in all
 * @param deadEnds behaviours that ended before the depth with no action enabled (the model's bounds
 *     used up)
 * @param fired per spec action, how often it was taken, in the spec's order
 * @param violations per invariant, how many behaviours violated it (a behaviour ends at its first)
 * @param violated the invariant the shortest counterexample violates
 * @param shortest the shortest counterexample found
 * @param duration wall-clock time
 * @param problem why the simulation could not run
 */
public record SimulationResult(
    Path spec,
    Path config,
    long seed,
    int depth,
    long behaviours,
    long steps,
    long deadEnds,
    List<Count> fired,
    List<Count> violations,
    Optional<String> violated,
    Optional<Trace> shortest,
    Duration duration,
    Optional<Problem> problem) {
  public SimulationResult {
    fired = List.copyOf(fired);
    violations = List.copyOf(violations);
  }

  /** How often something named happened. */
  public record Count(String name, long count) {}

  /** A safety failure when a behaviour violated an invariant, an error when none could be drawn. */
  public Verdict verdict() {
    if (problem.isPresent()) {
      return Verdict.ERROR;
    }
    return violated.isPresent() ? Verdict.SAFETY_FAILURE : Verdict.SUCCESS;
  }
}
