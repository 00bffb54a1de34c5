package dev.admincvq.tlc;

import dev.admincvq.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keywords of a model configuration ({@code .cfg}) as the TLC this program runs (2.18) reads
 * them, checked before a run: a keyword of a newer TLC that only shapes how a trace is printed
 * ({@code ALIAS}) is skipped with a warning, blanked out of the copy TLC reads (its lines kept, so
 * every line number TLC gives is the file's); a word where a keyword must stand that TLC 2.18 does
 * not know ({@code POSTCONDITION}, a misspelt {@code NEXTT}) is one {@link Problem} naming it, the
 * file and its line.
 *
 * @param unknown the first word in a keyword's place that TLC 2.18 does not know, if any
 * @param skipped the sections skipped, in order
 * @param forTlc the text TLC reads: the file with the skipped sections blanked out
 */
public record ConfigKeywords(Optional<Problem> unknown, List<Skipped> skipped, String forTlc) {
  public ConfigKeywords {
    skipped = List.copyOf(skipped);
  }

  /**
   * A section left out of the copy TLC reads.
   *
   * @param keyword its keyword
   * @param line its 1-based line in the file
   * @param why why leaving it out changes no verdict
   */
  public record Skipped(String keyword, int line, String why) {
    /** One line for the user: {@code file:line: KEYWORD skipped: why}. */
    public String warning(Path config) {
      return config + ":" + line + ": " + keyword + " skipped: " + why;
    }
  }

  /** TLC 2.18's keywords ({@code tlc2.tool.impl.ModelConfig}). */
  private static final Set<String> KNOWN =
      Set.of(
          "CONSTANT",
          "CONSTANTS",
          "INIT",
          "NEXT",
          "SPECIFICATION",
          "INVARIANT",
          "INVARIANTS",
          "PROPERTY",
          "PROPERTIES",
          "CONSTRAINT",
          "CONSTRAINTS",
          "ACTION_CONSTRAINT",
          "ACTION_CONSTRAINTS",
          "SYMMETRY",
          "VIEW",
          "CHECK_DEADLOCK",
          "TYPE",
          "TYPE_CONSTRAINT");

  /** Keywords of newer TLC versions that only shape what is printed: skipped, with why. */
  private static final Map<String, String> SKIPPED =
      Map.of(
          "ALIAS",
          "it only shapes how TLC prints a trace, and TLC 2.18 has no ALIAS; the check proceeds without it");

  /** Keywords of newer TLC versions that change what is checked: an error, since 2.18 cannot. */
  private static final Set<String> NEWER = Set.of("POSTCONDITION", "_PERIODIC");

  /** Sections that take exactly one word; the word after it must be a keyword. */
  private static final Set<String> ONE_WORD =
      Set.of(
          "INIT",
          "NEXT",
          "SPECIFICATION",
          "SYMMETRY",
          "VIEW",
          "CHECK_DEADLOCK",
          "TYPE",
          "TYPE_CONSTRAINT",
          "ALIAS",
          "POSTCONDITION");

  private static final Pattern TOKEN =
      Pattern.compile(
          "\\\\\\*[^\\n]*|\\(\\*.*?\\*\\)|\"(?:[^\"\\\\]|\\\\.)*\"|[^\\s]+", Pattern.DOTALL);

  /** Reads and checks {@code config}; an unreadable file is left for the run to report. */
  public static ConfigKeywords of(Path config) {
    try {
      return scan(config, Files.readString(config, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) { // not UTF-8, unreadable: TLC says what is wrong
      return new ConfigKeywords(Optional.empty(), List.of(), "");
    }
  }

  /** Checks {@code text}, the content of {@code config}. */
  public static ConfigKeywords scan(Path config, String text) {
    List<Skipped> skipped = new ArrayList<>();
    StringBuilder forTlc = new StringBuilder(text);
    Matcher m = TOKEN.matcher(text);
    boolean keywordNext = true; // the file starts with a keyword
    int wordsLeft = -1; // words the current section still takes; -1: any number
    int blankFrom = -1; // where the section being skipped starts
    while (m.find()) {
      String token = m.group();
      if (token.startsWith("\\*") || token.startsWith("(*")) {
        continue;
      }
      boolean known = KNOWN.contains(token);
      boolean skip = SKIPPED.containsKey(token);
      if (known || skip || NEWER.contains(token)) {
        if (blankFrom >= 0) {
          blank(forTlc, blankFrom, m.start());
          blankFrom = -1;
        }
        if (NEWER.contains(token)) {
          return unknown(
              config,
              text,
              m.start(),
              token + " is a keyword of newer TLC versions; TLC 2.18 cannot check it");
        }
        if (skip) {
          skipped.add(new Skipped(token, line(text, m.start()), SKIPPED.getOrDefault(token, "")));
          blankFrom = m.start();
        }
        keywordNext = false;
        wordsLeft = ONE_WORD.contains(token) ? 1 : -1;
        continue;
      }
      if (keywordNext) {
        return unknown(
            config,
            text,
            m.start(),
            "unknown keyword " + token + " (TLC 2.18 knows " + String.join(", ", sorted()) + ")");
      }
      if (wordsLeft > 0 && --wordsLeft == 0) {
        keywordNext = true;
      }
    }
    if (blankFrom >= 0) {
      blank(forTlc, blankFrom, text.length());
    }
    return new ConfigKeywords(Optional.empty(), skipped, forTlc.toString());
  }

  /**
   * Every word that starts a section of a configuration for some TLC version: TLC 2.18's keywords,
   * those it lacks and this project skips ({@code ALIAS}), and newer ones it reports ({@code
   * POSTCONDITION}).
   */
  public static Set<String> sectionKeywords() {
    Set<String> all = new HashSet<>(KNOWN);
    all.addAll(SKIPPED.keySet());
    all.addAll(NEWER);
    return Set.copyOf(all);
  }

  private static List<String> sorted() {
    return KNOWN.stream().sorted().toList();
  }

  private static ConfigKeywords unknown(Path config, String text, int at, String message) {
    int line = line(text, at);
    int lineStart = text.lastIndexOf('\n', at - 1) + 1;
    return new ConfigKeywords(
        Optional.of(new Problem(config.toString(), line, at - lineStart + 1, message)),
        List.of(),
        text);
  }

  /** Replaces {@code [from, to)} by spaces, line breaks kept. */
  private static void blank(StringBuilder text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != '\n' && text.charAt(i) != '\r') {
        text.setCharAt(i, ' ');
      }
    }
  }

  private static int line(String text, int at) {
    int line = 1;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
