package dev.admincvq.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.tlc.GraphExplorer;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StateGraphTest {
  static final Path ROOT = Path.of(System.getProperty("admincvq.root", ".."));

  @Test
  void everyReachableEdgeIsTakenByAPathFromInit() {
    StateGraph graph =
        GraphExplorer.create()
            .explore(
                ROOT.resolve("spec-tla/MCAdminCvq.tla"),
                ROOT.resolve("spec-tla/models/MC_barrier_incarnation_inorder.cfg"),
                1_000_000);
    assertEquals(13_394, graph.states().size(), "the states TLC counts for this model (manifest)");
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
}
