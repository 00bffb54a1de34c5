package dev.admincvq.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.admincvq.bench.Bench;
import dev.admincvq.bench.BenchJson;
import dev.admincvq.bench.BenchReport;
import dev.admincvq.bench.BenchSettings;
import dev.admincvq.bench.BenchText;
import dev.admincvq.bench.ConformanceTiming;
import dev.admincvq.bench.DeepTiming;
import dev.admincvq.bench.DistributedTiming;
import dev.admincvq.bench.ImplementationBench;
import dev.admincvq.bench.ImplementationText;
import dev.admincvq.bench.LargeModel;
import dev.admincvq.bench.Machine;
import dev.admincvq.bench.ReviewBench;
import dev.admincvq.bench.ReviewTiming;
import dev.admincvq.bench.ScaleBench;
import dev.admincvq.bench.ScaleText;
import dev.admincvq.bench.TraceValidationTiming;
import dev.admincvq.matrix.Manifest;
import dev.admincvq.tlc.RunInterruptedException;
import dev.admincvq.tlc.TlcChecker;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.checkerframework.checker.nullness.qual.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
      "    worker (batchSpeedup = process total / embedded total; goal >= 5);",
      "(c) trace validation of the same stress traces in this JVM vs one TLC process per trace",
      "    (traceValidationSpeedup = process per trace / in-JVM per trace, the in-JVM time the",
      "    median of three campaigns; goal >= 100);",
      "(d) conformance: edge-covering paths of the safe design's state graph, replayed on the",
      "    reference implementation (goal: under 30 s);",
      "(e) `admincvq review` of a change to AdminCvqActors.tla that every model loads (the review",
      "    fixture drop-device-stale-check.patch) against this checkout, every model of both",
      "    sides, in a process as the launcher runs it (goal: under 60 s; skipped outside a",
      "    checkout of this project).",
      "With --deep, also (f) the deep tier (`matrix --deep`: every design of the matrix at two",
      "    VFs, three submissions and two generations per VF, as many designs at once as there",
      "    are cores, one worker each; goal: under 600 s in all), then each design that holds",
      "    again, in this JVM and by java tlc2.TLC in a process of its own side by side, for",
      "    its states per second against the process's (deepStatesPerSecondVsRaw); with",
      "    --distributed, also (g)",
      "    the model of spec-tla/models/deep.json (the safe design at two VFs and three",
      "    submissions, 5 million states), invariants only, by TLC's distributed mode with two",
      "    local worker processes against this JVM (same distinct states and verdict).",
      "Exit code 0 when every comparison agrees and matches its manifest, 1 otherwise; the goals",
      "are reported, not enforced. Takes a few minutes (--deep and --distributed: tens of",
      "minutes); --quick skips (a). With --json, one JSON object: embeddedVsProcess,",
      "statesPerSecondVsRaw (from (a): this JVM's states per second / the process's),",
      "batchSpeedup, traceValidationSpeedup and longTraceValidationSpeedup (c),",
      "fullReviewSeconds (e), deepMatrixSeconds, deepMatrixModels, deepMatrixBounds and",
      "deepStatesPerSecondVsRaw (f),",
      "distributedAgrees (g), each null when its part is skipped, then raw times and counts;",
      "--manifest names the models of (b)."
    })
final class BenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();

  @Mixin JsonOption json = new JsonOption();

  @Option(
      names = "--workers",
      paramLabel = "N",
      description = "TLC workers on both sides of (a) (default: the cores, ${DEFAULT-VALUE})")
  int workers = Runtime.getRuntime().availableProcessors();

  @Option(names = "--quick", description = "skip (a), the large model (about two minutes)")
  boolean quick;

  @Option(names = "--skip-batch", description = "skip (b), the batch of models")
  boolean skipBatch;

  @Option(names = "--skip-traces", description = "skip (c), trace validation")
  boolean skipTraces;

  @Option(names = "--skip-conform", description = "skip (d), conformance generation and replay")
  boolean skipConform;

  @Option(
      names = "--skip-review",
      description = "skip (e), the review of a change every model loads")
  boolean skipReview;

  @Option(
      names = "--bench-manifest",
      paramLabel = "FILE",
      description = "the large model (default: spec-tla/models/bench.json of this project)")
  @Nullable Path benchManifest;

  @Option(
      names = "--deep",
      description = "also (f), the deep tier of the matrix (tens of minutes on two cores)")
  boolean deep;

  @Option(
      names = "--distributed",
      description =
          "also (g), the model of the distributed manifest by TLC's distributed mode with two local"
              + " workers, against this JVM")
  boolean distributed;

  @Option(
      names = "--distributed-manifest",
      paramLabel = "FILE",
      description =
          "the model of (g) (default: spec-tla/models/deep.json of this project, the safe design"
              + " at two VFs and three submissions, 5 million states)")
  @Nullable Path distributedManifest;

  @Mixin ManifestOption manifest = new ManifestOption();

  @Override
  public Integer call() throws IOException {
    try {
      return measure();
    } catch (RunInterruptedException e) {
      spec.commandLine()
          .getOut()
          .println(
              "Interrupted: no report; the parts measured before the interrupt are named on stderr above");
      spec.commandLine().getErr().println("admincvq: interrupted");
      return Exit.INTERRUPTED;
    }
  }

  private int measure() throws IOException {
    if (workers < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--workers must be at least 1, was " + workers);
    }
    if (quick && skipBatch && skipTraces && skipConform && skipReview && !deep && !distributed) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--quick, --skip-batch, --skip-traces, --skip-conform and --skip-review leave nothing to measure");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<BenchReport> report = Optional.empty();
    try {
      if (!(quick && skipBatch)) {
        BenchSettings settings =
            new BenchSettings(
                benchManifest != null ? benchManifest : ProjectLayout.defaultBenchManifest(),
                manifest.orDefault(),
                workers,
                !quick,
                !skipBatch);
        report =
            Optional.of(
                new Bench(TlcChecker.create(), Machine.current(), line -> progress(err, line))
                    .run(settings));
      }
    } catch (Manifest.ManifestException e) {
      err.println("admincvq: " + e.problem());
      return Exit.USAGE;
    }
    Path specDirectory = ProjectLayout.root().orElse(Path.of("")).resolve("spec-tla");
    ImplementationBench implementation =
        new ImplementationBench(specDirectory, line -> progress(err, line));
    List<TraceValidationTiming> traces = new ArrayList<>();
    if (!skipTraces) {
      // Short traces (the goal's measure) and long ones: validation time grows with the number of
      // commands a trace holds (CmdId), a process's cost is mostly its start and parse.
      traces.add(implementation.traces(quick ? 100 : 300, 6, quick ? 3 : 5));
      traces.add(implementation.traces(quick ? 10 : 40, 25, quick ? 2 : 4));
    }
    Optional<ConformanceTiming> conformance =
        skipConform
            ? Optional.empty()
            : Optional.of(
                implementation.conformance(
                    specDirectory.resolve("models/actors/drops_barrier_wireGen.cfg")));
    Optional<ReviewTiming> review =
        skipReview
            ? Optional.empty()
            : new ReviewBench(ProjectLayout.root().orElse(Path.of("")), line -> progress(err, line))
                .measure();
    ScaleBench scale =
        new ScaleBench(
            TlcChecker.create(), Machine.current().childJvmOptions(), line -> progress(err, line));
    Optional<DeepTiming> deepTier = Optional.empty();
    Optional<DistributedTiming> distributedRun = Optional.empty();
    try {
      if (deep) {
        deepTier =
            Optional.of(
                scale.deep(manifest.orDefault(), 1, Runtime.getRuntime().availableProcessors()));
      }
      if (distributed) {
        distributedRun =
            Optional.of(
                scale.distributed(
                    distributedManifest != null
                        ? distributedManifest
                        : ProjectLayout.defaultDeepManifest(),
                    workers));
      }
    } catch (Manifest.ManifestException e) {
      err.println("admincvq: " + e.problem());
      return Exit.USAGE;
    }
    if (json.on()) {
      ObjectNode o =
          report.map(BenchJson::of).orElseGet(() -> new ObjectMapper().createObjectNode());
      Optional<LargeModel> large = report.flatMap(BenchReport::large);
      if (large.isPresent()) {
        o.put("statesPerSecondVsRaw", 1.0 / large.get().embeddedVsProcess());
      } else {
        o.putNull("statesPerSecondVsRaw");
      }
      o.putNull("traceValidationSpeedup");
      o.putNull("longTraceValidationSpeedup");
      o.putNull("fullReviewSeconds");
      o.putNull("deepMatrixSeconds");
      o.putNull("deepMatrixModels");
      o.putNull("deepMatrixBounds");
      o.putNull("deepStatesPerSecondVsRaw");
      o.putNull("distributedAgrees");
      if (!traces.isEmpty()) {
        ObjectNode t = o.putObject("traceValidation");
        t.put("goal", TraceValidationTiming.GOAL);
        traces.forEach(c -> ImplementationText.traces(c, t));
        o.put("traceValidationSpeedup", traces.get(0).speedup());
        o.put("longTraceValidationSpeedup", traces.get(traces.size() - 1).speedup());
      }
      conformance.ifPresent(d -> ImplementationText.conformance(d, o));
      review.ifPresent(e -> ImplementationText.review(e, o));
      review.ifPresent(e -> o.put("fullReviewSeconds", e.seconds()));
      deepTier.ifPresent(f -> ScaleText.deep(f, o));
      distributedRun.ifPresent(g -> ScaleText.distributed(g, o));
      out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(o));
    } else {
      report.ifPresent(r -> out.print(BenchText.render(r)));
      for (int i = 0; i < traces.size(); i++) {
        out.print(
            ImplementationText.traces(
                traces.get(i), i == 0 ? "traceValidationSpeedup" : "longTraceValidationSpeedup"));
      }
      conformance.ifPresent(d -> out.print(ImplementationText.conformance(d)));
      review.ifPresent(e -> out.print(ImplementationText.review(e)));
      deepTier.ifPresent(f -> out.print(ScaleText.deep(f)));
      distributedRun.ifPresent(g -> out.print(ScaleText.distributed(g)));
    }
    boolean ok =
        report.map(BenchReport::ok).orElse(true)
            && traces.stream().allMatch(TraceValidationTiming::ok)
            && conformance.map(ConformanceTiming::conforms).orElse(true)
            && review.map(ReviewTiming::reviewed).orElse(true)
            && deepTier.map(DeepTiming::ok).orElse(true)
            && distributedRun.map(DistributedTiming::agrees).orElse(true);
    return ok ? 0 : Exit.MISMATCH;
  }

  private void progress(PrintWriter err, String line) {
    if (!json.on()) {
      err.println("bench: " + line);
    }
  }
}
