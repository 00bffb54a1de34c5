package dev.admincvq.validate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.admincvq.model.TextFile;
import dev.admincvq.model.TlaValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an NDJSON trace file of a {@link TraceSpec}: a header line ({@code
 * {"seq":0,"action":"Init","MaxVFs":..,"DriverSync":..,...}}, the constants of the spec by their
 * names), then one event per line, {@code seq} counting up from 1, each naming a spec action and
 * carrying that action's fields ({@link EventSchema}). Anything else is a {@link
 * TraceFormatException} naming file, line and column: text that is not UTF-8 (a binary file), a
 * line that is not exactly one JSON object (trailing text after it, a key given twice), a negative
 * number, an integer constant of the header above {@link #MAX_VFS}, a command id beyond the trace's
 * number of events. The bounds keep a malformed file from reaching TLC, whose model grows with
 * {@code MaxVFs} and {@code CmdId}.
 */
public final class TraceReader {
  /**
   * The largest integer constant ({@code MaxVFs}, {@code NumAq}) a header may name: far above any
   * traced run's.
   */
  public static final int MAX_VFS = 256;

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private TraceReader() {}

  /**
   * Reads one trace file of {@code AdminCvqActors}.
   *
   * @throws TraceFormatException if it is not a trace
   * @throws TextFile.Unreadable if it is missing, cannot be read or is not UTF-8 text
   */
  public static LoggedTrace read(Path file) {
    return read(file, TraceSpec.ACTORS);
  }

  /**
   * Reads one trace file of {@code spec}.
   *
   * @throws TraceFormatException if it is not a trace of it
   * @throws TextFile.Unreadable if it is missing, cannot be read or is not UTF-8 text
   */
  public static LoggedTrace read(Path file, TraceSpec spec) {
    return parse(file, TextFile.read(file).lines().toList(), spec);
  }

  /** Reads the lines of a trace file of {@code AdminCvqActors} (named {@code file} in errors). */
  public static LoggedTrace parse(Path file, List<String> lines) {
    return parse(file, lines, TraceSpec.ACTORS);
  }

  /** Reads the lines of a trace file of {@code spec} (named {@code file} in errors). */
  public static LoggedTrace parse(Path file, List<String> lines, TraceSpec spec) {
    EventSchema schema = spec.schema();
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      throw new TraceFormatException(
          file, 1, 1, "empty trace: expected the header line {\"seq\":0,\"action\":\"Init\",...}");
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
        throw new TraceFormatException(
            file, line, 1, "seq " + seq + " out of order: expected " + (events.size() + 1));
      }
      String action = requiredAction(file, line, node);
      List<EventSchema.Field> fields =
          schema
              .fieldsOf(action)
              .orElseThrow(
                  () ->
                      new TraceFormatException(
                          file,
                          line,
                          1,
                          "unknown event \"" + action + "\": expected one of " + schema.actions()));
      JsonNode c = node.get("c");
      if (c != null && c.isIntegralNumber() && c.longValue() > seq) {
        throw new TraceFormatException(
            file,
            line,
            1,
            "command id c = "
                + c
                + " at seq "
                + seq
                + ": ids count submissions from 1, so no event names a command submitted after it");
      }
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
   * of an array) one the field allows, an integer at least 1 (a bound: {@code MaxVFs}, {@code
   * NumAq}).
   */
  private static TlaValue.Rec constants(Path file, JsonNode header, EventSchema schema) {
    if (requiredSeq(file, 1, header) != 0 || !"Init".equals(requiredAction(file, 1, header))) {
      throw new TraceFormatException(
          file, 1, 1, "the first line must be the header {\"seq\":0,\"action\":\"Init\",...}");
    }
    List<TlaValue.Rec.Field> out = new ArrayList<>();
    for (EventSchema.Field f : schema.header()) {
      check(file, 1, header, "Init", f);
      JsonNode v = header.get(f.name());
      if (f.kind() == EventSchema.Kind.INT && (v.longValue() < 1 || v.longValue() > MAX_VFS)) {
        throw new TraceFormatException(
            file, 1, 1, f.name() + " must be 1 to " + MAX_VFS + ", got " + v);
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
              file,
              1,
              1,
              f.name()
                  + " \""
                  + x.textValue()
                  + "\" is not one of "
                  + String.join(", ", f.allowed()));
        }
      }
      TlaValue value = valueOf(v);
      out.add(
          new TlaValue.Rec.Field(
              f.name(),
              value instanceof TlaValue.Seq seq ? new TlaValue.SetOf(seq.elements()) : value));
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

  private static void check(
      Path file, int line, JsonNode node, String action, EventSchema.Field f) {
    JsonNode v = node.get(f.name());
    if (v == null) {
      throw new TraceFormatException(
          file,
          line,
          1,
          action + " event without field \"" + f.name() + "\" (" + f.kind().description() + ")");
    }
    if (!f.kind().accepts(v)) {
      throw new TraceFormatException(
          file,
          line,
          1,
          action + " field \"" + f.name() + "\" must be " + f.kind().description() + ", got " + v);
    }
    boolean negative = v.isIntegralNumber() ? v.longValue() < 0 : v.isArray() && anyNegative(v);
    if (negative) {
      throw new TraceFormatException(
          file,
          line,
          1,
          action
              + " field \""
              + f.name()
              + "\" must not be negative (ids, positions, generations and MACs count from 0), got "
              + v);
    }
  }

  private static boolean anyNegative(JsonNode array) {
    for (JsonNode e : array) {
      if (e.isIntegralNumber() && e.longValue() < 0) {
        return true;
      }
    }
    return false;
  }

  private static TlaValue.Rec record(
      Path file, int line, JsonNode node, String action, List<EventSchema.Field> fields) {
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
