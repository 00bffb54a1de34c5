package dev.admincvq.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Java source file read just enough to tell where a word is used: its code without comments, and
 * its methods with their bodies and whether they are tests.
 */
record JavaSource(String className, String code, List<Method> methods) {
  JavaSource {
    methods = List.copyOf(methods);
  }

  /**
   * A method: its name, its body's span in {@link #code}, and whether it is annotated as a test.
   */
  record Method(String name, int bodyStart, int bodyEnd, boolean isTest) {}

  private static final Pattern HEADER =
      Pattern.compile(
          "([A-Za-z_][A-Za-z0-9_]*)\\s*\\((?:[^(){};]++|\\([^(){};]*+\\))*+\\)\\s*(throws\\s+[\\w.,\\s]+)?\\{");
  private static final Pattern TEST_ANNOTATION =
      Pattern.compile("@(Test|TestFactory|ParameterizedTest|RepeatedTest|Property)\\b");
  private static final List<String> NOT_METHODS =
      List.of(
          "if",
          "for",
          "while",
          "switch",
          "catch",
          "synchronized",
          "try",
          "return",
          "new",
          "else",
          "do");

  static JavaSource parse(String className, String source) {
    String code = blank(source, false);
    String structure = blank(source, true);
    List<Method> methods = new ArrayList<>();
    Matcher m = HEADER.matcher(structure);
    while (m.find()) {
      String name = String.valueOf(m.group(1));
      if (NOT_METHODS.contains(name)) {
        continue;
      }
      int open = m.end() - 1;
      int close = matching(structure, open);
      int from =
          Math.max(
              Math.max(
                  structure.lastIndexOf(';', m.start()), structure.lastIndexOf('}', m.start())),
              structure.lastIndexOf('{', m.start()));
      boolean test = TEST_ANNOTATION.matcher(structure.substring(from + 1, m.start())).find();
      methods.add(new Method(name, open, close, test));
    }
    return new JavaSource(className, code, methods);
  }

  /** Whether the code (not its comments) uses {@code word} as a whole word. */
  boolean uses(String word) {
    return Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(code).find();
  }

  /** The test methods whose bodies use {@code word}, innermost method per use. */
  List<String> testsUsing(String word) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(code);
    while (m.find()) {
      Optional<Method> in =
          methods.stream()
              .filter(x -> x.bodyStart() < m.start() && m.start() < x.bodyEnd())
              .reduce((a, b) -> b.bodyStart() > a.bodyStart() ? b : a);
      if (in.isPresent() && in.get().isTest() && !out.contains(in.get().name())) {
        out.add(in.get().name());
      }
    }
    return List.copyOf(out);
  }

  private static int matching(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return s.length();
  }

  /**
   * {@code source} with comments (and, if {@code strings}, the contents of string, text-block and
   * character literals) replaced by spaces, line breaks kept: positions stay the same.
   */
  static String blank(String source, boolean strings) {
    StringBuilder out = new StringBuilder(source);
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        i = fill(out, i, end < 0 ? n : end);
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        i = fill(out, i, end < 0 ? n : end + 2);
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        int stop = end < 0 ? n : end + 3;
        i = strings ? fill(out, i + 3, stop - 3) + 3 : stop;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        int stop = Math.min(j, n);
        i = strings ? fill(out, i + 1, stop) + 1 : stop + 1;
      } else {
        i++;
      }
    }
    return out.toString();
  }

  private static int fill(StringBuilder out, int from, int to) {
    for (int k = from; k < to; k++) {
      if (out.charAt(k) != '\n') {
        out.setCharAt(k, ' ');
      }
    }
    return to;
  }
}
