package dev.admincvq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.model.Progress;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * matrix's progress: a line per model with its place everywhere, a live line only on a terminal.
 */
class MatrixProgressTest {
  private static String shown(boolean terminal) {
    StringWriter text = new StringWriter();
    MatrixProgress progress = new MatrixProgress(new PrintWriter(text, true), terminal, 29);
    for (int i = 1; i <= 6; i++) {
      progress.finished("m" + i, "as expected");
    }
    progress.live("drops_none_none").accept(new Progress(3, 2000, 1234, 10));
    progress.finished("drops_none_none", "as expected");
    return text.toString();
  }

  @Test
  void offATerminalEachModelIsOneLineWithItsPlaceAndNothingIsRewritten() {
    String text = shown(false);
    assertEquals(7, text.lines().count(), text);
    assertTrue(text.lines().allMatch(l -> l.startsWith("checked ")), text);
    assertTrue(
        text.lines()
            .toList()
            .get(6)
            .matches("checked drops_none_none +as expected +\\(model 7 of 29\\)"),
        text);
    assertTrue(!text.contains("\r"), text);
  }

  @Test
  void onATerminalTheModelBeingCheckedHasALiveLineClearedWhenItFinishes() {
    String text = shown(true);
    assertTrue(
        text.contains(
            "\r\033[K6 of 29 models done; drops_none_none: 1,234 states so far\r\033[Kchecked drops_none_none"),
        text);
  }
}
