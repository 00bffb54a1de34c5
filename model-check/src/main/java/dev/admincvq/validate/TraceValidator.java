package dev.admincvq.validate;

import dev.admincvq.model.TlaValue;
import dev.admincvq.reference.Options;
import dev.admincvq.tlc.TempDirectory;
import dev.admincvq.tlc.TraceReplayer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Validates traces against {@code TraceAdminCvqActors.tla} in this JVM: the traces are grouped by the
 * constants their headers name, and each group is matched in one isolated TLC run, the spec
 * parsed once for the whole group ({@link TraceReplayer}). A separate TLC process per trace, as
 * CCF and etcd run, would parse and start a JVM per trace; {@link ProcessValidation} does that, for
 * comparison.
 */
public final class TraceValidator {
  private final Path specDirectory;
  private final TraceReplayer replayer;

  /**
   * @param specDirectory the directory holding {@code TraceAdminCvqActors.tla} and {@code
   *     AdminCvqActors.tla}
   */
  public TraceValidator(Path specDirectory) {
    this.specDirectory = specDirectory;
    this.replayer = TraceReplayer.create();
  }

  /** Validates every trace; the verdicts come in the order of {@code traces}. */
  public List<TraceVerdict> validate(List<LoggedTrace> traces) {
    Map<Options, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < traces.size(); i++) {
      groups.computeIfAbsent(traces.get(i).constants(), k -> new ArrayList<>()).add(i);
    }
    List<Optional<TraceVerdict>> verdicts = new ArrayList<>();
    traces.forEach(t -> verdicts.add(Optional.empty()));
    for (Map.Entry<Options, List<Integer>> group : groups.entrySet()) {
      List<LoggedTrace> members = group.getValue().stream().map(traces::get).toList();
      List<TraceVerdict> done = validateGroup(group.getKey(), members);
      for (int k = 0; k < done.size(); k++) {
        verdicts.set(group.getValue().get(k), Optional.of(done.get(k)));
      }
    }
    return verdicts.stream().map(Optional::orElseThrow).toList();
  }

  private List<TraceVerdict> validateGroup(Options constants, List<LoggedTrace> traces) {
    Path dir = TempDirectory.create("admincvq-trace-");
    try {
      TraceModel model = TraceModel.of(constants, traces);
      Path spec = model.writeModule(dir, "TraceRun", List.of());
      Path config = model.writeConfig(dir, "TraceRun", "NoLog");
      List<List<TlaValue.Rec>> logs = new ArrayList<>();
      for (LoggedTrace t : traces) {
        logs.add(t.events().stream().map(LoggedEvent::record).toList());
      }
      List<TraceReplayer.Outcome> outcomes = replayer.replay(spec, config, List.of(specDirectory), logs);
      List<TraceVerdict> out = new ArrayList<>();
      for (int i = 0; i < traces.size(); i++) {
        LoggedTrace t = traces.get(i);
        TraceReplayer.Outcome o = outcomes.get(i);
        out.add(
            new TraceVerdict(
                t.file(),
                t.events().size(),
                o.matched(),
                o.accepted() ? Optional.empty() : Optional.of(t.events().get(Math.min(o.matched(), t.events().size() - 1))),
                o.rejection()));
      }
      return out;
    } finally {
      TempDirectory.delete(dir);
    }
  }
}
