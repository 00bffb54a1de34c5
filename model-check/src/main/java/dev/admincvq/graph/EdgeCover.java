package dev.admincvq.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/**
 * A set of paths from the initial states that together take every reachable edge at least once.
 *
 * <p>Built greedily: for the first edge not yet covered, the shortest path from an initial state to
 * its source, then that edge, then, for as long as there is one, an uncovered edge leaving the
 * state reached; repeated until every edge is covered.
 *
 * @param paths the paths
 * @param covered how many distinct edges the paths take
 * @param total how many edges the graph has
 */
public record EdgeCover(List<GraphPath> paths, int covered, int total) {
  public EdgeCover {
    paths = List.copyOf(paths);
  }

  /** The cover of {@code graph}'s edges. */
  public static EdgeCover of(StateGraph graph) {
    int n = graph.states().size();
    List<Edge> edges = graph.edges();
    List<List<Integer>> outgoing = graph.outgoing();
    // Shortest paths from the initial states: the edge by which each state was first reached.
    int[] parentEdge = new int[n];
    int[] root = new int[n];
    Arrays.fill(parentEdge, -2);
    Deque<Integer> queue = new ArrayDeque<>();
    for (int i : graph.initial()) {
      if (parentEdge[i] == -2) {
        parentEdge[i] = -1;
        root[i] = i;
        queue.add(i);
      }
    }
    while (!queue.isEmpty()) {
      int s = queue.remove();
      for (int e : outgoing.get(s)) {
        int t = edges.get(e).to();
        if (parentEdge[t] == -2) {
          parentEdge[t] = e;
          root[t] = root[s];
          queue.add(t);
        }
      }
    }
    boolean[] covered = new boolean[edges.size()];
    int[] nextUncovered = new int[n];
    List<GraphPath> paths = new ArrayList<>();
    for (int first = 0; first < edges.size(); first++) {
      if (covered[first] || parentEdge[edges.get(first).from()] == -2) {
        continue;
      }
      List<Integer> prefix = new ArrayList<>();
      int s = edges.get(first).from();
      for (int at = s; parentEdge[at] >= 0; at = edges.get(parentEdge[at]).from()) {
        prefix.add(parentEdge[at]);
      }
      Collections.reverse(prefix);
      List<Integer> path = new ArrayList<>(prefix);
      int e = first;
      while (e >= 0) {
        path.add(e);
        covered[e] = true;
        e =
            firstUncovered(
                outgoing.get(edges.get(e).to()), covered, nextUncovered, edges.get(e).to());
      }
      for (int p : prefix) {
        covered[p] = true;
      }
      paths.add(new GraphPath(root[s], path));
    }
    int count = 0;
    for (boolean c : covered) {
      count += c ? 1 : 0;
    }
    return new EdgeCover(paths, count, edges.size());
  }

  private static int firstUncovered(
      List<Integer> out, boolean[] covered, int[] scanFrom, int state) {
    for (int i = scanFrom[state]; i < out.size(); i++) {
      if (!covered[out.get(i)]) {
        scanFrom[state] = i;
        return out.get(i);
      }
    }
    scanFrom[state] = out.size();
    return -1;
  }

  /** The total number of steps over all paths. */
  public long steps() {
    return paths.stream().mapToLong(p -> p.edges().size()).sum();
  }
}
