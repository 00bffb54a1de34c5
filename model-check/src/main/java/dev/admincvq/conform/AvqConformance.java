package dev.admincvq.conform;

import dev.admincvq.graph.EdgeCover;
import dev.admincvq.graph.StateGraph;
import dev.admincvq.reference.adminvq.AdminVqSystem;
import dev.admincvq.reference.trace.TraceSink;
import dev.admincvq.tlc.GraphExplorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One model's conformance check on the reference implementation of {@code AdminVq} (the published
 * administration virtqueue, {@code reference/adminvq}): explore the model's state graph, cover its
 * edges by paths from the initial states, replay every path on a fresh system built with the
 * model's constants.
 *
 * @param spec the model's root module ({@code MCAdminVq.tla})
 * @param config its configuration
 * @param graph its reachable state graph
 * @param cover the paths covering every edge
 * @param settings the reference system's constants for this model
 * @param explore the time the exploration took
 */
public record AvqConformance(Path spec, Path config, StateGraph graph, EdgeCover cover, AvqSettings settings, Duration explore) {

  /**
   * Explores the model and builds the cover.
   *
   * @throws IllegalArgumentException if TLC cannot set the model up, or it is not a model of
   *     {@code AdminVq} with every constant the system needs assigned
   */
  public static AvqConformance of(Path spec, Path config) {
    long start = System.nanoTime();
    StateGraph graph = GraphExplorer.create().explore(spec, config, Conformance.MAX_STATES);
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
    AvqSettings settings = AvqSettings.of(text, graph.states().get(graph.initial().get(0)));
    return new AvqConformance(spec, config, graph, EdgeCover.of(graph), settings, explore);
  }

  /** A replayer of this model's paths on the reference implementation. */
  public AvqReplayer replayer() {
    return new AvqReplayer(graph, () -> new AdminVqSystem(settings.options(), settings.listed(), settings.prepared(), TraceSink.NONE));
  }

  /** Replays every path of the cover and reports. */
  public ConformanceReport run() {
    return ConformanceReport.run(spec, config, settings.named(), graph, cover, explore, replayer());
  }
}
