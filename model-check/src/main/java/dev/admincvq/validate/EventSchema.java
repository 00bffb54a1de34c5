package dev.admincvq.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The events a trace may hold and the fields each must carry, as {@code reference/TRACE-MAPPING-v1.md}
 * lists them ("Events and their fields"). Fields beyond these are ignored.
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
    INT_OR_BOOL("an integer or a boolean"),
    /** {@code drvMac}: a MAC of the abstraction (integer) or any other (its string). */
    INT_OR_STRING("an integer or a string");

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
        case INT_OR_STRING -> (v.isIntegralNumber() && v.canConvertToInt()) || v.isTextual();
      };
    }
  }

  /** One required field. */
  record Field(String name, Kind kind) {}

  private static final Map<String, List<Field>> EVENTS =
      Map.of(
          "DriverSubmitAdmin",
          List.of(f("c", Kind.INT), f("t", Kind.INT), f("op", Kind.STRING), f("arg", Kind.INT_OR_BOOL), f("inc", Kind.INT)),
          "DriverSubmitVf",
          List.of(f("c", Kind.INT), f("v", Kind.INT), f("op", Kind.STRING), f("arg", Kind.INT), f("inc", Kind.INT)),
          "DeviceFetch",
          List.of(f("c", Kind.INT)),
          "DeviceProcess",
          List.of(f("c", Kind.INT), f("t", Kind.INT), f("status", Kind.STRING), f("gone", Kind.BOOL), f("applied", Kind.BOOL), f("onInc", Kind.INT)),
          "DeviceProcessVf",
          List.of(f("v", Kind.INT), f("c", Kind.INT), f("status", Kind.STRING), f("gone", Kind.BOOL), f("applied", Kind.BOOL)),
          "DriverCollect",
          List.of(f("c", Kind.INT), f("t", Kind.INT), f("chan", Kind.STRING), f("status", Kind.STRING), f("preBarrier", Kind.BOOL), f("drvMac", Kind.INT_OR_STRING)),
          "SriovDisable",
          List.of(f("flushed", Kind.INTS), f("preBarrier", Kind.INTS)),
          "SriovEnable",
          List.of(f("inc", Kind.INTS)),
          "VfNeedsReset",
          List.of(f("v", Kind.INT)),
          "DriverResetVf",
          List.of(f("v", Kind.INT), f("inc", Kind.INT), f("flushed", Kind.INTS), f("preBarrier", Kind.INTS)));

  /** The header's fields ({@code seq 0}, {@code action "Init"}). */
  static final List<Field> HEADER =
      List.of(f("numVfs", Kind.INT), f("driverSync", Kind.STRING), f("deviceCheck", Kind.STRING), f("inOrder", Kind.BOOL));

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
