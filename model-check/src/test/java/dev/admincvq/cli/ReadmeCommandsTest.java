package dev.admincvq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command the README shows: each {@code ./admincvq} line of its fenced blocks, and each
 * inline {@code `./admincvq ...`}, names a command that exists, and every option it names is in
 * that command's {@code --help}. A line that can run as written runs, unless it takes minutes (then
 * the reason is stated in {@link #TAKES_MINUTES} and its {@code --help} stands for it).
 */
class ReadmeCommandsTest {
  private static final Path README =
      Path.of(System.getProperty("admincvq.root", "..")).resolve("README.md");

  /**
   * Command lines of the README that run for minutes, with why; a cheap equivalent is run instead.
   */
  private static final Map<String, String> TAKES_MINUTES =
      Map.of(
          "./admincvq matrix",
          "checks all 190 models (minutes on two cores); ReadmeAnswerTest compares its grids with the README's");

  private static final Pattern INLINE = Pattern.compile("`(\\./admincvq [^`]+)`");
  private static final Pattern WORD = Pattern.compile("\\S+");
  private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z-]*");

  /** The {@code ./admincvq} lines of the README's fenced blocks, comments cut off. */
  static List<String> fencedCommands() throws IOException {
    List<String> out = new ArrayList<>();
    boolean fenced = false;
    for (String line : Files.readAllLines(README, StandardCharsets.UTF_8)) {
      if (line.startsWith("```")) {
        fenced = !fenced;
      } else if (fenced && line.startsWith("./admincvq ")) {
        out.add(line.replaceFirst("\\s+#.*$", "").strip());
      }
    }
    return out;
  }

  /** Every command line the README shows, fenced or inline. */
  static Stream<String> allCommands() throws IOException {
    Set<String> all = new LinkedHashSet<>(fencedCommands());
    Matcher m = INLINE.matcher(Files.readString(README, StandardCharsets.UTF_8));
    while (m.find()) {
      all.add(String.valueOf(m.group(1)).strip());
    }
    // `./admincvq COMMAND --help` names no command: a placeholder
    return all.stream().filter(l -> !words(l).get(1).matches("[A-Z]+"));
  }

  private static List<String> words(String line) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(line);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Test
  void theReadmeShowsCommandsInFencedBlocks() throws IOException {
    assertTrue(
        fencedCommands().size() >= 14,
        fencedCommands().toString()); // the synopsis and the two commands
  }

  @ParameterizedTest
  @MethodSource("allCommands")
  void everyOptionTheReadmeNamesIsInThatCommandsHelp(String line) {
    String command = words(line).get(1);
    CliRun help = CliRun.of(command, "--help");
    assertEquals(0, help.exit(), line + ": " + help.err());
    Matcher m = OPTION.matcher(line);
    while (m.find()) {
      String option = m.group();
      assertTrue(
          Pattern.compile("(?<![\\w-])" + Pattern.quote(option) + "(?![\\w-])")
              .matcher(help.out())
              .find(),
          line + ": " + option + " is not in '" + command + " --help'");
    }
  }

  /**
   * The lines that run as written (no placeholder, no optional part): each either runs here and
   * exits 0, or is one of {@link #TAKES_MINUTES}, whose {@code --help} exits 0.
   */
  @Test
  void everyRunnableCommandRunsOrIsSkippedForAStatedReason() throws IOException {
    List<String> ran = new ArrayList<>();
    for (String line : fencedCommands()) {
      if (line.contains("[") || line.matches(".*\\b[A-Z]{2,}\\b.*")) {
        continue; // a synopsis: its options are checked above
      }
      String[] args = words(line).subList(1, words(line).size()).toArray(String[]::new);
      if (TAKES_MINUTES.containsKey(line)) {
        assertFalse(TAKES_MINUTES.get(line).isBlank());
        assertEquals(0, CliRun.of(args[0], "--help").exit(), line);
      } else {
        CliRun r = CliRun.of(args);
        assertEquals(0, r.exit(), line + ": " + r.err());
      }
      ran.add(line);
    }
    assertTrue(ran.contains("./admincvq matrix"), ran.toString());
  }
}
