package dev.admincvq.validate;

import dev.admincvq.model.TlaValue;
import java.nio.file.Path;
import java.util.List;

/**
 * A trace file read: the spec it is a trace of, the constants its header names and its events in
 * step order.
 *
 * @param file where it was read from
 * @param spec the trace spec it is validated against
 * @param constants the constants of the run ({@code seq 0}, {@code Init}), by the spec's names, as
 *     TLA+ values (an array of the header is a set)
 * @param events the steps
 */
public record LoggedTrace(
    Path file, TraceSpec spec, TlaValue.Rec constants, List<LoggedEvent> events) {
  public LoggedTrace {
    events = List.copyOf(events);
  }

  /** The largest command id the events mention ({@code 0} if none). */
  public int maxCmdId() {
    int max = 0;
    for (LoggedEvent e : events) {
      for (TlaValue.Rec.Field f : e.record().fields()) {
        if (f.name().equals("c") && f.value() instanceof TlaValue.Int i) {
          max = Math.max(max, i.value().intValueExact());
        }
      }
    }
    return max;
  }
}
