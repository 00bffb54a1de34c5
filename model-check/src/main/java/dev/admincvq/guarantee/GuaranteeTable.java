package dev.admincvq.guarantee;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.admincvq.matrix.MatrixRow;
import dev.admincvq.matrix.ModelEntry;
import dev.admincvq.model.Trace;
import dev.admincvq.report.Columns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The guarantee table: one row per design option, one column per property; {@code ok} where the
 * property holds, {@code NO (n)} where TLC found a counterexample of {@code n} states.
 */
public final class GuaranteeTable {
  /** The cell of a property that the one run of its model did not decide. */
  public static final String NOT_DECIDED = "?";

  /** What the cells of {@link #ofOneRun} mean. */
  public static final String ONE_RUN_LEGEND =
      "ok: holds (the model succeeded); NO (n): violated, TLC's counterexample has n states; "
          + NOT_DECIDED
          + ": not decided by this run (TLC stops at its first violation);"
          + " matrix --properties decides every cell";

  private GuaranteeTable() {}

  /**
   * The design-option x property table of what the matrix's one run per model established ({@link
   * MatrixRow#decided}): for each design-option model, {@code ok} for every property when it
   * succeeded, {@code NO (n)} for the property TLC's counterexample violates, {@link #NOT_DECIDED}
   * for the others; {@code SAFE} where every property holds.
   */
  public static String ofOneRun(List<MatrixRow> rows) {
    Map<String, Map<String, String>> table = new LinkedHashMap<>();
    for (MatrixRow row : rows) {
      if (!row.model().inMatrix()) {
        continue;
      }
      int length = row.result().trace().map(Trace::length).orElse(0);
      Map<String, String> cells = new LinkedHashMap<>();
      row.decided()
          .forEach(
              (p, d) ->
                  cells.put(
                      p,
                      switch (d) {
                        case HOLDS -> "ok";
                        case VIOLATED -> "NO (" + length + ")";
                        case NOT_DECIDED -> NOT_DECIDED;
                      }));
      table.put(row.model().name(), cells);
    }
    return table.isEmpty() ? "" : table(table);
  }

  /** The table of what the engine found, then any property it could not check. */
  public static String render(List<GuaranteeRow> rows) {
    Map<String, Map<String, String>> table = new LinkedHashMap<>();
    for (GuaranteeRow row : rows) {
      table.put(row.model().name(), cells(row));
    }
    StringBuilder out = new StringBuilder(table(table));
    for (GuaranteeRow row : rows) {
      for (PropertyVerdict v : row.verdicts()) {
        v.outcome()
            .message()
            .ifPresent(
                m ->
                    out.append("error in ")
                        .append(row.model().name())
                        .append(" / ")
                        .append(v.property())
                        .append(": ")
                        .append(m)
                        .append('\n'));
      }
    }
    return out.toString();
  }

  /** The table the manifest records (equal to {@link #render} when the engine agrees with it). */
  public static String ofManifest(List<ModelEntry> models) {
    Map<String, Map<String, String>> table = new LinkedHashMap<>();
    for (ModelEntry m : models) {
      if (m.inMatrix() && !m.guarantees().isEmpty()) {
        table.put(m.name(), m.guarantees());
      }
    }
    return table(table);
  }

  /** One row per model, one column per property, and {@code SAFE} where every property holds. */
  private static String table(Map<String, Map<String, String>> rows) {
    Set<String> properties = new LinkedHashSet<>();
    rows.values().forEach(r -> properties.addAll(r.keySet()));
    List<String[]> cells = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("model"));
    header.addAll(properties);
    header.add("all");
    cells.add(header.toArray(new String[0]));
    rows.forEach(
        (name, verdicts) -> {
          List<String> line = new ArrayList<>(List.of(name));
          for (String p : properties) {
            line.add(verdicts.getOrDefault(p, "-"));
          }
          line.add(verdicts.values().stream().allMatch("ok"::equals) ? "SAFE" : "");
          cells.add(line.toArray(new String[0]));
        });
    return Columns.render(cells);
  }

  /** Each row's recorded cells, for the manifest ({@code ok} or {@code NO (n)}). */
  public static Map<String, String> cells(GuaranteeRow row) {
    Map<String, String> cells = new LinkedHashMap<>();
    row.verdicts().forEach(v -> cells.put(v.property(), v.cell()));
    return cells;
  }

  public static ArrayNode json(List<GuaranteeRow> rows) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (GuaranteeRow row : rows) {
      ObjectNode o = array.addObject();
      o.put("model", row.model().name());
      ObjectNode options = o.putObject("options");
      row.model().options().forEach(options::put);
      ObjectNode bounds = o.putObject("bounds");
      row.model().bounds().forEach(bounds::put);
      o.put("distinctStates", row.distinctStates());
      ObjectNode props = o.putObject("properties");
      for (PropertyVerdict v : row.verdicts()) {
        ObjectNode p = props.putObject(v.property());
        p.put("holds", v.holds());
        p.put("result", v.outcome().kind().word());
        p.put("traceLength", v.outcome().traceLength());
      }
      o.put("satisfiesAll", row.satisfiesAll());
      ArrayNode mismatches = o.putArray("mismatches");
      row.mismatches().forEach(mismatches::add);
    }
    return array;
  }
}
