package dev.admincvq.properties;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The definitions of a TLA+ module as its text lays them out, each with the comment that governs
 * it: for an operator (or an {@code ASSUME} name), the last block of comment lines above it in its
 * section (sections are separated by {@code ----} rules; one block may govern several definitions
 * in a row, as it does {@code UsedOps}, {@code SriovRuleApplies} and {@code DeviceValidates}) and
 * the comments inside its body; for a constant or a variable, the {@code \*} note after its name in
 * the {@code CONSTANTS} or {@code VARIABLES} block.
 *
 * @param definitions each name, in module order
 */
public record SpecDefinitions(Map<String, Definition> definitions) {
  public SpecDefinitions {
    definitions = Collections.unmodifiableMap(new LinkedHashMap<>(definitions));
  }

  /**
   * One definition.
   *
   * @param name its name ({@code DeviceValidates}, {@code MaxVFs})
   * @param line the 1-based line of its name
   * @param comment its comment's words, comment markers left out and white space collapsed
   */
  public record Definition(String name, int line, String comment) {}

  private static final Pattern DEFINITION =
      Pattern.compile("^(?:ASSUME\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*(\\([^)]*\\))?\\s*==");
  private static final Pattern DECLARED =
      Pattern.compile("^ {4}([A-Za-z_][A-Za-z0-9_]*),?\\s*(\\\\\\*.*)?$");
  private static final Pattern RULE = Pattern.compile("^(-{4,}|={4,}).*");
  private static final Pattern BOXED = Pattern.compile("\\(\\*(.*?)\\*\\)");

  /** The definitions of {@code module}, the text of a {@code .tla} file. */
  public static SpecDefinitions scan(String module) {
    Map<String, Definition> out = new LinkedHashMap<>();
    Map<String, StringBuilder> comments = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    StringBuilder block = new StringBuilder();
    boolean inBlock = false;
    boolean declaring = false;
    @Nullable String current = null;
    List<String> text = module.lines().toList();
    for (int i = 0; i < text.size(); i++) {
      String line = text.get(i);
      if (RULE.matcher(line).matches()) {
        block = new StringBuilder();
        current = null;
        declaring = false;
        continue;
      }
      if (line.startsWith("CONSTANTS") || line.startsWith("VARIABLES")) {
        declaring = true;
        current = null;
        continue;
      }
      if (declaring) {
        if (line.isBlank() || !line.startsWith(" ")) {
          declaring = false;
        } else {
          Matcher d = DECLARED.matcher(line);
          if (d.matches()) {
            current = group(d, 1);
            comments.put(current, new StringBuilder());
            lines.put(current, i + 1);
          }
          if (current != null) {
            comments.getOrDefault(current, new StringBuilder()).append(' ').append(commentOf(line));
          }
          continue;
        }
      }
      if (line.startsWith("(*") || line.startsWith("\\*")) {
        if (!inBlock) {
          block = new StringBuilder();
          inBlock = true;
        }
        block.append(' ').append(commentOf(line));
        current = null;
        continue;
      }
      inBlock = false;
      Matcher d = DEFINITION.matcher(line);
      if (d.find()) {
        current = group(d, 1);
        comments.put(current, new StringBuilder(block).append(' ').append(commentOf(line)));
        lines.put(current, i + 1);
      } else if (current != null && !line.isBlank()) {
        comments.getOrDefault(current, new StringBuilder()).append(' ').append(commentOf(line));
      }
    }
    comments.forEach(
        (name, c) ->
            out.put(
                name, new Definition(name, lines.getOrDefault(name, 0), normalized(c.toString()))));
    return new SpecDefinitions(out);
  }

  /** The definition named {@code name}, if the module has one. */
  public Optional<Definition> get(String name) {
    return Optional.ofNullable(definitions.get(name));
  }

  /** White space collapsed to single blanks, ends trimmed. */
  static String normalized(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /** The comment text of one line: what its {@code (* ... *)} boxes or its {@code \*} note hold. */
  private static String commentOf(String line) {
    List<String> parts = new ArrayList<>();
    Matcher m = BOXED.matcher(line);
    while (m.find()) {
      parts.add(group(m, 1));
    }
    if (parts.isEmpty()) {
      int note = line.indexOf("\\*");
      if (note >= 0) {
        parts.add(line.substring(note + 2));
      }
    }
    return String.join(" ", parts);
  }

  private static String group(Matcher m, int group) {
    String g = m.group(group);
    return g == null ? "" : g;
  }
}
