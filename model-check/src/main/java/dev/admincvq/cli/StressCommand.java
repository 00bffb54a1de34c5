package dev.admincvq.cli;

import dev.admincvq.reference.DriverSync;
import dev.admincvq.reference.adminvq.AvqOptions;
import dev.admincvq.stress.AvqStressRunner;
import dev.admincvq.stress.RunReport;
import dev.admincvq.stress.StressRunner;
import dev.admincvq.stress.StressSettings;
import dev.admincvq.validate.TraceSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code admincvq stress}: the reference implementation under load, one trace per run. */
@Command(
    name = "stress",
    mixinStandardHelpOptions = true,
    header = "Run the reference implementation under concurrent load and trace every run.",
    description = {
      "Every actor on threads of its own, on one machine of a safe design: N management-driver",
      "threads submit set-MAC and trust commands, reap completions and take VF-reset",
      "notifications; a device thread processes; each VF's own driver sets its MAC through its",
      "CVQ and resets its VF whenever it likes, unannounced; a churn thread disables and enables",
      "SR-IOV and raises DEVICE_NEEDS_RESET. Each run writes DIR/run-NNNN.ndjson (header line +",
      "one event per step), to check with 'admincvq validate'. Prints per run the steps,",
      "commands, stale effects, lost and double completions. Exit code 0 when no run has a stale",
      "effect, a lost or double completion or a failed invariant, 1 otherwise (expected with",
      "--broken-device); 2 on a bad option: --threads 1 to 64, --vfs 1 to 16, --runs 1 to",
      "10000, --threads x --commands at most 100000, and an --out that holds no *.ndjson or",
      "*.partial file yet (stress never deletes an earlier run's traces, nor mixes them with",
      "its own).",
      "With --spec adminvq, reference/adminvq (the published admin virtqueue) instead: the owner",
      "driver (submitting --commands commands per run), the device and each member's driver on",
      "threads of their own, odd runs on a 1.4 device (EAGAIN), even runs on a 1.3 device (two",
      "queues taken in any order); to check with 'admincvq validate --spec adminvq'. Prints each",
      "trace; --threads, --sync and --broken-device do not apply."
    })
final class StressCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Driver threads (default: ${DEFAULT-VALUE}).")
  int threads = 8;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description = "Where the traces go: a new or empty directory (created if missing).")
  Path out = Path.of("");

  @Option(
      names = "--seed",
      paramLabel = "S",
      description =
          "Seeds every thread's choices (default: ${DEFAULT-VALUE}); the interleaving is the scheduler's.")
  long seed = 1;

  @Option(
      names = "--runs",
      paramLabel = "R",
      description = "Runs, one trace each (default: ${DEFAULT-VALUE}).")
  int runs = 10;

  @Option(
      names = "--commands",
      paramLabel = "K",
      description =
          "Submissions per driver thread per run, each management driver thread's and at most as many for each VF's driver (default: ${DEFAULT-VALUE}).")
  int commands = 25;

  @Option(
      names = "--vfs",
      paramLabel = "V",
      description = "MaxVFs, each VF with a driver thread of its own (default: ${DEFAULT-VALUE}).")
  int vfs = 2;

  @Option(
      names = "--sync",
      paramLabel = "barrier|drain",
      description =
          "The management driver's rule set, in its safe design: barrier with the member generation on the wire, a VF reset re-creating the VF; or drain with the generation noted at fetch, a VF reset keeping the VF's configuration (default: ${DEFAULT-VALUE}).")
  String sync = "barrier";

  @Option(
      names = "--broken-device",
      description =
          "Run a device that skips its check (DeviceCheck none) while the traces claim the safe design: 'validate' must reject them.")
  boolean broken;

  @Option(
      names = "--spec",
      paramLabel = "S",
      description =
          "actors (the reference implementation of AdminCvqActors.tla, the default) or adminvq (reference/adminvq).")
  String specName = TraceSpec.ACTORS.optionName();

  @Override
  public Integer call() {
    PrintWriter o = spec.commandLine().getOut();
    // the spec whose trace module validates what this writes: 'validate --spec' takes the same name
    TraceSpec which = TraceSpecName.parse(spec.commandLine(), specName);
    if (which == TraceSpec.ADMINVQ) {
      return adminvq(o);
    }
    DriverSync driverSync;
    if (sync.equals("drain")) {
      driverSync = DriverSync.DRAIN;
    } else if (sync.equals("barrier")) {
      driverSync = DriverSync.BARRIER;
    } else {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--sync must be drain or barrier, got " + sync);
    }
    bounded("--threads", threads, StressSettings.MAX_THREADS);
    bounded("--vfs", vfs, StressSettings.MAX_VFS);
    bounded("--runs", runs, StressSettings.MAX_RUNS);
    bounded("--commands", commands, StressSettings.MAX_COMMANDS_PER_RUN / threads);
    StressSettings settings =
        new StressSettings(threads, runs, commands, vfs, driverSync, broken, seed);
    requireFreshOut();
    List<RunReport> reports = new StressRunner(settings).runAll(out);
    int bad = 0;
    for (RunReport r : reports) {
      o.printf(
          "%s: %,d steps, %d commands, %d SR-IOV disables, %d VF resets, %d NEEDS_RESET; stale effects %d, lost completions %d, double completions %d, invariant failures %d%n",
          r.trace(),
          r.steps(),
          r.submitted(),
          r.destroys(),
          r.vfResets(),
          r.needsResets(),
          r.staleEffects(),
          r.lostCompletions(),
          r.doubleCompletions(),
          r.invariantViolations());
      bad +=
          r.staleEffects() + r.lostCompletions() + r.doubleCompletions() + r.invariantViolations()
                  > 0
              ? 1
              : 0;
    }
    o.printf(
        "%d runs, %d driver threads, %s: %d with a stale effect, lost or double completion or failed invariant%n",
        reports.size(), threads, settings.design(), bad);
    return bad == 0 ? 0 : Exit.MISMATCH;
  }

  /**
   * {@code --spec adminvq}: one trace per run, odd runs on a 1.4 device, even runs on a 1.3 one.
   */
  private int adminvq(PrintWriter o) {
    bounded("--vfs", vfs, StressSettings.MAX_VFS);
    bounded("--runs", runs, StressSettings.MAX_RUNS);
    bounded("--commands", commands, StressSettings.MAX_COMMANDS_PER_RUN);
    requireFreshOut();
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + out, e);
    }
    for (int r = 1; r <= runs; r++) {
      AvqOptions options =
          r % 2 == 1 ? AvqStressRunner.device14(vfs) : AvqStressRunner.device13(vfs);
      Path file = out.resolve(String.format("run-%04d.ndjson", r));
      new AvqStressRunner(options, r % 4 < 2, commands).run(file, seed * 7919 + r);
      o.println(file + ": " + (r % 2 == 1 ? "1.4 device" : "1.3 device"));
    }
    return 0;
  }

  /**
   * Fails unless {@code --out} is a directory this process can write that holds no earlier traces.
   */
  private void requireFreshOut() {
    OutputPath.requireWritableDirectory(spec.commandLine(), "--out", out);
    try {
      StressRunner.requireNoEarlierTraces(out);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--out: " + e.getMessage());
    }
  }

  /** Fails, naming {@code option}, unless {@code value} is 1 to {@code max}. */
  private void bounded(String option, int value, int max) {
    if (value < 1 || value > max) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          option
              + " must be 1 to "
              + max
              + (option.equals("--commands") ? " with --threads " + threads : "")
              + ", got "
              + value);
    }
  }
}
