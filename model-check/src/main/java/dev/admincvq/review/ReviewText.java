package dev.admincvq.review;

import dev.admincvq.model.Difference;
import dev.admincvq.model.Trace;
import dev.admincvq.report.TracePrinter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parts of a review every format shows, as text: the summary line, a behaviour as numbered
 * steps, the groups of models that share the same behaviour or counterexample (so that a report on
 * many models that changed alike stays short).
 */
final class ReviewText {
  private ReviewText() {}

  /** {@code 3 of 28 models changed; 2 verdicts got worse: exit 1.} */
  static String summary(ReviewReport r) {
    long changed = r.models().stream().filter(ModelReview::changed).count();
    long worse =
        r.models().stream()
            .flatMap(m -> m.properties().stream())
            .filter(p -> p.change() == PropertyRow.Change.WORSE)
            .count();
    String verdict =
        switch (r.exitCode()) {
          case 0 -> "no verdict got worse: exit 0";
          case ReviewReport.WORSE -> worse + " verdict(s) that held now fail: exit 1";
          default -> "a check failed to run: exit 2";
        };
    return String.format(
        Locale.ROOT,
        "%d of %d model(s) changed; %s. (%d TLC runs, %d reused, %.1f s)",
        changed,
        r.models().size(),
        verdict,
        r.runs(),
        r.reused(),
        r.took().toMillis() / 1000.0);
  }

  /**
   * The behaviour as numbered steps: action and parameters, then each shared variable it changed.
   */
  static String steps(Behaviour b) {
    StringBuilder out = new StringBuilder();
    int width = Integer.toString(b.steps().size()).length();
    String indent = " ".repeat(width + 4);
    for (Behaviour.Step s : b.steps()) {
      out.append(String.format(Locale.ROOT, "%" + width + "d. %s%n", s.number(), s.call()));
      for (Difference d : s.changes()) {
        out.append(indent).append(text(d, "->")).append('\n');
      }
    }
    out.append(b.partingLine());
    if (!b.parting().otherSide().isEmpty()) {
      out.append(": there (")
          .append(b.allowedBy())
          .append(" -> ")
          .append(b.refusedBy())
          .append(")\n");
      for (Difference d : b.parting().otherSide()) {
        out.append(indent).append(text(d, "vs")).append('\n');
      }
    } else {
      out.append(".\n");
    }
    return out.toString();
  }

  /** One behaviour shown once for every model that has it. */
  record Shared(String text, List<String> models, Behaviour behaviour) {
    Shared {
      models = List.copyOf(models);
    }
  }

  /**
   * The distinguishing behaviours in one direction ({@code HEAD} allows / {@code BASE} allows),
   * grouped.
   */
  static List<Shared> behaviours(ReviewReport r, boolean headAllows) {
    Map<String, List<String>> models = new LinkedHashMap<>();
    List<Shared> out = new ArrayList<>();
    for (ModelReview m : r.models()) {
      m.comparison()
          .flatMap(c -> headAllows ? c.headAllows() : c.baseAllows())
          .ifPresent(
              b -> {
                String text = steps(b);
                List<String> names = models.get(text);
                if (names == null) {
                  names = new ArrayList<>();
                  models.put(text, names);
                  out.add(new Shared(text, names, b));
                }
                names.add(m.name());
              });
    }
    return out.stream()
        .map(s -> new Shared(s.text(), models.getOrDefault(s.text(), List.of()), s.behaviour()))
        .toList();
  }

  /** A counterexample shown once for every (model, property) whose new violation has it. */
  record Counterexample(String text, List<String> where, int length, Trace trace, String property) {
    Counterexample {
      where = List.copyOf(where);
    }
  }

  /** The counterexamples of verdicts that got worse or changed, on HEAD, grouped. */
  static List<Counterexample> counterexamples(ReviewReport r) {
    Map<String, List<String>> where = new LinkedHashMap<>();
    Map<String, Trace> traces = new LinkedHashMap<>();
    Map<String, String> property = new LinkedHashMap<>();
    for (ModelReview m : r.models()) {
      for (PropertyRow p : m.properties()) {
        boolean shown =
            p.change() == PropertyRow.Change.WORSE
                || p.change() == PropertyRow.Change.CHANGED
                || p.change() == PropertyRow.Change.ADDED;
        if (!shown) {
          continue;
        }
        p.head()
            .flatMap(Outcome::trace)
            .ifPresent(
                t -> {
                  String text = TracePrinter.render(t);
                  where
                      .computeIfAbsent(text, k -> new ArrayList<>())
                      .add(m.name() + ": " + p.property());
                  traces.putIfAbsent(text, t);
                  property.putIfAbsent(text, p.property());
                });
      }
    }
    List<Counterexample> out = new ArrayList<>();
    where.forEach(
        (text, w) -> {
          Trace t = traces.getOrDefault(text, Trace.finite(List.of()));
          out.add(new Counterexample(text, w, t.length(), t, property.getOrDefault(text, "")));
        });
    return out;
  }

  /** {@code a, b and 3 more}: a list of names kept to one line. */
  static String names(List<String> names, int max) {
    if (names.size() <= max) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, max)) + " and " + (names.size() - max) + " more";
  }

  /** {@code cmd[1].status: "queued" -> "fetched"}. */
  static String text(Difference d, String arrow) {
    return d.path() + ": " + d.leftText() + " " + arrow + " " + d.rightText();
  }
}
