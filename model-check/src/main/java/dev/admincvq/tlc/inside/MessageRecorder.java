package dev.admincvq.tlc.inside;

import dev.admincvq.tlc.answer.StepAnswer;
import dev.admincvq.tlc.answer.TraceAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.checkerframework.checker.nullness.qual.Nullable;
import tlc2.TLCGlobals;
import tlc2.output.EC;
import tlc2.output.MPRecorder;
import tlc2.tool.Action;
import tlc2.tool.ITool;
import tlc2.tool.ModelChecker;
import tlc2.tool.TLCState;
import tlc2.tool.TLCStateInfo;
import tlc2.util.Vect;

/** Receives TLC's messages by code, with their parameters as objects (never TLC's text). */
final class MessageRecorder extends MPRecorder {
  private final Consumer<long[]> progress;
  private final List<TLCStateInfo> states = new ArrayList<>();
  private @Nullable Integer violationCode;
  private @Nullable String violated;
  private long generated = -1;
  private long distinct = -1;
  private long depth = -1;
  private long loopBackTo = -1;
  private boolean stutters;

  MessageRecorder(Consumer<long[]> progress) {
    this.progress = progress;
  }

  @Override
  public synchronized void record(int code, Object... objects) {
    switch (code) {
      case EC.TLC_INVARIANT_VIOLATED_INITIAL:
      case EC.TLC_INVARIANT_VIOLATED_BEHAVIOR:
      case EC.TLC_ACTION_PROPERTY_VIOLATED_BEHAVIOR:
        if (violationCode == null) {
          violationCode = code;
          violated = objects.length > 0 ? String.valueOf(objects[0]) : null;
        }
        break;
      case EC.TLC_TEMPORAL_PROPERTY_VIOLATED:
        if (violationCode == null) {
          violationCode = code;
          violated = temporalPropertyName();
        }
        break;
      case EC.TLC_DEADLOCK_REACHED:
        if (violationCode == null) {
          violationCode = code;
        }
        break;
      case EC.TLC_STATE_PRINT1:
      case EC.TLC_STATE_PRINT2:
        if (objects.length > 0 && objects[0] instanceof TLCStateInfo info) {
          if (info.state != null) {
            states.add(info);
          }
        }
        break;
      case EC.TLC_STATE_PRINT3:
        stutters = true;
        break;
      case EC.TLC_BACK_TO_STATE:
        if (objects.length > 0 && objects[0] instanceof String number) {
          loopBackTo = Long.parseLong(number);
        }
        break;
      case EC.TLC_STATS:
        generated = Long.parseLong(String.valueOf(objects[0]));
        distinct = Long.parseLong(String.valueOf(objects[1]));
        break;
      case EC.TLC_SEARCH_DEPTH:
        depth = Long.parseLong(String.valueOf(objects[0]));
        break;
      case EC.TLC_PROGRESS_STATS:
        onProgress(objects);
        break;
      default:
        break;
    }
  }

  /**
   * TLC does not say which temporal property failed. The configuration's PROPERTIES that are not
   * action properties ({@code [][A]_v}, checked as safety) are the candidates: when there is one,
   * it is that one.
   */
  private static @Nullable String temporalPropertyName() {
    if (TLCGlobals.mainChecker == null) {
      return null;
    }
    ITool tool = TLCGlobals.mainChecker.tool;
    Set<String> candidates = new TreeSet<>();
    Vect<?> properties = tool.getModelConfig().getProperties();
    for (int i = 0; i < properties.size(); i++) {
      candidates.add(String.valueOf(properties.elementAt(i)));
    }
    for (String action : tool.getImpliedActNames()) {
      candidates.remove(action);
    }
    return candidates.size() == 1 ? candidates.iterator().next() : null;
  }

  /** Progress figures are read from the checker itself, not from the formatted message. */
  private void onProgress(Object[] objects) {
    long level = objects.length > 0 ? Long.parseLong(String.valueOf(objects[0])) : -1;
    depth = Math.max(depth, level);
    report();
  }

  /** The checker's current figures: depth reached, states generated, distinct, queued. */
  synchronized void report() {
    if (TLCGlobals.mainChecker instanceof ModelChecker mc
        && mc.theFPSet != null
        && mc.theStateQueue != null) {
      progress.accept(
          new long[] {depth, mc.getStatesGenerated(), mc.theFPSet.size(), mc.theStateQueue.size()});
    }
  }

  /** The states of the trace TLC printed, first to last (none when it printed none). */
  synchronized List<TLCState> traceStates() {
    List<TLCState> out = new ArrayList<>();
    for (TLCStateInfo info : states) {
      out.add(info.state);
    }
    return List.copyOf(out);
  }

  synchronized OptionalInt violationCode() {
    Integer code = violationCode;
    return code == null ? OptionalInt.empty() : OptionalInt.of(code);
  }

  synchronized Optional<String> violated() {
    return Optional.ofNullable(violated);
  }

  synchronized long generated() {
    return generated;
  }

  synchronized long distinct() {
    return distinct;
  }

  synchronized long depth() {
    return depth;
  }

  /** The counterexample TLC printed, if it printed one. */
  synchronized Optional<TraceAnswer> trace() {
    if (states.isEmpty()) {
      return Optional.empty();
    }
    @Nullable ITool tool = TLCGlobals.mainChecker == null ? null : TLCGlobals.mainChecker.tool;
    ValueEncoder encoder = new ValueEncoder();
    List<StepAnswer> steps = new ArrayList<>();
    @Nullable TLCState previous = null;
    for (TLCStateInfo info : states) {
      TLCState state = info.state;
      if (previous == null || tool == null) {
        steps.add(new StepAnswer("Init", List.of(), encoder.bindingsOf(state)));
      } else {
        Action action = ActionLabels.actionBetween(tool, previous, state);
        steps.add(
            new StepAnswer(
                action == null ? "?" : ActionLabels.specActionName(tool, action),
                action == null ? List.of() : ActionLabels.parametersOf(action),
                encoder.bindingsOf(state)));
      }
      previous = state;
    }
    return Optional.of(new TraceAnswer(steps, loopBackTo, stutters));
  }
}
