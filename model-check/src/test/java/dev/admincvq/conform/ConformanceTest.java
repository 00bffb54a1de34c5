package dev.admincvq.conform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.graph.Edge;
import dev.admincvq.graph.GraphPath;
import dev.admincvq.graph.StateGraph;
import dev.admincvq.model.Difference;
import dev.admincvq.model.State;
import dev.admincvq.reference.DeviceCheck;
import dev.admincvq.reference.DriverSync;
import dev.admincvq.reference.Machine;
import dev.admincvq.reference.Options;
import dev.admincvq.reference.SpecAction;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Model-to-implementation conformance of the reference implementation of {@code AdminCvqActors}:
 * every edge of two models replayed in lockstep, the abstraction of the machine's state equal to
 * the model's after every step, each step traced as one event named as its action. The models:
 * {@code drops_barrier_wireGen} (the safe design barrier + wireGen where a VF reset re-creates the
 * VF and the management driver learns of it late: every action of the spec is one of its edges) and
 * {@code conform_barrier_wireGen_staleNotices} (the same with a third generation: notifications
 * that arrive stale). And the replay is not vacuous: an implementation that breaks the design
 * diverges, with a readable report.
 */
class ConformanceTest {
  static final Path ROOT = Path.of(System.getProperty("admincvq.root", ".."));

  /** Explored once per test class (a few seconds each). */
  private static final class Models {
    static final Conformance SAFE = of("drops_barrier_wireGen");
    static final Conformance STALE_NOTICES = of("conform_barrier_wireGen_staleNotices");

    private static Conformance of(String model) {
      return Conformance.of(
          ROOT.resolve("spec-tla/MCAdminCvqActors.tla"),
          ROOT.resolve("spec-tla/models/actors/" + model + ".cfg"));
    }
  }

  private static void assertConforms(Conformance c) {
    ConformanceReport r = c.run();
    assertTrue(r.conforms(), ConformText.report(r));
    assertEquals(r.edges(), r.covered(), "100% edge coverage");
    assertEquals(0, r.diverging());
    assertTrue(r.edges() > 1000, "a graph worth replaying: " + r.edges() + " edges");
  }

  @Test
  void everyEdgeOfTheSafeDesignReplaysOnTheImplementation() {
    assertConforms(Models.SAFE);
  }

  @Test
  void everyEdgeOfTheStaleNoticeModelReplaysOnTheImplementation() {
    assertConforms(Models.STALE_NOTICES);
  }

  @Test
  void theModelsOptionsAreTheirConfigsConstants() {
    assertEquals(
        new Options(
            1,
            DriverSync.BARRIER,
            DeviceCheck.WIRE_GEN,
            true,
            true,
            false,
            true,
            dev.admincvq.reference.ResetNotice.LATE),
        Models.SAFE.options());
  }

  @Test
  void everyActionOfTheSpecIsAnEdgeOfTheSafeDesignsGraph() {
    Set<String> actions =
        Models.SAFE.model().graph().edges().stream()
            .map(Edge::action)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(
        Arrays.stream(SpecAction.values())
            .map(SpecAction::specName)
            .collect(Collectors.toCollection(TreeSet::new)),
        actions);
  }

  /** An edge taking a notification that names a generation the driver knows already. */
  private static boolean takesAStaleNotice(StateGraph g, Edge e) {
    if (!e.action().equals("DriverLearnVfReset")) {
      return false;
    }
    State from = g.states().get(e.from());
    State to = g.states().get(e.to());
    return from.get("drvGen").orElseThrow().tlaEquals(to.get("drvGen").orElseThrow());
  }

  @Test
  void onlyTheStaleNoticeModelHasEdgesWhereTheDriverLearnsNothing() {
    Predicate<Conformance> hasOne =
        c ->
            c.model().graph().edges().stream()
                .anyMatch(e -> takesAStaleNotice(c.model().graph(), e));
    assertTrue(hasOne.test(Models.STALE_NOTICES));
    assertFalse(hasOne.test(Models.SAFE));
  }

  /**
   * The first divergence of the safe design's paths replayed on the machines {@code replayer}
   * builds.
   */
  private static Divergence firstDivergence(PathReplayer replayer) {
    List<GraphPath> paths = Models.SAFE.model().cover().paths();
    for (int i = 0; i < paths.size(); i++) {
      Optional<Divergence> d = replayer.replay(i, paths.get(i));
      if (d.isPresent()) {
        return d.get();
      }
    }
    throw new AssertionError("no path diverges");
  }

  @Test
  void aDeviceIgnoringTheMemberGenerationIsCaughtWithAReadableDivergence() {
    Options options = Models.SAFE.options();
    PathReplayer broken =
        ActorsImplementation.replayer(
            Models.SAFE.model().graph(),
            options,
            sink -> Machine.withBrokenDevice(options, DeviceCheck.NONE, sink));
    Divergence d = firstDivergence(broken);
    assertTrue(d.action().startsWith("DeviceProcess("), d.action());
    assertEquals(Optional.empty(), d.refusal());
    List<String> differing = d.differences().stream().map(Difference::path).toList();
    assertTrue(differing.stream().anyMatch(p -> p.matches("ack\\[\\d\\]")), differing.toString());
    String text = ConformText.divergence(d);
    assertTrue(text.contains("path so far"), text);
    assertTrue(text.contains("expected \"ERR\", actual \"OK\""), text);
    assertTrue(
        text.contains("VfDriverReset")
            || text.contains("DriverSriovDisable")
            || text.contains("DeviceVfNeedsReset"),
        text);
  }

  @Test
  void aDriverWithoutItsBarrierIsCaughtWhereItShouldRaiseIt() {
    Options options = Models.SAFE.options();
    Options noBarrier =
        new Options(
            1,
            DriverSync.NONE,
            DeviceCheck.WIRE_GEN,
            true,
            true,
            false,
            true,
            dev.admincvq.reference.ResetNotice.LATE);
    PathReplayer broken =
        ActorsImplementation.replayer(
            Models.SAFE.model().graph(), options, sink -> new Machine(noBarrier, sink));
    Divergence d = firstDivergence(broken);
    assertTrue(
        d.action().startsWith("DriverSriovDisable") || d.action().startsWith("DriverLearnVfReset"),
        d.action());
    assertEquals(List.of("drvIgnore"), d.differences().stream().map(Difference::path).toList());
  }
}
