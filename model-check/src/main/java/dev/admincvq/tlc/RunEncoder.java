package dev.admincvq.tlc;

import dev.admincvq.model.TlaValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Encodes values into the tagged JDK form {@link RunDecoder#valueOf} decodes, to send them into a
 * run. An integer that fits an {@code int} (every id, index and MAC of a trace) goes as an {@link
 * Integer}, not as {@code {"#bigint": "n"}}: writing a {@link java.math.BigInteger} in decimal
 * divides even a small value, and with the map of one entry around it was a fifth of a trace
 * validation's samples (a Java Flight Recorder profile of {@code validate} on 400 long traces).
 */
final class RunEncoder {
  private RunEncoder() {}

  static Object tagged(TlaValue value) {
    if (value instanceof TlaValue.Bool b) {
      return b.value();
    }
    if (value instanceof TlaValue.Str s) {
      return s.value();
    }
    if (value instanceof TlaValue.Int i) {
      return i.value().bitLength() < Integer.SIZE
          ? Integer.valueOf(i.value().intValue())
          : tag("#bigint", i.value().toString());
    }
    if (value instanceof TlaValue.ModelValue m) {
      return tag("#modelValue", m.name());
    }
    if (value instanceof TlaValue.SetOf s) {
      return tag("#set", all(s.elements()));
    }
    if (value instanceof TlaValue.Seq s) {
      return tag("#seq", all(s.elements()));
    }
    if (value instanceof TlaValue.Rec r) {
      List<Object> fields = new ArrayList<>();
      for (TlaValue.Rec.Field f : r.fields()) {
        fields.add(List.of(f.name(), tagged(f.value())));
      }
      return tag("#rec", fields);
    }
    if (value instanceof TlaValue.Fcn f) {
      List<Object> pairs = new ArrayList<>();
      for (TlaValue.Fcn.Pair p : f.pairs()) {
        pairs.add(List.of(tagged(p.key()), tagged(p.value())));
      }
      return tag("#map", pairs);
    }
    return tag("#opaque", value.toString());
  }

  private static List<Object> all(List<TlaValue> values) {
    List<Object> out = new ArrayList<>();
    for (TlaValue v : values) {
      out.add(tagged(v));
    }
    return out;
  }

  /** One tagged value: an immutable map of one entry (no hash table to allocate and grow). */
  private static Map<String, Object> tag(String tag, Object content) {
    return Map.of(tag, content);
  }
}
