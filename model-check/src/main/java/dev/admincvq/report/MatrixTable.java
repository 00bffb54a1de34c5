package dev.admincvq.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.admincvq.matrix.MatrixRow;
import dev.admincvq.model.CheckResult;
import java.util.ArrayList;
import java.util.List;

/** The design-option table: one row per model, expectation beside result. */
public final class MatrixTable {
  private static final String[] HEADER = {
    "model", "options", "bounds", "expected", "actual", "violated", "trace", "states", "time", "ok"
  };

  private MatrixTable() {}

  public static String render(List<MatrixRow> rows) {
    List<String[]> cells = new ArrayList<>();
    cells.add(HEADER);
    for (MatrixRow row : rows) {
      CheckResult r = row.result();
      List<String> line =
          new ArrayList<>(
              List.of(
                  row.model().name(),
                  row.model().optionsText(),
                  row.model().boundsText(),
                  row.model().expected().label()
                      + row.model().violated().map(v -> " (" + v + ")").orElse("")));
      line.addAll(List.of(ResultCells.of(r)));
      line.add(row.asExpected() ? "yes" : "NO");
      cells.add(line.toArray(new String[0]));
    }
    StringBuilder out = new StringBuilder(Columns.render(cells));
    for (MatrixRow row : rows) {
      for (String m : row.mismatches()) {
        out.append("MISMATCH ").append(row.model().name()).append(": ").append(m).append('\n');
      }
    }
    return out.toString();
  }

  public static ArrayNode json(List<MatrixRow> rows) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (MatrixRow row : rows) {
      ObjectNode o = array.addObject();
      CheckResult r = row.result();
      o.put("model", row.model().name());
      ObjectNode options = o.putObject("options");
      row.model().options().forEach(options::put);
      ObjectNode bounds = o.putObject("bounds");
      row.model().bounds().forEach(bounds::put);
      o.put("expected", row.model().expected().label());
      putOptional(o, "expectedViolated", row.model().violated());
      ResultCells.json(r, o);
      ObjectNode decided = o.putObject("propertyVerdicts");
      row.decided().forEach((property, d) -> decided.put(property, d.word()));
      o.put("asExpected", row.asExpected());
      ArrayNode mismatches = o.putArray("mismatches");
      row.mismatches().forEach(mismatches::add);
    }
    return array;
  }

  private static void putOptional(ObjectNode o, String field, java.util.Optional<String> value) {
    if (value.isPresent()) {
      o.put(field, value.get());
    } else {
      o.putNull(field);
    }
  }
}
