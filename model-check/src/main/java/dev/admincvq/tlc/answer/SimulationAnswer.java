package dev.admincvq.tlc.answer;

import java.util.List;
import java.util.Optional;

/**
 * What a simulation answers: random behaviours drawn with TLC's evaluator, each checked against
 * every invariant of the configuration.
 *
 * @param run TLC's own run that parsed the spec and set the model up (in simulation mode)
 * @param behaviours behaviours drawn
 * @param steps steps taken in all (initial states not counted)
 * @param deadEnds behaviours that ended before the depth because no action was enabled
 * @param fired per spec action, how often it was taken, in the order of the spec's actions
 * @param violations per invariant, how many behaviours ended violating it (first violated only)
 * @param violated the invariant the shortest counterexample violates
 * @param shortest the shortest counterexample found
 * @param simulated whether the behaviours were drawn at all (false when TLC's run failed or its
 *     evaluator could not be reached; see the run's hooks)
 */
public record SimulationAnswer(
    RunAnswer run,
    long behaviours,
    long steps,
    long deadEnds,
    List<CountAnswer> fired,
    List<CountAnswer> violations,
    Optional<String> violated,
    Optional<TraceAnswer> shortest,
    boolean simulated) {
  public SimulationAnswer {
    fired = List.copyOf(fired);
    violations = List.copyOf(violations);
  }
}
