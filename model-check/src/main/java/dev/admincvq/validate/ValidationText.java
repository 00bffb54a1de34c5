package dev.admincvq.validate;

import dev.admincvq.model.State;
import dev.admincvq.model.TlaValue;
import dev.admincvq.tlc.TraceReplayer;
import java.util.List;
import java.util.Optional;

/** Text for trace verdicts: one line per accepted trace; the why of a rejected one. */
public final class ValidationText {
  private ValidationText() {}

  /** One verdict: a line if accepted, else the first bad event and why it matches no step. */
  public static String verdict(TraceVerdict v) {
    if (v.accepted()) {
      return v.file() + ": valid, " + v.events() + " events";
    }
    StringBuilder out = new StringBuilder();
    LoggedEvent bad = v.firstBad().orElseThrow();
    out.append(v.file())
        .append(":")
        .append(bad.line())
        .append(": REJECTED at event ")
        .append(v.matched() + 1)
        .append(" of ")
        .append(v.events())
        .append('\n');
    out.append("  longest validated prefix: ")
        .append(
            v.matched() == 0 ? "none (the first event already fails)" : "events 1.." + v.matched())
        .append('\n');
    out.append("  event: ").append(bad.text()).append('\n');
    Optional<TraceReplayer.Rejection> why = v.rejection();
    if (why.isPresent()) {
      TraceReplayer.Rejection r = why.get();
      if (r.error().isPresent()) {
        out.append("  TLC cannot evaluate it: ").append(r.error().get()).append('\n');
      } else if (!r.enabled()) {
        out.append("  the spec does not allow ")
            .append(bad.action())
            .append(" with these parameters in the state reached")
            .append('\n');
      } else {
        out.append("  ")
            .append(bad.action())
            .append(" is enabled, but the implementation reported what the spec does not:\n");
        for (String field : r.disagreements()) {
          out.append("    ")
              .append(field)
              .append(": spec ")
              .append(fieldOf(r.reported(), field))
              .append(", trace ")
              .append(fieldOf(Optional.of(bad.record()), field))
              .append('\n');
        }
      }
      out.append("  candidate state")
          .append(r.candidateCount() == 1 ? "" : "s")
          .append(" after the prefix (")
          .append(r.candidates().size())
          .append(" of ")
          .append(r.candidateCount())
          .append("):\n");
      for (State s : r.candidates()) {
        out.append(state(s, commandOf(bad), v.spec()));
      }
    }
    return out.toString().stripTrailing();
  }

  /** The summary line of a batch of traces of {@code spec}. */
  public static String summary(
      TraceSpec spec, List<TraceVerdict> verdicts, long events, double seconds) {
    long valid = verdicts.stream().filter(TraceVerdict::accepted).count();
    return String.format(
        "%d/%d traces valid (%,d events) against spec-tla/%s.tla, in this JVM, %.2fs",
        valid, verdicts.size(), events, spec.traceModule(), seconds);
  }

  private static String fieldOf(Optional<TlaValue> record, String field) {
    if (record.isPresent() && record.get() instanceof TlaValue.Rec r) {
      for (TlaValue.Rec.Field f : r.fields()) {
        if (f.name().equals(field)) {
          return f.value().toString();
        }
      }
    }
    return "?";
  }

  /** The command id an event names ({@code c}), if any. */
  private static Optional<Integer> commandOf(LoggedEvent e) {
    for (TlaValue.Rec.Field f : e.record().fields()) {
      if (f.name().equals("c") && f.value() instanceof TlaValue.Int i) {
        return Optional.of(i.value().intValueExact());
      }
    }
    return Optional.empty();
  }

  /**
   * A state, the per-command variables ({@code req}, {@code ack}, ...) shown for the event's
   * command only: the rest of them is in {@code --json}'s candidates.
   */
  private static String state(State s, Optional<Integer> c, TraceSpec spec) {
    StringBuilder out = new StringBuilder();
    for (State.Binding b : s.bindings()) {
      String name = b.variable();
      TlaValue v = b.value();
      if (spec.perCommand().contains(name) && v.isFunction()) {
        if (c.isPresent()) {
          v.lookup(TlaValue.Int.of(c.get()))
              .ifPresent(
                  x ->
                      out.append("      ")
                          .append(name)
                          .append('[')
                          .append(c.get())
                          .append("] = ")
                          .append(x)
                          .append('\n'));
        }
      } else {
        out.append("      ").append(name).append(" = ").append(v).append('\n');
      }
    }
    return out.toString();
  }
}
