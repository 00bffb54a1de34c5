package dev.admincvq.conform;

import dev.admincvq.graph.EdgeCover;
import dev.admincvq.graph.StateGraph;
import dev.admincvq.reference.Options;
import dev.admincvq.tlc.GraphExplorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One model's conformance check on the reference implementation of {@code AdminCvqActors}:
 * explore the model's state graph, cover its edges by paths from the initial states, replay every
 * path on a fresh machine built with the model's constants.
 *
 * @param spec the model's root module
 * @param config its configuration
 * @param graph its reachable state graph
 * @param cover the paths covering every edge
 * @param options the reference machine's options for this model
 * @param explore the time the exploration took
 */
public record Conformance(Path spec, Path config, StateGraph graph, EdgeCover cover, Options options, Duration explore) {

  /** A state bound far above the project's models; a larger graph is reported truncated. */
  public static final int MAX_STATES = 2_000_000;

  /**
   * Explores the model and builds the cover.
   *
   * @throws IllegalArgumentException if TLC cannot set the model up, or it is not a model of
   *     {@code AdminCvqActors} with every constant the machine needs assigned
   */
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
    Options options = ModelSettings.of(text, graph.states().get(graph.initial().get(0)));
    return new Conformance(spec, config, graph, EdgeCover.of(graph), options, explore);
  }

  /** A replayer of this model's paths on the reference implementation. */
  public Replayer replayer() {
    return new Replayer(graph, options);
  }

  /** Replays every path of the cover and reports. */
  public ConformanceReport run() {
    return ConformanceReport.run(spec, config, ModelSettings.named(options), graph, cover, explore, replayer());
  }
}
