package dev.admincvq.review;

import dev.admincvq.graph.Edge;
import dev.admincvq.graph.StateGraph;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The two sides' reachable state spaces compared: distinct states and depth of each (as TLC counts
 * them: the initial states are at depth 1), and how many states, projected on the shared variables,
 * only one side reaches.
 *
 * @param baseStates distinct states BASE reaches
 * @param headStates distinct states HEAD reaches
 * @param baseDepth the longest shortest behaviour of BASE, in states
 * @param headDepth the same for HEAD
 * @param baseProjected distinct projections of BASE's states
 * @param headProjected distinct projections of HEAD's states
 * @param baseOnly projections only BASE reaches
 * @param headOnly projections only HEAD reaches
 * @param truncated whether either exploration stopped at its bound (then the figures are partial)
 */
public record StateSpace(
    int baseStates,
    int headStates,
    int baseDepth,
    int headDepth,
    int baseProjected,
    int headProjected,
    int baseOnly,
    int headOnly,
    boolean truncated) {

  static StateSpace compare(BehaviourSearch.Observed baseSide, BehaviourSearch.Observed headSide) {
    StateGraph base = baseSide.graph();
    StateGraph head = headSide.graph();
    Set<Integer> b = new HashSet<>();
    for (int i = 0; i < base.states().size(); i++) {
      b.add(baseSide.key(i));
    }
    Set<Integer> h = new HashSet<>();
    for (int i = 0; i < head.states().size(); i++) {
      h.add(headSide.key(i));
    }
    int baseOnly = (int) b.stream().filter(k -> !h.contains(k)).count();
    int headOnly = (int) h.stream().filter(k -> !b.contains(k)).count();
    return new StateSpace(
        base.states().size(),
        head.states().size(),
        depth(base),
        depth(head),
        b.size(),
        h.size(),
        baseOnly,
        headOnly,
        base.truncated() || head.truncated());
  }

  /** Whether both sides reach the same states on the projection. */
  public boolean same() {
    return baseOnly == 0 && headOnly == 0;
  }

  /** Breadth-first levels from the initial states, counted as TLC counts depth. */
  static int depth(StateGraph g) {
    if (g.states().isEmpty()) {
      return 0;
    }
    int[] level = new int[g.states().size()];
    Arrays.fill(level, -1);
    Deque<Integer> queue = new ArrayDeque<>();
    for (int i : g.initial()) {
      if (level[i] < 0) {
        level[i] = 1;
        queue.add(i);
      }
    }
    List<List<Integer>> out = g.outgoing();
    int max = 1;
    while (!queue.isEmpty()) {
      int s = queue.remove();
      for (int e : out.get(s)) {
        Edge edge = g.edges().get(e);
        if (level[edge.to()] < 0) {
          level[edge.to()] = level[s] + 1;
          max = Math.max(max, level[edge.to()]);
          queue.add(edge.to());
        }
      }
    }
    return max;
  }
}
