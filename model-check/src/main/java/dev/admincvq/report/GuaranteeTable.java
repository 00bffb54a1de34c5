package dev.admincvq.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.admincvq.matrix.GuaranteeRow;
import dev.admincvq.matrix.PropertyVerdict;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The guarantee table: one row per design option, one column per property; {@code ok} where the
 * property holds, {@code NO (n)} where TLC found a counterexample of {@code n} states.
 */
public final class GuaranteeTable {
  private GuaranteeTable() {}

  public static String render(List<GuaranteeRow> rows) {
    Set<String> properties = new LinkedHashSet<>();
    rows.forEach(r -> r.verdicts().forEach(v -> properties.add(v.property())));
    List<String[]> cells = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("DriverSync / DeviceCheck / InOrder"));
    header.addAll(properties);
    header.add("all");
    cells.add(header.toArray(new String[0]));
    for (GuaranteeRow row : rows) {
      List<String> line = new ArrayList<>(List.of(row.model().optionsText()));
      for (String p : properties) {
        line.add(
            row.verdicts().stream().filter(v -> v.property().equals(p)).findFirst().map(PropertyVerdict::cell).orElse("-"));
      }
      line.add(row.satisfiesAll() ? "SAFE" : "");
      cells.add(line.toArray(new String[0]));
    }
    StringBuilder out = new StringBuilder(Columns.render(cells));
    for (GuaranteeRow row : rows) {
      for (PropertyVerdict v : row.verdicts()) {
        v.result()
            .problem()
            .ifPresent(p -> out.append("error in ").append(row.model().name()).append(" / ")
                .append(v.property()).append(": ").append(p).append('\n'));
      }
    }
    return out.toString();
  }

  public static ArrayNode json(List<GuaranteeRow> rows) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (GuaranteeRow row : rows) {
      ObjectNode o = array.addObject();
      o.put("model", row.model().name());
      ObjectNode options = o.putObject("options");
      row.model().options().forEach(options::put);
      ObjectNode props = o.putObject("properties");
      for (PropertyVerdict v : row.verdicts()) {
        ObjectNode p = props.putObject(v.property());
        p.put("holds", v.holds());
        p.put("result", v.result().verdict().label());
        p.put("traceLength", v.result().trace().map(t -> t.length()).orElse(0));
        p.put("distinctStates", v.result().distinctStates());
      }
      o.put("satisfiesAll", row.satisfiesAll());
    }
    return array;
  }
}
