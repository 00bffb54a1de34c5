package dev.admincvq.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FitWidthTest {
  private static String nonSpace(String s) {
    return s.replaceAll("\\s", "");
  }

  @Test
  void aLineThatFitsIsLeftAsItIs() {
    assertEquals(List.of("model  ok  NO (5)"), FitWidth.wrap("model  ok  NO (5)", 20));
  }

  @Test
  void aWideRowIsBrokenAtSpacesIntoIndentedPiecesNoneWiderThanAsked() {
    String row =
        "drops_none_none                         NO (5)         NO (5)      NO (7)     ok                    ok";
    List<String> lines = FitWidth.wrap(row, 40);
    assertTrue(lines.size() > 1, lines.toString());
    lines.forEach(l -> assertTrue(l.length() <= 40, l));
    lines.subList(1, lines.size()).forEach(l -> assertTrue(l.startsWith(FitWidth.CONTINUATION), l));
    assertEquals(nonSpace(row), nonSpace(String.join("", lines)));
    assertEquals("drops_none_none", lines.get(0).strip());
  }

  @Test
  void aWordWiderThanTheLineIsBrokenWhereTheLineEnds() {
    String word = "x".repeat(50);
    List<String> lines = FitWidth.wrap(word, 20);
    lines.forEach(l -> assertTrue(l.length() <= 20, l));
    assertEquals(word, nonSpace(String.join("", lines)));
  }

  @Test
  void aWidthBelowTheNarrowestIsRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> FitWidth.wrap("a b", FitWidth.MIN_WIDTH - 1));
  }
}
