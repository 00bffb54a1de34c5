package dev.admincvq.scenario;

import dev.admincvq.model.State;
import dev.admincvq.model.TlaValue;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts of one model state: values by path ({@code cmd[1].status}) and the spec's state
 * invariants about commands and effects. The invariants are the spec's definitions
 * ({@code AdminCvq.tla}) transcribed over the state TLC gives, for the state at hand only.
 */
public final class StateFacts {
  private StateFacts() {}

  /** The invariants an expectation may name. */
  public static final List<String> PROPERTIES = List.of("NoStaleEffect", "FailOnGone", "TrustGate", "InOrderPerTarget");

  private static final Pattern SEGMENT = Pattern.compile("\\[([^\\]]+)\\]|\\.([A-Za-z_][A-Za-z0-9_]*)");

  /**
   * The value at {@code path} in {@code state}.
   *
   * @return the value, or a message saying where the path leads nowhere
   */
  public static Result valueAt(State state, String path) {
    int start = path.indexOf('[');
    int dot = path.indexOf('.');
    int end = start < 0 ? dot : dot < 0 ? start : Math.min(start, dot);
    String variable = end < 0 ? path : path.substring(0, end);
    Optional<TlaValue> v = state.get(variable);
    if (v.isEmpty()) {
      return Result.fail("the model has no variable " + variable);
    }
    TlaValue at = v.get();
    String so = variable;
    Matcher m = SEGMENT.matcher(end < 0 ? "" : path.substring(end));
    while (m.find()) {
      Optional<TlaValue> next;
      if (m.group(1) != null) {
        String key = ScenarioParser.group(m, 1);
        next = entries(at).stream().filter(p -> p.key().toString().equals(keyText(key))).map(TlaValue.Fcn.Pair::value).findFirst();
        so += "[" + key + "]";
      } else {
        String field = ScenarioParser.group(m, 2);
        next = at instanceof TlaValue.Rec ? at.lookup(new TlaValue.Str(field)) : Optional.empty();
        so += "." + field;
      }
      if (next.isEmpty()) {
        return Result.fail(so + " does not exist (" + so.substring(0, so.lastIndexOf(ScenarioParser.group(m, 0))) + " = " + at + ")");
      }
      at = next.get();
    }
    return Result.ok(at);
  }

  /** Whether {@code actual} is the value {@code written} (a literal, a model value or TLC's text). */
  public static boolean matches(TlaValue actual, String written) {
    String w = written.strip();
    if (w.matches("-?[0-9]+|TRUE|FALSE|\"[^\"]*\"")) {
      return actual.equals(ScenarioParser.value("", 0, w));
    }
    return actual.toString().replaceAll("\\s+", "").equals(w.replaceAll("\\s+", ""));
  }

  /** Whether invariant {@code property} holds in {@code state}. */
  public static boolean holds(State state, String property) {
    List<TlaValue> effects = state.get("effects").map(StateFacts::setElements).orElse(List.of());
    List<TlaValue.Fcn.Pair> cmds = state.get("cmd").map(StateFacts::entries).orElse(List.of());
    return switch (property) {
      // \A e \in effects : e.onInc = e.cmdInc
      case "NoStaleEffect" -> all(effects, e -> field(e, "onInc").equals(field(e, "cmdInc")));
      // \A c \in CmdId : (Submitted(c) /\ cmd[c].gone) => cmd[c].status = "ERR"
      case "FailOnGone" -> all(records(cmds), r -> !isTrue(field(r, "gone")) || status(r).equals("ERR"));
      // \A e \in effects : e.chan = "vf" => e.trusted
      case "TrustGate" -> all(effects, e -> !field(e, "chan").equals(new TlaValue.Str("vf")) || isTrue(field(e, "trusted")));
      case "InOrderPerTarget" -> inOrderPerTarget(cmds);
      default -> throw new IllegalArgumentException("unknown property " + property);
    };
  }

  /** c1 < c2, both admin commands to one target, c2 completed => c1 completed. */
  private static boolean inOrderPerTarget(List<TlaValue.Fcn.Pair> cmds) {
    for (TlaValue.Fcn.Pair p1 : cmds) {
      for (TlaValue.Fcn.Pair p2 : cmds) {
        if (p1.value() instanceof TlaValue.Rec r1
            && p2.value() instanceof TlaValue.Rec r2
            && number(p1.key()) < number(p2.key())
            && field(r1, "chan").equals(new TlaValue.Str("admin"))
            && field(r2, "chan").equals(new TlaValue.Str("admin"))
            && field(r1, "target").equals(field(r2, "target"))
            && completed(r2)
            && !completed(r1)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean completed(TlaValue r) {
    String s = status(r);
    return s.equals("OK") || s.equals("ERR");
  }

  private static String status(TlaValue r) {
    return field(r, "status") instanceof TlaValue.Str s ? s.value() : "";
  }

  private static long number(TlaValue v) {
    return v instanceof TlaValue.Int ? v.asInt() : Long.MIN_VALUE;
  }

  private static boolean isTrue(TlaValue v) {
    return v instanceof TlaValue.Bool && v.asBool();
  }

  private static TlaValue field(TlaValue record, String name) {
    if (record instanceof TlaValue.Rec) {
      Optional<TlaValue> v = record.lookup(new TlaValue.Str(name));
      if (v.isPresent()) {
        return v.get();
      }
    }
    throw new IllegalArgumentException("not a record with field " + name + ": " + record);
  }

  private static List<TlaValue> records(List<TlaValue.Fcn.Pair> cmds) {
    return cmds.stream().map(TlaValue.Fcn.Pair::value).filter(v -> v instanceof TlaValue.Rec).toList();
  }

  private static boolean all(List<TlaValue> values, Predicate<TlaValue> p) {
    return values.stream().allMatch(p);
  }

  private static List<TlaValue> setElements(TlaValue v) {
    if (v instanceof TlaValue.SetOf) {
      return v.elements();
    }
    throw new IllegalArgumentException("not a set: " + v);
  }

  /** A function's or sequence's (1-based) entries; a record's fields keyed by name; none of anything else. */
  private static List<TlaValue.Fcn.Pair> entries(TlaValue v) {
    return v.isFunction() ? v.entries() : List.of();
  }

  /** A key as TLC prints it: integers as they are, words quoted. */
  private static String keyText(String key) {
    return key.matches("-?[0-9]+") || key.startsWith("\"") ? key : "\"" + key + "\"";
  }

  /**
   * A value or the reason there is none.
   *
   * @param value the value, if any
   * @param problem why there is none (empty if there is a value)
   */
  public record Result(Optional<TlaValue> value, String problem) {
    static Result ok(TlaValue value) {
      return new Result(Optional.of(value), "");
    }

    static Result fail(String problem) {
      return new Result(Optional.empty(), problem);
    }
  }
}
