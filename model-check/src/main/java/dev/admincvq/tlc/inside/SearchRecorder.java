package dev.admincvq.tlc.inside;

import dev.admincvq.tlc.answer.Binding;
import dev.admincvq.tlc.answer.HookReport;
import java.lang.reflect.Field;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;
import tlc2.TLC;
import tlc2.TLCGlobals;
import tlc2.tool.Action;
import tlc2.tool.ITool;
import tlc2.tool.TLCState;
import tlc2.util.BitVector;
import tlc2.util.IStateWriter;

/**
 * Records the state graph as TLC's own breadth-first search builds it, through the state writer TLC
 * tells of every initial state and of every successor it generates (with the action that generated
 * it): the graph {@link Exploration} would build again, at no second search. The invariants are
 * evaluated in each state as it is first seen.
 *
 * <p>Hook {@value #HOOK}: installed in TLC's private {@code stateWriter} field by reflection (TLC's
 * own writer is the no-op one unless {@code -dump} is given). When it cannot be, the graph is
 * explored after the run instead, and the hook reports it did not apply.
 */
final class SearchRecorder implements IStateWriter {
  static final String HOOK = "tlc.stateWriter";

  private final List<String> invariantNames;
  private final int maxStates;
  private final HookLog hooks;
  private final IdentityHashMap<Action, Label> labels = new IdentityHashMap<>();
  private @Nullable GraphBuilder graph;
  private @Nullable TLCState lastSource;
  private int lastSourceId = -1;
  private boolean installed;
  private boolean livenessShortened;

  /** The spec action and parameters of one of TLC's actions, worked out once. */
  private record Label(String action, List<Binding> parameters) {}

  SearchRecorder(List<String> invariantNames, int maxStates, HookLog hooks) {
    this.invariantNames = List.copyOf(invariantNames);
    this.maxStates = maxStates;
    this.hooks = hooks;
  }

  void install(TLC tlc) {
    try {
      Field writer = TLC.class.getDeclaredField("stateWriter");
      writer.setAccessible(true);
      writer.set(tlc, this);
      installed = true;
      hooks.add(HookReport.applied(HOOK, "the graph is recorded during TLC's search"));
    } catch (ReflectiveOperationException | RuntimeException e) {
      installed = false;
      hooks.add(
          HookReport.failed(
              HOOK, "TLC of another shape (" + e + "): the graph is explored after the run"));
    }
  }

  /** The graph recorded, if the whole search was (then TLC's success means it is complete). */
  Optional<GraphBuilder> complete() {
    GraphBuilder g = graph;
    return installed && g != null && !g.truncated() ? Optional.of(g) : Optional.empty();
  }

  /** The graph being recorded, begun at TLC's first state (its tool then set up). */
  private GraphBuilder graph() {
    GraphBuilder g = graph;
    if (g == null) {
      ITool tool = TLCGlobals.mainChecker.tool;
      g =
          new GraphBuilder(
              tool, maxStates, InvariantCheck.all(tool, invariantNames), List.of(), false);
      graph = g;
    }
    return g;
  }

  @Override
  public synchronized void writeState(TLCState state) {
    shortenLiveness();
    graph().add(state, true);
  }

  /**
   * Before TLC's first liveness check on a transition (the initial states come first): its
   * state-level parts evaluated once per state ({@link OncePerState}).
   */
  private void shortenLiveness() {
    if (!livenessShortened && TLCGlobals.mainChecker != null) {
      livenessShortened = true;
      hooks.add(OncePerState.install(TLCGlobals.mainChecker));
    }
  }

  @Override
  public synchronized void writeState(
      TLCState state, TLCState successor, boolean successorIsNew, Action action) {
    shortenLiveness();
    GraphBuilder g = graph();
    int from;
    if (state == lastSource) {
      from = lastSourceId;
    } else {
      from = g.add(state, false);
      lastSource = state;
      lastSourceId = from;
    }
    int to = g.add(successor, false);
    if (from < 0 || to < 0) {
      return;
    }
    Label label =
        labels.computeIfAbsent(
            action,
            a ->
                new Label(
                    ActionLabels.specActionName(g.tool(), a),
                    ActionLabels.evaluatedParameters(g.tool(), a)));
    g.edge(from, to, label.action(), label.parameters());
  }

  @Override
  public void writeState(TLCState state, TLCState successor, boolean successorIsNew) {
    // Not called by the breadth-first search with an action at hand; nothing to record.
  }

  @Override
  public void writeState(
      TLCState state, TLCState successor, boolean successorIsNew, Visualization visualization) {
    // Stuttering marks for liveness: not an edge of the next-state relation.
  }

  @Override
  public void writeState(
      TLCState state, TLCState successor, BitVector checks, int from, int length, boolean isNew) {
    // Liveness detail: not recorded.
  }

  @Override
  public void writeState(
      TLCState state,
      TLCState successor,
      BitVector checks,
      int from,
      int length,
      boolean isNew,
      Visualization visualization) {
    // Liveness detail: not recorded.
  }

  @Override
  public void close() {}

  @Override
  public String getDumpFileName() {
    return "";
  }

  @Override
  public boolean isNoop() {
    return false;
  }

  @Override
  public boolean isDot() {
    return false;
  }

  @Override
  public void snapshot() {}
}
