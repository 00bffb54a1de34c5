package dev.admincvq.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.graph.StateGraph;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** State predicates of a spec, evaluated by TLC in every state of an explored graph. */
class GraphPredicatesTest {
  private static final Path SPEC = TestSpecs.spec("TwoCounters");

  private static EvaluatedGraph explore(List<String> predicates) {
    return GraphExplorer.create()
        .explore(SPEC, CheckRequest.defaultConfig(SPEC), List.of(), 1_000, predicates);
  }

  @Test
  void tlcGivesEveryStateWhereAPredicateIsFalseNotOnlyTheFirst() {
    EvaluatedGraph explored = explore(List.of("Small"));
    StateGraph g = explored.graph();
    assertEquals(24, g.states().size(), "y in 0..5, z in [{a, b} -> 0..1]");
    Set<Integer> yAtLeast3 = new HashSet<>();
    for (int i = 0; i < g.states().size(); i++) {
      if (g.states().get(i).get("y").orElseThrow().asInt() >= 3) {
        yAtLeast3.add(i);
      }
    }
    EvaluatedGraph.PredicateResult small = explored.predicate("Small").orElseThrow();
    assertTrue(small.error().isEmpty(), String.valueOf(small.error()));
    assertEquals(yAtLeast3, small.falseIn(), "Small == y < 3 is false exactly where y >= 3");
    assertTrue(small.holdsIn(g.initial().get(0)));
    assertFalse(small.holdsIn(yAtLeast3.iterator().next()));
  }

  @Test
  void aNameThatIsNoStatePredicateIsReportedWithTheReasonNotThrown() {
    EvaluatedGraph explored = explore(List.of("Nope", "IncZ", "IncY", "Spec", "Small"));
    assertEquals("no definition named Nope", error(explored, "Nope"));
    assertEquals("IncZ takes arguments: not a state predicate", error(explored, "IncZ"));
    assertEquals(
        "IncY is an action or temporal formula: not a state predicate", error(explored, "IncY"));
    assertEquals(
        "Spec is an action or temporal formula: not a state predicate", error(explored, "Spec"));
    assertEquals(
        12,
        explored.predicate("Small").orElseThrow().falseIn().size(),
        "the others are still evaluated");
  }

  private static String error(EvaluatedGraph explored, String name) {
    EvaluatedGraph.PredicateResult p = explored.predicate(name).orElseThrow();
    assertTrue(p.falseIn().isEmpty(), name);
    return p.error().orElseThrow(() -> new AssertionError(name + " evaluated"));
  }
}
