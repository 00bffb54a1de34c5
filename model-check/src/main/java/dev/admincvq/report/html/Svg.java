package dev.admincvq.report.html;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SVG image to be placed inline in an HTML page: one {@code <svg>} element, without an XML
 * declaration, processing instructions or scripts. The markup is trusted (it comes from a renderer,
 * not from a spec), so it is checked for shape only.
 *
 * @param markup the {@code <svg ...>...</svg>} element
 */
public record Svg(String markup) {
  public Svg {
    String m = markup.strip();
    if (!m.startsWith("<svg") || !m.endsWith("</svg>")) {
      throw new IllegalArgumentException("not a single <svg> element");
    }
    String lower = m.toLowerCase(Locale.ROOT);
    if (lower.contains("<script") || lower.contains("<?") || lower.contains("<!doctype")) {
      throw new IllegalArgumentException(
          "an inline <svg> may hold no script, processing instruction or doctype");
    }
    markup = m;
  }

  /**
   * The SVG element of a renderer's output: what comes before {@code <svg} (an XML declaration, a
   * doctype) and any processing instruction are dropped.
   */
  public static Svg of(String rendered) {
    int start = rendered.indexOf("<svg");
    if (start < 0) {
      throw new IllegalArgumentException("no <svg> element");
    }
    return new Svg(rendered.substring(start).replaceAll("<\\?[^>]*\\?>", ""));
  }

  /** The image's width in px, from the root element's {@code viewBox}, if it has one. */
  public OptionalDouble width() {
    Matcher m = VIEW_BOX.matcher(markup.substring(0, markup.indexOf('>') + 1));
    return m.find()
        ? OptionalDouble.of(Double.parseDouble(String.valueOf(m.group(1))))
        : OptionalDouble.empty();
  }

  private static final Pattern VIEW_BOX =
      Pattern.compile("viewBox=\"[-0-9.]+ [-0-9.]+ ([0-9]+(?:\\.[0-9]+)?) [0-9.]+\"");

  /** As a standalone {@code .svg} file (with the XML declaration a file should have). */
  public String asFile() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n" + markup + "\n";
  }
}
