package dev.admincvq.scenario;

import dev.admincvq.model.State;
import dev.admincvq.model.TlaValue;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values of one model state by path ({@code req[1].target}, {@code gen[2]}), as TLC gave the state.
 * Properties are not evaluated here: TLC evaluates the spec's own definitions ({@link
 * ScenarioRunner}).
 */
public final class StateValues {
  private StateValues() {}

  private static final Pattern SEGMENT =
      Pattern.compile("\\[([^\\]]+)\\]|\\.([A-Za-z_][A-Za-z0-9_]*)");

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
        next =
            entries(at).stream()
                .filter(p -> p.key().toString().equals(keyText(key)))
                .map(TlaValue.Fcn.Pair::value)
                .findFirst();
        so += "[" + key + "]";
      } else {
        String field = ScenarioParser.group(m, 2);
        next = at instanceof TlaValue.Rec ? at.lookup(new TlaValue.Str(field)) : Optional.empty();
        so += "." + field;
      }
      if (next.isEmpty()) {
        return Result.fail(
            so
                + " does not exist ("
                + so.substring(0, so.lastIndexOf(ScenarioParser.group(m, 0)))
                + " = "
                + at
                + ")");
      }
      at = next.get();
    }
    return Result.ok(at);
  }

  /**
   * Whether {@code actual} is the value {@code written} (a literal, a model value or TLC's text).
   */
  public static boolean matches(TlaValue actual, String written) {
    String w = written.strip();
    if (w.matches("-?[0-9]+|TRUE|FALSE|\"[^\"]*\"")) {
      return actual.equals(ScenarioParser.value("", 0, w));
    }
    return actual.toString().replaceAll("\\s+", "").equals(w.replaceAll("\\s+", ""));
  }

  /**
   * A function's or sequence's (1-based) entries; a record's fields keyed by name; none of anything
   * else.
   */
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
