package dev.admincvq.tlc.answer;

import java.util.List;

/**
 * A reachable state graph, as TLC's evaluator gives it.
 *
 * @param states each state's variables (in declaration order), numbered breadth-first
 * @param initial the indices of the initial states
 * @param edges every distinct edge
 * @param truncated whether states beyond the bound were left out
 * @param invariants the invariants asked for, each evaluated in every state
 * @param predicates the state predicates asked for, each evaluated in every state
 * @param fromSearch whether the graph was recorded during TLC's own search (rather than explored
 *     after it)
 */
public record GraphAnswer(
    List<List<Binding>> states,
    List<Integer> initial,
    List<EdgeAnswer> edges,
    boolean truncated,
    List<InvariantAnswer> invariants,
    List<PredicateAnswer> predicates,
    boolean fromSearch) {
  public GraphAnswer {
    states = List.copyOf(states);
    initial = List.copyOf(initial);
    edges = List.copyOf(edges);
    invariants = List.copyOf(invariants);
    predicates = List.copyOf(predicates);
  }
}
