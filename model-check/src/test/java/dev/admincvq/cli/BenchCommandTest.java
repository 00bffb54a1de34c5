package dev.admincvq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code admincvq bench} end to end on the small test specs, with --quick (part b only). */
class BenchCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private static String manifest() throws Exception {
    URL url = BenchCommandTest.class.getResource("/bench/manifest.json");
    if (url == null) {
      throw new IllegalStateException("no test manifest");
    }
    return Path.of(url.toURI()).toString();
  }

  @Test
  void quickJsonHasTheRatiosTheRawFiguresAndTheMachine() throws Exception {
    int exit = run("bench", "--quick", "--skip-review", "--json", "--manifest", manifest());
    assertEquals(0, exit, err::toString);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertTrue(json.get("embeddedVsProcess").isNull(), "(a) was skipped");
    assertTrue(json.get("batchSpeedup").asDouble() > 0);
    assertTrue(json.get("cores").asInt() >= 1);
    assertTrue(json.get("heapBytes").asLong() > 0);
    assertTrue(json.has("workers"));
    JsonNode batch = json.get("batch");
    assertEquals(3, batch.get("models").asInt());
    assertTrue(batch.get("embeddedSeconds").asDouble() > 0);
    assertTrue(batch.get("processSeconds").asDouble() > 0);
    for (JsonNode row : batch.get("rows")) {
      assertEquals(row.at("/embedded/distinctStates"), row.at("/process/distinctStates"));
      assertEquals(row.at("/embedded/totalStates"), row.at("/process/totalStates"));
    }
    JsonNode traces = json.at("/traceValidation/commands6");
    assertEquals(100, traces.get("traces").asInt());
    assertEquals(3, traces.get("sampled").asInt());
    assertEquals(25, json.at("/traceValidation/commands25/commandsPerThread").asInt());
    assertEquals(
        0,
        traces.get("disagreements").asInt(),
        "same verdicts in this JVM and in a process per trace");
    assertEquals(0, traces.get("rejected").asInt());
    assertTrue(json.get("traceValidationSpeedup").asDouble() > 1);
    JsonNode conformance = json.get("conformance");
    assertEquals(conformance.get("edges"), conformance.get("covered"));
    assertTrue(conformance.get("conforms").asBoolean());
    assertEquals("", err.toString(), "--json prints no progress");
  }

  @Test
  void textNamesBothSidesAndTheRatio() throws Exception {
    int exit =
        run(
            "bench",
            "--quick",
            "--skip-traces",
            "--skip-conform",
            "--skip-review",
            "--manifest",
            manifest());
    assertEquals(0, exit, err::toString);
    assertTrue(out.toString().contains("batchSpeedup = "), out::toString);
    assertTrue(out.toString().contains("method: "), out::toString);
    assertTrue(err.toString().contains("bench: (b) Stuck"), err::toString);
  }

  @Test
  void badInputIsOneLineWithoutAStackTrace() throws Exception {
    int exit =
        run(
            "bench",
            "--quick",
            "--manifest",
            Path.of(manifest()).resolveSibling("nope.json").toString());
    assertEquals(Exit.USAGE, exit);
    assertEquals(1, err.toString().lines().count(), err::toString);
    assertTrue(
        err.toString().startsWith("admincvq: ") && err.toString().contains("nope.json"),
        err::toString);

    StringWriter e2 = new StringWriter();
    int usage =
        Main.execute(
            new String[] {
              "bench", "--quick", "--skip-batch", "--skip-traces", "--skip-conform", "--skip-review"
            },
            new PrintWriter(new StringWriter()),
            new PrintWriter(e2, true));
    assertEquals(Exit.USAGE, usage);
    assertTrue(
        e2.toString()
            .startsWith(
                "admincvq: --quick, --skip-batch, --skip-traces, --skip-conform and --skip-review leave nothing to measure"),
        e2::toString);
  }

  @Test
  void theReviewLineNamesTheChangeTheRunsTheTimeAndWhetherTheGoalIsMet() {
    String slow =
        dev.admincvq.bench.ImplementationText.review(
            new dev.admincvq.bench.ReviewTiming("x/drop.patch", 29, 58, 4, 130.5, 1));
    assertTrue(
        slow.contains("(e) review of x/drop.patch (a change to the spec every model loads)")
            && slow.contains("29 models, 58 TLC runs, 4 verdicts worse, exit 1"),
        slow);
    assertTrue(slow.contains("fullReviewSeconds = 130.5 (goal < 60 s: NOT met)"), slow);
    String fast =
        dev.admincvq.bench.ImplementationText.review(
            new dev.admincvq.bench.ReviewTiming("x/drop.patch", 29, 58, 0, 59.9, 0));
    assertTrue(fast.contains("(goal < 60 s: met)"), fast);
  }

  @Test
  void theTextNamesEachFigureAsItsJsonFieldDoes() {
    dev.admincvq.bench.Measured embedded =
        new dev.admincvq.bench.Measured(30.0, 0, 1000, 5000, 12, java.util.Optional.empty());
    dev.admincvq.bench.Measured process =
        new dev.admincvq.bench.Measured(40.0, 0, 1000, 5000, 12, java.util.Optional.empty());
    String large =
        dev.admincvq.bench.BenchText.render(
            new dev.admincvq.bench.BenchReport(
                new dev.admincvq.bench.Machine(2, "17", 1L << 30, 16384),
                java.util.List.of(),
                java.util.Optional.of(
                    new dev.admincvq.bench.LargeModel(
                        new dev.admincvq.bench.Comparison(
                            "big", embedded, process, java.util.List.of(), java.util.List.of()),
                        2)),
                java.util.Optional.empty()));
    assertTrue(large.contains("embeddedVsProcess = 0.750 (embedded / process"), large);
    assertTrue(large.contains("statesPerSecondVsRaw = 1.333 ("), large);
    String longTraces = longTraceText(40, 18000, java.util.List.of(1.9, 1.2, 1.1), 0.5, 4, 6.0);
    assertTrue(longTraces.contains("longTraceValidationSpeedup = 50.0 ("), longTraces);
    assertTrue(longTraces.contains("goal >= 100: NOT met"), longTraces);
    assertTrue(
        longTraces.contains(
            "why NOT met: 100x would need 0.0150 s per trace in this JVM; it took 0.0300 s: 0.0121 s of setting the run up (a fresh class loader, the parse, cold code: about 0.48 s, shared by the 40 traces) and 450 events at 0.040 ms each (TLC's evaluation of the trace spec, and the event's passage into the run); the events alone would need 0.007 ms each"),
        longTraces);
    assertTrue(longTraces.contains("the first alone, in a run of its own: 0.50 s"), longTraces);
    assertTrue(
        longTraces.contains("1.20 s (0.0300 s per trace; the median of 1.90, 1.20, 1.10 s)"),
        longTraces);
    assertTrue(large.contains("goal <= 1.05: met") && !large.contains("why NOT met"), large);
  }

  /** Part (c)'s text for long traces (25 submissions a thread), every trace accepted. */
  private static String longTraceText(
      int traces,
      int events,
      java.util.List<Double> inProcessRuns,
      double firstAlone,
      int sampled,
      double processSeconds) {
    return dev.admincvq.bench.ImplementationText.traces(
        new dev.admincvq.bench.TraceValidationTiming(
            25, traces, events, inProcessRuns, firstAlone, sampled, processSeconds, 0, 0),
        "longTraceValidationSpeedup");
  }

  @Test
  void anUnmetTraceGoalWhoseSetUpAloneTakesTheBudgetSaysSoRatherThanAFreeEvent() {
    // The measures of a `bench --quick` run: 10 long traces, where setting the run up (0.44 s
    // shared by 10 traces) is more than 100x allows a trace; no cost per event meets the goal.
    String text = longTraceText(10, 5847, java.util.List.of(0.75, 0.88, 0.80), 0.48, 2, 5.27);
    assertTrue(text.contains("goal >= 100: NOT met"), text);
    assertTrue(
        text.contains(
            "0.0444 s of setting the run up (a fresh class loader, the parse, cold code: about 0.44 s, shared by the 10 traces)"),
        text);
    assertTrue(
        text.contains(
            "; setting the run up alone is over that, whatever an event costs, at 10 traces"),
        text);
    assertFalse(text.contains("would need 0.000 ms"), text);
  }

  @Test
  void anUnmetDeepGoalSaysWhetherTheWorkOrTheSchedulingMissedIt() {
    java.util.Map<String, Integer> bounds = java.util.Map.of("MaxVFs", 2);
    String work =
        dev.admincvq.bench.ScaleText.deep(
            new dev.admincvq.bench.DeepTiming(
                java.util.List.of(), 1095, 2156, bounds, 1, 2, java.util.List.of()));
    assertTrue(
        work.contains(
            "why NOT met: 2156 s of CPU over 2 threads: 1078 s with every thread busy throughout, 0 distinct states per CPU second; the work alone is over the goal, whatever the scheduling"),
        work);
    String idle =
        dev.admincvq.bench.ScaleText.deep(
            new dev.admincvq.bench.DeepTiming(
                java.util.List.of(), 1095, 900, bounds, 1, 2, java.util.List.of()));
    assertTrue(idle.contains("the threads stood idle for 645 s of the 1095 s"), idle);
    String met =
        dev.admincvq.bench.ScaleText.deep(
            new dev.admincvq.bench.DeepTiming(
                java.util.List.of(), 500, 900, bounds, 1, 2, java.util.List.of()));
    assertTrue(met.contains("(goal < 600 s: met)") && !met.contains("why"), met);
  }

  @Test
  void anUnmetReviewOrBatchGoalSaysWhatOneRunCost() {
    String review =
        dev.admincvq.bench.ImplementationText.review(
            new dev.admincvq.bench.ReviewTiming("x/drop.patch", 116, 232, 4, 464.0, 1));
    assertTrue(
        review.contains(
            "why NOT met: 232 TLC runs (every model on both sides, with its properties) in 464.0 s, 2.00 s of wall time per run; under 60 s would need 0.26 s per run"),
        review);
    String killed =
        dev.admincvq.bench.ImplementationText.review(
            new dev.admincvq.bench.ReviewTiming("x/drop.patch", 0, 0, 0, 1453.1, 137));
    assertTrue(
        killed.contains("why NOT met: the review ended without a report (exit 137) after 1453.1 s"),
        killed);
    dev.admincvq.bench.Measured oneSecond =
        new dev.admincvq.bench.Measured(1.0, 0, 10, 20, 3, java.util.Optional.empty());
    dev.admincvq.bench.Measured twoSeconds =
        new dev.admincvq.bench.Measured(2.0, 0, 10, 20, 3, java.util.Optional.empty());
    dev.admincvq.bench.Comparison small =
        new dev.admincvq.bench.Comparison(
            "small", oneSecond, twoSeconds, java.util.List.of(), java.util.List.of());
    String batch =
        dev.admincvq.bench.BenchText.render(
            new dev.admincvq.bench.BenchReport(
                new dev.admincvq.bench.Machine(2, "17", 1L << 30, 16384),
                java.util.List.of(),
                java.util.Optional.empty(),
                java.util.Optional.of(
                    new dev.admincvq.bench.Batch(java.util.List.of(small, small)))));
    assertTrue(
        batch.contains(
            "why NOT met: a model took 1.00 s in this JVM and 2.00 s as a process on average; 5x would need 0.40 s per model in this JVM, 40% of what a fresh TLC run cost here"),
        batch);
  }

  @Test
  void deepPartChecksTheMatrixDesignsAtTwoVfsAndThreeSubmissionsAndNamesItsFields(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path root = Path.of(System.getProperty("admincvq.root", "..")).toAbsolutePath().normalize();
    ObjectMapper mapper = new ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode one = mapper.createObjectNode();
    for (JsonNode m : mapper.readTree(root.resolve("spec-tla/models/manifest.json").toFile())) {
      if (m.get("model").asText().equals("drops_none_none")) {
        one = m.deepCopy();
      }
    }
    JsonNode design = one.deepCopy();
    assertTrue(design.has("spec"), "drops_none_none in the manifest");
    one.put("spec", root.resolve("spec-tla").resolve(design.get("spec").asText()).toString());
    one.put("config", root.resolve("spec-tla").resolve(design.get("config").asText()).toString());
    Path manifest = dir.resolve("manifest.json");
    mapper.writeValue(manifest.toFile(), mapper.createArrayNode().add(one));

    int exit =
        run(
            "bench",
            "--quick",
            "--skip-batch",
            "--skip-traces",
            "--skip-conform",
            "--skip-review",
            "--deep",
            "--workers",
            "1",
            "--json",
            "--manifest",
            manifest.toString());
    assertEquals(0, exit, err::toString);
    JsonNode json = mapper.readTree(out.toString());
    assertEquals(1, json.get("deepMatrixModels").asInt());
    assertEquals(2, json.at("/deepMatrixBounds/MaxVFs").asInt());
    assertEquals(3, json.at("/deepMatrixBounds/CmdId").asInt());
    assertEquals(2, json.at("/deepMatrixBounds/MaxInc").asInt());
    assertTrue(json.get("deepMatrixSeconds").asDouble() > 0);
    JsonNode row = json.at("/deep/rows/0");
    assertEquals("safety failure", row.get("actual").asText(), row::toString);
    assertTrue(row.get("asExpected").asBoolean(), row::toString);
    assertTrue(json.get("statesPerSecondVsRaw").isNull(), "(a) was skipped");
    assertTrue(json.get("longTraceValidationSpeedup").isNull(), "(c) was skipped");
    assertTrue(json.get("fullReviewSeconds").isNull(), "(e) was skipped");
    assertTrue(json.get("distributedAgrees").isNull(), "(g) was not asked for");
  }
}
