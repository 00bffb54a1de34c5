package dev.admincvq.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The events a trace may hold and the fields each must carry, as {@code reference/TRACE-MAPPING.md}
 * lists them ("Events and their fields"): the actions of {@code AdminCvqActors}. Fields beyond
 * these (such as {@code DeviceProcess}'s {@code why}) are ignored.
 */
final class EventSchema {
  private EventSchema() {}

  /** The JSON type a field must have. */
  enum Kind {
    INT("an integer"),
    STRING("a string"),
    BOOL("a boolean"),
    INTS("an array of integers"),
    /** {@code arg}: a MAC (integer) or a trust flag (boolean). */
    INT_OR_BOOL("an integer or a boolean");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    String description() {
      return description;
    }

    boolean accepts(JsonNode v) {
      return switch (this) {
        case INT -> v.canConvertToInt() && v.isIntegralNumber();
        case STRING -> v.isTextual();
        case BOOL -> v.isBoolean();
        case INTS -> {
          if (!v.isArray()) {
            yield false;
          }
          for (JsonNode e : v) {
            if (!(e.isIntegralNumber() && e.canConvertToInt())) {
              yield false;
            }
          }
          yield true;
        }
        case INT_OR_BOOL -> (v.isIntegralNumber() && v.canConvertToInt()) || v.isBoolean();
      };
    }
  }

  /** One required field. */
  record Field(String name, Kind kind) {}

  private static final Map<String, List<Field>> EVENTS =
      Map.ofEntries(
          Map.entry(
              "DriverSubmitAdmin",
              List.of(f("c", Kind.INT), f("t", Kind.INT), f("op", Kind.STRING), f("arg", Kind.INT_OR_BOOL), f("pos", Kind.INT), f("wgen", Kind.INT))),
          Map.entry("DriverCollect", List.of(f("c", Kind.INT), f("t", Kind.INT), f("ack", Kind.STRING), f("ignored", Kind.BOOL))),
          Map.entry("DriverSriovDisable", List.of(f("flushed", Kind.INTS), f("ignored", Kind.INTS))),
          Map.entry("DriverSriovEnable", List.of(f("n", Kind.INT), f("gen", Kind.INTS))),
          Map.entry("DriverLearnVfReset", List.of(f("v", Kind.INT), f("g", Kind.INT), f("news", Kind.BOOL), f("ignored", Kind.INTS))),
          Map.entry("VfDriverSubmit", List.of(f("c", Kind.INT), f("v", Kind.INT), f("arg", Kind.INT))),
          Map.entry("VfDriverReset", List.of(f("v", Kind.INT), f("flushed", Kind.INTS))),
          Map.entry("DeviceFetch", List.of(f("c", Kind.INT))),
          Map.entry("DeviceProcess", List.of(f("c", Kind.INT), f("t", Kind.INT), f("ack", Kind.STRING), f("applied", Kind.BOOL))),
          Map.entry("DeviceProcessVf", List.of(f("v", Kind.INT), f("c", Kind.INT), f("ack", Kind.STRING))),
          Map.entry("DeviceVfNeedsReset", List.of(f("v", Kind.INT))));

  /** The header's fields ({@code seq 0}, {@code action "Init"}): the constants, by the spec's names. */
  static final List<Field> HEADER =
      List.of(
          f("MaxVFs", Kind.INT),
          f("DriverSync", Kind.STRING),
          f("DeviceCheck", Kind.STRING),
          f("InOrder", Kind.BOOL),
          f("NeedsResetDestroys", Kind.BOOL),
          f("VfResetKeepsConfig", Kind.BOOL),
          f("NumVFsFixed", Kind.BOOL),
          f("ResetNotice", Kind.STRING));

  /** The required fields of {@code action}, or empty if it is no spec action. */
  static Optional<List<Field>> fieldsOf(String action) {
    List<Field> fields = EVENTS.get(action);
    return fields == null ? Optional.empty() : Optional.of(fields);
  }

  /** The spec actions, sorted (for error messages). */
  static List<String> actions() {
    return EVENTS.keySet().stream().map(String::valueOf).sorted().toList();
  }

  private static Field f(String name, Kind kind) {
    return new Field(name, kind);
  }
}
