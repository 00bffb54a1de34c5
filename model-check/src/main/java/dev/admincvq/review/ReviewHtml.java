package dev.admincvq.review;

import dev.admincvq.model.Step;
import dev.admincvq.model.Trace;
import dev.admincvq.report.SequenceDiagram;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A review as one self-contained HTML page (inline CSS, no external assets): the summary, the
 * verdict table of every model with what changed marked, the distinguishing behaviours, the new
 * counterexamples, each behaviour and counterexample also as a sequence diagram (inline SVG, from
 * {@link SequenceDiagram}), the state spaces and what else changed.
 */
public final class ReviewHtml {
  private ReviewHtml() {}

  private static final String CSS =
      """
      body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:70em;color:#222}
      h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ccc}
      table{border-collapse:collapse;margin:.6em 0}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left}
      th{background:#f0f0f0}td.num{text-align:right}
      tr.worse td{background:#fde2e1}tr.better td{background:#e3f6e3}tr.changed td{background:#fff5d6}
      pre{background:#f7f7f7;border:1px solid #ddd;padding:.6em;overflow-x:auto;font-size:12.5px}
      .models{color:#555}.summary{font-weight:600}.diagram{overflow-x:auto;margin-bottom:1em}
      """;

  public static String render(ReviewReport r) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>admincvq review</title><style>")
        .append(CSS)
        .append("</style></head><body>\n");
    out.append("<h1>admincvq review</h1>\n<p>BASE: <code>")
        .append(esc(r.base()))
        .append("</code><br>HEAD: <code>")
        .append(esc(r.head()))
        .append("</code></p>\n<p class=\"summary\">")
        .append(esc(ReviewText.summary(r)))
        .append("</p>\n");
    out.append(
            "<h2>Verdicts (each property checked on its own)</h2>\n<table><tr><th>model</th><th>property</th>")
        .append("<th>BASE</th><th>HEAD</th><th>change</th></tr>\n");
    for (ModelReview m : r.models()) {
      for (PropertyRow p : m.properties()) {
        String css =
            switch (p.change()) {
              case WORSE -> "worse";
              case BETTER -> "better";
              case SAME -> "same";
              default -> "changed";
            };
        out.append("<tr class=\"")
            .append(css)
            .append("\"><td>")
            .append(esc(m.name()))
            .append("</td><td>")
            .append(esc(p.property()))
            .append("</td><td>")
            .append(esc(p.base().map(Outcome::cell).orElse("-")))
            .append("</td><td>")
            .append(esc(p.head().map(Outcome::cell).orElse("-")))
            .append("</td><td>")
            .append(esc(p.change().word()))
            .append("</td></tr>\n");
      }
    }
    out.append("</table>\n<h2>Behaviours</h2>\n");
    boolean any = false;
    for (boolean headAllows : new boolean[] {true, false}) {
      for (ReviewText.Shared s : ReviewText.behaviours(r, headAllows)) {
        any = true;
        out.append(
            String.format(
                Locale.ROOT,
                "<h3>%s allows, %s does not (%d steps)</h3>%n",
                s.behaviour().allowedBy(),
                s.behaviour().refusedBy(),
                s.behaviour().steps().size()));
        out.append("<p class=\"models\">")
            .append(esc(String.join(", ", s.models())))
            .append("</p>\n");
        out.append("<pre>").append(esc(s.text())).append("</pre>\n");
        out.append(diagram(trace(s.behaviour()), Optional.of(s.behaviour().partingLine())));
      }
    }
    if (!any) {
      out.append(
          "<p>No behavioural difference: on every model both sides allow the same behaviours over the"
              + " shared variables and actions.</p>\n");
    }
    List<ReviewText.Counterexample> cex = ReviewText.counterexamples(r);
    if (!cex.isEmpty()) {
      out.append("<h2>New counterexamples (HEAD)</h2>\n");
      for (ReviewText.Counterexample c : cex) {
        out.append("<p class=\"models\">")
            .append(esc(String.join(", ", c.where())))
            .append(" (")
            .append(c.length())
            .append(" states)</p>\n<pre>")
            .append(esc(c.text()))
            .append("</pre>\n");
        out.append(diagram(c.trace(), Optional.of(c.property())));
      }
    }
    out.append(
            "<h2>Reachable states</h2>\n<table><tr><th>model</th><th>BASE states</th><th>HEAD states</th>")
        .append(
            "<th>BASE depth</th><th>HEAD depth</th><th>only BASE</th><th>only HEAD</th><th>compared on</th></tr>\n");
    for (ModelReview m : r.models()) {
      if (m.comparison().isEmpty()) {
        continue;
      }
      Comparison c = m.comparison().get();
      StateSpace s = c.stateSpace();
      out.append("<tr><td>").append(esc(m.name())).append("</td>");
      for (int n :
          new int[] {
            s.baseStates(), s.headStates(), s.baseDepth(), s.headDepth(), s.baseOnly(), s.headOnly()
          }) {
        out.append("<td class=\"num\">")
            .append(String.format(Locale.ROOT, "%,d", n))
            .append("</td>");
      }
      out.append("<td>")
          .append(esc(c.projection().describe()))
          .append(s.truncated() ? " (truncated)" : "")
          .append("</td></tr>\n");
    }
    out.append("</table>\n");
    String other = ReviewMarkdown.otherLines(r);
    if (!other.isEmpty()) {
      out.append("<h2>Models, constants, properties, actions</h2>\n<pre>")
          .append(esc(other))
          .append("</pre>\n");
    }
    out.append("<p>").append(esc(ReviewReport.BOUNDS)).append("</p>\n</body></html>\n");
    return out.toString();
  }

  /** The behaviour as a trace of its projected states, for its sequence diagram. */
  static Trace trace(Behaviour b) {
    List<Step> steps = new ArrayList<>();
    for (Behaviour.Step s : b.steps()) {
      steps.add(new Step(s.number(), s.action(), s.parameters(), s.state()));
    }
    return Trace.finite(steps);
  }

  /** The trace's sequence diagram as an inline SVG element. */
  private static String diagram(Trace trace, Optional<String> note) {
    if (trace.steps().isEmpty()) {
      return "";
    }
    return "<div class=\"diagram\">"
        + SequenceDiagram.of("", trace, note).svg().markup()
        + "</div>\n";
  }

  static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
