package dev.admincvq.tlc.inside;

import dev.admincvq.tlc.answer.Binding;
import dev.admincvq.tlc.answer.EdgeAnswer;
import dev.admincvq.tlc.answer.GraphAnswer;
import dev.admincvq.tlc.answer.InvariantAnswer;
import dev.admincvq.tlc.answer.PredicateAnswer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;
import tlc2.tool.ITool;
import tlc2.tool.TLCState;

/**
 * A state graph being built breadth-first, by {@link Exploration} or during TLC's search ({@link
 * SearchRecorder}): each state once (by TLC's fingerprint), numbered in the order first seen, the
 * invariants and predicates evaluated in it then and the state encoded then (one {@link
 * ValueEncoder} for the graph, so equal values are one object); each distinct edge once. TLC's
 * state itself is kept only until an exploration expands it: the graph's memory grows with its
 * distinct values, not with TLC's states.
 */
final class GraphBuilder {
  private final ITool tool;
  private final int maxStates;
  private final List<InvariantCheck> invariants;
  private final List<PredicateCheck> predicates;
  private final boolean toExpand;
  private final ValueEncoder encoder = new ValueEncoder();
  private final Map<Long, Integer> ids = new HashMap<>();
  private final List<List<Binding>> encoded = new ArrayList<>();
  private final List<@Nullable TLCState> unexpanded = new ArrayList<>();
  private final List<Integer> initial = new ArrayList<>();
  private final List<EdgeAnswer> edges = new ArrayList<>();
  private final Set<EdgeAnswer> edgeKeys = new HashSet<>();
  private boolean truncated;

  /**
   * @param toExpand whether the states are kept until {@link #expand} takes them (a breadth-first
   *     exploration); otherwise a state is kept only in its encoded form (TLC's search expands it)
   */
  GraphBuilder(
      ITool tool,
      int maxStates,
      List<InvariantCheck> invariants,
      List<PredicateCheck> predicates,
      boolean toExpand) {
    this.tool = tool;
    this.toExpand = toExpand;
    this.maxStates = maxStates;
    this.invariants = List.copyOf(invariants);
    this.predicates = List.copyOf(predicates);
  }

  ITool tool() {
    return tool;
  }

  /**
   * The state's number, the state added if new; -1 if new beyond the bound (the graph truncated).
   */
  int add(TLCState state, boolean isInitial) {
    long fp = state.fingerPrint();
    Integer id = ids.get(fp);
    if (id != null) {
      return id;
    }
    if (encoded.size() >= maxStates) {
      truncated = true;
      return -1;
    }
    int added = encoded.size();
    ids.put(fp, added);
    if (isInitial) {
      initial.add(added);
    }
    for (InvariantCheck inv : invariants) {
      inv.evaluate(tool, state, added);
    }
    for (PredicateCheck p : predicates) {
      p.evaluate(tool, state, added);
    }
    encoded.add(encoder.bindingsOf(state));
    unexpanded.add(toExpand ? state : null);
    return added;
  }

  int size() {
    return encoded.size();
  }

  /**
   * The state numbered {@code index}, given once, to expand: the graph keeps only its encoded form
   * after.
   *
   * @throws IllegalStateException if the graph does not keep its states to expand, or this one was
   *     given already
   */
  TLCState expand(int index) {
    TLCState state = unexpanded.get(index);
    if (state == null) {
      throw new IllegalStateException("state " + index + " is not kept to expand");
    }
    unexpanded.set(index, null);
    return state;
  }

  void edge(int from, int to, String action, List<Binding> parameters) {
    EdgeAnswer edge = new EdgeAnswer(from, to, action, parameters);
    if (edgeKeys.add(edge)) {
      edges.add(edge);
    }
  }

  boolean truncated() {
    return truncated;
  }

  /** The graph, its states encoded, the invariants' verdicts and where the predicates are false. */
  GraphAnswer answer(boolean fromSearch) {
    List<InvariantAnswer> verdicts = new ArrayList<>();
    for (InvariantCheck inv : invariants) {
      verdicts.add(inv.answer());
    }
    List<PredicateAnswer> evaluated = new ArrayList<>();
    for (PredicateCheck p : predicates) {
      evaluated.add(p.answer());
    }
    return new GraphAnswer(encoded, initial, edges, truncated, verdicts, evaluated, fromSearch);
  }
}
