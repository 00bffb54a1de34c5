package dev.admincvq.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.admincvq.bench.Bench;
import dev.admincvq.bench.BenchJson;
import dev.admincvq.bench.BenchReport;
import dev.admincvq.bench.BenchSettings;
import dev.admincvq.bench.BenchText;
import dev.admincvq.bench.Machine;
import dev.admincvq.matrix.Manifest;
import dev.admincvq.tlc.TlcChecker;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.checkerframework.checker.nullness.qual.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code admincvq bench}: embedded TLC against separate TLC processes, measured in one run. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    header = "Measure embedded TLC against separate TLC processes.",
    description = {
      "Measures, side by side in one run, TLC embedded in this JVM against `java tlc2.TLC` in",
      "separate processes (same workers, same -Xmx and -Xss, -XX:+UseParallelGC), and checks that",
      "both sides find the same states:",
      "(a) the large model of spec-tla/models/bench.json, embedded vs one process",
      "    (embeddedVsProcess = embedded time / process time; goal <= 1.05);",
      "(b) every model of spec-tla/models/manifest.json in this JVM vs one process per model, one",
      "    worker (batchSpeedup = process total / embedded total; goal >= 5).",
      "Exit code 0 when every comparison agrees and matches its manifest, 1 otherwise; the goals",
      "are reported, not enforced. Takes a few minutes; --quick skips (a)."
    })
final class BenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();

  @Option(names = "--json", description = "print one JSON object (embeddedVsProcess, batchSpeedup, raw times and counts); no progress")
  boolean json;

  @Option(names = "--workers", paramLabel = "N", description = "TLC workers on both sides of (a) (default: the cores, ${DEFAULT-VALUE})")
  int workers = Runtime.getRuntime().availableProcessors();

  @Option(names = "--quick", description = "skip (a), the large model (about two minutes)")
  boolean quick;

  @Option(names = "--skip-batch", description = "skip (b), the batch of models")
  boolean skipBatch;

  @Option(names = "--bench-manifest", paramLabel = "FILE", description = "the large model (default: spec-tla/models/bench.json of this project)")
  @Nullable Path benchManifest;

  @Option(names = "--manifest", paramLabel = "FILE", description = "the batch models (default: spec-tla/models/manifest.json of this project)")
  @Nullable Path manifest;

  @Override
  public Integer call() throws IOException {
    if (workers < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--workers must be at least 1, was " + workers);
    }
    if (quick && skipBatch) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--quick and --skip-batch leave nothing to measure");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    BenchSettings settings =
        new BenchSettings(
            benchManifest != null ? benchManifest : ProjectLayout.defaultBenchManifest(),
            manifest != null ? manifest : ProjectLayout.defaultManifest(),
            workers,
            !quick,
            !skipBatch);
    BenchReport report;
    try {
      report = new Bench(TlcChecker.create(), Machine.current(), line -> progress(err, line)).run(settings);
    } catch (Manifest.ManifestException e) {
      err.println("admincvq: " + e.problem());
      return Exit.FAILURE;
    }
    if (json) {
      out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(BenchJson.of(report)));
    } else {
      out.print(BenchText.render(report));
    }
    return report.ok() ? 0 : Exit.MISMATCH;
  }

  private void progress(PrintWriter err, String line) {
    if (!json) {
      err.println("bench: " + line);
    }
  }
}
