package dev.admincvq.conform;

import dev.admincvq.graph.EdgeCover;
import dev.admincvq.graph.StateGraph;
import dev.admincvq.model.State;
import dev.admincvq.model.TlaValue;
import dev.admincvq.tlc.GraphExplorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A model explored for conformance, whatever its spec: its reachable state graph, the paths
 * covering every edge from the initial states, and its configuration's text (for the constants the
 * implementation is built with).
 *
 * @param spec the model's root module
 * @param config its configuration
 * @param configText the configuration's text
 * @param graph its reachable state graph
 * @param cover the paths covering every edge
 * @param explore the time the exploration took
 */
public record ExploredModel(
    Path spec,
    Path config,
    String configText,
    StateGraph graph,
    EdgeCover cover,
    Duration explore) {

  /** A state bound far above the project's models; a larger graph is reported truncated. */
  public static final int MAX_STATES = 2_000_000;

  /**
   * Explores the model and builds the cover.
   *
   * @throws IllegalArgumentException if TLC cannot set the model up or it has no initial state
   */
  public static ExploredModel of(Path spec, Path config) {
    long start = System.nanoTime();
    StateGraph graph = GraphExplorer.create().explore(spec, config, MAX_STATES);
    Duration explore = Duration.ofNanos(System.nanoTime() - start);
    if (graph.initial().isEmpty()) {
      throw new IllegalArgumentException(config + ": the model has no initial state");
    }
    String text;
    try {
      text = Files.readString(config);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + config, e);
    }
    return new ExploredModel(spec, config, text, graph, EdgeCover.of(graph), explore);
  }

  /** The first initial state (the one the constants are read against). */
  public State initialState() {
    return graph.states().get(graph.initial().get(0));
  }

  /**
   * Replays every path of the cover with {@code replayer} and reports.
   *
   * @param options the constants the implementation was built with (see {@link
   *     ConformanceReport#options()})
   * @param replayer replays one path on the implementation
   */
  public ConformanceReport replay(Map<String, String> options, PathReplayer replayer) {
    return ConformanceReport.run(spec, config, options, graph, cover, explore, replayer);
  }

  /**
   * The number of command identities of a model's graph: the size of {@code req}'s domain in its
   * first initial state; 0 for a graph without one.
   *
   * @param graph the model's state graph
   * @param specName the spec's name, for the error
   * @param req the spec's name of its variable {@code req}
   * @throws IllegalArgumentException if that state has no function {@code req} (not a model of the
   *     spec)
   */
  static int cmdIds(StateGraph graph, String specName, String req) {
    if (graph.initial().isEmpty()) {
      return 0;
    }
    TlaValue requests =
        graph
            .states()
            .get(graph.initial().get(0))
            .get(req)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no variable " + req + ": not a model of " + specName));
    if (requests.isFunction()) {
      return requests.entries().size();
    }
    throw new IllegalArgumentException(req + " is not a function: " + requests.canonical());
  }
}
