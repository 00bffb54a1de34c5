package dev.admincvq.deep;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.admincvq.model.CheckResult;
import dev.admincvq.model.Trace;
import dev.admincvq.report.Columns;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The deep tier's table: each design's verdict at the larger bounds beside the quick tier's. */
public final class DeepTable {
  private static final String[] HEADER = {
    "model", "options", "bounds", "quick tier", "this tier", "violated", "trace", "states", "time", "same"
  };

  private DeepTable() {}

  public static String render(List<DeepRow> rows) {
    List<String[]> cells = new ArrayList<>();
    cells.add(HEADER);
    for (DeepRow row : rows) {
      CheckResult r = row.result();
      cells.add(
          new String[] {
            row.design().name(),
            row.design().optionsText(),
            row.boundsText(),
            row.design().expected().label(),
            r.verdict().label(),
            r.violated().orElse("-"),
            r.trace().map(t -> Integer.toString(t.length())).orElse("-"),
            String.format(Locale.ROOT, "%,d", r.distinctStates()),
            String.format(Locale.ROOT, "%.2fs", r.duration().toMillis() / 1000.0),
            row.asExpected() ? "yes" : "NO"
          });
    }
    StringBuilder out = new StringBuilder(Columns.render(cells));
    for (DeepRow row : rows) {
      for (String m : row.mismatches()) {
        out.append("CHANGED ").append(row.design().name()).append(": ").append(m).append('\n');
      }
    }
    return out.toString();
  }

  public static ArrayNode json(List<DeepRow> rows) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (DeepRow row : rows) {
      ObjectNode o = array.addObject();
      CheckResult r = row.result();
      o.put("model", row.design().name());
      ObjectNode options = o.putObject("options");
      row.design().options().forEach(options::put);
      ObjectNode bounds = o.putObject("bounds");
      row.bounds().forEach(bounds::put);
      o.put("quickTier", row.design().expected().label());
      o.put("actual", r.verdict().label());
      if (r.violated().isPresent()) {
        o.put("violated", r.violated().get());
      } else {
        o.putNull("violated");
      }
      o.put("traceLength", r.trace().map(Trace::length).orElse(0));
      o.put("distinctStates", r.distinctStates());
      o.put("totalStates", r.totalStates());
      o.put("stateDepth", r.stateDepth());
      o.put("seconds", r.duration().toMillis() / 1000.0);
      o.put("asExpected", row.asExpected());
      ArrayNode mismatches = o.putArray("mismatches");
      row.mismatches().forEach(mismatches::add);
    }
    return array;
  }
}
