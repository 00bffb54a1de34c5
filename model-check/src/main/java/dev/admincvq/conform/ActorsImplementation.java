package dev.admincvq.conform;

import dev.admincvq.graph.Edge;
import dev.admincvq.graph.StateGraph;
import dev.admincvq.model.State;
import dev.admincvq.model.TlaValue;
import dev.admincvq.reference.CmdId;
import dev.admincvq.reference.Machine;
import dev.admincvq.reference.Options;
import dev.admincvq.reference.Outcome;
import dev.admincvq.reference.SpecAction;
import dev.admincvq.reference.SpecVariable;
import dev.admincvq.reference.trace.TraceEvent;
import dev.admincvq.reference.trace.TraceSink;
import dev.admincvq.reference.wire.Command;
import dev.admincvq.reference.wire.Mac;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code AdminCvqActors} on the reference {@link Machine}, for the replay core: drives each edge's
 * action on the actor that owns it, with the edge's parameters, and checks that the step was traced
 * as one event named as the action; the machine's state is abstracted by {@link Abstraction}.
 *
 * <p>The model's {@code DriverLearnVfReset(v)} takes some {@code g \in resetNotice[v]}; its edges
 * name {@code v} only (the generation is bound inside the action). The notification taken is the
 * one the edge removes from {@code resetNotice[v]}, and the step is replayed and reported with it,
 * as {@code DriverLearnVfReset(v, g)}.
 */
public final class ActorsImplementation implements SpecImplementation<ActorsImplementation.Traced> {
  private final Options options;
  private final int cmdIds;
  private final Function<TraceSink, Machine> machines;

  private ActorsImplementation(Options options, int cmdIds, Function<TraceSink, Machine> machines) {
    this.options = options;
    this.cmdIds = cmdIds;
    this.machines = machines;
  }

  /**
   * A replayer of {@code graph}'s paths on machines built with {@code options}.
   *
   * @param graph the model's state graph
   * @param options the model's constants
   */
  public static PathReplayer replayer(StateGraph graph, Options options) {
    return replayer(graph, options, sink -> new Machine(options, sink));
  }

  /**
   * A replayer of {@code graph}'s paths on the machines {@code machines} builds, each tracing to
   * the sink given: for replaying a model on an implementation that breaks it.
   *
   * @param graph the model's state graph
   * @param options the model's constants (for the abstraction)
   * @param machines a fresh machine in its initial state, tracing to the sink given
   */
  public static PathReplayer replayer(
      StateGraph graph, Options options, Function<TraceSink, Machine> machines) {
    return new LockstepReplayer<>(
        graph,
        new ActorsImplementation(
            options,
            ExploredModel.cmdIds(graph, "AdminCvqActors", SpecVariable.REQ.specName()),
            machines));
  }

  /**
   * A machine with the events it traced.
   *
   * @param machine the machine
   * @param trace its events
   */
  public record Traced(Machine machine, Recording trace) {}

  @Override
  public Traced fresh() {
    Recording trace = new Recording();
    return new Traced(machines.apply(trace), trace);
  }

  @Override
  public State abstraction(Traced traced) {
    return Abstraction.of(traced.machine().snapshot(), cmdIds, options);
  }

  @Override
  public Step<Traced> step(Edge edge, State from, State to) {
    EdgeParams p = new EdgeParams(edge);
    SpecAction a =
        SpecAction.ofSpecName(edge.action())
            .orElseThrow(
                () -> new IllegalArgumentException("no implementation action for " + edge.label()));
    if (a == SpecAction.DRIVER_LEARN_VF_RESET) {
      int v = p.integer("v");
      int g = takenNotice(from, to, v);
      return new Step<>(
          a.specName() + "(v = " + v + ", g = " + g + ")",
          t -> traced(t, a, m -> refusalOf(m.driver().driverLearnVfReset(v, g))));
    }
    return new Step<>(edge.label(), t -> traced(t, a, m -> drive(m, a, p)));
  }

  /** Takes the step; then exactly one event named as the action must have been traced. */
  private static Optional<String> traced(
      Traced t, SpecAction action, Function<Machine, Optional<String>> drive) {
    int before = t.trace().events.size();
    Optional<String> refusal = drive.apply(t.machine());
    return refusal.isPresent() ? refusal : t.trace().oneEventNamed(action, before);
  }

  /** The generation of the notification about {@code v} the edge takes. */
  private static int takenNotice(State from, State to, int v) {
    TlaValue key = TlaValue.Int.of(v);
    List<TlaValue> taken =
        new ArrayList<>(
            from.get(SpecVariable.RESET_NOTICE.specName()).orElseThrow().apply(key).elements());
    taken.removeIf(
        g ->
            to
                .get(SpecVariable.RESET_NOTICE.specName())
                .orElseThrow()
                .apply(key)
                .elements()
                .stream()
                .anyMatch(g::tlaEquals));
    if (taken.size() != 1 || !(taken.get(0) instanceof TlaValue.Int g)) {
      throw new IllegalArgumentException(
          "DriverLearnVfReset(" + v + ") takes no single notification: " + taken);
    }
    return g.value().intValueExact();
  }

  /** Drives the action; a refusal (or a mismatch of the command id) is returned as text. */
  private static Optional<String> drive(Machine m, SpecAction action, EdgeParams p) {
    Outcome<?> outcome;
    switch (action) {
      case DRIVER_SUBMIT_ADMIN -> {
        Optional<String> id = sameId(m, p.integer("c"));
        if (id.isPresent()) {
          return id;
        }
        outcome = m.driver().driverSubmitAdmin(p.integer("t"), command(p));
      }
      case DRIVER_COLLECT -> outcome = m.driver().driverCollect();
      case DRIVER_SRIOV_DISABLE -> outcome = m.driver().driverSriovDisable();
      case DRIVER_SRIOV_ENABLE -> outcome = m.driver().driverSriovEnable(p.integer("n"));
      case VF_DRIVER_SUBMIT -> {
        Optional<String> id = sameId(m, p.integer("c"));
        if (id.isPresent()) {
          return id;
        }
        outcome = m.vfDriver(p.integer("v")).vfDriverSubmit(Mac.fromSpec(p.integer("arg")));
      }
      case VF_DRIVER_RESET -> outcome = m.vfDriver(p.integer("v")).vfDriverReset();
      case DEVICE_FETCH -> outcome = m.device().deviceFetch(new CmdId(p.integer("c")));
      case DEVICE_PROCESS -> outcome = m.device().deviceProcess(new CmdId(p.integer("c")));
      case DEVICE_PROCESS_VF -> outcome = m.device().deviceProcessVf(p.integer("v"));
      case DEVICE_VF_NEEDS_RESET -> outcome = m.device().deviceVfNeedsReset(p.integer("v"));
      default -> throw new IllegalStateException("unreachable: " + action);
    }
    return refusalOf(outcome);
  }

  private static Optional<String> refusalOf(Outcome<?> outcome) {
    if (outcome instanceof Outcome.Refused<?> refused) {
      return Optional.of(refused.refusal().toString());
    }
    return Optional.empty();
  }

  /** The spec takes the least unused identity; the implementation must take the same one. */
  private static Optional<String> sameId(Machine m, int c) {
    CmdId next = m.driver().nextCmdId();
    return next.value() == c
        ? Optional.empty()
        : Optional.of(
            "the implementation's next command id is " + next.value() + ", the model's " + c);
  }

  private static Command command(EdgeParams p) {
    String op = p.string("op");
    return switch (op) {
      case "setMac" -> new Command.SetMac(Mac.fromSpec(p.integer("arg")));
      case "setTrust" -> new Command.SetTrust(p.bool("arg"));
      default -> throw new IllegalArgumentException("unknown op " + op);
    };
  }

  /** The events a machine traced. */
  public static final class Recording implements TraceSink {
    private final List<TraceEvent> events = new ArrayList<>();

    @Override
    public boolean enabled() {
      return true;
    }

    @Override
    public void emit(TraceEvent event) {
      events.add(event);
    }

    /**
     * Empty if exactly one event named {@code action} was traced since {@code from}, else why not.
     */
    Optional<String> oneEventNamed(SpecAction action, int from) {
      List<String> names =
          events.subList(from, events.size()).stream().map(TraceEvent::action).toList();
      return names.equals(List.of(action.specName()))
          ? Optional.empty()
          : Optional.of("traced " + names + ", not one " + action.specName() + " event");
    }
  }
}
