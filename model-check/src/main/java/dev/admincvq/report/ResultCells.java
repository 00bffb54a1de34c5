package dev.admincvq.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.admincvq.model.CheckResult;
import dev.admincvq.model.Trace;
import java.util.Locale;

/** What one TLC check found, as the cells and JSON fields every model table shares. */
public final class ResultCells {
  private ResultCells() {}

  /** Verdict, violated property, trace length, distinct states, time: as table cells. */
  public static String[] of(CheckResult r) {
    return new String[] {
      r.verdict().label(),
      r.violated().orElse("-"),
      r.trace().map(t -> Integer.toString(t.length())).orElse("-"),
      String.format(Locale.ROOT, "%,d", r.distinctStates()),
      String.format(Locale.ROOT, "%.2fs", r.duration().toMillis() / 1000.0)
    };
  }

  /**
   * {@code actual}, {@code violated} (null when none), {@code traceLength}, {@code distinctStates},
   * {@code totalStates}, {@code stateDepth}, {@code seconds} into {@code o}.
   */
  public static void json(CheckResult r, ObjectNode o) {
    o.put("actual", r.verdict().label());
    if (r.violated().isPresent()) {
      o.put("violated", r.violated().get());
    } else {
      o.putNull("violated");
    }
    o.put("traceLength", r.trace().map(Trace::length).orElse(0));
    o.put("distinctStates", r.distinctStates());
    o.put("totalStates", r.totalStates());
    o.put("stateDepth", r.stateDepth());
    o.put("seconds", r.duration().toMillis() / 1000.0);
  }
}
