package dev.admincvq.graph;

import dev.admincvq.model.State;
import dev.admincvq.model.Step;
import dev.admincvq.model.Trace;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * A model's reachable state graph: every state reached from the initial states by the next-state
 * relation, and every edge between them.
 *
 * @param states the distinct states, in breadth-first order
 * @param initial indices of the initial states
 * @param edges every distinct edge (source, target, action, parameters)
 * @param truncated whether the exploration stopped at its state bound (then edges are missing)
 */
public record StateGraph(
    List<State> states, List<Integer> initial, List<Edge> edges, boolean truncated) {
  public StateGraph {
    states = List.copyOf(states);
    initial = List.copyOf(initial);
    edges = List.copyOf(edges);
  }

  /** For each state, the indices of the edges leaving it, in edge order. */
  public List<List<Integer>> outgoing() {
    List<List<Integer>> out = new ArrayList<>();
    for (int i = 0; i < states.size(); i++) {
      out.add(new ArrayList<>());
    }
    for (int e = 0; e < edges.size(); e++) {
      out.get(edges.get(e).from()).add(e);
    }
    return out;
  }

  /**
   * A shortest behaviour from an initial state to {@code target}, as a trace: its first step the
   * initial state ({@link Step#INIT}), each next one an edge with its action and parameters (when
   * several are shortest, the one through the edges listed first).
   *
   * @throws IllegalArgumentException if no state has that index or the graph does not reach it
   */
  public Trace traceTo(int target) {
    if (target < 0 || target >= states.size()) {
      throw new IllegalArgumentException("no state " + target);
    }
    int[] via = new int[states.size()];
    Arrays.fill(via, -2);
    Deque<Integer> queue = new ArrayDeque<>();
    for (int i : initial) {
      if (via[i] == -2) {
        via[i] = -1;
        queue.add(i);
      }
    }
    List<List<Integer>> out = outgoing();
    while (!queue.isEmpty() && via[target] == -2) {
      int s = queue.remove();
      for (int e : out.get(s)) {
        int t = edges.get(e).to();
        if (via[t] == -2) {
          via[t] = e;
          queue.add(t);
        }
      }
    }
    if (via[target] == -2) {
      throw new IllegalArgumentException("state " + target + " is not reached");
    }
    List<Integer> path = new ArrayList<>();
    int at = target;
    while (via[at] >= 0) {
      path.add(0, via[at]);
      at = edges.get(via[at]).from();
    }
    List<Step> steps = new ArrayList<>();
    steps.add(new Step(1, Step.INIT, List.of(), states.get(at)));
    for (int e : path) {
      Edge edge = edges.get(e);
      steps.add(
          new Step(steps.size() + 1, edge.action(), edge.parameters(), states.get(edge.to())));
    }
    return Trace.finite(steps);
  }
}
