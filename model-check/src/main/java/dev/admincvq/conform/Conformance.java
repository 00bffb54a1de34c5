package dev.admincvq.conform;

import dev.admincvq.graph.EdgeCover;
import dev.admincvq.graph.GraphPath;
import dev.admincvq.graph.StateGraph;
import dev.admincvq.reference.v1.Settings;
import dev.admincvq.tlc.GraphExplorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One model's conformance check: explore its state graph, cover its edges by paths from the
 * initial states, replay every path on the reference implementation.
 *
 * @param spec the model's root module
 * @param config its configuration
 * @param graph its reachable state graph
 * @param cover the paths covering every edge
 * @param settings the reference machine's settings for this model
 * @param explore the time the exploration took
 */
public record Conformance(
    Path spec, Path config, StateGraph graph, EdgeCover cover, Settings settings, Duration explore) {

  /** A state bound far above the project's models; a larger graph is reported truncated. */
  public static final int MAX_STATES = 2_000_000;

  /** Explores the model and builds the cover. */
  public static Conformance of(Path spec, Path config) {
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
    Settings settings = ModelSettings.of(text, graph.states().get(graph.initial().get(0)));
    return new Conformance(spec, config, graph, EdgeCover.of(graph), settings, explore);
  }

  /** A replayer of this model's paths on the reference implementation. */
  public Replayer replayer() {
    return new Replayer(graph, settings);
  }

  /** Replays every path of the cover and reports. */
  public ConformanceReport run() {
    long start = System.nanoTime();
    Replayer replayer = replayer();
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
        settings,
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
}
