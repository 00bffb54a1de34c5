package dev.admincvq.tlc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TLC's tool-mode output ({@code -tool}): every message framed as {@code @!@!@STARTMSG
 * code:class @!@!@ ... @!@!@ENDMSG code @!@!@}, the protocol TLC offers tools such as the Toolbox.
 * The code and class are structured; the text between is TLC's message, used here only to explain
 * an error.
 */
final class ToolMessages {
  /** TLC's message classes ({@code tlc2.output.MP}). */
  static final int ERROR = 1;

  static final int TLC_BUG = 2;

  private static final Pattern FRAME =
      Pattern.compile(
          "@!@!@STARTMSG (\\d+):(\\d+) @!@!@\\R(.*?)@!@!@ENDMSG \\1 @!@!@", Pattern.DOTALL);

  private ToolMessages() {}

  /** One framed message. */
  record Message(int code, int severity, String text) {
    boolean isError() {
      return severity == ERROR || severity == TLC_BUG;
    }
  }

  /**
   * The messages of {@code output} in order. A message framed inside another (TLC reports the
   * configuration error that made it throw inside its "unexpected exception" message) follows the
   * outer one, whose text keeps only what lies outside the inner frame.
   */
  static List<Message> parse(String output) {
    List<Message> messages = new ArrayList<>();
    Matcher m = FRAME.matcher(output);
    while (m.find()) {
      String text = group(m, 3);
      messages.add(
          new Message(
              Integer.parseInt(group(m, 1)),
              Integer.parseInt(group(m, 2)),
              unframed(text).strip()));
      messages.addAll(parse(text));
    }
    return List.copyOf(messages);
  }

  /** The text outside any frame: SANY's own reports (parse and semantic errors). */
  static String unframed(String output) {
    return FRAME.matcher(output).replaceAll("");
  }

  private static String group(Matcher m, int n) {
    String g = m.group(n);
    return g == null ? "" : g;
  }
}
