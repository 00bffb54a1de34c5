package dev.admincvq.report.html;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of text cells with a header row. Every row has as many cells as the header.
 *
 * @param caption shown above the table ({@code ""} for none)
 * @param header the column names
 * @param rows the rows, each a list of cells
 */
public record Table(String caption, List<String> header, List<List<Cell>> rows) {
  public Table {
    header = List.copyOf(header);
    List<List<Cell>> copy = new ArrayList<>();
    for (List<Cell> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException(
            "a row of " + row.size() + " cells in a table of " + header.size() + " columns");
      }
      copy.add(List.copyOf(row));
    }
    rows = List.copyOf(copy);
  }

  /** One cell: its text and how it is marked. A numeric cell is right-aligned. */
  public record Cell(String text, Tone tone, boolean numeric) {
    public static Cell of(String text) {
      return new Cell(text, Tone.PLAIN, false);
    }

    public static Cell of(String text, Tone tone) {
      return new Cell(text, tone, false);
    }

    public static Cell number(long value) {
      return new Cell(String.format(java.util.Locale.ROOT, "%,d", value), Tone.PLAIN, true);
    }
  }

  /** A table without caption whose cells are all plain text. */
  public static Table ofText(List<String> header, List<List<String>> rows) {
    return new Table(
        "", header, rows.stream().map(r -> r.stream().map(Cell::of).toList()).toList());
  }

  /** This table with one more row. */
  public Table withRow(List<Cell> row) {
    List<List<Cell>> more = new ArrayList<>(rows);
    more.add(row);
    return new Table(caption, header, more);
  }
}
