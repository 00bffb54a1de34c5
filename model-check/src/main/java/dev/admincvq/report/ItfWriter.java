package dev.admincvq.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.admincvq.model.CheckResult;
import dev.admincvq.model.State;
import dev.admincvq.model.Step;
import dev.admincvq.model.TlaValue;
import dev.admincvq.model.Trace;

/**
 * A counterexample in the Informal Trace Format (ITF) of Apalache and Quint: {@code vars}, one
 * object per state, and {@code loop} for a lasso. Integers are {@code {"#bigint": "n"}}, sets
 * {@code {"#set": [..]}}, functions that are not sequences or records {@code {"#map": [[k, v],
 * ..]}}, sequences JSON arrays, records JSON objects, model values {@code {"#unserializable":
 * name}}. Each state's {@code #meta} also names the action that led to it.
 */
public final class ItfWriter {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ItfWriter() {}

  public static ObjectNode toItf(CheckResult result, Trace trace) {
    ObjectNode root = JSON.objectNode();
    ObjectNode meta = root.putObject("#meta");
    meta.put("format", "ITF");
    meta.put("format-description", "https://apalache-mc.org/docs/adr/015adr-trace.html");
    meta.put("source", String.valueOf(result.spec()));
    meta.put("config", String.valueOf(result.config()));
    meta.put(
        "description",
        "TLC counterexample: "
            + result.verdict()
            + result.violated().map(v -> " of " + v).orElse(""));
    ArrayNode vars = root.putArray("vars");
    if (!trace.steps().isEmpty()) {
      for (State.Binding b : trace.steps().get(0).state().bindings()) {
        vars.add(b.variable());
      }
    }
    ArrayNode states = root.putArray("states");
    for (Step step : trace.steps()) {
      ObjectNode state = states.addObject();
      ObjectNode stateMeta = state.putObject("#meta");
      stateMeta.put("index", step.number() - 1);
      stateMeta.put("action", step.action());
      if (!step.parameters().isEmpty()) {
        ObjectNode params = stateMeta.putObject("parameters");
        for (State.Binding p : step.parameters()) {
          params.set(p.variable(), value(p.value()));
        }
      }
      for (State.Binding b : step.state().bindings()) {
        state.set(b.variable(), value(b.value()));
      }
    }
    if (trace.loopsBackTo().isPresent()) {
      root.put("loop", trace.loopsBackTo().getAsInt() - 1);
    } else if (trace.stutters()) {
      root.put("loop", trace.length() - 1);
    }
    return root;
  }

  public static String write(CheckResult result, Trace trace) {
    try {
      return new ObjectMapper()
          .writerWithDefaultPrettyPrinter()
          .writeValueAsString(toItf(result, trace));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot render ITF", e);
    }
  }

  static JsonNode value(TlaValue v) {
    if (v instanceof TlaValue.Bool b) {
      return JSON.booleanNode(b.value());
    } else if (v instanceof TlaValue.Int i) {
      return JSON.objectNode().put("#bigint", i.value().toString());
    } else if (v instanceof TlaValue.Str s) {
      return JSON.textNode(s.value());
    } else if (v instanceof TlaValue.ModelValue m) {
      return JSON.objectNode().put("#unserializable", m.name());
    } else if (v instanceof TlaValue.SetOf s) {
      ObjectNode set = JSON.objectNode();
      ArrayNode elems = set.putArray("#set");
      s.elements().forEach(e -> elems.add(value(e)));
      return set;
    } else if (v instanceof TlaValue.Seq s) {
      ArrayNode seq = JSON.arrayNode();
      s.elements().forEach(e -> seq.add(value(e)));
      return seq;
    } else if (v instanceof TlaValue.Rec r) {
      ObjectNode rec = JSON.objectNode();
      r.fields().forEach(f -> rec.set(f.name(), value(f.value())));
      return rec;
    } else if (v instanceof TlaValue.Fcn f) {
      ObjectNode map = JSON.objectNode();
      ArrayNode pairs = map.putArray("#map");
      f.pairs().forEach(p -> pairs.addArray().add(value(p.key())).add(value(p.value())));
      return map;
    } else {
      return JSON.objectNode().put("#unserializable", v.toString());
    }
  }
}
