package dev.admincvq.tlc.inside;

import dev.admincvq.tlc.answer.HookReport;
import java.util.ArrayList;
import java.util.List;

/** The hooks into TLC's internals used in one run, each with whether it applied. */
final class HookLog {
  private final List<HookReport> reports = new ArrayList<>();

  synchronized void add(HookReport report) {
    reports.add(report);
  }

  synchronized List<HookReport> all() {
    return List.copyOf(reports);
  }
}
