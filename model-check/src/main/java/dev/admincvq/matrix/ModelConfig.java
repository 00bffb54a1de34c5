package dev.admincvq.matrix;

import dev.admincvq.tlc.ConfigKeywords;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TLC model configuration ({@code .cfg}) as sections: each keyword ({@code CONSTANTS}, {@code
 * INVARIANTS}, ...) with the text up to the next keyword. Enough to list the properties a model
 * checks and to derive a configuration that checks one of them only.
 */
public record ModelConfig(String text, List<Section> sections) {
  public ModelConfig {
    sections = List.copyOf(sections);
  }

  /** One keyword and its text, with its place in the file. */
  public record Section(String keyword, int start, int end, List<String> words) {
    public Section {
      words = List.copyOf(words);
    }
  }

  private static final Set<String> KEYWORDS = ConfigKeywords.sectionKeywords();
  private static final Pattern TOKEN =
      Pattern.compile(
          "\\\\\\*[^\\n]*|\\(\\*.*?\\*\\)|\"(?:[^\"\\\\]|\\\\.)*\"|[^\\s]+", Pattern.DOTALL);

  public static ModelConfig parse(String text) {
    List<Section> sections = new ArrayList<>();
    String keyword = null;
    int start = 0;
    List<String> words = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String token = m.group();
      if (token.startsWith("\\*") || token.startsWith("(*")) {
        continue;
      }
      if (KEYWORDS.contains(token)) {
        if (keyword != null) {
          sections.add(new Section(keyword, start, m.start(), words));
        }
        keyword = token;
        start = m.start();
        words = new ArrayList<>();
      } else if (keyword != null) {
        words.add(token);
      }
    }
    if (keyword != null) {
      sections.add(new Section(keyword, start, text.length(), words));
    }
    return new ModelConfig(text, sections);
  }

  /** The invariants the configuration checks, in order. */
  public List<String> invariants() {
    return wordsOf("INVARIANT", "INVARIANTS");
  }

  /** The properties (temporal or action) the configuration checks, in order. */
  public List<String> properties() {
    return wordsOf("PROPERTY", "PROPERTIES");
  }

  private List<String> wordsOf(String one, String many) {
    List<String> out = new ArrayList<>();
    for (Section s : sections) {
      if (s.keyword().equals(one) || s.keyword().equals(many)) {
        out.addAll(s.words());
      }
    }
    return List.copyOf(out);
  }

  /**
   * The same configuration checking only {@code name}: as an invariant if it is one of this
   * configuration's invariants, else as a property.
   */
  public String checkingOnly(String name) {
    return withoutChecks()
        + (invariants().contains(name) ? "INVARIANT " : "PROPERTY ")
        + name
        + "\n";
  }

  /**
   * The configuration without its {@code INVARIANT(S)} and {@code PROPERTY/PROPERTIES} sections
   * (the behaviours only), ending with a newline unless empty.
   */
  public String withoutChecks() {
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (Section s : sections) {
      if (s.keyword().startsWith("INVARIANT") || s.keyword().startsWith("PROPERT")) {
        out.append(text, from, s.start());
        from = s.end();
      }
    }
    out.append(text.substring(from));
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
    return out.toString();
  }
}
