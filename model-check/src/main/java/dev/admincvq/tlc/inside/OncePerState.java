package dev.admincvq.tlc.inside;

import dev.admincvq.tlc.answer.HookReport;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.checkerframework.checker.nullness.qual.Nullable;
import tlc2.tool.AbstractChecker;
import tlc2.tool.ITool;
import tlc2.tool.TLCState;
import tlc2.tool.liveness.ILiveCheck;
import tlc2.tool.liveness.LiveExprNode;

/**
 * The state-level parts of TLC's liveness checks on transitions, evaluated once per source state
 * rather than once per transition. Runs only inside a run's class loader.
 *
 * <p>For each weak-fairness condition {@code WF_v(A)}, TLC checks on every transition {@code s ->
 * t} of its search the disjunction {@code ~ENABLED <<A>>_v \/ <<A>>_v}, and evaluates {@code
 * ENABLED <<A>>_v} in {@code s} again for each of {@code s}'s successors: in this spec, 11 fair
 * actions over about two successors per state, half of a review's time. A state-level formula's
 * value depends on {@code s} alone, so it is kept for the last source state (TLC hands all of a
 * state's successors to liveness together, with the same state object) and reused; the value is the
 * one TLC would compute, only computed fewer times.
 */
final class OncePerState {
  private OncePerState() {}

  /** The name this hook reports under. */
  static final String HOOK = "tlc.oncePerState";

  /**
   * Rewrites the transition checks of {@code checker}'s liveness checking (its {@code
   * OrderOfSolution}s), before the search evaluates any: every state-level disjunct or conjunct (at
   * any depth of {@code \/} and {@code /\}) is wrapped. Nothing is rewritten when the run checks no
   * liveness. The report says whether TLC's private {@code liveCheck} and its junctions' parts
   * could be reached; where they could not, the formulas stay TLC's own.
   */
  static HookReport install(AbstractChecker checker) {
    ILiveCheck live;
    try {
      Field f = AbstractChecker.class.getDeclaredField("liveCheck");
      f.setAccessible(true);
      live = (ILiveCheck) f.get(checker);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return HookReport.failed(HOOK, "cannot read TLC's liveCheck (" + e + ")");
    }
    if (live == null) {
      return HookReport.applied(HOOK, "no liveness checked");
    }
    int[] unreached = new int[1];
    int wrapped = 0;
    for (int i = 0; i < live.getNumChecker(); i++) {
      LiveExprNode[] checks = live.getChecker(i).getSolution().getCheckAction();
      for (int j = 0; j < checks.length; j++) {
        checks[j] = rewrite(checks[j], unreached);
        wrapped++;
      }
    }
    return unreached[0] == 0
        ? HookReport.applied(HOOK, wrapped + " transition checks rewritten")
        : HookReport.failed(HOOK, unreached[0] + " junctions of TLC's could not be taken apart");
  }

  /**
   * {@code node} with its state-level parts cached; {@code unreached[0]} counts junctions left
   * whole.
   */
  private static LiveExprNode rewrite(LiveExprNode node, int[] unreached) {
    if (!node.containAction() && node.getLevel() <= 1) {
      return node instanceof Cached ? node : new Cached(node);
    }
    String kind = node.getClass().getName();
    boolean or = kind.equals("tlc2.tool.liveness.LNDisj");
    if (!or && !kind.equals("tlc2.tool.liveness.LNConj")) {
      return node;
    }
    try {
      // TLC's junction classes are package-private; their accessors are public methods.
      Method count = node.getClass().getMethod("getCount");
      Method part = node.getClass().getMethod("getBody", int.class);
      count.setAccessible(true);
      part.setAccessible(true);
      if (!(count.invoke(node) instanceof Integer n)) {
        unreached[0]++;
        return node;
      }
      LiveExprNode[] parts = new LiveExprNode[n];
      for (int k = 0; k < n; k++) {
        if (!(part.invoke(node, k) instanceof LiveExprNode p)) {
          unreached[0]++;
          return node;
        }
        parts[k] = rewrite(p, unreached);
      }
      return new Junction(node, or, parts);
    } catch (ReflectiveOperationException | RuntimeException e) {
      unreached[0]++;
      return node;
    }
  }

  /** A formula standing in for one of TLC's: the same level, text and equality. */
  private abstract static class StandIn extends LiveExprNode {
    final LiveExprNode original;

    StandIn(LiveExprNode original) {
      this.original = original;
    }

    @Override
    public final int getLevel() {
      return original.getLevel();
    }

    @Override
    public final boolean containAction() {
      return original.containAction();
    }

    @Override
    public final void toString(StringBuffer sb, String padding) {
      original.toString(sb, padding);
    }

    @Override
    @SuppressWarnings("NonOverridingEquals") // TLC's own abstract equality of formulas
    public final boolean equals(LiveExprNode other) {
      return original.equals(other instanceof StandIn s ? s.original : other);
    }
  }

  /** A state-level formula, its value kept for the last source state. */
  private static final class Cached extends StandIn {
    private @Nullable TLCState last;
    private boolean value;

    Cached(LiveExprNode body) {
      super(body);
    }

    @Override
    public synchronized boolean eval(ITool tool, TLCState s1, TLCState s2) {
      if (s1 != last) {
        value = original.eval(tool, s1, s2);
        last = s1;
      }
      return value;
    }
  }

  /** TLC's {@code \/} or {@code /\} of the same parts, some of them {@link Cached}. */
  private static final class Junction extends StandIn {
    private final boolean or;
    private final LiveExprNode[] parts;

    Junction(LiveExprNode original, boolean or, LiveExprNode[] parts) {
      super(original);
      this.or = or;
      this.parts = parts.clone();
    }

    @Override
    public boolean eval(ITool tool, TLCState s1, TLCState s2) {
      for (LiveExprNode p : parts) {
        if (p.eval(tool, s1, s2) == or) {
          return or;
        }
      }
      return !or;
    }
  }
}
