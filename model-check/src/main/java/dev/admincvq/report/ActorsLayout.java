package dev.admincvq.report;

import dev.admincvq.model.State;
import dev.admincvq.model.Step;
import dev.admincvq.model.TlaValue;
import dev.admincvq.model.Trace;
import dev.admincvq.reference.SpecAction;
import dev.admincvq.reference.SpecVariable;
import dev.admincvq.reference.VfState;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The actors' participants and messages, step by step. */
final class ActorsLayout {
  private final DiagramSource src;

  /** VF id -> the generation whose lifeline is open (absent: none). */
  private final Map<Long, Long> alive = new LinkedHashMap<>();

  private final Set<Long> needsReset = new HashSet<>();

  ActorsLayout(DiagramSource src) {
    this.src = src;
  }

  void draw(Trace trace) {
    State init = trace.steps().get(0).state();
    src.line("participant \"management driver\" as D");
    src.line("participant \"admin CVQ\" as Q");
    src.line("participant \"device\" as PF");
    for (long v : vfIds(init)) {
      src.line("participant \"VF" + v + " driver\" as VD" + v);
    }
    for (long v : vfIds(init)) {
      if (!vfState(init, v).equals(VfState.ABSENT.specName())) {
        long g = at(init, SpecVariable.GEN, v).asInt();
        alive.put(v, g);
        src.line("participant \"" + vfName(v, g) + "\" as " + alias(v, g));
      }
    }
    for (long v : vfIds(init)) {
      if (vfState(init, v).equals(VfState.NEEDS_RESET.specName()) && alive.containsKey(v)) {
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
    String name = s.action().startsWith("MC") ? s.action().substring(2) : s.action();
    Optional<SpecAction> action = SpecAction.ofSpecName(name);
    if (action.isEmpty()) {
      src.line("note across : " + src.label(n + s.actionCall()));
      return;
    }
    switch (action.get()) {
      case DRIVER_SUBMIT_ADMIN -> {
        long c = param(s, "c");
        TlaValue r = at(after, SpecVariable.REQ, c);
        long stamp = r.field("wgen").asInt();
        src.line(
            "D -> Q : "
                + src.label(
                    n
                        + "#"
                        + c
                        + " "
                        + command(r)
                        + " to "
                        + target(r)
                        + (stamp > 0 ? ", stamped #" + stamp : "")));
      }
      case VF_DRIVER_SUBMIT -> {
        long c = param(s, "c");
        long v = param(s, "v");
        src.line(
            "VD"
                + v
                + " -> "
                + lifeline(v)
                + " : "
                + src.label(
                    n
                        + "#"
                        + c
                        + " "
                        + command(at(after, SpecVariable.REQ, c))
                        + " on its own CVQ"));
      }
      case DEVICE_FETCH -> src.line("Q -> PF : " + src.label(n + "fetch #" + param(s, "c")));
      case DEVICE_PROCESS -> process(n, param(s, "c"), before, after, false);
      case DEVICE_PROCESS_VF ->
          process(
              n,
              at(before, SpecVariable.VFQ, param(s, "v")).elements().get(0).asInt(),
              before,
              after,
              true);
      case DRIVER_COLLECT -> {
        long c = variable(before, SpecVariable.ADMIN_USED).elements().get(0).asInt();
        boolean ignored =
            variable(before, SpecVariable.DRV_IGNORE).elements().stream()
                .anyMatch(x -> x.asInt() == c);
        String ack = at(after, SpecVariable.ACK, c).asString();
        src.line(
            "PF --> D : "
                + src.label(
                    n + "reaps #" + c + ": " + ack + (ignored ? " (ignored: barrier)" : "")));
      }
      case DRIVER_LEARN_VF_RESET -> {
        long v = param(s, "v");
        List<TlaValue> taken =
            new java.util.ArrayList<>(at(before, SpecVariable.RESET_NOTICE, v).elements());
        taken.removeIf(
            g ->
                at(after, SpecVariable.RESET_NOTICE, v).elements().stream().anyMatch(g::tlaEquals));
        String which = taken.size() == 1 ? " (generation " + taken.get(0) + ")" : "";
        src.line("PF --> D : " + src.label(n + "takes the notice: VF" + v + " was reset" + which));
      }
      case DRIVER_SRIOV_DISABLE -> {
        src.line(
            "D -> PF : " + src.label(n + "SR-IOV disable: VF Enable cleared, every VF destroyed"));
        for (long v : List.copyOf(alive.keySet())) {
          destroy(v);
        }
      }
      case DRIVER_SRIOV_ENABLE -> {
        src.line(
            "D -> PF : "
                + src.label(n + "SR-IOV enable: NumVFs " + param(s, "n") + ", VF Enable set"));
        for (long v : vfIds(after)) {
          if (!vfState(after, v).equals(VfState.ABSENT.specName())) {
            create(v, at(after, SpecVariable.GEN, v).asInt(), n + "created");
          }
        }
      }
      case DEVICE_VF_NEEDS_RESET -> {
        long v = param(s, "v");
        if (alive.containsKey(v)) {
          markNeedsReset(v, n + "DEVICE_NEEDS_RESET");
        } else {
          src.line("note across : " + src.label(n + s.actionCall()));
        }
      }
      case VF_DRIVER_RESET -> {
        long v = param(s, "v");
        long g = at(after, SpecVariable.GEN, v).asInt();
        src.line("VD" + v + " -> " + lifeline(v) + " : " + src.label(n + "resets VF" + v));
        if (Long.valueOf(g).equals(alive.get(v))) {
          if (needsReset.remove(v)) {
            src.line("deactivate " + alias(v, g));
          }
          src.line("hnote over " + alias(v, g) + " : " + src.label("keeps its configuration"));
        } else {
          create(v, g, n + "re-created by the reset");
        }
      }
    }
  }

  /** DeviceProcess(c) or DeviceProcessVf: the device acts on the target's generation and acks. */
  private void process(String n, long c, State before, State after, boolean ownCvq) {
    TlaValue r = at(after, SpecVariable.REQ, c);
    long t = r.field("target").asInt();
    String ack = at(after, SpecVariable.ACK, c).asString();
    boolean gone =
        variable(after, SpecVariable.GONE_AT).elements().stream().anyMatch(x -> x.asInt() == c);
    boolean staleOk = gone && ack.equals("OK");
    String stale = staleOk ? " <<" + SequenceDiagram.STALE + ">>" : "";
    String what = "#" + c + " " + command(r) + (ownCvq ? " from its own CVQ" : "");
    String end = ": " + ack + (staleOk ? " although gone" : "");
    if (t == 0) {
      src.line("PF -> PF" + stale + " : " + src.label(n + what + " on the PF" + end));
      return;
    }
    long meant = at(after, SpecVariable.MEANT_FOR, c).asInt();
    long now = at(before, SpecVariable.GEN, t).asInt();
    String forWhom = meant == now ? "" : " (meant for " + vfName(t, meant) + ")";
    Long open = alive.get(t);
    String state = vfState(before, t);
    if (open != null && !state.equals(VfState.ABSENT.specName())) {
      String needs = state.equals(VfState.NEEDS_RESET.specName()) ? " (NEEDS_RESET)" : "";
      src.line(
          "PF -> " + alias(t, open) + stale + " : " + src.label(n + what + forWhom + needs + end));
    } else {
      src.line(
          "PF -> PF"
              + stale
              + " : "
              + src.label(n + what + " for " + vfName(t, meant) + ", no VF" + t + " exists" + end));
    }
  }

  /** The lifeline of VF v's current generation, or the device's when no VF v exists. */
  private String lifeline(long v) {
    Long open = alive.get(v);
    return open == null ? "PF" : alias(v, open);
  }

  private void markNeedsReset(long v, String text) {
    long g = alive.getOrDefault(v, 0L);
    src.line("activate " + alias(v, g) + " #FFB3B3");
    src.line("hnote over " + alias(v, g) + " #FFD7D5 : " + src.label(text));
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

  private void create(long v, long generation, String text) {
    destroy(v);
    src.line("create participant \"" + vfName(v, generation) + "\" as " + alias(v, generation));
    src.line("PF -> " + alias(v, generation) + " : " + src.label(text));
    alive.put(v, generation);
  }

  private static String alias(long v, long generation) {
    return "VF" + v + "_" + generation;
  }

  private static String vfName(long v, long generation) {
    return "VF" + v + " #" + generation;
  }

  private static String command(TlaValue r) {
    TlaValue arg = r.field("arg");
    return r.field("op").asString()
        + "("
        + (arg instanceof TlaValue.Str s ? s.value() : arg.toString())
        + ")";
  }

  private static String target(TlaValue r) {
    long t = r.field("target").asInt();
    return t == 0 ? "the PF" : "VF" + t;
  }

  private static long param(Step s, String name) {
    return s.parameters().stream()
        .filter(p -> p.variable().equals(name))
        .findFirst()
        .map(p -> p.value().asInt())
        .orElseThrow(() -> new IllegalArgumentException(s.action() + " has no parameter " + name));
  }

  private static List<Long> vfIds(State s) {
    TlaValue f = variable(s, SpecVariable.VF_STATE);
    if (!f.isFunction()) {
      throw new IllegalArgumentException("vfState is not a function of the VFs: " + f);
    }
    return f.entries().stream().map(p -> p.key().asInt()).toList();
  }

  private static String vfState(State s, long v) {
    return at(s, SpecVariable.VF_STATE, v).asString();
  }

  /** The value of {@code variable} in state {@code s}. */
  private static TlaValue variable(State s, SpecVariable variable) {
    return s.get(variable.specName())
        .orElseThrow(
            () -> new IllegalArgumentException("the state has no variable " + variable.specName()));
  }

  /** {@code variable[key]} of a function or sequence value. */
  private static TlaValue at(State s, SpecVariable variable, long key) {
    TlaValue f = variable(s, variable);
    return f.lookup(TlaValue.Int.of(key))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    variable.specName() + "[" + key + "] does not exist in " + f));
  }
}
