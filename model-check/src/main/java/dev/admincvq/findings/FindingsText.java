package dev.admincvq.findings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/** Shown findings as JSON, or as Markdown fit to paste into a virtio-comment mail. */
public final class FindingsText {
  private FindingsText() {}

  /**
   * A JSON array, one object per finding: {@code id}, {@code kind}, {@code section}, {@code quote}
   * (the statements, verbatim), {@code readings}, {@code model} and {@code violated} (null for a
   * defect no behaviour shows), {@code trace} (the steps of the counterexample, the first being the
   * initial state, each with {@code action}, {@code parameters} and {@code changes}) and {@code
   * proposal}.
   */
  public static String json(List<ShownFinding> shown) {
    ObjectMapper mapper = new ObjectMapper();
    ArrayNode array = mapper.createArrayNode();
    for (ShownFinding s : shown) {
      Finding f = s.finding();
      ObjectNode o = array.addObject();
      o.put("id", f.id());
      o.put("kind", f.kind());
      o.put("section", f.section());
      ArrayNode quote = o.putArray("quote");
      f.quote().forEach(quote::add);
      ArrayNode readings = o.putArray("readings");
      for (Reading r : f.readings()) {
        readings
            .addObject()
            .put("constant", r.constant())
            .put("value", r.value())
            .put("meaning", r.meaning())
            .put("model", r.model());
      }
      nullable(o, "model", f.model());
      nullable(o, "violated", s.violated());
      ArrayNode trace = o.putArray("trace");
      for (TraceStep step : s.trace()) {
        ObjectNode n = trace.addObject();
        n.put("step", step.number());
        n.put("action", step.action());
        ObjectNode parameters = n.putObject("parameters");
        step.parameters().forEach(p -> parameters.put(p.name(), p.value()));
        ArrayNode changes = n.putArray("changes");
        step.changes()
            .forEach(c -> changes.addObject().put("variable", c.name()).put("value", c.value()));
      }
      o.put("proposal", f.proposal());
    }
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void nullable(ObjectNode o, String field, Optional<String> value) {
    if (value.isPresent()) {
      o.put(field, value.get());
    } else {
      o.putNull(field);
    }
  }

  /**
   * Markdown, one section per finding: the section of the text, the text quoted, the readings, what
   * can happen as a numbered sequence of steps (the counterexample after its initial state, each
   * step with what it changed) and the proposed text.
   */
  public static String markdown(List<ShownFinding> shown) {
    StringBuilder out = new StringBuilder();
    for (ShownFinding s : shown) {
      if (out.length() > 0) {
        out.append('\n');
      }
      Finding f = s.finding();
      out.append("## ").append(f.id()).append(" (").append(f.kind()).append(")\n\n");
      out.append("Section: ").append(f.section()).append("\n\n");
      out.append("The text:\n\n");
      for (int i = 0; i < f.quote().size(); i++) {
        out.append(i == 0 ? "" : ">\n").append("> ").append(f.quote().get(i)).append('\n');
      }
      out.append('\n');
      if (!f.readings().isEmpty()) {
        out.append("It reads more than one way:\n\n");
        for (Reading r : f.readings()) {
          out.append("- `")
              .append(r.constant())
              .append(" = \"")
              .append(r.value())
              .append("\"`: ")
              .append(r.meaning())
              .append(" (model `")
              .append(r.model())
              .append("`)\n");
        }
        out.append('\n');
      }
      whatCanHappen(s, out);
      out.append("Proposed text:\n\n> ").append(f.proposal()).append('\n');
    }
    return out.toString();
  }

  private static void whatCanHappen(ShownFinding s, StringBuilder out) {
    Finding f = s.finding();
    if (f.model().isEmpty()) {
      out.append("What can happen: no behaviour shows it; it is a defect of the text itself.\n\n");
      return;
    }
    out.append("What can happen (TLC's shortest counterexample of model `")
        .append(f.model().get())
        .append("`, from its initial state):\n\n");
    List<TraceStep> steps = s.trace();
    for (int i = 1; i < steps.size(); i++) {
      TraceStep step = steps.get(i);
      out.append(i).append(". `").append(step.call()).append("`\n");
      if (step.changes().isEmpty()) {
        out.append("   - (no change)\n");
      }
      for (TraceStep.Value c : step.changes()) {
        out.append("   - `").append(c.name()).append(" = ").append(c.value()).append("`\n");
      }
    }
    out.append('\n');
    if (s.violated().isPresent()) {
      out.append("The last state violates `").append(s.violated().get()).append("`.\n\n");
    }
  }
}
