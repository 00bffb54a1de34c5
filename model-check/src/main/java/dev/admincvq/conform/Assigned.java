package dev.admincvq.conform;

import dev.admincvq.matrix.ModelConfig;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The constants a model's configuration assigns ({@code NAME = value}, the value as TLA+ text),
 * read as the options of a reference implementation: one reading for the models of both specs.
 */
final class Assigned {
  private Assigned() {}

  /**
   * The constants the configuration {@code configText} assigns, {@code NAME = value} or {@code NAME
   * <- definition}, by name; a string value without its quotes.
   */
  static Map<String, String> in(String configText) {
    Map<String, String> assigned = new HashMap<>();
    for (ModelConfig.Section s : ModelConfig.parse(configText).sections()) {
      if (!s.keyword().startsWith("CONSTANT")) {
        continue;
      }
      List<String> w = s.words();
      for (int i = 0; i + 2 < w.size(); i++) {
        if (w.get(i + 1).equals("=") || w.get(i + 1).equals("<-")) {
          assigned.put(w.get(i), unquote(w.get(i + 2)));
        }
      }
    }
    return assigned;
  }

  private static String unquote(String word) {
    return word.length() >= 2 && word.startsWith("\"") && word.endsWith("\"")
        ? word.substring(1, word.length() - 1)
        : word;
  }

  /** The text assigned to {@code name}; fails when the model assigns it nothing. */
  static String required(Map<String, String> assigned, String name) {
    String v = assigned.get(name);
    if (v == null) {
      throw new IllegalArgumentException(
          "the model does not assign " + name + " a value (NAME = value)");
    }
    return v;
  }

  /** {@code name}'s value, {@code TRUE} or {@code FALSE}. */
  static boolean bool(Map<String, String> assigned, String name) {
    String v = required(assigned, name);
    if (!v.equals("TRUE") && !v.equals("FALSE")) {
      throw new IllegalArgumentException(name + " = " + v + " is not TRUE or FALSE");
    }
    return v.equals("TRUE");
  }

  /** The one of {@code values} whose spec name ({@code specName}) is {@code name}'s value. */
  static <E> E option(
      E[] values, Function<E, String> specName, Map<String, String> assigned, String name) {
    String v = required(assigned, name);
    return Arrays.stream(values)
        .filter(e -> specName.apply(e).equals(v))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    name + " = \"" + v + "\" is not a value the spec allows"));
  }
}
