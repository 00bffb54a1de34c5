package dev.admincvq.conform;

import dev.admincvq.graph.Edge;
import dev.admincvq.graph.GraphPath;
import dev.admincvq.graph.StateGraph;
import dev.admincvq.model.Difference;
import dev.admincvq.model.State;
import dev.admincvq.model.TlaValue;
import dev.admincvq.reference.CmdId;
import dev.admincvq.reference.Machine;
import dev.admincvq.reference.Options;
import dev.admincvq.reference.Outcome;
import dev.admincvq.reference.SpecAction;
import dev.admincvq.reference.trace.TraceEvent;
import dev.admincvq.reference.trace.TraceSink;
import dev.admincvq.reference.wire.Command;
import dev.admincvq.reference.wire.Mac;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Replays a path of a model of {@code AdminCvqActors} in lockstep on a fresh reference {@link
 * Machine}: drives each edge's action on the actor that owns it, with the edge's parameters, checks
 * that the step was traced as one event named as the action, then compares the abstraction of the
 * machine's state with the edge's target state.
 *
 * <p>The model's {@code DriverLearnVfReset(v)} takes some {@code g \in resetNotice[v]}; its edges
 * name {@code v} only (the generation is bound inside the action). The notification taken is the
 * one the edge removes from {@code resetNotice[v]}, and the step is replayed and reported with it,
 * as {@code DriverLearnVfReset(v, g)}.
 */
public final class Replayer implements PathReplayer {
  private final StateGraph graph;
  private final Options options;
  private final int cmdIds;
  private final Function<TraceSink, Machine> machines;

  /**
   * A replayer for {@code graph}'s paths on machines built with {@code options}.
   *
   * @param graph the model's state graph
   * @param options the model's constants
   */
  public Replayer(StateGraph graph, Options options) {
    this(graph, options, sink -> new Machine(options, sink));
  }

  /**
   * A replayer for {@code graph}'s paths on the machines {@code machines} builds, each tracing to
   * the sink given: for replaying a model on an implementation that breaks it.
   *
   * @param graph the model's state graph
   * @param options the model's constants (for the abstraction)
   * @param machines a fresh machine in its initial state, tracing to the sink given
   */
  public Replayer(StateGraph graph, Options options, Function<TraceSink, Machine> machines) {
    this.graph = graph;
    this.options = options;
    this.machines = machines;
    this.cmdIds = graph.initial().isEmpty() ? 0 : cmdIdsOf(graph.states().get(graph.initial().get(0)));
  }

  /** The number of command identities: the size of {@code req}'s domain in {@code init}. */
  static int cmdIdsOf(State init) {
    TlaValue req = init.get("req").orElseThrow(() -> new IllegalArgumentException("no variable req: not a model of AdminCvqActors"));
    if (req.isFunction()) {
      return req.entries().size();
    }
    throw new IllegalArgumentException("req is not a function: " + req.canonical());
  }

  @Override
  public Optional<Divergence> replay(int index, GraphPath path) {
    Recording trace = new Recording();
    Machine machine = machines.apply(trace);
    List<String> soFar = new ArrayList<>();
    State expected = graph.states().get(path.initial());
    State actual = Abstraction.of(machine.snapshot(), cmdIds, options);
    List<Difference> diff = Divergence.between(expected, actual);
    if (!diff.isEmpty()) {
      return Optional.of(new Divergence(index, 0, soFar, "Init", Optional.empty(), expected, actual, diff));
    }
    int step = 0;
    for (int e : path.edges()) {
      step++;
      Edge edge = graph.edges().get(e);
      Step s = Step.of(edge, graph.states().get(edge.from()), graph.states().get(edge.to()));
      int before = trace.events.size();
      Optional<String> refusal = s.drive(machine);
      if (refusal.isEmpty()) {
        refusal = trace.oneEventNamed(s.action(), before);
      }
      expected = graph.states().get(edge.to());
      actual = Abstraction.of(machine.snapshot(), cmdIds, options);
      diff = Divergence.between(expected, actual);
      if (refusal.isPresent() || !diff.isEmpty()) {
        return Optional.of(new Divergence(index, step, soFar, s.label(), refusal, expected, actual, diff));
      }
      soFar.add(s.label());
    }
    return Optional.empty();
  }

  /** The spec action an edge stands for, with its parameters, and how to drive it. */
  private record Step(SpecAction action, EdgeParams p, int notice) {

    static Step of(Edge edge, State from, State to) {
      EdgeParams p = new EdgeParams(edge);
      for (SpecAction a : SpecAction.values()) {
        if (a.specName().equals(edge.action())) {
          return new Step(a, p, a == SpecAction.DRIVER_LEARN_VF_RESET ? takenNotice(from, to, p.integer("v")) : 0);
        }
      }
      throw new IllegalArgumentException("no implementation action for " + edge.label());
    }

    /** The generation of the notification about {@code v} the edge takes. */
    private static int takenNotice(State from, State to, int v) {
      TlaValue key = TlaValue.Int.of(v);
      List<TlaValue> taken = new ArrayList<>(from.get("resetNotice").orElseThrow().apply(key).elements());
      taken.removeIf(g -> to.get("resetNotice").orElseThrow().apply(key).elements().stream().anyMatch(g::tlaEquals));
      if (taken.size() != 1 || !(taken.get(0) instanceof TlaValue.Int g)) {
        throw new IllegalArgumentException("DriverLearnVfReset(" + v + ") takes no single notification: " + taken);
      }
      return g.value().intValueExact();
    }

    String label() {
      return action == SpecAction.DRIVER_LEARN_VF_RESET
          ? action.specName() + "(v = " + p.integer("v") + ", g = " + notice + ")"
          : p.edge().label();
    }

    /** Drives the action; a refusal (or a mismatch of the command id) is returned as text. */
    Optional<String> drive(Machine m) {
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
        case DRIVER_LEARN_VF_RESET -> outcome = m.driver().driverLearnVfReset(p.integer("v"), notice);
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
      if (outcome instanceof Outcome.Refused<?> refused) {
        return Optional.of(refused.refusal().toString());
      }
      return Optional.empty();
    }
  }

  /** The spec takes the least unused identity; the implementation must take the same one. */
  private static Optional<String> sameId(Machine m, int c) {
    CmdId next = m.driver().nextCmdId();
    return next.value() == c
        ? Optional.empty()
        : Optional.of("the implementation's next command id is " + next.value() + ", the model's " + c);
  }

  private static Command command(EdgeParams p) {
    String op = p.string("op");
    return switch (op) {
      case "setMac" -> new Command.SetMac(Mac.fromSpec(p.integer("arg")));
      case "setTrust" -> new Command.SetTrust(p.bool("arg"));
      default -> throw new IllegalArgumentException("unknown op " + op);
    };
  }

  /** The events the machine traced. */
  private static final class Recording implements TraceSink {
    final List<TraceEvent> events = new ArrayList<>();

    @Override
    public boolean enabled() {
      return true;
    }

    @Override
    public void emit(TraceEvent event) {
      events.add(event);
    }

    /** Empty if exactly one event named {@code action} was traced since {@code from}, else why not. */
    Optional<String> oneEventNamed(SpecAction action, int from) {
      List<String> names = events.subList(from, events.size()).stream().map(TraceEvent::action).toList();
      return names.equals(List.of(action.specName()))
          ? Optional.empty()
          : Optional.of("traced " + names + ", not one " + action.specName() + " event");
    }
  }
}
