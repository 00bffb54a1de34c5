package dev.admincvq.conform;

import dev.admincvq.graph.EdgeCover;
import dev.admincvq.graph.GraphPath;
import dev.admincvq.graph.StateGraph;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of one conformance run.
 *
 * @param spec the model's root module
 * @param config its configuration
 * @param options the constants the implementation was built with, by the spec's names, in the
 *     spec's order, each value as TLA+ writes it
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
    Map<String, String> options,
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

  public ConformanceReport {
    options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
  }

  /**
   * Replays every path of {@code cover} with {@code replayer} and reports.
   *
   * @param spec the model's root module
   * @param config its configuration
   * @param options the implementation's constants (see {@link #options()})
   * @param graph the model's state graph
   * @param cover paths covering its edges
   * @param explore the time the exploration took
   * @param replayer replays one path on the implementation
   */
  public static ConformanceReport run(
      Path spec,
      Path config,
      Map<String, String> options,
      StateGraph graph,
      EdgeCover cover,
      Duration explore,
      PathReplayer replayer) {
    long start = System.nanoTime();
    List<GraphPath> paths = cover.paths();
    Optional<Divergence> first = Optional.empty();
    int diverging = 0;
    for (int i = 0; i < paths.size(); i++) {
      Optional<Divergence> d = replayer.replay(i, paths.get(i));
      if (d.isPresent()) {
        diverging++;
        if (first.isEmpty()) {
          first = d;
        }
      }
    }
    return new ConformanceReport(
        spec,
        config,
        options,
        graph.states().size(),
        graph.initial().size(),
        graph.edges().size(),
        cover.covered(),
        paths.size(),
        cover.steps(),
        paths.size() - diverging,
        diverging,
        first,
        explore,
        Duration.ofNanos(System.nanoTime() - start),
        graph.truncated());
  }

  /** Whether every reachable edge was covered and every path replayed without divergence. */
  public boolean conforms() {
    return !truncated && diverging == 0 && covered == edges;
  }
}
