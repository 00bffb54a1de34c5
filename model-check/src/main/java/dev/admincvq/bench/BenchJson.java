package dev.admincvq.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The benchmark as one JSON object: {@code embeddedVsProcess} and {@code batchSpeedup} (null for a
 * skipped part), the machine ({@code cores}, {@code workers}, {@code heapBytes}, ...), the method,
 * and each part's raw times and state counts under {@code large} and {@code batch}.
 */
public final class BenchJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private BenchJson() {}

  public static ObjectNode of(BenchReport report) {
    ObjectNode o = JSON.objectNode();
    if (report.large().isPresent()) {
      o.put("embeddedVsProcess", report.large().get().embeddedVsProcess());
    } else {
      o.putNull("embeddedVsProcess");
    }
    if (report.batch().isPresent()) {
      o.put("batchSpeedup", report.batch().get().batchSpeedup());
    } else {
      o.putNull("batchSpeedup");
    }
    o.put("ok", report.ok());
    Machine m = report.machine();
    o.put("cores", m.cores());
    o.put("workers", report.large().map(LargeModel::workers).orElse(1));
    o.put("heapBytes", m.heapBytes());
    o.put("stackKb", m.stackKb());
    o.put("java", m.java());
    ArrayNode method = o.putArray("method");
    report.method().forEach(method::add);
    report.large().ifPresent(a -> large(a, o.putObject("large")));
    report.batch().ifPresent(b -> batch(b, o.putObject("batch")));
    return o;
  }

  private static void large(LargeModel a, ObjectNode o) {
    o.put("workers", a.workers());
    o.put("goal", LargeModel.GOAL);
    o.put("goalMet", a.goalMet());
    comparison(a.comparison(), o);
  }

  private static void batch(Batch b, ObjectNode o) {
    o.put("models", b.rows().size());
    o.put("workers", 1);
    o.put("embeddedSeconds", b.embeddedSeconds());
    o.put("processSeconds", b.processSeconds());
    o.put("goal", Batch.GOAL);
    o.put("goalMet", b.goalMet());
    ArrayNode rows = o.putArray("rows");
    for (Comparison c : b.rows()) {
      comparison(c, rows.addObject());
    }
  }

  private static void comparison(Comparison c, ObjectNode o) {
    o.put("model", c.model());
    o.put("ok", c.ok());
    side(c.embedded(), o.putObject("embedded"));
    side(c.process(), o.putObject("process"));
    ArrayNode disagreements = o.putArray("disagreements");
    c.disagreements().forEach(disagreements::add);
    ArrayNode unexpected = o.putArray("unexpected");
    c.unexpected().forEach(unexpected::add);
  }

  private static void side(Measured m, ObjectNode o) {
    o.put("seconds", m.seconds());
    o.put("exitCode", m.exitCode());
    o.put("distinctStates", m.distinct());
    o.put("totalStates", m.total());
    o.put("stateDepth", m.depth());
    if (m.violated().isPresent()) {
      o.put("violated", m.violated().get());
    } else {
      o.putNull("violated");
    }
  }
}
