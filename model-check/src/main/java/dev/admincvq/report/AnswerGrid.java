package dev.admincvq.report;

import dev.admincvq.matrix.MatrixRow;
import dev.admincvq.matrix.ModelEntry;
import dev.admincvq.model.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The answer as grids: the models that differ only in the management driver's rule set ({@code
 * DriverSync}, one row each) and the device's ({@code DeviceCheck}, one column each), under the
 * same readings of every other option and the same bounds, as one table (only complete ones: a
 * model for every pair); a cell is {@code SAFE} when every property holds, else the property TLC
 * found violated first and its trace length.
 */
public final class AnswerGrid {
  static final String ROW_OPTION = "DriverSync";
  static final String COLUMN_OPTION = "DeviceCheck";

  private AnswerGrid() {}

  /** The grids of what TLC found. */
  public static String ofResults(List<MatrixRow> rows) {
    Map<ModelEntry, String> cells = new LinkedHashMap<>();
    for (MatrixRow r : rows) {
      cells.put(
          r.model(),
          cell(
              r.result().verdict(),
              r.result().violated(),
              r.result().trace().map(t -> OptionalInt.of(t.length())).orElse(OptionalInt.empty())));
    }
    return render(cells);
  }

  /**
   * The grids of what the manifest records (equal to {@link #ofResults} when every model is as
   * expected).
   */
  public static String ofManifest(List<ModelEntry> models) {
    Map<ModelEntry, String> cells = new LinkedHashMap<>();
    for (ModelEntry m : models) {
      cells.put(m, cell(m.expected(), m.violated(), m.traceLength()));
    }
    return render(cells);
  }

  private static String cell(Verdict verdict, Optional<String> violated, OptionalInt traceLength) {
    if (verdict == Verdict.SUCCESS) {
      return "SAFE";
    }
    String length = traceLength.isPresent() ? " (" + traceLength.getAsInt() + ")" : "";
    return violated.orElse(verdict.label()) + length;
  }

  /**
   * One grid per group of at least two rule sets on each side with a model for every pair; models
   * outside a complete grid (a reading checked for a few designs only) are left out.
   */
  private static String render(Map<ModelEntry, String> cells) {
    Map<String, List<ModelEntry>> groups = new LinkedHashMap<>();
    for (ModelEntry m : cells.keySet()) {
      if (m.inMatrix()
          && m.options().containsKey(ROW_OPTION)
          && m.options().containsKey(COLUMN_OPTION)) {
        groups.computeIfAbsent(groupKey(m), k -> new ArrayList<>()).add(m);
      }
    }
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, List<ModelEntry>> group : groups.entrySet()) {
      Set<String> drivers = new LinkedHashSet<>();
      Set<String> devices = new LinkedHashSet<>();
      Map<String, String> byPair = new HashMap<>();
      for (ModelEntry m : group.getValue()) {
        String d = m.options().getOrDefault(ROW_OPTION, "");
        String c = m.options().getOrDefault(COLUMN_OPTION, "");
        drivers.add(d);
        devices.add(c);
        byPair.put(d + "\u0000" + c, cells.getOrDefault(m, "-"));
      }
      if (drivers.size() < 2
          || devices.size() < 2
          || byPair.size() != drivers.size() * devices.size()) {
        continue;
      }
      List<String[]> table = new ArrayList<>();
      List<String> header = new ArrayList<>(List.of("driver \\ device"));
      header.addAll(devices);
      table.add(header.toArray(new String[0]));
      for (String d : drivers) {
        List<String> line = new ArrayList<>(List.of(d));
        for (String c : devices) {
          line.add(byPair.getOrDefault(d + "\u0000" + c, "-"));
        }
        table.add(line.toArray(new String[0]));
      }
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(group.getKey()).append('\n').append(Columns.render(table));
    }
    return out.toString();
  }

  /** The other options and the bounds, which a grid holds fixed. */
  private static String groupKey(ModelEntry m) {
    List<String> others = new ArrayList<>();
    m.options()
        .forEach(
            (k, v) -> {
              if (!k.equals(ROW_OPTION) && !k.equals(COLUMN_OPTION)) {
                others.add(k + ": " + v);
              }
            });
    return String.join(", ", others) + " (bounds: " + m.boundsText() + ")";
  }
}
