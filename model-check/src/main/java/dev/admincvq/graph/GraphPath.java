package dev.admincvq.graph;

import java.util.List;

/**
 * A behaviour of the model: an initial state and the edges taken from it, each edge leaving the
 * state the previous one entered.
 *
 * @param initial the initial state's index
 * @param edges indices into {@link StateGraph#edges}
 */
public record GraphPath(int initial, List<Integer> edges) {
  public GraphPath {
    edges = List.copyOf(edges);
  }
}
