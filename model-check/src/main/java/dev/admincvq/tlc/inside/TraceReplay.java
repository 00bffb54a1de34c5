package dev.admincvq.tlc.inside;

import dev.admincvq.tlc.answer.Binding;
import dev.admincvq.tlc.answer.LogAnswer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;
import tla2sany.semantic.OpDefNode;
import tlc2.tool.Action;
import tlc2.tool.EvalControl;
import tlc2.tool.ITool;
import tlc2.tool.StateVec;
import tlc2.tool.TLCState;
import tlc2.util.Context;
import tlc2.value.IValue;
import tlc2.value.impl.BoolValue;
import tlc2.value.impl.IntValue;
import tlc2.value.impl.RecordValue;
import tlc2.value.impl.StringValue;
import tlc2.value.impl.TupleValue;
import tlc2.value.impl.Value;
import util.UniqueString;

/**
 * Trace validation <em>inside</em> a run's class loader: TLC parses a trace spec once, then every
 * log is matched event after event by TLC's own evaluator, from the spec's initial states.
 *
 * <p>The trace spec must define {@code Accept(e)} (event {@code e} is one step: the variable
 * counting matched events advances and the spec action the event names is taken, with every value
 * the event reports equal to the spec's) and, for the diagnosis of an event that does not match,
 * {@code Move(e)} (the counter advances and the action is taken, whatever was reported), {@code
 * Reported(e)} and {@code Disagreements(e)}, as {@code TraceAdminCvqActors.tla} does.
 */
final class TraceReplay {
  private TraceReplay() {}

  /** How many candidate states a rejection reports at most. */
  private static final int CANDIDATES_SHOWN = 3;

  /**
   * Matches every log from the initial states of {@code tool}'s spec (a trace spec, its log
   * constant bound to an empty log), event after event.
   *
   * @param logs each log a list of events, each event in the tagged form of {@link Binding}
   *     (records of integers, strings, booleans and sequences)
   * @return one outcome per log
   */
  static List<LogAnswer> replayAll(ITool tool, List<List<Object>> logs) {
    OpDefNode accept = definition(tool, "Accept");
    OpDefNode move = definition(tool, "Move");
    OpDefNode reported = definition(tool, "Reported");
    OpDefNode disagreements = definition(tool, "Disagreements");
    StateVec inits = tool.getInitStates();
    List<TLCState> initial = new ArrayList<>();
    for (int i = 0; i < inits.size(); i++) {
      initial.add(inits.elementAt(i));
    }
    EventValues values = new EventValues();
    List<LogAnswer> out = new ArrayList<>();
    for (List<Object> log : logs) {
      out.add(replayOne(tool, accept, move, reported, disagreements, initial, log, values));
    }
    return out;
  }

  private static LogAnswer replayOne(
      ITool tool,
      OpDefNode accept,
      OpDefNode move,
      OpDefNode reported,
      OpDefNode disagreements,
      List<TLCState> initial,
      List<Object> events,
      EventValues values) {
    List<TLCState> candidates = initial;
    int matched = 0;
    Diagnosis diagnosis = new Diagnosis();
    Optional<String> error = Optional.empty();
    try {
      for (Object event : events) {
        Value e = values.valueOf(event);
        List<TLCState> next = successors(tool, bound(accept, e), candidates);
        if (next.isEmpty()) {
          diagnose(tool, move, reported, disagreements, candidates.get(0), e, diagnosis);
          break;
        }
        candidates = next;
        matched++;
      }
    } catch (RuntimeException e) { // TLC's evaluation errors are all unchecked
      error = Optional.of(String.valueOf(e.getMessage()));
    }
    boolean accepted = matched == events.size() && error.isEmpty();
    List<List<Binding>> shown = new ArrayList<>();
    int candidateCount = 0;
    if (matched < events.size()) {
      ValueEncoder encoder = new ValueEncoder();
      for (TLCState s : candidates.subList(0, Math.min(CANDIDATES_SHOWN, candidates.size()))) {
        shown.add(encoder.bindingsOf(s));
      }
      candidateCount = candidates.size();
    }
    return new LogAnswer(
        matched,
        accepted,
        shown,
        candidateCount,
        diagnosis.enabled,
        Optional.ofNullable(diagnosis.reported),
        Optional.ofNullable(diagnosis.disagreements),
        error);
  }

  /**
   * The states {@code action} leads to from any of {@code states}, without duplicates. The
   * fingerprint that detects a duplicate is computed only when there can be one (for a spec whose
   * actions are deterministic, as {@code AdminCvq}'s are, one state has at most one successor).
   */
  private static List<TLCState> successors(ITool tool, Action action, List<TLCState> states) {
    List<TLCState> all = new ArrayList<>();
    for (TLCState s : states) {
      StateVec next = tool.getNextStates(action, s);
      for (int i = 0; i < next.size(); i++) {
        all.add(next.elementAt(i));
      }
    }
    if (all.size() <= 1) {
      return all;
    }
    Map<Long, TLCState> distinct = new LinkedHashMap<>();
    for (TLCState t : all) {
      distinct.putIfAbsent(t.fingerPrint(), t);
    }
    return new ArrayList<>(distinct.values());
  }

  /**
   * Why an event matched no step, found out part after part (an evaluation error may stop it):
   * whether its action, with its parameters, is enabled; then, when enabled, what the spec says
   * must be reported of the step and the fields that differ (tagged).
   */
  private static final class Diagnosis {
    boolean enabled;
    @Nullable Object reported;
    @Nullable Object disagreements;
  }

  /**
   * Why event {@code e} matches no step from {@code state}: not enabled, or which fields differ.
   */
  private static void diagnose(
      ITool tool,
      OpDefNode move,
      OpDefNode reported,
      OpDefNode disagreements,
      TLCState state,
      Value e,
      Diagnosis diagnosis) {
    StateVec taken = tool.getNextStates(bound(move, e), state);
    diagnosis.enabled = taken.size() > 0;
    if (taken.size() > 0) {
      TLCState after = taken.elementAt(0);
      diagnosis.reported = ValueEncoder.valueOf(evaluate(tool, reported, e, state, after));
      diagnosis.disagreements =
          ValueEncoder.valueOf(evaluate(tool, disagreements, e, state, after));
    }
  }

  private static IValue evaluate(ITool tool, OpDefNode def, Value e, TLCState from, TLCState to) {
    return tool.eval(def.getBody(), context(def, e), from, to, EvalControl.Clear);
  }

  private static Action bound(OpDefNode def, Value e) {
    return new Action(def.getBody(), context(def, e), def);
  }

  private static Context context(OpDefNode def, Value e) {
    return Context.Empty.cons(def.getParams()[0], e);
  }

  private static OpDefNode definition(ITool tool, String name) {
    @Nullable OpDefNode def = tool.getRootModule().getOpDef(name);
    if (def == null || def.getArity() != 1) {
      throw new IllegalStateException("the trace spec defines no operator " + name + "(e)");
    }
    return def;
  }

  private static List<?> listOf(@Nullable Object raw) {
    if (raw instanceof List<?> list) {
      return list;
    }
    throw new IllegalArgumentException("not a list: " + raw);
  }

  /**
   * The TLC values of events in the tagged form: booleans, strings, integers, sequences and
   * records. The strings and field names of a campaign's events are few (action and field names,
   * acks), so each is made into a TLC value once: interning a string is a lookup in TLC's shared
   * table.
   */
  private static final class EventValues {
    private final Map<String, Value> strings = new HashMap<>();
    private final Map<String, UniqueString> names = new HashMap<>();

    Value valueOf(@Nullable Object tagged) {
      if (tagged instanceof Boolean b) {
        return b ? BoolValue.ValTrue : BoolValue.ValFalse;
      }
      if (tagged instanceof String s) {
        return strings.computeIfAbsent(s, StringValue::new);
      }
      if (tagged instanceof Integer n) {
        return IntValue.gen(n);
      }
      if (tagged instanceof Map<?, ?> m && m.size() == 1) {
        Map.Entry<?, ?> only = m.entrySet().iterator().next();
        Object content = only.getValue();
        switch (String.valueOf(only.getKey())) {
          case "#bigint":
            return IntValue.gen(Integer.parseInt(String.valueOf(content)));
          case "#seq":
            {
              List<?> elems = listOf(content);
              Value[] values = new Value[elems.size()];
              for (int i = 0; i < values.length; i++) {
                values[i] = valueOf(elems.get(i));
              }
              return new TupleValue(values);
            }
          case "#rec":
            {
              List<?> fields = listOf(content);
              UniqueString[] fieldNames = new UniqueString[fields.size()];
              Value[] values = new Value[fields.size()];
              for (int i = 0; i < fieldNames.length; i++) {
                List<?> field = listOf(fields.get(i));
                fieldNames[i] =
                    names.computeIfAbsent(
                        String.valueOf(field.get(0)), UniqueString::uniqueStringOf);
                values[i] = valueOf(field.get(1));
              }
              return new RecordValue(fieldNames, values, false).normalize();
            }
          default:
            break;
        }
      }
      throw new IllegalArgumentException("not a trace value: " + tagged);
    }
  }
}
