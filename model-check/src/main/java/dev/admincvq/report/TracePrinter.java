package dev.admincvq.report;

import dev.admincvq.model.Difference;
import dev.admincvq.model.State;
import dev.admincvq.model.Step;
import dev.admincvq.model.TlaValue;
import dev.admincvq.model.Trace;
import java.util.List;

/**
 * A counterexample for people: a numbered list of steps, each with the action taken and only what
 * it changed. The initial state is shown whole.
 *
 * <pre>
 *   1. Init
 *        vfEnable = TRUE
 *        ...
 *   2. DriverSubmitAdmin(c = 1, t = 1, op = "setMac", arg = 1)
 *        cmd[1] = [target |-> 1, ...]
 *        adminQ = &lt;&lt;1&gt;&gt;
 * </pre>
 *
 * <p>With {@link Detail#FULL_STATES} every step shows the whole state, each variable that the step
 * changed marked with {@code *}:
 *
 * <pre>
 *   2. DriverSubmitAdmin(c = 1, t = 1, op = "setMac", arg = 1)
 *        vfEnable = TRUE
 *      * adminQ = &lt;&lt;1&gt;&gt;
 * </pre>
 */
public final class TracePrinter {
  private TracePrinter() {}

  /** How much of each state a step shows. */
  public enum Detail {
    /**
     * The initial state whole, then only the parts each step changed, as {@code path = new value}.
     */
    CHANGES,
    /** Every state whole; the variables a step changed are marked with {@code *}. */
    FULL_STATES
  }

  /** The trace with only what each step changed ({@link Detail#CHANGES}). */
  public static String render(Trace trace) {
    return render(trace, Detail.CHANGES);
  }

  /** The trace with as much of each state as {@code detail} says. */
  public static String render(Trace trace, Detail detail) {
    StringBuilder out = new StringBuilder();
    State previous = null;
    int width = Integer.toString(trace.length()).length();
    for (Step step : trace.steps()) {
      out.append(String.format("  %" + width + "d. %s%n", step.number(), step.actionCall()));
      String indent = " ".repeat(width + 6);
      if (detail == Detail.FULL_STATES) {
        List<State.Binding> changed =
            previous == null ? List.of() : step.state().changedSince(previous);
        String marked = " ".repeat(width + 4) + "* ";
        for (State.Binding b : step.state().bindings()) {
          out.append(changed.contains(b) ? marked : indent)
              .append(b.variable())
              .append(" = ")
              .append(b.value())
              .append('\n');
        }
      } else if (previous == null) {
        for (State.Binding b : step.state().bindings()) {
          out.append(indent).append(b.variable()).append(" = ").append(b.value()).append('\n');
        }
      } else {
        List<State.Binding> changed = step.state().changedSince(previous);
        if (changed.isEmpty()) {
          out.append(indent).append("(no change)\n");
        }
        for (State.Binding b : changed) {
          TlaValue before = previous.get(b.variable()).orElse(b.value());
          for (Difference c :
              Difference.between(
                  b.variable(), before, b.value(), Difference.Depth.SAME_DOMAIN_COMPOUND)) {
            out.append(indent).append(c.path()).append(" = ").append(c.rightText()).append('\n');
          }
        }
      }
      previous = step.state();
    }
    if (trace.loopsBackTo().isPresent()) {
      out.append(
          String.format(
              "  then back to state %d: the behaviour repeats forever%n",
              trace.loopsBackTo().getAsInt()));
    } else if (trace.stutters()) {
      out.append("  then stutters forever: nothing else happens\n");
    }
    return out.toString();
  }
}
