package dev.admincvq.report;

import java.util.List;

/** Aligned text columns with a rule under the header row. */
public final class Columns {
  private Columns() {}

  /** The rows as aligned columns, the first row as the header. */
  public static String render(List<String[]> rows) {
    int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
    int[] width = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int n = 0; n < rows.size(); n++) {
      StringBuilder line = new StringBuilder();
      String[] row = rows.get(n);
      for (int i = 0; i < row.length; i++) {
        line.append(String.format("%-" + width[i] + "s", row[i])).append("  ");
      }
      out.append(line.toString().stripTrailing()).append('\n');
      if (n == 0) {
        int total = -2;
        for (int w : width) {
          total += w + 2;
        }
        out.append("-".repeat(Math.max(0, total))).append('\n');
      }
    }
    return out.toString();
  }
}
