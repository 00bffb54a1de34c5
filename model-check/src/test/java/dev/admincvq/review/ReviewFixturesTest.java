package dev.admincvq.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.model.Step;
import dev.admincvq.tlc.GraphExplorer;
import dev.admincvq.tlc.TempDirectory;
import dev.admincvq.tlc.TlcChecker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The four review fixtures (src/test/resources/review/*.patch), each a realistic change to the
 * current {@code AdminCvqActors.tla} reviewed on one model of its manifest, with its expected
 * report: {@code drops_barrier_wireGen} (the safe design, where the device's generation check
 * matters) for the stale check, {@code seed_drain_inFlight} (every property holds, commands to one
 * target in flight together) for the others. One {@link Review} serves them all, so the unchanged
 * BASE of a model is checked once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewFixturesTest {
  private static final String SAFE_DESIGN = "drops_barrier_wireGen";
  private static final String ALL_HOLD = "seed_drain_inFlight";

  private final Review review = new Review(TlcChecker.create(), GraphExplorer.create(), line -> {});
  private final Path dir = Fixture.scratch();
  private final Side base = Fixture.current(dir, "base");

  @AfterAll
  void removeCopies() {
    TempDirectory.delete(dir);
  }

  private ReviewReport reviewOf(String patch, String model) throws ReviewException {
    return review.run(base, Fixture.patched(dir, patch), List.of(model));
  }

  private static Map<String, PropertyRow.Change> changes(ModelReview m) {
    return m.properties().stream()
        .collect(Collectors.toMap(PropertyRow::property, PropertyRow::change));
  }

  private static List<String> worse(ModelReview m) {
    return m.properties().stream()
        .filter(p -> p.change() == PropertyRow.Change.WORSE)
        .map(PropertyRow::property)
        .toList();
  }

  private static List<String> actions(Behaviour b) {
    return b.steps().stream().map(Behaviour.Step::action).toList();
  }

  private static boolean differs(Behaviour b, String path, String left, String right) {
    return b.parting().otherSide().stream()
        .anyMatch(
            d -> d.path().equals(path) && d.leftText().equals(left) && d.rightText().equals(right));
  }

  @Test
  void droppingTheDeviceGenerationCheckLetsASetMacMeantForAResetVfChangeItsNewGeneration()
      throws ReviewException {
    ReviewReport r = reviewOf("drop-device-stale-check", SAFE_DESIGN);
    assertEquals(ReviewReport.WORSE, r.exitCode());
    ModelReview m = r.models().get(0);
    assertEquals(
        List.of("NoStaleEffect", "FailOnGone", "TrustGate", "DriverDeviceAgreement"), worse(m));
    assertEquals(PropertyRow.Change.SAME, changes(m).get("InOrderPerTarget"));
    PropertyRow stale =
        m.properties().stream()
            .filter(p -> p.property().equals("NoStaleEffect"))
            .findFirst()
            .orElseThrow();
    assertEquals("violated (5)", stale.head().orElseThrow().cell());
    List<String> staleSetMac =
        List.of("Init", "DriverSubmitAdmin", "DeviceFetch", "VfDriverReset", "DeviceProcess");
    assertEquals(
        staleSetMac,
        stale.head().orElseThrow().trace().orElseThrow().steps().stream()
            .map(Step::action)
            .toList());

    Comparison c = m.comparison().orElseThrow();
    Behaviour head = c.headAllows().orElseThrow();
    assertEquals(staleSetMac, actions(head));
    assertEquals("DeviceProcess(c = 1)", head.steps().get(4).call());
    assertFalse(head.parting().noSuchStep(), "BASE takes the step too, to another state");
    assertTrue(
        differs(head, "effectOn[1]", "2", "NoEffect"),
        "HEAD's set-MAC changes generation 2: " + ReviewText.steps(head));
    assertTrue(
        differs(head, "ack", "<<\"OK\", \"none\">>", "<<\"ERR\", \"none\">>"),
        ReviewText.steps(head));
    Behaviour baseOnly = c.baseAllows().orElseThrow();
    assertEquals(staleSetMac, actions(baseOnly), "BASE fails the same command instead");
    assertTrue(c.stateSpace().baseOnly() > 0, "BASE's ERR acks are states HEAD no longer reaches");
    assertTrue(c.stateSpace().headOnly() > 0);

    String md = ReviewMarkdown.render(r);
    assertTrue(
        md.contains(
            "| " + SAFE_DESIGN + " | NoStaleEffect | holds | violated (5) | **NOW FAILS** |"),
        md);
    assertTrue(md.contains("BASE's DeviceProcess(c = 1) leads to a different state"), md);
  }

  @Test
  void outOfOrderProcessingBreaksInOrderPerTargetByFetchingTheSecondCommandFirst()
      throws ReviewException {
    ReviewReport r = reviewOf("out-of-order-processing", ALL_HOLD);
    assertEquals(ReviewReport.WORSE, r.exitCode());
    ModelReview m = r.models().get(0);
    assertEquals(List.of("InOrderPerTarget", "DriverDeviceAgreement"), worse(m));
    assertEquals(PropertyRow.Change.SAME, changes(m).get("NoStaleEffect"));
    Comparison c = m.comparison().orElseThrow();
    Behaviour head = c.headAllows().orElseThrow();
    assertEquals(
        List.of("Init", "DriverSubmitAdmin", "DriverSubmitAdmin", "DeviceFetch"), actions(head));
    assertEquals("DeviceFetch(c = 2)", head.steps().get(3).call());
    assertTrue(
        head.parting().noSuchStep(), "in order, BASE cannot fetch command 2 before command 1");
    assertTrue(c.baseAllows().isEmpty(), "every in-order behaviour is still allowed");
    assertEquals(0, c.stateSpace().baseOnly());
    assertTrue(
        ReviewMarkdown.render(r)
            .contains(
                "the sides part at step 4: after steps 1-3, BASE has no step DeviceFetch(c = 2)."));
  }

  @Test
  void aNewCommandClassAddsBehavioursAndAVariableWithoutBreakingAnyProperty()
      throws ReviewException {
    ReviewReport r = reviewOf("new-command-class-promisc", ALL_HOLD);
    assertEquals(0, r.exitCode());
    ModelReview m = r.models().get(0);
    assertEquals(10, m.properties().size(), "8 invariants and 2 properties, each with its verdict");
    assertTrue(m.properties().stream().allMatch(p -> p.change() == PropertyRow.Change.SAME));
    Comparison c = m.comparison().orElseThrow();
    assertEquals(List.of("devPromisc"), c.projection().headOnly());
    assertEquals(List.of(), c.projection().baseOnly());
    Behaviour head = c.headAllows().orElseThrow();
    assertEquals(2, head.steps().size());
    assertEquals(
        "DriverSubmitAdmin(c = 1, t = 0, op = \"setPromisc\", arg = FALSE)",
        head.steps().get(1).call());
    assertTrue(head.parting().noSuchStep());
    assertTrue(c.baseAllows().isEmpty(), "HEAD keeps every behaviour of BASE");
    assertEquals(0, c.stateSpace().baseOnly());
    assertTrue(c.stateSpace().headStates() > c.stateSpace().baseStates());
    assertTrue(ReviewMarkdown.render(r).contains("hidden: HEAD-only devPromisc"));
  }

  @Test
  void aRenamedOperatorIsAPureRefactoringWithNoDifference() throws Exception {
    ReviewReport r = reviewOf("rename-driver-operator", ALL_HOLD);
    String renamed =
        Files.readString(dir.resolve("rename-driver-operator/spec-tla/AdminCvqActors.tla"));
    assertTrue(
        renamed.contains("DriverSync = \"drain\"    => DriverUnreapedTo(VF) = {}"),
        "the rename is in the guard the model takes");
    assertFalse(renamed.contains("DriverOutTo("));
    assertEquals(0, r.exitCode());
    ModelReview m = r.models().get(0);
    assertFalse(m.changed(), ReviewMarkdown.render(r));
    Comparison c = m.comparison().orElseThrow();
    assertTrue(c.sameBehaviours());
    assertTrue(c.stateSpace().same());
    assertEquals(c.stateSpace().baseStates(), c.stateSpace().headStates());
    String md = ReviewMarkdown.render(r);
    assertTrue(md.contains("Every verdict is unchanged"), md);
    assertTrue(md.contains("No behavioural difference"), md);
  }
}
