package dev.admincvq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * {@code --width}: the traceability table's lines (over 2,000 columns) fitted to a width, no
 * character but spaces added or lost; unchanged when stdout is no terminal and no width is asked,
 * and with JSON.
 */
class WidthOptionTest {
  private static String nonSpace(String s) {
    return s.replaceAll("\\s", "");
  }

  @ParameterizedTest
  @ValueSource(ints = {60, 120})
  void propertiesLinesFitTheWidthAskedAndKeepEveryCharacter(int width) {
    CliRun whole = CliRun.of("properties");
    assertTrue(
        whole.out().lines().anyMatch(l -> l.length() > 1000),
        "the table is wide: nothing to fit otherwise");
    CliRun fitted = CliRun.of("properties", "--width", Integer.toString(width));
    assertEquals(whole.exit(), fitted.exit(), fitted.err());
    fitted.out().lines().forEach(l -> assertTrue(l.length() <= width, l.length() + ": " + l));
    assertEquals(nonSpace(whole.out()), nonSpace(fitted.out()));
  }

  /**
   * {@code prove}'s lines (its theorem and gap lines run to hundreds of columns) fitted: one run
   * (it checks the proof models), every line within the width, the report's words all there.
   */
  @Test
  void proveLinesFitTheWidthAsked() {
    int width = 60;
    CliRun fitted = CliRun.of("prove", "--width", Integer.toString(width));
    assertEquals(0, fitted.exit(), fitted.err());
    fitted.out().lines().forEach(l -> assertTrue(l.length() <= width, l.length() + ": " + l));
    assertTrue(
        nonSpace(fitted.out()).contains(nonSpace("every TLAPS proof obligation")), fitted.out());
  }

  @Test
  void jsonIsNeverFitted() {
    assertEquals(
        CliRun.of("properties", "--format", "json").out(),
        CliRun.of("properties", "--format", "json", "--width", "60").out());
  }

  @Test
  void aWidthTooNarrowIsABadCommandLine() {
    CliRun r = CliRun.of("properties", "--width", "5");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--width must be at least 20, was 5"), r.err());
  }

  @Test
  void onATerminalTheWidthIsColumnsOrEightyAndOtherwiseNone() {
    CommandLine cli = new CommandLine(new Main());
    WidthOption none = new WidthOption();
    assertEquals(OptionalInt.of(100), none.columns(cli, true, Map.of("COLUMNS", "100")));
    assertEquals(OptionalInt.of(80), none.columns(cli, true, Map.of()));
    assertEquals(OptionalInt.of(80), none.columns(cli, true, Map.of("COLUMNS", "wide")));
    assertEquals(OptionalInt.empty(), none.columns(cli, false, Map.of("COLUMNS", "100")));
    WidthOption asked = new WidthOption();
    asked.width = 70;
    assertEquals(OptionalInt.of(70), asked.columns(cli, false, Map.of("COLUMNS", "100")));
  }
}
