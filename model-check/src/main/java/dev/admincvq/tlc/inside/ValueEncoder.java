package dev.admincvq.tlc.inside;

import dev.admincvq.tlc.answer.Binding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
 * TLC's values in the tagged form of {@link Binding}. One encoder serves the states of one run, and
 * gives each distinct value one tagged object, its parts shared too: the states of a run differ in
 * a few variables and their values in a few parts, so the answer, and the states decoded from it,
 * hold each part once (the graph of a review's largest model, 280,716 states, took more than 2 GiB
 * in its run with a tagged object per TLC value object).
 *
 * <p>A value is looked up first by identity among the TLC value objects encoded lately (the states
 * of a step share the objects of the variables it leaves unchanged; TLC's values in a state are
 * never changed), then by its tagged form among every distinct one. The identity lookup is
 * forgotten every {@link #RECENT} values, so that it does not keep the run's TLC values alive.
 */
final class ValueEncoder {
  /** How many TLC value objects the identity lookup remembers before it is forgotten. */
  static final int RECENT = 1 << 16;

  private final IdentityHashMap<IValue, Object> recent = new IdentityHashMap<>();
  private final Map<Object, Object> distinct = new HashMap<>();
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
      Object tagged = value == null ? tagged("#opaque", "null") : encode(value);
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

  /** {@code value} in the tagged form, its one object in this encoder. */
  Object encode(IValue value) {
    Object known = recent.get(value);
    if (known != null) {
      return known;
    }
    Object tagged = convert(value, this::encode);
    Object shared = distinct.putIfAbsent(tagged, tagged);
    if (shared == null) {
      shared = tagged;
    }
    if (recent.size() >= RECENT) {
      recent.clear();
    }
    recent.put(value, shared);
    return shared;
  }

  /** Converts a TLC value to the tagged form, on its own (nothing shared). */
  static Object valueOf(IValue value) {
    return convert(value, ValueEncoder::valueOf);
  }

  /** Converts a TLC value to the tagged form, its parts by {@code part}. */
  private static Object convert(IValue value, Function<IValue, Object> part) {
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
        fields.add(List.of(rec.names[i].toString(), part.apply(rec.values[i])));
      }
      return tagged("#rec", fields);
    }
    if (value instanceof TupleValue tuple) {
      List<Object> elems = new ArrayList<>();
      for (Value v : tuple.elems) {
        elems.add(part.apply(v));
      }
      return tagged("#seq", elems);
    }
    if (value instanceof Value v) {
      return structured(v, part);
    }
    return tagged("#opaque", String.valueOf(value));
  }

  private static Object structured(Value value, Function<IValue, Object> part) {
    try {
      Value tuple = value.toTuple();
      if (tuple instanceof TupleValue && !(value instanceof Enumerable)) {
        return convert(tuple, part);
      }
      Value rec = value.toRcd();
      if (rec instanceof RecordValue && !(value instanceof Enumerable)) {
        return convert(rec, part);
      }
      Value fcn = value.toFcnRcd();
      if (fcn instanceof FcnRcdValue f) {
        List<Object> pairs = new ArrayList<>();
        for (int i = 0; i < f.values.length; i++) {
          Value key = f.domain != null ? f.domain[i] : IntValue.gen(f.intv.low + i);
          pairs.add(List.of(part.apply(key), part.apply(f.values[i])));
        }
        return tagged("#map", pairs);
      }
      Value set = value.toSetEnum();
      if (set instanceof Enumerable) {
        List<Object> elems = new ArrayList<>();
        Enumerable e = (Enumerable) set.normalize();
        ValueEnumeration en = e.elements(Enumerable.Ordering.NORMALIZED);
        for (Value v = en.nextElement(); v != null; v = en.nextElement()) {
          elems.add(part.apply(v));
        }
        return tagged("#set", elems);
      }
    } catch (RuntimeException notEnumerable) {
      return tagged("#opaque", value.toString());
    }
    return tagged("#opaque", value.toString());
  }
}
