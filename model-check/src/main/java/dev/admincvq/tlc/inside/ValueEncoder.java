package dev.admincvq.tlc.inside;

import dev.admincvq.tlc.answer.Binding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;
import tla2sany.semantic.OpDeclNode;
import tlc2.tool.TLCState;
import tlc2.value.IValue;
import tlc2.value.impl.BoolValue;
import tlc2.value.impl.Enumerable;
import tlc2.value.impl.FcnRcdValue;
import tlc2.value.impl.IntValue;
import tlc2.value.impl.ModelValue;
import tlc2.value.impl.RecordValue;
import tlc2.value.impl.StringValue;
import tlc2.value.impl.TupleValue;
import tlc2.value.impl.Value;
import tlc2.value.impl.ValueEnumeration;

/**
 * TLC's values in the tagged form of {@link Binding}. One encoder serves the states of one run:
 * they share the value objects of the variables a step leaves unchanged, and share their encoding
 * (an identity cache: TLC's values in a state are never changed), so that the answer, and the
 * states decoded from it, are a fraction of their size.
 */
final class ValueEncoder {
  private final IdentityHashMap<IValue, Object> encoded = new IdentityHashMap<>();
  private @Nullable List<OpDeclNode> order;

  /** The state's variables in the order the spec declares them (by source position). */
  List<Binding> bindingsOf(TLCState state) {
    List<OpDeclNode> vars = order;
    if (vars == null) {
      vars = declarationOrder(state);
      order = vars;
    }
    List<Binding> bindings = new ArrayList<>(vars.size());
    for (OpDeclNode var : vars) {
      IValue value = state.lookup(var.getName());
      Object tagged =
          value == null
              ? tagged("#opaque", "null")
              : encoded.computeIfAbsent(value, ValueEncoder::valueOf);
      bindings.add(new Binding(var.getName().toString(), tagged));
    }
    return bindings;
  }

  /**
   * Variables in the order the modules declare them (SANY's and TLC's arrays of variables are not
   * in that order): by module, line, column.
   */
  static final Comparator<OpDeclNode> DECLARATION_ORDER =
      Comparator.comparing((OpDeclNode v) -> v.getLocation().source())
          .thenComparingInt(v -> v.getLocation().beginLine())
          .thenComparingInt(v -> v.getLocation().beginColumn());

  private static List<OpDeclNode> declarationOrder(TLCState state) {
    List<OpDeclNode> vars = new ArrayList<>(List.of(state.getVars()));
    vars.sort(DECLARATION_ORDER);
    return vars;
  }

  private static Map<String, Object> tagged(String tag, Object content) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(tag, content);
    return m;
  }

  /** Converts a TLC value to the tagged form. */
  static Object valueOf(IValue value) {
    if (value instanceof BoolValue b) {
      return b.val;
    }
    if (value instanceof IntValue i) {
      return tagged("#bigint", Integer.toString(i.val));
    }
    if (value instanceof StringValue str) {
      return str.getVal().toString();
    }
    if (value instanceof ModelValue mv) {
      return tagged("#modelValue", mv.val.toString());
    }
    if (value instanceof RecordValue rec) {
      List<Object> fields = new ArrayList<>();
      for (int i = 0; i < rec.names.length; i++) {
        fields.add(List.of(rec.names[i].toString(), valueOf(rec.values[i])));
      }
      return tagged("#rec", fields);
    }
    if (value instanceof TupleValue tuple) {
      List<Object> elems = new ArrayList<>();
      for (Value v : tuple.elems) {
        elems.add(valueOf(v));
      }
      return tagged("#seq", elems);
    }
    if (value instanceof Value v) {
      return structured(v);
    }
    return tagged("#opaque", String.valueOf(value));
  }

  private static Object structured(Value value) {
    try {
      Value tuple = value.toTuple();
      if (tuple instanceof TupleValue && !(value instanceof Enumerable)) {
        return valueOf(tuple);
      }
      Value rec = value.toRcd();
      if (rec instanceof RecordValue && !(value instanceof Enumerable)) {
        return valueOf(rec);
      }
      Value fcn = value.toFcnRcd();
      if (fcn instanceof FcnRcdValue f) {
        List<Object> pairs = new ArrayList<>();
        for (int i = 0; i < f.values.length; i++) {
          Value key = f.domain != null ? f.domain[i] : IntValue.gen(f.intv.low + i);
          pairs.add(List.of(valueOf(key), valueOf(f.values[i])));
        }
        return tagged("#map", pairs);
      }
      Value set = value.toSetEnum();
      if (set instanceof Enumerable) {
        List<Object> elems = new ArrayList<>();
        Enumerable e = (Enumerable) set.normalize();
        ValueEnumeration en = e.elements(Enumerable.Ordering.NORMALIZED);
        for (Value v = en.nextElement(); v != null; v = en.nextElement()) {
          elems.add(valueOf(v));
        }
        return tagged("#set", elems);
      }
    } catch (RuntimeException notEnumerable) {
      return tagged("#opaque", value.toString());
    }
    return tagged("#opaque", value.toString());
  }
}
