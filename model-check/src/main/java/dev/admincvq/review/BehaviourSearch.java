package dev.admincvq.review;

import dev.admincvq.graph.Edge;
import dev.admincvq.graph.StateGraph;
import dev.admincvq.model.Difference;
import dev.admincvq.model.State;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shortest behaviour one side allows and the other does not, found breadth-first over the
 * product of the two reachable state graphs.
 *
 * <p>A behaviour is observed on the shared variables (the {@link Projection}) and its steps by
 * action name and parameters. The search walks the allowing side's graph, carrying the set of the
 * other side's states that match the behaviour so far (the other side may hide variables, so more
 * than one can match); a step after which that set is empty is where the sides part. Both graphs
 * are the models' bounded reachable graphs, so "does not allow" means: not within the model's
 * bounds.
 */
final class BehaviourSearch {
  private final StateGraph allow;
  private final StateGraph other;
  private final Projection projection;
  private final Observed allowKey;
  private final Observed otherKey;
  private final List<Map<String, List<Integer>>> otherSteps;
  private final List<List<Integer>> allowOut;

  private final List<String> allowLabels;

  private BehaviourSearch(Observed allow, Observed other, Projection projection) {
    this.allow = allow.graph();
    this.other = other.graph();
    this.projection = projection;
    this.allowKey = allow;
    this.otherKey = other;
    this.allowLabels = allow.labels();
    this.allowOut = this.allow.outgoing();
    this.otherSteps = new ArrayList<>();
    for (int i = 0; i < this.other.states().size(); i++) {
      otherSteps.add(new HashMap<>());
    }
    for (int e = 0; e < this.other.edges().size(); e++) {
      Edge edge = this.other.edges().get(e);
      otherSteps
          .get(edge.from())
          .computeIfAbsent(other.labels().get(e), k -> new ArrayList<>())
          .add(edge.to());
    }
  }

  /**
   * A graph as the search observes it: each state's projection as a number (equal numbers, equal
   * projections, across both sides) and each edge's label.
   */
  static final class Observed {
    private final StateGraph graph;
    private final int[] keys;
    private final List<String> labels;

    private Observed(StateGraph graph, int[] keys, List<String> labels) {
      this.graph = graph;
      this.keys = keys;
      this.labels = List.copyOf(labels);
    }

    StateGraph graph() {
      return graph;
    }

    /** The projection number of state {@code i}. */
    int key(int i) {
      return keys[i];
    }

    List<String> labels() {
      return labels;
    }

    /** Both sides observed on {@code projection}. */
    static List<Observed> of(StateGraph base, StateGraph head, Projection projection) {
      ProjectedStates numbers = new ProjectedStates(projection);
      Map<String, String> labels = new HashMap<>();
      return List.of(observe(base, numbers, labels), observe(head, numbers, labels));
    }

    /** {@code g} observed; its edges' labels taken from {@code labels}, one object per label. */
    private static Observed observe(
        StateGraph g, ProjectedStates numbers, Map<String, String> labels) {
      List<String> edgeLabels = new ArrayList<>(g.edges().size());
      for (Edge e : g.edges()) {
        edgeLabels.add(labels.computeIfAbsent(label(e), k -> k));
      }
      return new Observed(g, numbers.number(g), edgeLabels);
    }
  }

  /**
   * The shortest behaviour {@code allow} has and {@code other} does not, if there is one.
   *
   * @param allowName how the report names the allowing side
   * @param otherName how it names the other
   */
  static Optional<Behaviour> find(
      Observed allow, Observed other, Projection projection, String allowName, String otherName) {
    return new BehaviourSearch(allow, other, projection).search(allowName, otherName);
  }

  private record Node(int state, List<Integer> others, int parent, int edge) {
    Node {
      others = List.copyOf(others);
    }
  }

  private Optional<Behaviour> search(String allowName, String otherName) {
    List<Node> nodes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i : allow.initial()) {
      List<Integer> matching =
          other.initial().stream()
              .filter(b -> otherKey.key(b) == allowKey.key(i))
              .sorted()
              .toList();
      if (matching.isEmpty()) {
        Node start = new Node(i, matching, -1, -1);
        return Optional.of(behaviour(nodes, start, other.initial(), allowName, otherName));
      }
      if (seen.add(i + ":" + matching)) {
        nodes.add(new Node(i, matching, -1, -1));
      }
    }
    for (int n = 0; n < nodes.size(); n++) {
      Node node = nodes.get(n);
      for (int e : allowOut.get(node.state())) {
        Edge edge = allow.edges().get(e);
        String label = allowLabels.get(e);
        TreeSet<Integer> next = new TreeSet<>();
        List<Integer> reached = new ArrayList<>();
        for (int b : node.others()) {
          for (int t : otherSteps.get(b).getOrDefault(label, List.of())) {
            reached.add(t);
            if (otherKey.key(t) == allowKey.key(edge.to())) {
              next.add(t);
            }
          }
        }
        Node child = new Node(edge.to(), List.copyOf(next), n, e);
        if (next.isEmpty()) {
          return Optional.of(behaviour(nodes, child, reached, allowName, otherName));
        }
        if (seen.add(edge.to() + ":" + child.others())) {
          nodes.add(child);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The behaviour ending in {@code last}; {@code candidates}: the other side's states reached
   * instead.
   */
  private Behaviour behaviour(
      List<Node> nodes, Node last, List<Integer> candidates, String allowName, String otherName) {
    List<Node> chain = new ArrayList<>();
    chain.add(last);
    for (Node n = last; n.parent() >= 0; n = nodes.get(n.parent())) {
      chain.add(0, nodes.get(n.parent()));
    }
    List<Behaviour.Step> steps = new ArrayList<>();
    State previous = null;
    for (Node n : chain) {
      State now = projection.project(allow.states().get(n.state()));
      if (previous == null) {
        steps.add(new Behaviour.Step(1, "Init", List.of(), List.of(), now));
      } else {
        Edge edge = allow.edges().get(n.edge());
        steps.add(
            new Behaviour.Step(
                steps.size() + 1,
                edge.action(),
                edge.parameters(),
                differences(previous, now),
                now));
      }
      previous = now;
    }
    State end = projection.project(allow.states().get(last.state()));
    List<Difference> nearest = List.of();
    for (int c : candidates) {
      List<Difference> d = differences(end, projection.project(other.states().get(c)));
      if (nearest.isEmpty() || d.size() < nearest.size()) {
        nearest = d;
      }
    }
    return new Behaviour(
        allowName, otherName, steps, new Behaviour.Parting(candidates.isEmpty(), nearest));
  }

  private static List<Difference> differences(State before, State after) {
    List<Difference> out = new ArrayList<>();
    for (State.Binding b : after.bindings()) {
      before
          .get(b.variable())
          .ifPresent(
              old ->
                  out.addAll(
                      Difference.between(
                          b.variable(), old, b.value(), Difference.Depth.SAME_DOMAIN)));
    }
    return List.copyOf(out);
  }

  /** A step's action and parameters, as canonical text. */
  static String label(Edge e) {
    StringBuilder out = new StringBuilder(e.action()).append('(');
    for (State.Binding p : e.parameters()) {
      out.append(p.variable()).append('=').append(p.value().canonical()).append(',');
    }
    return out.append(')').toString();
  }
}
