package dev.admincvq.validate;

import dev.admincvq.tlc.ProcessTlc;
import dev.admincvq.tlc.TempDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Trace validation the way CCF and etcd do it, kept as the yardstick for {@link TraceValidator}:
 * one separate {@code java tlc2.TLC} process per trace, checking {@code TraceSpec} with the trace
 * written into the model as the constant {@code Log}. TLC accepts the trace iff it finds no
 * deadlock ({@code TraceNext} stutters only after the last event).
 */
public final class ProcessValidation {
  private static final int DEADLOCK = 11;

  private final Path specDirectory;
  private final List<String> jvmOptions;

  /**
   * @param specDirectory the directory holding the trace specs and the specs they extend
   * @param jvmOptions the TLC process's JVM options (the benchmark gives it this JVM's heap and
   *     stack)
   */
  public ProcessValidation(Path specDirectory, List<String> jvmOptions) {
    this.specDirectory = specDirectory;
    this.jvmOptions = List.copyOf(jvmOptions);
  }

  /**
   * What the process said of one trace.
   *
   * @param accepted TLC found no deadlock (every event matched)
   * @param exitCode TLC's exit status (0 accepted, 11 deadlock: rejected, other: error)
   * @param duration wall-clock time, JVM start included
   */
  public record Verdict(boolean accepted, int exitCode, Duration duration) {
    /** Whether TLC ran to a verdict (accepted, or a deadlock). */
    public boolean decided() {
      return exitCode == 0 || exitCode == DEADLOCK;
    }
  }

  /** Validates {@code trace} in a TLC process of its own. */
  public Verdict validate(LoggedTrace trace) {
    Path dir = TempDirectory.create("admincvq-trace-process-");
    try {
      for (String module : trace.spec().moduleFiles()) {
        Files.copy(specDirectory.resolve(module), dir.resolve(module));
      }
      TraceModel model = TraceModel.of(trace.spec(), trace.constants(), List.of(trace));
      Path spec = model.writeModule(dir, "TraceCheck", trace.events());
      Path config =
          model.writeConfig(dir, "TraceCheck", trace.events().isEmpty() ? "NoLog" : "TheLog", true);
      ProcessTlc.Outcome o = ProcessTlc.run(spec, config, 1, jvmOptions);
      return new Verdict(o.exitCode() == 0, o.exitCode(), o.duration());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the TLC process's model", e);
    } finally {
      TempDirectory.delete(dir);
    }
  }
}
