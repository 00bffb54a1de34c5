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
import tlc2.tool.ITool;
import tlc2.tool.TLCState;

/**
 * A state graph being built breadth-first, by {@link Exploration} or during TLC's search ({@link
 * SearchRecorder}): each state once (by TLC's fingerprint), numbered in the order first seen, the
 * invariants and predicates evaluated in it then; each distinct edge once.
 */
final class GraphBuilder {
  private final ITool tool;
  private final int maxStates;
  private final List<InvariantCheck> invariants;
  private final List<PredicateCheck> predicates;
  private final Map<Long, Integer> ids = new HashMap<>();
  private final List<TLCState> states = new ArrayList<>();
  private final List<Integer> initial = new ArrayList<>();
  private final List<EdgeAnswer> edges = new ArrayList<>();
  private final Set<EdgeAnswer> edgeKeys = new HashSet<>();
  private boolean truncated;

  GraphBuilder(
      ITool tool, int maxStates, List<InvariantCheck> invariants, List<PredicateCheck> predicates) {
    this.tool = tool;
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
    if (states.size() >= maxStates) {
      truncated = true;
      return -1;
    }
    int added = states.size();
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
    states.add(state);
    return added;
  }

  int size() {
    return states.size();
  }

  TLCState state(int index) {
    return states.get(index);
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
    ValueEncoder encoder = new ValueEncoder();
    List<List<Binding>> bindings = new ArrayList<>(states.size());
    for (TLCState s : states) {
      bindings.add(encoder.bindingsOf(s));
    }
    List<InvariantAnswer> verdicts = new ArrayList<>();
    for (InvariantCheck inv : invariants) {
      verdicts.add(inv.answer());
    }
    List<PredicateAnswer> evaluated = new ArrayList<>();
    for (PredicateCheck p : predicates) {
      evaluated.add(p.answer());
    }
    return new GraphAnswer(bindings, initial, edges, truncated, verdicts, evaluated, fromSearch);
  }
}
