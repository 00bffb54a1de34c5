package dev.admincvq.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.model.Step;
import dev.admincvq.tlc.GraphExplorer;
import dev.admincvq.tlc.TempDirectory;
import dev.admincvq.tlc.TlcChecker;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The four review fixtures (src/test/resources/review/*.patch), each a realistic change to the
 * current spec reviewed on one model, with its expected report. One {@link Review} serves them all,
 * so the unchanged BASE is checked once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewFixturesTest {
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
    return m.properties().stream().collect(Collectors.toMap(PropertyRow::property, PropertyRow::change));
  }

  private static List<String> actions(Behaviour b) {
    return b.steps().stream().map(Behaviour.Step::action).toList();
  }

  @Test
  void droppingTheDeviceStaleCheckLetsAStaleSetMacChangeTheNewVf() throws ReviewException {
    ReviewReport r = reviewOf("drop-device-stale-check", "MC_none_incarnation_inorder_deviceOnly");
    assertEquals(ReviewReport.WORSE, r.exitCode());
    ModelReview m = r.models().get(0);
    Map<String, PropertyRow.Change> changes = changes(m);
    for (String p : List.of("NoStaleEffect", "FailOnGone", "TrustGate")) {
      assertEquals(PropertyRow.Change.WORSE, changes.get(p), p);
    }
    assertEquals(
        List.of("NoStaleEffect", "FailOnGone", "TrustGate"),
        m.properties().stream().filter(p -> p.change() == PropertyRow.Change.WORSE).map(PropertyRow::property).toList());
    PropertyRow stale = m.properties().stream().filter(p -> p.property().equals("NoStaleEffect")).findFirst().orElseThrow();
    assertEquals("violated (6)", stale.head().orElseThrow().cell());
    assertEquals(
        List.of("Init", "DriverSubmitAdmin", "DeviceFetch", "SriovDisable", "SriovEnable", "DeviceProcess"),
        stale.head().orElseThrow().trace().orElseThrow().steps().stream().map(Step::action).toList());

    Comparison c = m.comparison().orElseThrow();
    Behaviour head = c.headAllows().orElseThrow();
    assertEquals(
        List.of("Init", "DriverSubmitAdmin", "DeviceFetch", "SriovDisable", "SriovEnable", "DeviceProcess"), actions(head));
    assertFalse(head.parting().noSuchStep(), "BASE takes the step too, to another state");
    assertTrue(
        head.parting().otherSide().stream()
            .anyMatch(d -> d.path().equals("cmd[1].status") && d.leftText().equals("\"OK\"")
                && d.rightText().equals("\"ERR\"")),
        ReviewText.steps(head));
    assertEquals(0, c.stateSpace().baseOnly(), "HEAD only adds states: the stale commands that now succeed");
    assertTrue(c.stateSpace().headOnly() > 0);

    String md = ReviewMarkdown.render(r);
    assertTrue(md.contains("| MC_none_incarnation_inorder_deviceOnly | NoStaleEffect | holds | violated (6) | **NOW FAILS** |"), md);
    assertTrue(md.contains("BASE's DeviceProcess(c = 1) leads to a different state"), md);
  }

  @Test
  void outOfOrderProcessingBreaksInOrderPerTargetByFetchingTheSecondCommandFirst() throws ReviewException {
    ReviewReport r = reviewOf("out-of-order-processing", "seed_drain_vfEnable_inorder_all");
    assertEquals(ReviewReport.WORSE, r.exitCode());
    ModelReview m = r.models().get(0);
    assertEquals(PropertyRow.Change.WORSE, changes(m).get("InOrderPerTarget"));
    assertEquals(PropertyRow.Change.SAME, changes(m).get("NoStaleEffect"));
    Comparison c = m.comparison().orElseThrow();
    Behaviour head = c.headAllows().orElseThrow();
    assertEquals(List.of("Init", "DriverSubmitAdmin", "DriverSubmitAdmin", "DeviceFetch"), actions(head));
    assertEquals("DeviceFetch(c = 2)", head.steps().get(3).call());
    assertTrue(head.parting().noSuchStep(), "in order, BASE cannot fetch command 2 before command 1");
    assertTrue(c.baseAllows().isEmpty(), "every in-order behaviour is still allowed");
    assertTrue(ReviewMarkdown.render(r).contains("the sides part at step 4: after steps 1-3, BASE has no step DeviceFetch(c = 2)."));
  }

  @Test
  void aNewCommandClassAddsBehavioursAndAVariableWithoutBreakingAnyProperty() throws ReviewException {
    ReviewReport r = reviewOf("new-command-class-promisc", "seed_drain_vfEnable_inorder_all");
    assertEquals(0, r.exitCode());
    ModelReview m = r.models().get(0);
    assertTrue(m.properties().stream().allMatch(p -> p.change() == PropertyRow.Change.SAME));
    Comparison c = m.comparison().orElseThrow();
    assertEquals(List.of("devPromisc"), c.projection().headOnly());
    assertEquals(List.of(), c.projection().baseOnly());
    Behaviour head = c.headAllows().orElseThrow();
    assertEquals(2, head.steps().size());
    assertEquals("DriverSubmitAdmin(c = 1, t = 0, op = \"setPromisc\", arg = FALSE)", head.steps().get(1).call());
    assertTrue(head.parting().noSuchStep());
    assertTrue(c.baseAllows().isEmpty(), "HEAD keeps every behaviour of BASE");
    assertEquals(0, c.stateSpace().baseOnly());
    assertTrue(c.stateSpace().headStates() > c.stateSpace().baseStates());
    assertTrue(ReviewMarkdown.render(r).contains("hidden: HEAD-only devPromisc"));
  }

  @Test
  void aRenamedOperatorIsAPureRefactoringWithNoDifference() throws ReviewException {
    ReviewReport r = reviewOf("rename-sync-operator", "seed_drain_vfEnable_inorder_all");
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
