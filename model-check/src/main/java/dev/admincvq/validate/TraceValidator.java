package dev.admincvq.validate;

import dev.admincvq.model.TlaValue;
import dev.admincvq.tlc.TempDirectory;
import dev.admincvq.tlc.TraceReplayer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Validates traces against their trace spec ({@code TraceAdminCvqActors.tla}, {@code
 * TraceAdminVq.tla}) in this JVM: the traces are grouped by the spec and the constants their
 * headers name, and each group is matched in one isolated TLC run, the spec parsed once for the
 * whole group ({@link TraceReplayer}). A separate TLC process per trace, as CCF and etcd run, would
 * parse and start a JVM per trace; {@link ProcessValidation} does that, for comparison.
 */
public final class TraceValidator {
  private final Path specDirectory;
  private final boolean evaluationForms;
  private final TraceReplayer replayer;

  /**
   * @param specDirectory the directory holding the trace specs and the specs they extend
   */
  public TraceValidator(Path specDirectory) {
    this(specDirectory, true);
  }

  private TraceValidator(Path specDirectory, boolean evaluationForms) {
    this.specDirectory = specDirectory;
    this.evaluationForms = evaluationForms;
    this.replayer = TraceReplayer.create();
  }

  /**
   * A validator that evaluates every definition as the specs state it, without the evaluation forms
   * ({@link TraceSpec#evaluationForms}): to show that the forms change no verdict.
   */
  static TraceValidator withoutEvaluationForms(Path specDirectory) {
    return new TraceValidator(specDirectory, false);
  }

  /** Validates every trace; the verdicts come in the order of {@code traces}. */
  public List<TraceVerdict> validate(List<LoggedTrace> traces) {
    Map<Group, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < traces.size(); i++) {
      LoggedTrace t = traces.get(i);
      groups.computeIfAbsent(new Group(t.spec(), t.constants()), k -> new ArrayList<>()).add(i);
    }
    List<Optional<TraceVerdict>> verdicts = new ArrayList<>();
    traces.forEach(t -> verdicts.add(Optional.empty()));
    for (Map.Entry<Group, List<Integer>> group : groups.entrySet()) {
      List<LoggedTrace> members = group.getValue().stream().map(traces::get).toList();
      List<TraceVerdict> done = validateGroup(group.getKey(), members);
      for (int k = 0; k < done.size(); k++) {
        verdicts.set(group.getValue().get(k), Optional.of(done.get(k)));
      }
    }
    return verdicts.stream().map(Optional::orElseThrow).toList();
  }

  /** Traces checked in one run: of one spec, with the same constants. */
  private record Group(TraceSpec spec, TlaValue.Rec constants) {}

  private List<TraceVerdict> validateGroup(Group group, List<LoggedTrace> traces) {
    Path dir = TempDirectory.create("admincvq-trace-");
    try {
      TraceModel model = TraceModel.of(group.spec(), group.constants(), traces);
      Path spec = model.writeModule(dir, "TraceRun", List.of());
      Path config = model.writeConfig(dir, "TraceRun", "NoLog", evaluationForms);
      List<List<TlaValue.Rec>> logs = new ArrayList<>();
      for (LoggedTrace t : traces) {
        logs.add(t.events().stream().map(LoggedEvent::record).toList());
      }
      List<TraceReplayer.Outcome> outcomes =
          replayer.replay(spec, config, List.of(specDirectory), logs);
      List<TraceVerdict> out = new ArrayList<>();
      for (int i = 0; i < traces.size(); i++) {
        LoggedTrace t = traces.get(i);
        TraceReplayer.Outcome o = outcomes.get(i);
        out.add(
            new TraceVerdict(
                t.file(),
                t.spec(),
                t.events().size(),
                o.matched(),
                o.accepted()
                    ? Optional.empty()
                    : Optional.of(t.events().get(Math.min(o.matched(), t.events().size() - 1))),
                o.rejection()));
      }
      return out;
    } finally {
      TempDirectory.delete(dir);
    }
  }
}
