package dev.admincvq.bench;

import dev.admincvq.conform.Conformance;
import dev.admincvq.conform.ConformanceReport;
import dev.admincvq.reference.DriverSync;
import dev.admincvq.stress.RunReport;
import dev.admincvq.stress.StressRunner;
import dev.admincvq.stress.StressSettings;
import dev.admincvq.tlc.TempDirectory;
import dev.admincvq.validate.LoggedTrace;
import dev.admincvq.validate.ProcessValidation;
import dev.admincvq.validate.TraceReader;
import dev.admincvq.validate.TraceValidator;
import dev.admincvq.validate.TraceVerdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The implementation's parts of the benchmark: (c) trace validation in this JVM against a process
 * per trace, on the same stress traces; (d) conformance generation and replay time.
 *
 * <p>Fairness of (c): the process side is warmed up by one untimed process (file cache), the in-JVM
 * side pays its whole cost, TLC's set-up and parse included, inside the timed batch; the process
 * side is timed on the first {@code sampled} traces only (a process costs seconds), and the ratio
 * compares means per trace.
 */
public final class ImplementationBench {
  private final Path specDirectory;
  private final Consumer<String> log;

  /**
   * @param specDirectory {@code spec-tla} of the project
   * @param log receives one line before each timed part
   */
  public ImplementationBench(Path specDirectory, Consumer<String> log) {
    this.specDirectory = specDirectory;
    this.log = log;
  }

  /**
   * Part (c).
   *
   * @param runs stress runs, one trace each (8 management-driver threads, barrier, two VFs)
   * @param commandsPerThread submissions per driver thread per run
   * @param sampled how many of them also go through a process each
   */
  public TraceValidationTiming traces(int runs, int commandsPerThread, int sampled) {
    Path dir = TempDirectory.create("admincvq-bench-traces-");
    try {
      log.accept(
          "(c) stress: "
              + runs
              + " runs of 8 driver threads, "
              + commandsPerThread
              + " submissions each");
      List<LoggedTrace> traces = new ArrayList<>();
      for (RunReport r :
          new StressRunner(
                  new StressSettings(8, runs, commandsPerThread, 2, DriverSync.BARRIER, false, 42))
              .runAll(dir)) {
        traces.add(TraceReader.read(r.trace()));
      }
      long events = traces.stream().mapToLong(t -> t.events().size()).sum();
      ProcessValidation process =
          new ProcessValidation(specDirectory, Machine.current().childJvmOptions());
      log.accept("(c) warm-up: one trace in a TLC process (untimed)");
      process.validate(traces.get(0));
      List<Double> inProcess = new ArrayList<>();
      List<TraceVerdict> verdicts = List.of();
      for (int k = 1; k <= TraceValidationTiming.RUNS; k++) {
        log.accept(
            "(c) "
                + runs
                + " traces in this JVM ("
                + k
                + " of "
                + TraceValidationTiming.RUNS
                + ")");
        System.gc();
        long start = System.nanoTime();
        verdicts = new TraceValidator(specDirectory).validate(traces);
        inProcess.add((System.nanoTime() - start) / 1e9);
      }
      log.accept("(c) the first trace alone in this JVM (a run of its own)");
      long start = System.nanoTime();
      new TraceValidator(specDirectory).validate(traces.subList(0, 1));
      double firstAlone = (System.nanoTime() - start) / 1e9;
      int n = Math.min(sampled, traces.size());
      log.accept("(c) " + n + " traces, one TLC process each");
      double processSeconds = 0;
      int disagreements = 0;
      for (int i = 0; i < n; i++) {
        ProcessValidation.Verdict v = process.validate(traces.get(i));
        processSeconds += v.duration().toNanos() / 1e9;
        disagreements += v.decided() && v.accepted() == verdicts.get(i).accepted() ? 0 : 1;
      }
      int rejected = (int) verdicts.stream().filter(v -> !v.accepted()).count();
      return new TraceValidationTiming(
          commandsPerThread,
          traces.size(),
          events,
          inProcess,
          firstAlone,
          n,
          processSeconds,
          disagreements,
          rejected);
    } finally {
      TempDirectory.delete(dir);
    }
  }

  /** Part (d), on model {@code config} of {@code MCAdminCvqActors.tla}. */
  public ConformanceTiming conformance(Path config) {
    String name = String.valueOf(config.getFileName()).replaceFirst("\\.cfg$", "");
    log.accept(
        "(d) conformance of "
            + name
            + ": edge-covering paths, replayed on the reference implementation");
    long start = System.nanoTime();
    ConformanceReport r =
        Conformance.of(specDirectory.resolve("MCAdminCvqActors.tla"), config).run();
    double total = (System.nanoTime() - start) / 1e9;
    return new ConformanceTiming(
        name,
        r.edges(),
        r.covered(),
        r.paths(),
        r.explore().toNanos() / 1e9,
        r.replay().toNanos() / 1e9,
        total,
        r.conforms());
  }
}
