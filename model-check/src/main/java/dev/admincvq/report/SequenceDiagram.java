package dev.admincvq.report;

import dev.admincvq.model.State;
import dev.admincvq.model.Step;
import dev.admincvq.model.TlaValue;
import dev.admincvq.model.Trace;
import dev.admincvq.report.html.Svg;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A counterexample as a sequence diagram (PlantUML source, rendered to SVG by {@link #svg()}).
 *
 * <p>For a trace of the AdminCvq spec (its initial state binds {@code vfEnable, vfState, inc, cmd,
 * adminQ, inflight, vfq}) the participants are the driver, the admin CVQ, the PF device and one
 * lifeline per VF incarnation ("VF1 #1", "VF1 #2"): an incarnation is created by SR-IOV enable or
 * by the driver's reset of the VF and destroyed by SR-IOV disable or that reset, and its
 * DEVICE_NEEDS_RESET period is a red activation bar. Each step is numbered as in the text trace:
 *
 * <ul>
 *   <li>{@code DriverSubmitAdmin}: driver -> admin CVQ, the command, its target and incarnation;
 *   <li>{@code DeviceFetch}: admin CVQ -> PF;
 *   <li>{@code DeviceProcess}: PF -> the VF incarnation the command acts on (PF -> PF for the PF
 *       itself or when no VF exists), with the ack OK or ERR; red when the device acks OK a
 *       command whose incarnation was gone;
 *   <li>{@code DriverCollect}: PF -> driver (dashed), the ack and whether the driver ignores it;
 *   <li>{@code DriverSubmitVf} / {@code DeviceProcessVf}: VF incarnation -> PF and back, on the
 *       VF's own CVQ;
 *   <li>{@code SriovDisable}, {@code SriovEnable}, {@code DriverResetVf}: driver -> PF, with the
 *       incarnations destroyed and created; {@code VfNeedsReset}: a note on the incarnation.
 * </ul>
 *
 * The violated property (or how a lasso repeats) is a note across the end. Wrapped actions of a
 * model ({@code MCSriovEnable}) are read as the action they wrap. A trace of any other spec, or
 * one whose values are not shaped as AdminCvq's (a changed spec), gets one lifeline with one
 * numbered self-message per step.
 *
 * @param kind which layout was used
 * @param plantUml the diagram's PlantUML source
 */
public record SequenceDiagram(Kind kind, String plantUml) {

  /** The layout: the admin CVQ's participants, or one lifeline for any spec. */
  public enum Kind {
    ADMIN_CVQ,
    GENERIC
  }

  private static final Set<String> ADMIN_CVQ_VARIABLES =
      Set.of("vfEnable", "vfState", "inc", "cmd", "adminQ", "inflight", "vfq");
  private static final int MAX_LABEL = 110;

  /**
   * The diagram of {@code trace}.
   *
   * @param title shown above the diagram (e.g. the model's name); {@code ""} for none
   * @param violated the property the trace violates, noted at its end, if known
   */
  public static SequenceDiagram of(String title, Trace trace, Optional<String> violated) {
    boolean adminCvq =
        !trace.steps().isEmpty()
            && trace.steps().get(0).state().bindings().stream()
                .map(State.Binding::variable)
                .toList()
                .containsAll(ADMIN_CVQ_VARIABLES);
    if (adminCvq) {
      try {
        Source src = new Source(title);
        new AdminCvqLayout(src).draw(trace);
        end(src, trace, violated);
        return new SequenceDiagram(Kind.ADMIN_CVQ, src.finish());
      } catch (IllegalArgumentException | ArithmeticException notShapedLikeAdminCvq) {
        // a changed spec (e.g. one side of a review) whose values are not shaped as AdminCvq's:
        // the generic layout still shows every step
      }
    }
    Source src = new Source(title);
    generic(src, trace);
    end(src, trace, violated);
    return new SequenceDiagram(Kind.GENERIC, src.finish());
  }

  /** The diagram as an inline SVG element (rendered in this JVM; about 30 ms once warm). */
  public Svg svg() {
    return PlantUmlSvg.render(plantUml);
  }

  private static void generic(Source src, Trace trace) {
    src.line("participant \"behaviour\" as S");
    for (Step s : trace.steps()) {
      src.line("S -> S : " + src.label(s.number() + ". " + s.actionCall()));
    }
  }

  private static void end(Source src, Trace trace, Optional<String> violated) {
    if (trace.loopsBackTo().isPresent()) {
      src.line("note across : " + src.label("then back to state " + trace.loopsBackTo().getAsInt() + ": the behaviour repeats forever"));
    } else if (trace.stutters()) {
      src.line("note across : " + src.label("then stutters forever: nothing else happens"));
    }
    violated.ifPresent(v -> src.line("note across #FFD7D5 : " + src.label("violated: " + v)));
  }

  /** PlantUML source under construction. */
  private static final class Source {
    private final StringBuilder text = new StringBuilder(2048);

    Source(String title) {
      text.append("@startuml\n")
          .append("skinparam shadowing false\n")
          .append("skinparam sequenceMessageAlign left\n")
          .append("skinparam responseMessageBelowArrow true\n")
          .append("skinparam noteBackgroundColor #FFFBE6\n")
          .append("hide footbox\n");
      if (!title.isEmpty()) {
        text.append("title ").append(PlantUmlSvg.text(title)).append('\n');
      }
    }

    void line(String l) {
      text.append(l).append('\n');
    }

    String label(String s) {
      String cut = s.length() > MAX_LABEL ? s.substring(0, MAX_LABEL - 3) + "..." : s;
      return PlantUmlSvg.text(cut);
    }

    String finish() {
      return text.append("@enduml\n").toString();
    }
  }

  /** The admin CVQ's participants and messages, step by step. */
  private static final class AdminCvqLayout {
    private final Source src;
    /** VF id -> the incarnation whose lifeline is open (absent: none). */
    private final Map<Long, Long> alive = new LinkedHashMap<>();
    private final Set<Long> needsReset = new java.util.HashSet<>();

    AdminCvqLayout(Source src) {
      this.src = src;
    }

    void draw(Trace trace) {
      State init = trace.steps().get(0).state();
      src.line("participant \"driver\" as D");
      src.line("participant \"admin CVQ\" as Q");
      src.line("participant \"PF device\" as PF");
      for (long v : vfIds(init)) {
        if (!vfState(init, v).equals("absent")) {
          alive.put(v, at(init, "inc", v).asInt());
          src.line("participant \"" + vfName(v, at(init, "inc", v).asInt()) + "\" as " + alias(v, at(init, "inc", v).asInt()));
        }
      }
      for (long v : vfIds(init)) {
        if (vfState(init, v).equals("needsReset") && alive.containsKey(v)) {
          markNeedsReset(v, "1. DEVICE_NEEDS_RESET");
        }
      }
      State before = init;
      for (Step s : trace.steps().subList(1, trace.steps().size())) {
        step(s, before, s.state());
        before = s.state();
      }
    }

    private void step(Step s, State before, State after) {
      String n = s.number() + ". ";
      String action = s.action().startsWith("MC") ? s.action().substring(2) : s.action();
      switch (action) {
        case "DriverSubmitAdmin" -> {
          long c = param(s, "c");
          TlaValue r = at(after, "cmd", c);
          src.line("D -> Q : " + src.label(n + "#" + c + " " + command(r) + " to " + target(r)));
        }
        case "DriverSubmitVf" -> {
          long c = param(s, "c");
          TlaValue r = at(after, "cmd", c);
          long v = r.field("target").asInt();
          src.line(from(v, r.field("inc").asInt()) + " -> PF : " + src.label(n + "#" + c + " " + command(r) + " on its own CVQ"));
        }
        case "DeviceFetch" -> src.line("Q -> PF : " + src.label(n + "fetch #" + param(s, "c")));
        case "DeviceProcess" -> process(n, param(s, "c"), before, after, false);
        case "DeviceProcessVf" -> {
          TlaValue q = at(before, "vfq", param(s, "v"));
          long c = q.elements().get(0).asInt();
          process(n, c, before, after, true);
        }
        case "DriverCollect" -> collect(n, param(s, "c"), after);
        case "SriovDisable" -> {
          src.line("D -> PF : " + src.label(n + "SR-IOV disable: VF Enable cleared, every VF destroyed"));
          for (long v : List.copyOf(alive.keySet())) {
            destroy(v);
          }
        }
        case "SriovEnable" -> {
          src.line("D -> PF : " + src.label(n + "SR-IOV enable: VF Enable set"));
          for (long v : vfIds(after)) {
            create(v, at(after, "inc", v).asInt(), n + "created");
          }
        }
        case "VfNeedsReset" -> {
          long v = param(s, "v");
          if (alive.containsKey(v)) {
            markNeedsReset(v, n + "DEVICE_NEEDS_RESET");
          } else {
            src.line("note across : " + src.label(n + s.actionCall()));
          }
        }
        case "DriverResetVf" -> {
          long v = param(s, "v");
          src.line("D -> PF : " + src.label(n + "reset VF" + v));
          destroy(v);
          create(v, at(after, "inc", v).asInt(), n + "created by the reset");
        }
        default -> src.line("note across : " + src.label(n + s.actionCall()));
      }
    }

    /** DeviceProcess(c) or DeviceProcessVf: the PF acts on the target's incarnation and acks. */
    private void process(String n, long c, State before, State after, boolean ownCvq) {
      TlaValue r = at(after, "cmd", c);
      long t = r.field("target").asInt();
      String status = r.field("status").asString();
      boolean staleOk = r.field("gone").asBool() && status.equals("OK");
      String arrow = staleOk ? " -[#D1242F,bold]> " : " -> ";
      String what = "#" + c + " " + command(r) + (ownCvq ? " from its own CVQ" : "");
      if (t == 0) {
        src.line("PF" + arrow + "PF : " + src.label(n + what + " on the PF: " + status));
        return;
      }
      long meant = r.field("inc").asInt();
      long now = at(before, "inc", t).asInt();
      String forWhom = meant == now ? "" : " (meant for " + vfName(t, meant) + ")";
      Long open = alive.get(t);
      String state = vfState(before, t);
      if (open != null && !state.equals("absent")) {
        String gone = state.equals("needsReset") ? " (NEEDS_RESET)" : "";
        src.line("PF" + arrow + alias(t, open) + " : " + src.label(n + what + forWhom + gone + ": " + status + (staleOk ? " although gone" : "")));
      } else {
        src.line("PF" + arrow + "PF : " + src.label(n + what + " for " + vfName(t, meant) + ", no VF" + t + " exists: " + status + (staleOk ? " although gone" : "")));
      }
    }

    private void collect(String n, long c, State after) {
      TlaValue r = at(after, "cmd", c);
      String status = r.field("status").asString();
      boolean ignored = r.field("preBarrier").asBool();
      String text = n + "ack #" + c + ": " + status + (ignored ? " (pre-barrier: ignored)" : "");
      if (r.field("chan").asString().equals("vf")) {
        long v = r.field("target").asInt();
        long meant = r.field("inc").asInt();
        Long open = alive.get(v);
        if (open != null && open == meant) {
          src.line("PF --> " + alias(v, meant) + " : " + src.label(text + " (VF driver)"));
        } else {
          src.line("PF --> PF : " + src.label(text + " for " + vfName(v, meant) + "'s driver, gone"));
        }
      } else {
        src.line("PF --> D : " + src.label(text));
      }
    }

    private String from(long v, long incarnation) {
      Long open = alive.get(v);
      return open != null && open == incarnation ? alias(v, incarnation) : "PF";
    }

    private void markNeedsReset(long v, String text) {
      long i = alive.getOrDefault(v, 0L);
      src.line("activate " + alias(v, i) + " #FFB3B3");
      src.line("hnote over " + alias(v, i) + " #FFD7D5 : " + src.label(text));
      needsReset.add(v);
    }

    private void destroy(long v) {
      Long open = alive.remove(v);
      if (open == null) {
        return;
      }
      if (needsReset.remove(v)) {
        src.line("deactivate " + alias(v, open));
      }
      src.line("destroy " + alias(v, open));
    }

    private void create(long v, long incarnation, String text) {
      destroy(v);
      src.line("create participant \"" + vfName(v, incarnation) + "\" as " + alias(v, incarnation));
      src.line("PF -> " + alias(v, incarnation) + " : " + src.label(text));
      alive.put(v, incarnation);
    }

    private static String alias(long v, long incarnation) {
      return "VF" + v + "_" + incarnation;
    }

    private static String vfName(long v, long incarnation) {
      return "VF" + v + " #" + incarnation;
    }

    private static String command(TlaValue r) {
      TlaValue arg = r.field("arg");
      return r.field("op").asString() + "(" + (arg instanceof TlaValue.Str s ? s.value() : arg.toString()) + ")";
    }

    private static String target(TlaValue r) {
      long t = r.field("target").asInt();
      return t == 0 ? "the PF" : vfName(t, r.field("inc").asInt());
    }

    private static long param(Step s, String name) {
      return s.parameters().stream()
          .filter(p -> p.variable().equals(name))
          .findFirst()
          .map(p -> p.value().asInt())
          .orElseThrow(() -> new IllegalArgumentException(s.action() + " has no parameter " + name));
    }

    private static List<Long> vfIds(State s) {
      TlaValue f = s.get("vfState").orElseThrow();
      if (!f.isFunction()) {
        throw new IllegalArgumentException("vfState is not a function of the VFs: " + f);
      }
      return f.entries().stream().map(p -> p.key().asInt()).toList();
    }

    private static String vfState(State s, long v) {
      return at(s, "vfState", v).asString();
    }
  }

  /** {@code variable[key]} of a function or sequence value. */
  private static TlaValue at(State s, String variable, long key) {
    TlaValue f =
        s.get(variable).orElseThrow(() -> new IllegalArgumentException("the state has no variable " + variable));
    return f.lookup(TlaValue.Int.of(key))
        .orElseThrow(() -> new IllegalArgumentException(variable + "[" + key + "] does not exist in " + f));
  }
}
