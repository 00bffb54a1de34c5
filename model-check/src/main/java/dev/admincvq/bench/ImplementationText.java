package dev.admincvq.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parts (c) and (d) of the benchmark as text and as JSON. */
public final class ImplementationText {
  private ImplementationText() {}

  /** Part (c) as text, its ratio last, named {@code figure} (the JSON field that holds it). */
  public static String traces(TraceValidationTiming c, String figure) {
    return String.format(
            Locale.ROOT,
            "%n(c) trace validation, the same stress traces (8 driver threads x %d submissions, SR-IOV churn, NEEDS_RESET): in this JVM vs one TLC process per trace%n"
                + "in this JVM:   %d traces, %,d events, %.2f s (%.4f s per trace; the median of %s s), %d rejected; the first alone, in a run of its own: %.2f s%n"
                + "one process each: %d of them (the first), %.2f s (%.3f s per trace); verdicts differ on %d%n"
                + "%s = %.1f (process per trace / in-JVM per trace; goal >= %.0f: %s)%n",
            c.commandsPerThread(),
            c.traces(),
            c.events(),
            c.inProcessSeconds(),
            c.inProcessPerTrace(),
            c.inProcessRuns().stream()
                .map(t -> String.format(Locale.ROOT, "%.2f", t))
                .collect(Collectors.joining(", ")),
            c.rejected(),
            c.firstAloneSeconds(),
            c.sampled(),
            c.processSeconds(),
            c.processPerTrace(),
            c.disagreements(),
            figure,
            c.speedup(),
            TraceValidationTiming.GOAL,
            c.goalMet() ? "met" : "NOT met")
        + (c.goalMet() ? "" : GoalText.why(c.why()));
  }

  /** Part (d) as text. */
  public static String conformance(ConformanceTiming d) {
    return String.format(
        Locale.ROOT,
        "%n(d) conformance of %s: %,d/%,d edges covered by %,d paths, replayed on the reference implementation%n"
            + "explore + generate %.2f s, replay %.2f s, total %.2f s (goal <= %.0f s: %s)%s%n",
        d.model(),
        d.covered(),
        d.edges(),
        d.paths(),
        d.exploreSeconds(),
        d.replaySeconds(),
        d.totalSeconds(),
        ConformanceTiming.GOAL_SECONDS,
        d.goalMet() ? "met" : "NOT met",
        d.conforms() ? "" : "; DOES NOT CONFORM");
  }

  /** Part (c) into {@code o}. */
  public static void traces(TraceValidationTiming c, ObjectNode o) {
    ObjectNode t = o.putObject("commands" + c.commandsPerThread());
    t.put("speedup", c.speedup());
    t.put("commandsPerThread", c.commandsPerThread());
    t.put("traces", c.traces());
    t.put("events", c.events());
    t.put("inProcessSeconds", c.inProcessSeconds());
    c.inProcessRuns().forEach(t.putArray("inProcessRuns")::add);
    t.put("firstAloneSeconds", c.firstAloneSeconds());
    t.put("setupSeconds", c.setupSeconds());
    t.put("sampled", c.sampled());
    t.put("processSeconds", c.processSeconds());
    t.put("disagreements", c.disagreements());
    t.put("rejected", c.rejected());
  }

  /** Part (d) into {@code o}. */
  public static void conformance(ConformanceTiming d, ObjectNode o) {
    ObjectNode t = o.putObject("conformance");
    t.put("model", d.model());
    t.put("goalSeconds", ConformanceTiming.GOAL_SECONDS);
    t.put("edges", d.edges());
    t.put("covered", d.covered());
    t.put("paths", d.paths());
    t.put("exploreSeconds", d.exploreSeconds());
    t.put("replaySeconds", d.replaySeconds());
    t.put("totalSeconds", d.totalSeconds());
    t.put("conforms", d.conforms());
  }

  /** Part (e), as text. */
  public static String review(ReviewTiming e) {
    return String.format(
            Locale.ROOT,
            "%n(e) review of %s (a change to the spec every model loads) against this checkout: %d models, %d TLC runs, %d verdicts worse, exit %d%n"
                + "fullReviewSeconds = %.1f (goal < %.0f s: %s)%n",
            e.change(),
            e.models(),
            e.runs(),
            e.worse(),
            e.exitCode(),
            e.seconds(),
            ReviewTiming.GOAL_SECONDS,
            e.goalMet() ? "met" : "NOT met")
        + (e.goalMet() ? "" : GoalText.why(e.why()));
  }

  /** Part (e) into {@code o}. */
  public static void review(ReviewTiming e, ObjectNode o) {
    ObjectNode t = o.putObject("review");
    t.put("change", e.change());
    t.put("models", e.models());
    t.put("runs", e.runs());
    t.put("worse", e.worse());
    t.put("exitCode", e.exitCode());
    t.put("goalSeconds", ReviewTiming.GOAL_SECONDS);
    t.put("seconds", e.seconds());
  }
}
