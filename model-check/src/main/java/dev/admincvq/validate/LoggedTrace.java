package dev.admincvq.validate;

import dev.admincvq.reference.v1.Settings;
import java.nio.file.Path;
import java.util.List;

/**
 * A trace file read: the constants its header names and its events in step order.
 *
 * @param file where it was read from
 * @param constants {@code NumVFs} and the design options of the run ({@code seq 0}, {@code Init})
 * @param events the steps
 */
public record LoggedTrace(Path file, Settings constants, List<LoggedEvent> events) {
  public LoggedTrace {
    events = List.copyOf(events);
  }

  /** The largest command id the events mention ({@code 0} if none). */
  public int maxCmdId() {
    int max = 0;
    for (LoggedEvent e : events) {
      for (dev.admincvq.model.TlaValue.Rec.Field f : e.record().fields()) {
        if (f.name().equals("c") && f.value() instanceof dev.admincvq.model.TlaValue.Int i) {
          max = Math.max(max, i.value().intValueExact());
        }
      }
    }
    return max;
  }
}
