package dev.admincvq.conform;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;

/**
 * The constants a model's configuration assigns ({@code NAME = value}, the value as TLA+ text), read
 * as the options of a reference implementation: one reading for the models of both specs.
 */
final class Assigned {
  private Assigned() {}

  /** The text assigned to {@code name}; fails when the model assigns it nothing. */
  static String required(Map<String, String> assigned, String name) {
    String v = assigned.get(name);
    if (v == null) {
      throw new IllegalArgumentException("the model does not assign " + name + " a value (NAME = value)");
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
  static <E> E option(E[] values, Function<E, String> specName, Map<String, String> assigned, String name) {
    String v = required(assigned, name);
    return Arrays.stream(values)
        .filter(e -> specName.apply(e).equals(v))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(name + " = \"" + v + "\" is not a value the spec allows"));
  }
}
