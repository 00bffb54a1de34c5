package dev.admincvq.review;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.admincvq.model.Difference;
import dev.admincvq.model.State;
import dev.admincvq.model.Step;
import dev.admincvq.model.Trace;
import java.util.List;
import java.util.Optional;

/**
 * A review as one JSON object. Field names are stable: {@code base, head, exitCode, runs, reused,
 * seconds, bounds, models[]}; each model {@code model, onBase, onHead, changed, properties[]
 * (property, change, base, head: {verdict, traceLength, trace, message}), constants[] (name, base,
 * head), comparison} with {@code projection (shared, baseOnly, headOnly), stateSpace, headAllows,
 * baseAllows} (a behaviour: {@code allowedBy, refusedBy, steps[] (number, action, parameters,
 * changes[] (path, before, after)), parting (line, noSuchStep, otherSide[] (path, allowed: the
 * allowing side's value, refused: the nearest value the other side reaches))}), {@code
 * baseOnlyActions, headOnlyActions}. TLA+ values are their TLA+ text.
 */
public final class ReviewJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ReviewJson() {}

  public static ObjectNode of(ReviewReport r) {
    ObjectNode o = JSON.objectNode();
    o.put("base", r.base());
    o.put("head", r.head());
    o.put("exitCode", r.exitCode());
    o.put("runs", r.runs());
    o.put("reused", r.reused());
    o.put("seconds", r.took().toMillis() / 1000.0);
    o.put("bounds", ReviewReport.BOUNDS);
    ArrayNode models = o.putArray("models");
    for (ModelReview m : r.models()) {
      model(m, models.addObject());
    }
    return o;
  }

  private static void model(ModelReview m, ObjectNode o) {
    o.put("model", m.name());
    o.put("onBase", m.onBase());
    o.put("onHead", m.onHead());
    o.put("changed", m.changed());
    ArrayNode properties = o.putArray("properties");
    for (PropertyRow p : m.properties()) {
      ObjectNode row = properties.addObject();
      row.put("property", p.property());
      row.put("change", p.change().name().toLowerCase(java.util.Locale.ROOT));
      outcome(p.base(), row, "base");
      outcome(p.head(), row, "head");
    }
    ArrayNode constants = o.putArray("constants");
    for (ConstantChange c : m.constants()) {
      ObjectNode n = constants.addObject();
      n.put("name", c.name());
      text(n, "base", c.base());
      text(n, "head", c.head());
    }
    if (m.comparison().isEmpty()) {
      o.putNull("comparison");
      return;
    }
    Comparison c = m.comparison().get();
    ObjectNode cmp = o.putObject("comparison");
    ObjectNode projection = cmp.putObject("projection");
    strings(projection.putArray("shared"), c.projection().shared());
    strings(projection.putArray("baseOnly"), c.projection().baseOnly());
    strings(projection.putArray("headOnly"), c.projection().headOnly());
    StateSpace s = c.stateSpace();
    ObjectNode space = cmp.putObject("stateSpace");
    space.put("baseStates", s.baseStates());
    space.put("headStates", s.headStates());
    space.put("baseDepth", s.baseDepth());
    space.put("headDepth", s.headDepth());
    space.put("baseProjected", s.baseProjected());
    space.put("headProjected", s.headProjected());
    space.put("baseOnly", s.baseOnly());
    space.put("headOnly", s.headOnly());
    space.put("truncated", s.truncated());
    behaviour(cmp, "headAllows", c.headAllows());
    behaviour(cmp, "baseAllows", c.baseAllows());
    strings(cmp.putArray("baseOnlyActions"), c.baseOnlyActions());
    strings(cmp.putArray("headOnlyActions"), c.headOnlyActions());
  }

  private static void outcome(Optional<Outcome> outcome, ObjectNode row, String field) {
    if (outcome.isEmpty()) {
      row.putNull(field);
      return;
    }
    Outcome x = outcome.get();
    ObjectNode o = row.putObject(field);
    o.put("verdict", x.kind().word());
    o.put("traceLength", x.traceLength());
    if (x.trace().isPresent()) {
      trace(x.trace().get(), o.putArray("trace"));
    } else {
      o.putNull("trace");
    }
    text(o, "message", x.message());
  }

  private static void trace(Trace t, ArrayNode steps) {
    for (Step step : t.steps()) {
      ObjectNode s = steps.addObject();
      s.put("action", step.action());
      bindings(s.putObject("parameters"), step.parameters());
      bindings(s.putObject("state"), step.state().bindings());
    }
  }

  private static void behaviour(ObjectNode cmp, String field, Optional<Behaviour> behaviour) {
    if (behaviour.isEmpty()) {
      cmp.putNull(field);
      return;
    }
    Behaviour b = behaviour.get();
    ObjectNode o = cmp.putObject(field);
    o.put("allowedBy", b.allowedBy());
    o.put("refusedBy", b.refusedBy());
    ArrayNode steps = o.putArray("steps");
    for (Behaviour.Step s : b.steps()) {
      ObjectNode n = steps.addObject();
      n.put("number", s.number());
      n.put("action", s.action());
      bindings(n.putObject("parameters"), s.parameters());
      differences(n.putArray("changes"), s.changes());
    }
    ObjectNode parting = o.putObject("parting");
    parting.put("line", b.partingLine());
    parting.put("noSuchStep", b.parting().noSuchStep());
    ArrayNode other = parting.putArray("otherSide");
    for (Difference d : b.parting().otherSide()) {
      ObjectNode n = other.addObject();
      n.put("path", d.path());
      n.put("allowed", d.leftText());
      n.put("refused", d.rightText());
    }
  }

  private static void differences(ArrayNode out, List<Difference> ds) {
    for (Difference d : ds) {
      ObjectNode n = out.addObject();
      n.put("path", d.path());
      n.put("before", d.leftText());
      n.put("after", d.rightText());
    }
  }

  private static void bindings(ObjectNode o, List<State.Binding> bs) {
    for (State.Binding b : bs) {
      o.put(b.variable(), b.value().toString());
    }
  }

  private static void strings(ArrayNode a, List<String> values) {
    values.forEach(a::add);
  }

  private static void text(ObjectNode o, String field, Optional<String> value) {
    if (value.isPresent()) {
      o.put(field, value.get());
    } else {
      o.putNull(field);
    }
  }
}
