package dev.admincvq.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A review in Markdown, short enough to paste into a mailing-list reply: the verdicts that changed
 * first (as a table), then the distinguishing behaviours, then the new counterexamples, the state
 * spaces and what else changed. Identical behaviours and counterexamples of several models are
 * shown once, naming the models.
 */
public final class ReviewMarkdown {
  private ReviewMarkdown() {}

  public static String render(ReviewReport r) {
    StringBuilder out = new StringBuilder();
    out.append("## admincvq review\n\n");
    out.append("BASE: ").append(r.base()).append("  \nHEAD: ").append(r.head()).append("  \n");
    out.append(ReviewText.summary(r)).append("\n\n");
    verdicts(r, out);
    behaviours(r, out);
    counterexamples(r, out);
    stateSpaces(r, out);
    other(r, out);
    out.append(ReviewReport.BOUNDS).append('\n');
    return out.toString();
  }

  private static void verdicts(ReviewReport r, StringBuilder out) {
    out.append("### Verdicts (each property checked on its own)\n\n");
    List<String[]> rows = new ArrayList<>();
    int unchanged = 0;
    for (ModelReview m : r.models()) {
      for (PropertyRow p : m.properties()) {
        if (p.change() == PropertyRow.Change.SAME) {
          unchanged++;
          continue;
        }
        rows.add(
            new String[] {
              m.name(),
              p.property(),
              p.base().map(Outcome::cell).orElse("-"),
              p.head().map(Outcome::cell).orElse("-"),
              p.change() == PropertyRow.Change.WORSE
                  ? "**" + p.change().word() + "**"
                  : p.change().word()
            });
      }
    }
    if (rows.isEmpty()) {
      out.append("Every verdict is unchanged (")
          .append(unchanged)
          .append(" model/property pairs).\n\n");
      return;
    }
    out.append("| model | property | BASE | HEAD | change |\n|---|---|---|---|---|\n");
    for (String[] row : rows) {
      out.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    out.append('\n').append(unchanged).append(" other model/property verdicts unchanged.\n\n");
  }

  private static void behaviours(ReviewReport r, StringBuilder out) {
    out.append("### Behaviours\n\n");
    boolean any = false;
    for (boolean headAllows : new boolean[] {true, false}) {
      for (ReviewText.Shared s : ReviewText.behaviours(r, headAllows)) {
        any = true;
        out.append(
            String.format(
                Locale.ROOT,
                "**%s allows, %s does not** (shortest, %d steps; %s):%n%n",
                s.behaviour().allowedBy(),
                s.behaviour().refusedBy(),
                s.behaviour().steps().size(),
                ReviewText.names(s.models(), 4)));
        out.append("```\n").append(s.text()).append("```\n\n");
      }
    }
    if (!any) {
      out.append(
          "No behavioural difference: on every model both sides allow the same behaviours over the shared"
              + " variables and actions.\n\n");
    }
  }

  private static void counterexamples(ReviewReport r, StringBuilder out) {
    List<ReviewText.Counterexample> all = ReviewText.counterexamples(r);
    if (all.isEmpty()) {
      return;
    }
    out.append("### New counterexamples (HEAD)\n\n");
    for (ReviewText.Counterexample c : all) {
      out.append(ReviewText.names(c.where(), 4))
          .append(" (")
          .append(c.length())
          .append(" states):\n\n");
      out.append("```\n").append(c.text()).append("```\n\n");
    }
  }

  private static void stateSpaces(ReviewReport r, StringBuilder out) {
    out.append("### Reachable states\n\n");
    List<String> rows = new ArrayList<>();
    String projection = "";
    for (ModelReview m : r.models()) {
      if (m.comparison().isEmpty()) {
        continue;
      }
      Comparison c = m.comparison().get();
      StateSpace s = c.stateSpace();
      projection = c.projection().describe();
      if (s.same() && s.baseStates() == s.headStates() && s.baseDepth() == s.headDepth()) {
        continue;
      }
      rows.add(
          String.format(
              Locale.ROOT,
              "| %s | %,d | %,d | %d | %d | %,d | %,d |%s",
              m.name(),
              s.baseStates(),
              s.headStates(),
              s.baseDepth(),
              s.headDepth(),
              s.baseOnly(),
              s.headOnly(),
              s.truncated() ? " (exploration truncated)" : ""));
    }
    if (rows.isEmpty()) {
      out.append(
          "Same distinct states and depth on every model compared; no state only one side reaches.\n");
    } else {
      out.append(
          "| model | BASE states | HEAD states | BASE depth | HEAD depth | only BASE | only HEAD |\n");
      out.append("|---|--:|--:|--:|--:|--:|--:|\n");
      rows.forEach(row -> out.append(row).append('\n'));
    }
    if (!projection.isEmpty()) {
      out.append("\nStates compared on ").append(projection).append(".\n");
    }
    out.append('\n');
  }

  private static void other(ReviewReport r, StringBuilder out) {
    String lines = otherLines(r);
    if (!lines.isEmpty()) {
      out.append("### Models, constants, properties, actions\n\n").append(lines).append('\n');
    }
  }

  /**
   * Models added or removed, constants changed, properties added or removed, actions of one side
   * only.
   */
  static String otherLines(ReviewReport r) {
    List<String> lines = new ArrayList<>();
    for (ModelReview m : r.models()) {
      if (!(m.onBase() && m.onHead())) {
        lines.add("- model " + m.name() + " " + m.presence());
      }
      for (ConstantChange c : m.constants()) {
        lines.add(
            "- "
                + m.name()
                + ": constant "
                + c.name()
                + ": "
                + c.base().orElse("(unbound)")
                + " -> "
                + c.head().orElse("(unbound)"));
      }
      for (PropertyRow p : m.properties()) {
        if (m.onBase() && m.onHead() && (p.base().isEmpty() || p.head().isEmpty())) {
          lines.add("- " + m.name() + ": property " + p.property() + " " + p.change().word());
        }
      }
      m.comparison()
          .ifPresent(
              c -> {
                if (!c.headOnlyActions().isEmpty()) {
                  lines.add(
                      "- "
                          + m.name()
                          + ": actions only HEAD takes: "
                          + String.join(", ", c.headOnlyActions()));
                }
                if (!c.baseOnlyActions().isEmpty()) {
                  lines.add(
                      "- "
                          + m.name()
                          + ": actions only BASE takes: "
                          + String.join(", ", c.baseOnlyActions()));
                }
              });
    }
    StringBuilder out = new StringBuilder();
    lines.forEach(l -> out.append(l).append('\n'));
    return out.toString();
  }
}
