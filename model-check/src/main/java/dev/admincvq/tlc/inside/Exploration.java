package dev.admincvq.tlc.inside;

import dev.admincvq.tlc.answer.Binding;
import java.util.ArrayList;
import java.util.List;
import tlc2.tool.Action;
import tlc2.tool.ITool;
import tlc2.tool.StateVec;
import tlc2.tool.TLCState;

/** Breadth-first exploration of the reachable states and edges, by TLC's own evaluator. */
final class Exploration {
  private Exploration() {}

  /**
   * The graph of {@code tool}'s model, with {@code invariants} and {@code predicates} evaluated in
   * each state as reached.
   */
  static GraphBuilder explore(
      ITool tool, int maxStates, List<InvariantCheck> invariants, List<PredicateCheck> predicates) {
    GraphBuilder graph = new GraphBuilder(tool, maxStates, invariants, predicates, true);
    StateVec inits = tool.getInitStates();
    for (int i = 0; i < inits.size(); i++) {
      graph.add(inits.elementAt(i), true);
    }
    Action[] actions = tool.getActions();
    List<String> names = new ArrayList<>();
    List<List<Binding>> params = new ArrayList<>();
    for (Action action : actions) {
      names.add(ActionLabels.specActionName(tool, action));
      params.add(ActionLabels.evaluatedParameters(tool, action));
    }
    for (int from = 0; from < graph.size(); from++) {
      TLCState state = graph.expand(from);
      for (int a = 0; a < actions.length; a++) {
        StateVec next = tool.getNextStates(actions[a], state);
        for (int i = 0; i < next.size(); i++) {
          int to = graph.add(next.elementAt(i), false);
          if (to >= 0) {
            graph.edge(from, to, names.get(a), params.get(a));
          }
        }
      }
    }
    return graph;
  }
}
