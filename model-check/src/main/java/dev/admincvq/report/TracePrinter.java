package dev.admincvq.report;

import dev.admincvq.model.State;
import dev.admincvq.model.Step;
import dev.admincvq.model.Trace;
import java.util.List;

/**
 * A counterexample for people: a numbered list of steps, each with the action taken and only
 * what it changed. The initial state is shown whole.
 *
 * <pre>
 *   1. Init
 *        vfEnable = TRUE
 *        ...
 *   2. DriverSubmitAdmin(c = 1, t = 1, op = "setMac", arg = 1)
 *        cmd[1] = [target |-> 1, ...]
 *        adminQ = &lt;&lt;1&gt;&gt;
 * </pre>
 */
public final class TracePrinter {
  private TracePrinter() {}

  public static String render(Trace trace) {
    StringBuilder out = new StringBuilder();
    State previous = null;
    int width = Integer.toString(trace.length()).length();
    for (Step step : trace.steps()) {
      out.append(String.format("  %" + width + "d. %s%n", step.number(), step.actionCall()));
      String indent = " ".repeat(width + 6);
      if (previous == null) {
        for (State.Binding b : step.state().bindings()) {
          out.append(indent).append(b.variable()).append(" = ").append(b.value()).append('\n');
        }
      } else {
        List<State.Binding> changed = step.state().changedSince(previous);
        if (changed.isEmpty()) {
          out.append(indent).append("(no change)\n");
        }
        for (State.Binding b : changed) {
          for (ValueDiff.Change c :
              ValueDiff.changes(b.variable(), previous.get(b.variable()).orElse(b.value()), b.value())) {
            out.append(indent).append(c.path()).append(" = ").append(c.value()).append('\n');
          }
        }
      }
      previous = step.state();
    }
    if (trace.loopsBackTo().isPresent()) {
      out.append(String.format("  then back to state %d: the behaviour repeats forever%n", trace.loopsBackTo().getAsInt()));
    } else if (trace.stutters()) {
      out.append("  then stutters forever: nothing else happens\n");
    }
    return out.toString();
  }
}
