package dev.admincvq.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.graph.Edge;
import dev.admincvq.graph.StateGraph;
import dev.admincvq.model.State;
import dev.admincvq.model.TlaValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison of two state graphs, on graphs built by hand (no TLC). */
class BehaviourSearchTest {

  /** A state binding {@code x} (and {@code y}, when given). */
  private static State state(int x, int... y) {
    List<State.Binding> b = new ArrayList<>();
    b.add(new State.Binding("x", TlaValue.Int.of(x)));
    if (y.length > 0) {
      b.add(new State.Binding("y", TlaValue.Int.of(y[0])));
    }
    return new State(b);
  }

  private static Edge edge(int from, int to, String action, int n) {
    return new Edge(from, to, action, List.of(new State.Binding("n", TlaValue.Int.of(n))));
  }

  /** x counts 0 -> 1 -> 2 by Inc(n = 1). */
  private static StateGraph counter() {
    return new StateGraph(
        List.of(state(0), state(1), state(2)),
        List.of(0),
        List.of(edge(0, 1, "Inc", 1), edge(1, 2, "Inc", 1)),
        false);
  }

  @Test
  void identicalGraphsAllowTheSameBehaviours() {
    Comparison c = Review.compare(counter(), counter());
    assertTrue(c.sameBehaviours());
    assertTrue(c.stateSpace().same());
    assertEquals(3, c.stateSpace().baseDepth());
  }

  @Test
  void anExtraStepIsTheShortestBehaviourOnlyOneSideAllows() {
    StateGraph head =
        new StateGraph(
            List.of(state(0), state(1), state(2), state(3)),
            List.of(0),
            List.of(edge(0, 1, "Inc", 1), edge(1, 2, "Inc", 1), edge(2, 3, "Inc", 1)),
            false);
    Comparison c = Review.compare(counter(), head);
    Behaviour b = c.headAllows().orElseThrow();
    assertEquals(
        List.of("Init", "Inc", "Inc", "Inc"),
        b.steps().stream().map(Behaviour.Step::action).toList());
    assertTrue(b.parting().noSuchStep());
    assertEquals("x: 2 -> 3", ReviewText.text(b.steps().get(3).changes().get(0), "->"));
    assertTrue(c.baseAllows().isEmpty());
    assertEquals(1, c.stateSpace().headOnly());
    assertEquals(0, c.stateSpace().baseOnly());
  }

  @Test
  void theSameStepToAnotherStateIsWhereTheSidesPart() {
    StateGraph head =
        new StateGraph(
            List.of(state(0), state(1), state(5)),
            List.of(0),
            List.of(edge(0, 1, "Inc", 1), edge(1, 2, "Inc", 1)),
            false);
    Comparison c = Review.compare(counter(), head);
    Behaviour b = c.headAllows().orElseThrow();
    assertEquals(3, b.steps().size());
    assertFalse(b.parting().noSuchStep());
    assertEquals("x: 5 vs 2", ReviewText.text(b.parting().otherSide().get(0), "vs"));
    assertEquals(
        "the sides part at step 3: BASE's Inc(n = 1) leads to a different state", b.partingLine());
    assertEquals(b.steps().size(), c.baseAllows().orElseThrow().steps().size());
  }

  @Test
  void stepsAreMatchedByTheirParametersToo() {
    StateGraph head =
        new StateGraph(
            List.of(state(0), state(1), state(2)),
            List.of(0),
            List.of(edge(0, 1, "Inc", 1), edge(1, 2, "Inc", 2)),
            false);
    Behaviour b = Review.compare(counter(), head).headAllows().orElseThrow();
    assertEquals("Inc(n = 2)", b.steps().get(2).call());
    assertTrue(b.parting().noSuchStep());
  }

  @Test
  void variablesOnlyOneSideHasAreHiddenByTheProjection() {
    StateGraph base =
        new StateGraph(
            List.of(state(0, 7), state(1, 8), state(1, 9), state(2, 9)),
            List.of(0),
            List.of(edge(0, 1, "Inc", 1), edge(0, 2, "Inc", 1), edge(2, 3, "Inc", 1)),
            false);
    Comparison c = Review.compare(base, counter());
    assertEquals(List.of("x"), c.projection().shared());
    assertEquals(List.of("y"), c.projection().baseOnly());
    assertTrue(
        c.sameBehaviours(), "either of BASE's two first steps matches HEAD's; one of them goes on");
    assertEquals(4, c.stateSpace().baseStates());
    assertEquals(3, c.stateSpace().baseProjected());
  }

  @Test
  void differentInitialStatesPartAtStepOne() {
    StateGraph head =
        new StateGraph(
            List.of(state(1), state(2)), List.of(0), List.of(edge(0, 1, "Inc", 1)), false);
    Behaviour b = Review.compare(counter(), head).headAllows().orElseThrow();
    assertEquals(1, b.steps().size());
    assertEquals(
        "the sides part at the initial state: BASE's initial states differ", b.partingLine());
  }
}
