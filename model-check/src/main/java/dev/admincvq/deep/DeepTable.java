package dev.admincvq.deep;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.admincvq.model.CheckResult;
import dev.admincvq.report.Columns;
import dev.admincvq.report.ResultCells;
import java.util.ArrayList;
import java.util.List;

/** The deep tier's table: each design's verdict at the larger bounds beside the quick tier's. */
public final class DeepTable {
  private static final String[] HEADER = {
    "model",
    "options",
    "bounds",
    "quick tier",
    "this tier",
    "violated",
    "trace",
    "states",
    "time",
    "same"
  };

  private DeepTable() {}

  public static String render(List<DeepRow> rows) {
    List<String[]> cells = new ArrayList<>();
    cells.add(HEADER);
    for (DeepRow row : rows) {
      CheckResult r = row.result();
      List<String> line =
          new ArrayList<>(
              List.of(
                  row.design().name(),
                  row.design().optionsText(),
                  row.boundsText(),
                  row.design().expected().label()));
      line.addAll(List.of(ResultCells.of(r)));
      line.add(row.asExpected() ? "yes" : "NO");
      cells.add(line.toArray(new String[0]));
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
      ResultCells.json(r, o);
      o.put("asExpected", row.asExpected());
      ArrayNode mismatches = o.putArray("mismatches");
      row.mismatches().forEach(mismatches::add);
    }
    return array;
  }
}
