package dev.admincvq.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.admincvq.model.TlaValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an NDJSON trace file of a {@link TraceSpec}: a header line ({@code
 * {"seq":0,"action":"Init","MaxVFs":..,"DriverSync":..,...}}, the constants of the spec by their
 * names), then one event per line, {@code seq} counting up from 1, each naming a spec action and
 * carrying that action's fields ({@link EventSchema}). Anything else is a {@link TraceFormatException} naming file, line
 * and column.
 */
public final class TraceReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TraceReader() {}

  /**
   * Reads one trace file of {@code AdminCvqActors}.
   *
   * @throws TraceFormatException if it is not a trace
   * @throws UncheckedIOException if it cannot be read
   */
  public static LoggedTrace read(Path file) {
    return read(file, TraceSpec.ACTORS);
  }

  /**
   * Reads one trace file of {@code spec}.
   *
   * @throws TraceFormatException if it is not a trace of it
   * @throws UncheckedIOException if it cannot be read
   */
  public static LoggedTrace read(Path file, TraceSpec spec) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return parse(file, lines, spec);
  }

  /** Reads the lines of a trace file of {@code AdminCvqActors} (named {@code file} in errors). */
  public static LoggedTrace parse(Path file, List<String> lines) {
    return parse(file, lines, TraceSpec.ACTORS);
  }

  /** Reads the lines of a trace file of {@code spec} (named {@code file} in errors). */
  public static LoggedTrace parse(Path file, List<String> lines, TraceSpec spec) {
    EventSchema schema = spec.schema();
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      throw new TraceFormatException(file, 1, 1, "empty trace: expected the header line {\"seq\":0,\"action\":\"Init\",...}");
    }
    JsonNode header = object(file, 1, lines.get(0));
    TlaValue.Rec constants = constants(file, header, schema);
    List<LoggedEvent> events = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String text = lines.get(i);
      int line = i + 1;
      if (text.isBlank()) {
        if (lines.subList(i, lines.size()).stream().allMatch(String::isBlank)) {
          break;
        }
        throw new TraceFormatException(file, line, 1, "blank line inside the trace");
      }
      JsonNode node = object(file, line, text);
      long seq = requiredSeq(file, line, node);
      if (seq != events.size() + 1) {
        throw new TraceFormatException(file, line, 1, "seq " + seq + " out of order: expected " + (events.size() + 1));
      }
      String action = requiredAction(file, line, node);
      List<EventSchema.Field> fields =
          schema.fieldsOf(action)
              .orElseThrow(
                  () ->
                      new TraceFormatException(
                          file, line, 1, "unknown event \"" + action + "\": expected one of " + schema.actions()));
      events.add(new LoggedEvent(line, action, record(file, line, node, action, fields), text));
    }
    return new LoggedTrace(file, spec, constants, events);
  }

  private static JsonNode object(Path file, int line, String text) {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      int column = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
      throw new TraceFormatException(file, line, column, "not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new TraceFormatException(file, line, 1, "not a JSON object");
    }
    return node;
  }

  /**
   * The header's constants: each field of the schema's header of its type, a string (or each string
   * of an array) one the field allows, an integer at least 1 (a bound: {@code MaxVFs}, {@code NumAq}).
   */
  private static TlaValue.Rec constants(Path file, JsonNode header, EventSchema schema) {
    if (requiredSeq(file, 1, header) != 0 || !"Init".equals(requiredAction(file, 1, header))) {
      throw new TraceFormatException(file, 1, 1, "the first line must be the header {\"seq\":0,\"action\":\"Init\",...}");
    }
    List<TlaValue.Rec.Field> out = new ArrayList<>();
    for (EventSchema.Field f : schema.header()) {
      check(file, 1, header, "Init", f);
      JsonNode v = header.get(f.name());
      if (f.kind() == EventSchema.Kind.INT && v.intValue() < 1) {
        throw new TraceFormatException(file, 1, 1, f.name() + " must be at least 1, got " + v);
      }
      List<JsonNode> strings = new ArrayList<>();
      if (v.isTextual()) {
        strings.add(v);
      } else if (v.isArray()) {
        v.forEach(strings::add);
      }
      for (JsonNode x : strings) {
        if (x.isTextual() && !f.allowed().isEmpty() && !f.allowed().contains(x.textValue())) {
          throw new TraceFormatException(
              file, 1, 1, f.name() + " \"" + x.textValue() + "\" is not one of " + String.join(", ", f.allowed()));
        }
      }
      TlaValue value = valueOf(v);
      out.add(new TlaValue.Rec.Field(f.name(), value instanceof TlaValue.Seq seq ? new TlaValue.SetOf(seq.elements()) : value));
    }
    return new TlaValue.Rec(out);
  }

  private static long requiredSeq(Path file, int line, JsonNode node) {
    JsonNode seq = node.get("seq");
    if (seq == null || !seq.isIntegralNumber()) {
      throw new TraceFormatException(file, line, 1, "missing field \"seq\" (an integer)");
    }
    return seq.longValue();
  }

  private static String requiredAction(Path file, int line, JsonNode node) {
    JsonNode action = node.get("action");
    if (action == null || !action.isTextual()) {
      throw new TraceFormatException(file, line, 1, "missing field \"action\" (a string)");
    }
    return action.textValue();
  }

  private static void check(Path file, int line, JsonNode node, String action, EventSchema.Field f) {
    JsonNode v = node.get(f.name());
    if (v == null) {
      throw new TraceFormatException(file, line, 1, action + " event without field \"" + f.name() + "\" (" + f.kind().description() + ")");
    }
    if (!f.kind().accepts(v)) {
      throw new TraceFormatException(
          file, line, 1, action + " field \"" + f.name() + "\" must be " + f.kind().description() + ", got " + v);
    }
  }

  private static TlaValue.Rec record(Path file, int line, JsonNode node, String action, List<EventSchema.Field> fields) {
    List<TlaValue.Rec.Field> out = new ArrayList<>();
    out.add(new TlaValue.Rec.Field("action", new TlaValue.Str(action)));
    for (EventSchema.Field f : fields) {
      check(file, line, node, action, f);
      out.add(new TlaValue.Rec.Field(f.name(), valueOf(node.get(f.name()))));
    }
    return new TlaValue.Rec(out);
  }

  private static TlaValue valueOf(JsonNode v) {
    if (v.isBoolean()) {
      return new TlaValue.Bool(v.booleanValue());
    }
    if (v.isTextual()) {
      return new TlaValue.Str(v.textValue());
    }
    if (v.isArray()) {
      List<TlaValue> elems = new ArrayList<>();
      v.forEach(e -> elems.add(valueOf(e)));
      return new TlaValue.Seq(elems);
    }
    return TlaValue.Int.of(v.longValue());
  }

}
