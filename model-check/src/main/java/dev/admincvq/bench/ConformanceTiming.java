package dev.admincvq.bench;

/**
 * Part (d): edge-covering behaviour generation and lockstep replay for the conformance model.
 *
 * @param model the model
 * @param edges reachable edges
 * @param covered edges covered by the paths
 * @param paths paths generated
 * @param exploreSeconds state-graph exploration and path generation
 * @param replaySeconds replay of every path on the reference implementation
 * @param totalSeconds wall-clock time of the whole conformance run
 * @param conforms every edge covered, no divergence
 */
public record ConformanceTiming(
    String model,
    int edges,
    int covered,
    int paths,
    double exploreSeconds,
    double replaySeconds,
    double totalSeconds,
    boolean conforms) {

  /** The goal: generation + replay within this many seconds on 2 cores. */
  public static final double GOAL_SECONDS = 30.0;

  public boolean goalMet() {
    return totalSeconds <= GOAL_SECONDS;
  }
}
