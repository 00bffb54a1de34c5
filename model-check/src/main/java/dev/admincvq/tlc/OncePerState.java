package dev.admincvq.tlc;

import org.checkerframework.checker.nullness.qual.Nullable;
import tlc2.tool.AbstractChecker;
import tlc2.tool.ITool;
import tlc2.tool.TLCState;
import tlc2.tool.liveness.ILiveCheck;
import tlc2.tool.liveness.LiveExprNode;

/**
 * The state-level parts of TLC's liveness checks on transitions, evaluated once per source state
 * rather than once per transition. Runs only inside a run's class loader (as {@link TlcInside}).
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

  /**
   * Rewrites the transition checks of {@code checker}'s liveness checking (its {@code
   * OrderOfSolution}s), before the search evaluates any: every state-level disjunct or conjunct
   * (at any depth of {@code \/} and {@code /\}) is wrapped. Nothing is done when the run checks no
   * liveness, or TLC is of another shape than this project's.
   */
  static void install(AbstractChecker checker) {
    ILiveCheck live;
    try {
      java.lang.reflect.Field f = AbstractChecker.class.getDeclaredField("liveCheck");
      f.setAccessible(true);
      live = (ILiveCheck) f.get(checker);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return;
    }
    if (live == null) {
      return;
    }
    for (int i = 0; i < live.getNumChecker(); i++) {
      LiveExprNode[] checks = live.getChecker(i).getSolution().getCheckAction();
      for (int j = 0; j < checks.length; j++) {
        checks[j] = rewrite(checks[j]);
      }
    }
  }

  private static LiveExprNode rewrite(LiveExprNode node) {
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
      java.lang.reflect.Method count = node.getClass().getMethod("getCount");
      java.lang.reflect.Method part = node.getClass().getMethod("getBody", int.class);
      count.setAccessible(true);
      part.setAccessible(true);
      if (!(count.invoke(node) instanceof Integer n)) {
        return node;
      }
      LiveExprNode[] parts = new LiveExprNode[n];
      for (int k = 0; k < n; k++) {
        if (!(part.invoke(node, k) instanceof LiveExprNode p)) {
          return node;
        }
        parts[k] = rewrite(p);
      }
      return new Junction(node, or, parts);
    } catch (ReflectiveOperationException | RuntimeException e) {
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
