package dev.admincvq.tlc;

import dev.admincvq.model.TlaValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Encodes values into the tagged JDK form {@link RunDecoder#valueOf} decodes, to send them into a
 * run.
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
      return tag("#bigint", i.value().toString());
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

  private static Map<String, Object> tag(String tag, Object content) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(tag, content);
    return m;
  }
}
