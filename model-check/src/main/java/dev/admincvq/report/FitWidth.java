package dev.admincvq.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits a line of text to a terminal's width: a longer line is broken at the last space that fits
 * (within a word only when a word alone is wider), and each further piece is indented by {@link
 * #CONTINUATION}, so a table row reads as one row. Nothing but spaces is added or removed.
 */
public final class FitWidth {
  /** Before each piece of a line after its first. */
  public static final String CONTINUATION = "    ";

  /** The narrowest width that can be asked for. */
  public static final int MIN_WIDTH = 20;

  private FitWidth() {}

  /**
   * {@code line} (no line break in it) as lines of at most {@code width} characters.
   *
   * @throws IllegalArgumentException when {@code width} is below {@link #MIN_WIDTH}
   */
  public static List<String> wrap(String line, int width) {
    if (width < MIN_WIDTH) {
      throw new IllegalArgumentException(
          "a width of at least " + MIN_WIDTH + " is needed, not " + width);
    }
    if (line.length() <= width) {
      return List.of(line);
    }
    List<String> out = new ArrayList<>();
    String rest = line;
    String prefix = "";
    while (prefix.length() + rest.length() > width) {
      int room = width - prefix.length();
      int cut = rest.lastIndexOf(' ', room);
      if (cut <= 0 || rest.substring(0, cut).isBlank()) {
        cut = room; // one word wider than the line: broken where the line ends
      }
      out.add(prefix + rest.substring(0, cut).stripTrailing());
      rest = rest.substring(cut).stripLeading();
      prefix = CONTINUATION;
    }
    if (!rest.isEmpty()) {
      out.add(prefix + rest);
    }
    return List.copyOf(out);
  }
}
