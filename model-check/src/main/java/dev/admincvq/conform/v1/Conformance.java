package dev.admincvq.conform.v1;

import dev.admincvq.conform.ConformanceReport;
import dev.admincvq.graph.EdgeCover;
import dev.admincvq.graph.StateGraph;
import dev.admincvq.reference.v1.Settings;
import dev.admincvq.tlc.GraphExplorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One model of the earlier {@code AdminCvq}'s conformance check on the earlier reference
 * implementation ({@code dev.admincvq.reference.v1}), kept for the named scenarios: explore its
 * state graph, cover its edges by paths from the initial states, replay every path.
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
    return ConformanceReport.run(spec, config, options(settings), graph, cover, explore, replayer()::replay);
  }

  /** The design options, as in the matrix: {@code barrier / incarnation / in order, NumVFs = 1}. */
  public static String describe(Settings s) {
    return s.driverSync().specName()
        + " / "
        + s.deviceCheck().specName()
        + " / "
        + (s.inOrder() ? "in order" : "any order")
        + ", NumVFs = "
        + s.numVfs();
  }

  /** The settings by the spec's constant names, as {@code AdminCvq} writes them. */
  static Map<String, String> options(Settings s) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("NumVFs", String.valueOf(s.numVfs()));
    out.put("DriverSync", s.driverSync().specName());
    out.put("DeviceCheck", s.deviceCheck().specName());
    out.put("InOrder", s.inOrder() ? "TRUE" : "FALSE");
    return out;
  }
}
