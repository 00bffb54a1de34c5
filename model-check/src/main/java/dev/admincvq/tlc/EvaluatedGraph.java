package dev.admincvq.tlc;

import dev.admincvq.graph.StateGraph;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A model's reachable state graph with state predicates of its spec evaluated by TLC in every state
 * (see {@link GraphExplorer#explore(java.nio.file.Path, java.nio.file.Path, List, int, List)}).
 *
 * @param graph the reachable state graph
 * @param predicates each predicate asked for, in the order asked
 */
public record EvaluatedGraph(StateGraph graph, List<PredicateResult> predicates) {
  public EvaluatedGraph {
    predicates = List.copyOf(predicates);
  }

  /** The predicate {@code name}, if it was asked for. */
  public Optional<PredicateResult> predicate(String name) {
    return predicates.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * One state predicate over the graph.
   *
   * @param name the predicate, a definition of the spec
   * @param falseIn the indices in {@link StateGraph#states} of the states where TLC evaluated it to
   *     FALSE (none when it could not be evaluated)
   * @param error why TLC could not evaluate it (no such definition, not a state predicate, an
   *     evaluation error), if so
   */
  public record PredicateResult(String name, Set<Integer> falseIn, Optional<String> error) {
    public PredicateResult {
      falseIn = Set.copyOf(falseIn);
    }

    /** Whether it is TRUE in state {@code state} (for a predicate that could be evaluated). */
    public boolean holdsIn(int state) {
      return !falseIn.contains(state);
    }
  }
}
