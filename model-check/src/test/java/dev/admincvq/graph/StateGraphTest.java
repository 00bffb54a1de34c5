package dev.admincvq.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.matrix.Manifest;
import dev.admincvq.matrix.ModelEntry;
import dev.admincvq.model.State;
import dev.admincvq.model.Step;
import dev.admincvq.model.TlaValue;
import dev.admincvq.model.Trace;
import dev.admincvq.tlc.GraphExplorer;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StateGraphTest {
  static final Path ROOT = Path.of(System.getProperty("admincvq.root", ".."));

  @Test
  void everyReachableEdgeIsTakenByAPathFromInit() throws Exception {
    ModelEntry model =
        Manifest.read(ROOT.resolve("spec-tla/models/manifest.json")).models().stream()
            .filter(m -> m.name().equals("drops_barrier_wireGen"))
            .findFirst()
            .orElseThrow();
    StateGraph graph = GraphExplorer.create().explore(model.spec(), model.config(), 1_000_000);
    assertEquals(
        model.distinctStates(),
        graph.states().size(),
        "the states TLC counts for this model (manifest)");
    assertFalse(graph.truncated());
    assertEquals(1, graph.initial().size());
    assertTrue(graph.edges().size() > graph.states().size());
    EdgeCover cover = EdgeCover.of(graph);
    assertEquals(cover.total(), cover.covered());
    Set<Integer> taken = new HashSet<>();
    for (GraphPath p : cover.paths()) {
      assertTrue(graph.initial().contains(p.initial()));
      int at = p.initial();
      for (int e : p.edges()) {
        assertEquals(at, graph.edges().get(e).from());
        at = graph.edges().get(e).to();
        taken.add(e);
      }
    }
    assertEquals(graph.edges().size(), taken.size());
  }

  private static State state(int x) {
    return new State(
        List.of(new State.Binding("x", new TlaValue.Int(java.math.BigInteger.valueOf(x)))));
  }

  private static Edge edge(int from, int to, String action) {
    return new Edge(from, to, action, List.of());
  }

  @Test
  void traceToFollowsAShortestBehaviourThroughTheEdgesListedFirst() {
    // 0 -A-> 1 -B-> 2 -C-> 3, and a shortcut 0 -D-> 2; state 4 is not reached.
    StateGraph g =
        new StateGraph(
            List.of(state(0), state(1), state(2), state(3), state(4)),
            List.of(0),
            List.of(edge(0, 1, "A"), edge(1, 2, "B"), edge(2, 3, "C"), edge(0, 2, "D")),
            false);
    Trace t = g.traceTo(3);
    assertEquals(List.of(Step.INIT, "D", "C"), t.steps().stream().map(Step::action).toList());
    assertEquals(List.of(1, 2, 3), t.steps().stream().map(Step::number).toList());
    assertEquals(state(3), t.steps().get(2).state());
    assertEquals(List.of(Step.INIT), g.traceTo(0).steps().stream().map(Step::action).toList());
    assertThrows(IllegalArgumentException.class, () -> g.traceTo(4));
    assertThrows(IllegalArgumentException.class, () -> g.traceTo(5));
  }
}
