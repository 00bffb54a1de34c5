package dev.admincvq.reference.v1.trace;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;

/** The JSON values a trace field can hold. */
@Immutable
public sealed interface JsonValue {

  /** Appends this value as JSON. */
  void appendTo(StringBuilder out);

  /**
   * A JSON integer.
   *
   * @param value the number
   */
  @Immutable
  record Num(long value) implements JsonValue {
    @Override
    public void appendTo(StringBuilder out) {
      out.append(value);
    }
  }

  /**
   * A JSON string.
   *
   * @param value the text, escaped on output
   */
  @Immutable
  record Str(String value) implements JsonValue {
    @Override
    public void appendTo(StringBuilder out) {
      out.append('"');
      for (int i = 0; i < value.length(); i++) {
        char ch = value.charAt(i);
        switch (ch) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          default -> {
            if (ch < 0x20) {
              out.append(String.format("\\u%04x", (int) ch));
            } else {
              out.append(ch);
            }
          }
        }
      }
      out.append('"');
    }
  }

  /**
   * A JSON boolean.
   *
   * @param value the truth value
   */
  @Immutable
  record Bool(boolean value) implements JsonValue {
    @Override
    public void appendTo(StringBuilder out) {
      out.append(value);
    }
  }

  /**
   * A JSON array.
   *
   * @param elements the elements in order
   */
  @Immutable
  record Arr(ImmutableList<JsonValue> elements) implements JsonValue {
    @Override
    public void appendTo(StringBuilder out) {
      out.append('[');
      for (int i = 0; i < elements.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        elements.get(i).appendTo(out);
      }
      out.append(']');
    }
  }
}
