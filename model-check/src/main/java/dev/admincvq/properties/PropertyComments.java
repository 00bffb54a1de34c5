package dev.admincvq.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The properties of a TLA+ module and the statements their comments quote.
 *
 * <p>The properties section is the one that follows the definition of {@code Spec} (sections are
 * separated by {@code ----} rules), as the project's style puts them: "{@code Init}, actions,
 * {@code Next}, {@code Spec}, then invariants and properties, then {@code THEOREM}s". A property is
 * a definition there without parameters; a definition with parameters (such as {@code Settled(t)})
 * is a helper, and the comment above a helper belongs to the property defined after it. A citation
 * is a text in double quotes of at least three words.
 */
public final class PropertyComments {
  private PropertyComments() {}

  private static final Pattern RULE = Pattern.compile("^-{4,}.*|^={4,}.*");
  private static final Pattern DEFINITION =
      Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)\\s*(\\([^)]*\\))?\\s*==");
  private static final Pattern QUOTE = Pattern.compile("\"([^\"]+)\"");
  private static final Pattern SECTION_AFTER =
      Pattern.compile("^\\s*[,(]?\\s*\\(?\\s*(DOMAIN\\.md section [0-9A-Za-z]+)");
  private static final Pattern NORMATIVE =
      Pattern.compile("\\b(MUST|SHOULD|MAY|SHALL|REQUIRED)\\b");

  /**
   * The properties of {@code module} (the text of a {@code .tla} file), in the order defined.
   *
   * @throws IllegalArgumentException if the module defines no {@code Spec} or has no section after
   *     it
   */
  public static List<SpecProperty> parse(String module) {
    List<String> lines = module.lines().toList();
    int spec = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).matches("^Spec\\s*==.*")) {
        spec = i;
        break;
      }
    }
    if (spec < 0) {
      throw new IllegalArgumentException("the module defines no Spec");
    }
    int start = spec + 1;
    while (start < lines.size() && !RULE.matcher(lines.get(start)).matches()) {
      start++;
    }
    if (start >= lines.size() || lines.get(start).startsWith("=")) {
      throw new IllegalArgumentException("no properties section (a ---- rule) after Spec");
    }
    List<SpecProperty> out = new ArrayList<>();
    StringBuilder comment = new StringBuilder();
    boolean inComment = false;
    for (int i = start + 1; i < lines.size() && !RULE.matcher(lines.get(i)).matches(); i++) {
      String line = lines.get(i);
      String stripped = line.strip();
      if (stripped.startsWith("(*") || stripped.startsWith("\\*")) {
        if (!inComment) {
          comment.setLength(0);
          inComment = true;
        }
        comment.append(' ').append(commentText(stripped));
        continue;
      }
      inComment = false;
      Matcher d = DEFINITION.matcher(line);
      if (d.find() && d.group(2) == null) {
        String text = comment.toString().replaceAll("\\s+", " ").strip();
        out.add(new SpecProperty(group(d, 1), i + 1, text, citations(text)));
        comment.setLength(0);
      }
    }
    return List.copyOf(out);
  }

  private static String commentText(String line) {
    String s = line;
    if (s.startsWith("\\*")) {
      return s.substring(2);
    }
    s = s.substring(2);
    if (s.endsWith("*)")) {
      s = s.substring(0, s.length() - 2);
    }
    return s;
  }

  /** The statements {@code comment} quotes, each with its source. */
  static List<Citation> citations(String comment) {
    List<Citation> out = new ArrayList<>();
    Matcher q = QUOTE.matcher(comment);
    while (q.find()) {
      String text = group(q, 1).replaceAll("\\s+", " ").strip();
      if (text.split(" ").length < 3) {
        continue;
      }
      String before =
          comment.substring(Math.max(0, q.start() - 40), q.start()).toLowerCase(Locale.ROOT);
      Matcher section = SECTION_AFTER.matcher(comment.substring(q.end()));
      String named =
          before.matches("(?s).*virtio-net:\\s*$")
              ? "virtio-net spec"
              : before.matches("(?s).*virtio 1\\.\\d+\\W*$")
                  ? "virtio 1.x spec"
                  : before.matches("(?s).*\\blinux\\b[^.]*$")
                      ? "Linux"
                      : before.matches("(?s).*\\bthread\\b[^.]*$") ? "the thread" : "";
      String source;
      if (section.find()) {
        source = named.isEmpty() ? group(section, 1) : named + ", " + group(section, 1);
      } else if (!named.isEmpty()) {
        source = named;
      } else if (NORMATIVE.matcher(text).find()) {
        source = "normative spec text";
      } else {
        source = "the thread";
      }
      out.add(new Citation(text, source));
    }
    return List.copyOf(out);
  }

  private static String group(Matcher m, int group) {
    String g = m.group(group);
    return g == null ? "" : g;
  }
}
