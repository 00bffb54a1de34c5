package dev.admincvq.tlc.inside;

import dev.admincvq.tlc.answer.Binding;
import dev.admincvq.tlc.answer.CountAnswer;
import dev.admincvq.tlc.answer.SimulationBudget;
import dev.admincvq.tlc.answer.StepAnswer;
import dev.admincvq.tlc.answer.TraceAnswer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import org.checkerframework.checker.nullness.qual.Nullable;
import tlc2.tool.Action;
import tlc2.tool.ITool;
import tlc2.tool.StateVec;
import tlc2.tool.TLCState;

/**
 * Random behaviours drawn with TLC's evaluator, as TLC's {@code -simulate} draws them: from a
 * random initial state, each step takes the actions in a random order and the first one with a
 * successor (within the model's constraints) gives a random one of its successors. Every state is
 * checked against every invariant of the configuration; a behaviour ends at the depth, at its first
 * violation, or where no action is enabled.
 *
 * <p>TLC's own simulator (2.18) stops at its first violation and counts no actions; this walk keeps
 * going, counts each spec action taken and keeps the shortest counterexample. One thread, one seed:
 * the same seed gives the same behaviours.
 */
final class Simulation {
  private final ITool tool;
  private final Action[] actions;
  private final List<String> actionNames = new ArrayList<>();
  private final List<List<Binding>> parameters = new ArrayList<>();
  private final Action[] invariants;
  private final String[] invariantNames;
  private final Map<String, Long> fired = new LinkedHashMap<>();
  private final Map<String, Long> violations = new LinkedHashMap<>();
  private long behaviours;
  private long steps;
  private long deadEnds;
  private @Nullable List<TLCState> shortestStates;
  private @Nullable List<Integer> shortestActions;
  private @Nullable String violated;

  Simulation(ITool tool) {
    this.tool = tool;
    this.actions = tool.getActions();
    for (Action a : actions) {
      String name = ActionLabels.specActionName(tool, a);
      actionNames.add(name);
      parameters.add(ActionLabels.evaluatedParameters(tool, a));
      fired.putIfAbsent(name, 0L);
    }
    this.invariants = tool.getInvariants();
    this.invariantNames = tool.getInvNames();
  }

  /** Whether the run is asked to stop; set by {@link #run}. */
  private BooleanSupplier stopRequested = () -> false;

  /**
   * Draws behaviours until the budget is spent or {@code stopRequested} (an interrupt of the CLI),
   * which it looks at before each state drawn.
   */
  Simulation run(SimulationBudget budget, BooleanSupplier stopRequested) {
    this.stopRequested = stopRequested;
    SplittableRandom random = new SplittableRandom(budget.seed());
    StateVec inits = tool.getInitStates();
    if (inits.size() == 0) {
      return this;
    }
    long deadline =
        budget.millis() == 0 ? Long.MAX_VALUE : System.nanoTime() + budget.millis() * 1_000_000;
    while (behaviours < budget.behaviours()
        && System.nanoTime() < deadline
        && !stopRequested.getAsBoolean()) {
      behaviour(random, inits, budget.depth());
      behaviours++;
    }
    return this;
  }

  private void behaviour(SplittableRandom random, StateVec inits, int depth) {
    List<TLCState> states = new ArrayList<>();
    List<Integer> taken = new ArrayList<>();
    TLCState state = inits.elementAt(random.nextInt(inits.size()));
    states.add(state);
    if (violation(state, states, taken)) {
      return;
    }
    while (states.size() < depth && !stopRequested.getAsBoolean()) {
      int[] order = shuffled(random);
      @Nullable TLCState next = null;
      int action = -1;
      for (int a : order) {
        List<TLCState> successors = successors(actions[a], state);
        if (!successors.isEmpty()) {
          next = successors.get(random.nextInt(successors.size()));
          action = a;
          break;
        }
      }
      if (next == null) {
        deadEnds++;
        return;
      }
      fired.merge(actionNames.get(action), 1L, Long::sum);
      steps++;
      state = next;
      states.add(state);
      taken.add(action);
      if (violation(state, states, taken)) {
        return;
      }
    }
  }

  private List<TLCState> successors(Action action, TLCState state) {
    StateVec next = tool.getNextStates(action, state);
    List<TLCState> within = new ArrayList<>(next.size());
    for (int i = 0; i < next.size(); i++) {
      TLCState s = next.elementAt(i);
      if (tool.isInModel(s) && tool.isInActions(state, s)) {
        within.add(s);
      }
    }
    return within;
  }

  private int[] shuffled(SplittableRandom random) {
    int[] order = new int[actions.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  /**
   * Whether {@code state} (the last of {@code states}) violates an invariant; keeps the shortest.
   */
  private boolean violation(TLCState state, List<TLCState> states, List<Integer> taken) {
    for (int i = 0; i < invariants.length; i++) {
      if (!tool.isValid(invariants[i], state)) {
        String name = invariantNames[i];
        violations.merge(name, 1L, Long::sum);
        List<TLCState> best = shortestStates;
        if (best == null || states.size() < best.size()) {
          shortestStates = List.copyOf(states);
          shortestActions = List.copyOf(taken);
          violated = name;
        }
        return true;
      }
    }
    return false;
  }

  long behaviours() {
    return behaviours;
  }

  long steps() {
    return steps;
  }

  long deadEnds() {
    return deadEnds;
  }

  List<CountAnswer> fired() {
    return counts(fired);
  }

  List<CountAnswer> violations() {
    return counts(violations);
  }

  Optional<String> violated() {
    return Optional.ofNullable(violated);
  }

  /** The shortest counterexample, each step named by its spec action and parameters. */
  Optional<TraceAnswer> shortest() {
    List<TLCState> states = shortestStates;
    List<Integer> taken = shortestActions;
    if (states == null || taken == null) {
      return Optional.empty();
    }
    ValueEncoder encoder = new ValueEncoder();
    List<StepAnswer> out = new ArrayList<>();
    out.add(new StepAnswer("Init", List.of(), encoder.bindingsOf(states.get(0))));
    for (int i = 1; i < states.size(); i++) {
      int a = taken.get(i - 1);
      out.add(
          new StepAnswer(actionNames.get(a), parameters.get(a), encoder.bindingsOf(states.get(i))));
    }
    return Optional.of(new TraceAnswer(out, -1, false));
  }

  private static List<CountAnswer> counts(Map<String, Long> counts) {
    List<CountAnswer> out = new ArrayList<>();
    counts.forEach((name, n) -> out.add(new CountAnswer(name, n)));
    return List.copyOf(out);
  }
}
