package dev.admincvq.conform;

import dev.admincvq.graph.Edge;
import dev.admincvq.graph.GraphPath;
import dev.admincvq.graph.StateGraph;
import dev.admincvq.model.Difference;
import dev.admincvq.model.State;
import dev.admincvq.model.TlaValue;
import dev.admincvq.reference.adminvq.AdminVqSystem;
import dev.admincvq.reference.adminvq.AvqAction;
import dev.admincvq.reference.adminvq.AvqRefusal;
import dev.admincvq.reference.adminvq.AvqSpecNames;
import dev.admincvq.reference.adminvq.ObjKind;
import dev.admincvq.reference.adminvq.wire.GroupType;
import dev.admincvq.reference.adminvq.wire.Opcode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Replays a path of a model of {@code AdminVq} in lockstep on a fresh reference {@link
 * AdminVqSystem}: drives each edge's action on the actor that owns it, with the edge's parameters,
 * then compares the abstraction of the system's state ({@link AvqAbstraction}) with the edge's
 * target state.
 *
 * <p>{@code DeviceTake(q, c)} and {@code DeviceAnswerHeld(c)} choose a result inside the action
 * ({@code \E o \in Results(r)}); the choice the edge made is read from its target state: the device
 * is asked to answer EAGAIN iff the edge's {@code res[c]} is EAGAIN. Everything else the device
 * decides itself.
 */
public final class AvqReplayer implements PathReplayer {
  private final StateGraph graph;
  private final int cmdIds;
  private final Supplier<AdminVqSystem> systems;

  /**
   * A replayer for {@code graph}'s paths on the systems {@code systems} builds.
   *
   * @param graph the model's state graph
   * @param systems a fresh system in the model's initial state
   */
  public AvqReplayer(StateGraph graph, Supplier<AdminVqSystem> systems) {
    this.graph = graph;
    this.systems = systems;
    TlaValue req =
        graph.initial().isEmpty()
            ? new TlaValue.Seq(List.of())
            : graph.states().get(graph.initial().get(0)).get("req")
                .orElseThrow(() -> new IllegalArgumentException("no variable req: not a model of AdminVq"));
    this.cmdIds = req.isFunction() ? req.entries().size() : 0;
  }

  @Override
  public Optional<Divergence> replay(int index, GraphPath path) {
    AdminVqSystem system = systems.get();
    List<String> soFar = new ArrayList<>();
    State expected = graph.states().get(path.initial());
    List<Difference> diff = Divergence.between(expected, AvqAbstraction.of(system, cmdIds));
    if (!diff.isEmpty()) {
      return Optional.of(new Divergence(index, 0, soFar, "Init", Optional.empty(), expected, AvqAbstraction.of(system, cmdIds), diff));
    }
    int step = 0;
    for (int e : path.edges()) {
      step++;
      Edge edge = graph.edges().get(e);
      expected = graph.states().get(edge.to());
      Optional<String> refusal = drive(system, edge, expected).map(AvqRefusal::toString);
      State actual = AvqAbstraction.of(system, cmdIds);
      diff = Divergence.between(expected, actual);
      if (refusal.isPresent() || !diff.isEmpty()) {
        return Optional.of(new Divergence(index, step, soFar, edge.label(), refusal, expected, actual, diff));
      }
      soFar.add(edge.label());
    }
    return Optional.empty();
  }

  /** Drives the edge's action on {@code s}; a refusal, or an id mismatch, is returned. */
  private static Optional<AvqRefusal> drive(AdminVqSystem s, Edge edge, State to) {
    EdgeParams p = new EdgeParams(edge);
    String action = edge.action();
    if (action.equals(AvqAction.DRIVER_SUBMIT.specName())) {
      int c = p.integer("c");
      if (s.driver().nextCmdId() != c) {
        return Optional.of(new AvqRefusal(AvqAction.DRIVER_SUBMIT, "the implementation's next command id is " + s.driver().nextCmdId() + ", the model's " + c));
      }
      return s.driver().driverSubmit(p.integer("q"), group(p.string("g")), opcode(p.string("op")), p.integer("n"), p.integer("v"), p.bool("stop"));
    } else if (action.equals(AvqAction.DRIVER_SUBMIT_CAP.specName()) || action.equals(AvqAction.DRIVER_SUBMIT_OBJ.specName())) {
      int c = p.integer("c");
      if (s.driver().nextCmdId() != c) {
        return Optional.of(new AvqRefusal(AvqAction.DRIVER_SUBMIT, "the implementation's next command id is " + s.driver().nextCmdId() + ", the model's " + c));
      }
      if (action.equals(AvqAction.DRIVER_SUBMIT_CAP.specName())) {
        return s.driver().driverSubmitCap(p.integer("q"), opcode(p.string("op")), p.integer("l"));
      }
      String k = p.string("k");
      return s.driver().driverSubmitObj(
          p.integer("q"), opcode(p.string("op")), p.integer("o"), k.equals("none") ? Optional.empty() : Optional.of(ObjKind.valueOf(k)));
    } else if (action.equals(AvqAction.DRIVER_COLLECT.specName())) {
      return s.driver().driverCollect(p.integer("c"));
    } else if (action.equals(AvqAction.DRIVER_SRIOV_DISABLE.specName())) {
      return s.driver().driverSriovDisable();
    } else if (action.equals(AvqAction.DRIVER_SRIOV_ENABLE.specName())) {
      return s.driver().driverSriovEnable(p.integer("k"));
    } else if (action.equals(AvqAction.DRIVER_RESET_DEVICE.specName())) {
      return s.driver().driverResetDevice();
    } else if (action.equals(AvqAction.DRIVER_RECOVER.specName())) {
      return s.driver().driverRecover();
    } else if (action.equals(AvqAction.MEMBER_DRIVER_RESET.specName())) {
      return s.member(p.integer("n")).memberDriverReset();
    } else if (action.equals(AvqAction.MEMBER_DRIVER_FLR.specName())) {
      return s.member(p.integer("n")).memberDriverFlr();
    } else if (action.equals(AvqAction.DEVICE_MEMBER_RESET_DONE.specName())) {
      return s.device().deviceMemberResetDone(p.integer("n"));
    } else if (action.equals(AvqAction.DEVICE_TAKE.specName())) {
      int c = p.integer("c");
      return s.device().deviceTake(p.integer("q"), c, answeredEagain(to, c));
    } else if (action.equals(AvqAction.DEVICE_ANSWER_HELD.specName())) {
      int c = p.integer("c");
      return s.device().deviceAnswerHeld(c, answeredEagain(to, c));
    } else if (action.equals(AvqAction.DEVICE_NEEDS_RESET.specName())) {
      return s.device().deviceNeedsReset();
    }
    throw new IllegalArgumentException("no implementation action for " + edge.label());
  }

  /** Whether {@code res[c]} is EAGAIN in {@code to}. */
  private static boolean answeredEagain(State to, int c) {
    TlaValue res = to.get("res").orElseThrow().apply(TlaValue.Int.of(c));
    return res.isFunction() && res.field("status") instanceof TlaValue.Str s && s.value().equals("EAGAIN");
  }

  private static GroupType group(String name) {
    for (GroupType g : GroupType.values()) {
      if (g.specName().equals(name)) {
        return g;
      }
    }
    throw new IllegalArgumentException("unknown group " + name);
  }

  private static Opcode opcode(String name) {
    for (Opcode o : Opcode.values()) {
      if (AvqSpecNames.op(o).equals(name)) {
        return o;
      }
    }
    throw new IllegalArgumentException("unknown op " + name);
  }
}
