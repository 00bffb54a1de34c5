package dev.admincvq.conform.v1;

import dev.admincvq.conform.Divergence;
import dev.admincvq.graph.Edge;
import dev.admincvq.graph.GraphPath;
import dev.admincvq.graph.StateGraph;
import dev.admincvq.model.Difference;
import dev.admincvq.model.State;
import dev.admincvq.model.TlaValue;
import dev.admincvq.reference.v1.CmdId;
import dev.admincvq.reference.v1.Machine;
import dev.admincvq.reference.v1.Outcome;
import dev.admincvq.reference.v1.Settings;
import dev.admincvq.reference.v1.wire.CtrlCommand;
import dev.admincvq.reference.v1.wire.Mac;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Replays a path of the model's state graph in lockstep on a fresh reference {@link Machine}:
 * drives each edge's action with its parameters, then compares the abstraction of the machine's
 * state with the edge's target state.
 */
public final class Replayer {
  private final StateGraph graph;
  private final Settings settings;
  private final int cmdIds;

  /**
   * A replayer for {@code graph}'s paths.
   *
   * @param graph the model's state graph
   * @param settings the machine's settings: the model's {@code NumVFs} and design options
   */
  public Replayer(StateGraph graph, Settings settings) {
    this.graph = graph;
    this.settings = settings;
    this.cmdIds = graph.initial().isEmpty() ? 0 : cmdIdsOf(graph.states().get(graph.initial().get(0)));
  }

  /** The number of command identities: the size of {@code cmd}'s domain in {@code init}. */
  static int cmdIdsOf(State init) {
    TlaValue cmd = init.get("cmd").orElseThrow(() -> new IllegalArgumentException("no variable cmd"));
    if (cmd.isFunction()) {
      return cmd.entries().size();
    }
    throw new IllegalArgumentException("cmd is not a function: " + cmd.canonical());
  }

  /**
   * Replays {@code path}.
   *
   * @param index the path's index (for the report)
   * @param path the path
   * @return its first divergence, or empty if every step conforms
   */
  public Optional<Divergence> replay(int index, GraphPath path) {
    Machine machine = new Machine(settings);
    List<String> soFar = new ArrayList<>();
    State expected = graph.states().get(path.initial());
    State actual = Abstraction.of(machine.snapshot(), cmdIds);
    List<Difference> diff = Divergence.between(expected, actual);
    if (!diff.isEmpty()) {
      return Optional.of(new Divergence(index, 0, soFar, "Init", Optional.empty(), expected, actual, diff));
    }
    int step = 0;
    for (int e : path.edges()) {
      step++;
      Edge edge = graph.edges().get(e);
      Optional<String> refusal = drive(machine, edge);
      expected = graph.states().get(edge.to());
      actual = Abstraction.of(machine.snapshot(), cmdIds);
      diff = Divergence.between(expected, actual);
      if (refusal.isPresent() || !diff.isEmpty()) {
        return Optional.of(new Divergence(index, step, soFar, edge.label(), refusal, expected, actual, diff));
      }
      soFar.add(edge.label());
    }
    return Optional.empty();
  }

  /**
   * The implementation's refusal of an action after {@code path}: drives the path's steps on a fresh
   * machine without comparing states (replay it first to compare), then the action.
   *
   * @param path a path of the graph
   * @param action a spec action's name
   * @param parameters its parameters by name
   * @return the refusal, or empty if the implementation takes the action
   * @throws IllegalStateException if the implementation refuses a step of the path itself
   */
  public Optional<String> refusalAfter(GraphPath path, String action, List<State.Binding> parameters) {
    Machine machine = new Machine(settings);
    for (int e : path.edges()) {
      Edge edge = graph.edges().get(e);
      Optional<String> refusal = drive(machine, edge);
      if (refusal.isPresent()) {
        throw new IllegalStateException("the implementation refuses " + edge.label() + ": " + refusal.get());
      }
    }
    return drive(machine, new Edge(path.initial(), path.initial(), action, parameters));
  }

  /** Drives the edge's action; a refusal (or a mismatch of the command id) is returned as text. */
  private static Optional<String> drive(Machine m, Edge edge) {
    Params p = new Params(edge);
    Outcome<?> outcome;
    switch (edge.action()) {
      case "DriverSubmitAdmin" -> {
        Optional<String> id = sameId(m, p.integer("c"));
        if (id.isPresent()) {
          return id;
        }
        outcome = m.driver().submitAdmin(p.integer("t"), command(p));
      }
      case "DriverSubmitVf" -> {
        Optional<String> id = sameId(m, p.integer("c"));
        if (id.isPresent()) {
          return id;
        }
        outcome = m.driver().submitVf(p.integer("v"), new CtrlCommand.SetMac(Mac.fromSpec(p.integer("arg"))));
      }
      case "DeviceFetch" -> outcome = m.device().fetch(new CmdId(p.integer("c")));
      case "DeviceProcess" -> outcome = m.device().process(new CmdId(p.integer("c")));
      case "DriverCollect" -> outcome = m.driver().collect(new CmdId(p.integer("c")));
      case "DeviceProcessVf" -> outcome = m.device().processVf(p.integer("v"));
      case "SriovDisable" -> outcome = m.driver().sriovDisable();
      case "SriovEnable" -> outcome = m.driver().sriovEnable();
      case "VfNeedsReset" -> outcome = m.device().needReset(p.integer("v"));
      case "DriverResetVf" -> outcome = m.driver().resetVf(p.integer("v"));
      default -> {
        return Optional.of("no implementation action for " + edge.action());
      }
    }
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
        : Optional.of("the implementation's next command id is " + next.value() + ", the model's " + c);
  }

  private static CtrlCommand command(Params p) {
    String op = p.string("op");
    return switch (op) {
      case "setMac" -> new CtrlCommand.SetMac(Mac.fromSpec(p.integer("arg")));
      case "setTrust" -> new CtrlCommand.SetTrust(p.bool("arg"));
      default -> throw new IllegalArgumentException("unknown op " + op);
    };
  }

  /** An edge's parameters by name. */
  private record Params(Edge edge) {
    TlaValue get(String name) {
      for (State.Binding b : edge.parameters()) {
        if (b.variable().equals(name)) {
          return b.value();
        }
      }
      throw new IllegalArgumentException(edge.label() + " has no parameter " + name);
    }

    int integer(String name) {
      if (get(name) instanceof TlaValue.Int i) {
        return i.value().intValueExact();
      }
      throw new IllegalArgumentException(edge.label() + ": " + name + " is not an integer");
    }

    boolean bool(String name) {
      if (get(name) instanceof TlaValue.Bool b) {
        return b.value();
      }
      throw new IllegalArgumentException(edge.label() + ": " + name + " is not a boolean");
    }

    String string(String name) {
      if (get(name) instanceof TlaValue.Str s) {
        return s.value();
      }
      throw new IllegalArgumentException(edge.label() + ": " + name + " is not a string");
    }
  }
}
