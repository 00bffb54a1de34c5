package dev.admincvq.conform;

import dev.admincvq.reference.v1.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The result of one conformance run.
 *
 * @param spec the model's root module
 * @param config its configuration
 * @param settings the reference machine's settings
 * @param states reachable states
 * @param initialStates initial states
 * @param edges reachable edges (transitions)
 * @param covered edges the paths take
 * @param paths paths in the cover
 * @param steps steps over all paths
 * @param conforming paths replayed without divergence
 * @param diverging paths with a divergence
 * @param firstDivergence the first path's first divergence, if any
 * @param explore time to explore the state graph (TLC's parse and check included)
 * @param replay time to build the cover and replay every path
 * @param truncated whether the graph was cut off at its state bound
 */
public record ConformanceReport(
    Path spec,
    Path config,
    Settings settings,
    int states,
    int initialStates,
    int edges,
    int covered,
    int paths,
    long steps,
    int conforming,
    int diverging,
    Optional<Divergence> firstDivergence,
    Duration explore,
    Duration replay,
    boolean truncated) {

  /** Whether every reachable edge was covered and every path replayed without divergence. */
  public boolean conforms() {
    return !truncated && diverging == 0 && covered == edges;
  }
}
