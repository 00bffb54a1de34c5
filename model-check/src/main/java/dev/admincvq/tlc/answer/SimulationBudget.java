package dev.admincvq.tlc.answer;

/**
 * How many random behaviours a simulation draws, and how.
 *
 * @param behaviours at most this many behaviours
 * @param millis stop drawing after this many milliseconds (0: no time limit)
 * @param depth at most this many states per behaviour, the initial state included
 * @param seed the seed of the random choices: the same seed, budget and model give the same
 *     behaviours
 */
public record SimulationBudget(long behaviours, long millis, int depth, long seed) {
  public SimulationBudget {
    if (behaviours < 1 || depth < 1 || millis < 0) {
      throw new IllegalArgumentException(
          "a simulation draws at least one behaviour of at least one state");
    }
  }
}
