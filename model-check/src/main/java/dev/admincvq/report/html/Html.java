package dev.admincvq.report.html;

/** Escaping of text for HTML element content and attribute values. */
public final class Html {
  private Html() {}

  /**
   * {@code text} with {@code & < > " '} replaced by character references, safe both as element
   * content and inside a quoted attribute value.
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
