package dev.admincvq.graph;

import dev.admincvq.model.State;
import java.util.ArrayList;
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
public record StateGraph(List<State> states, List<Integer> initial, List<Edge> edges, boolean truncated) {
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
}
