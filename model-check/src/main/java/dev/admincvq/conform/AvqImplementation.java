package dev.admincvq.conform;

import dev.admincvq.graph.Edge;
import dev.admincvq.graph.StateGraph;
import dev.admincvq.model.State;
import dev.admincvq.model.TlaValue;
import dev.admincvq.reference.adminvq.AdminVqSystem;
import dev.admincvq.reference.adminvq.AvqAction;
import dev.admincvq.reference.adminvq.AvqRefusal;
import dev.admincvq.reference.adminvq.AvqSpecNames;
import dev.admincvq.reference.adminvq.AvqVariable;
import dev.admincvq.reference.adminvq.ObjKind;
import dev.admincvq.reference.adminvq.wire.GroupType;
import dev.admincvq.reference.adminvq.wire.Opcode;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code AdminVq} on the reference {@link AdminVqSystem}, for the replay core: drives each edge's
 * action on the actor that owns it, with the edge's parameters; the system's state is abstracted by
 * {@link AvqAbstraction}.
 *
 * <p>{@code DeviceTake(q, c)} and {@code DeviceAnswerHeld(c)} choose a result inside the action
 * ({@code \E o \in Results(r)}); the choice the edge made is read from its target state: the device
 * is asked to answer EAGAIN iff the edge's {@code res[c]} is EAGAIN. Everything else the device
 * decides itself.
 */
public final class AvqImplementation implements SpecImplementation<AdminVqSystem> {
  private final int cmdIds;
  private final Supplier<AdminVqSystem> systems;

  private AvqImplementation(int cmdIds, Supplier<AdminVqSystem> systems) {
    this.cmdIds = cmdIds;
    this.systems = systems;
  }

  /**
   * A replayer of {@code graph}'s paths on the systems {@code systems} builds.
   *
   * @param graph the model's state graph
   * @param systems a fresh system in the model's initial state
   */
  public static PathReplayer replayer(StateGraph graph, Supplier<AdminVqSystem> systems) {
    return new LockstepReplayer<>(
        graph,
        new AvqImplementation(
            ExploredModel.cmdIds(graph, "AdminVq", AvqVariable.REQ.specName()), systems));
  }

  @Override
  public AdminVqSystem fresh() {
    return systems.get();
  }

  @Override
  public State abstraction(AdminVqSystem system) {
    return AvqAbstraction.of(system, cmdIds);
  }

  @Override
  public Step<AdminVqSystem> step(Edge edge, State from, State to) {
    return new Step<>(edge.label(), s -> drive(s, edge, to).map(AvqRefusal::toString));
  }

  /** Drives the edge's action on {@code s}; a refusal, or an id mismatch, is returned. */
  private static Optional<AvqRefusal> drive(AdminVqSystem s, Edge edge, State to) {
    EdgeParams p = new EdgeParams(edge);
    AvqAction action =
        AvqAction.ofSpecName(edge.action())
            .orElseThrow(
                () -> new IllegalArgumentException("no implementation action for " + edge.label()));
    return switch (action) {
      case DRIVER_SUBMIT ->
          freshId(s, p.integer("c"))
              .or(
                  () ->
                      s.driver()
                          .driverSubmit(
                              p.integer("q"),
                              GroupType.ofSpecName(p.string("g"))
                                  .orElseThrow(
                                      () ->
                                          new IllegalArgumentException(
                                              "unknown group " + p.string("g"))),
                              opcode(p.string("op")),
                              p.integer("n"),
                              p.integer("v"),
                              p.bool("stop")));
      case DRIVER_SUBMIT_CAP ->
          freshId(s, p.integer("c"))
              .or(
                  () ->
                      s.driver()
                          .driverSubmitCap(p.integer("q"), opcode(p.string("op")), p.integer("l")));
      case DRIVER_SUBMIT_OBJ ->
          freshId(s, p.integer("c"))
              .or(
                  () ->
                      s.driver()
                          .driverSubmitObj(
                              p.integer("q"),
                              opcode(p.string("op")),
                              p.integer("o"),
                              p.string("k").equals("none")
                                  ? Optional.empty()
                                  : Optional.of(ObjKind.valueOf(p.string("k")))));
      case DRIVER_COLLECT -> s.driver().driverCollect(p.integer("c"));
      case DRIVER_SRIOV_DISABLE -> s.driver().driverSriovDisable();
      case DRIVER_SRIOV_ENABLE -> s.driver().driverSriovEnable(p.integer("k"));
      case DRIVER_RESET_DEVICE -> s.driver().driverResetDevice();
      case DRIVER_RECOVER -> s.driver().driverRecover();
      case MEMBER_DRIVER_RESET -> s.member(p.integer("n")).memberDriverReset();
      case MEMBER_DRIVER_FLR -> s.member(p.integer("n")).memberDriverFlr();
      case DEVICE_MEMBER_RESET_DONE -> s.device().deviceMemberResetDone(p.integer("n"));
      case DEVICE_TAKE ->
          s.device().deviceTake(p.integer("q"), p.integer("c"), answeredEagain(to, p.integer("c")));
      case DEVICE_ANSWER_HELD ->
          s.device().deviceAnswerHeld(p.integer("c"), answeredEagain(to, p.integer("c")));
      case DEVICE_NEEDS_RESET -> s.device().deviceNeedsReset();
    };
  }

  /**
   * A refusal when the implementation's next command id is not {@code c}, the id the model's
   * submission takes.
   */
  private static Optional<AvqRefusal> freshId(AdminVqSystem s, int c) {
    if (s.driver().nextCmdId() == c) {
      return Optional.empty();
    }
    return Optional.of(
        new AvqRefusal(
            AvqAction.DRIVER_SUBMIT,
            "the implementation's next command id is "
                + s.driver().nextCmdId()
                + ", the model's "
                + c));
  }

  /** Whether {@code res[c]} is EAGAIN in {@code to}. */
  private static boolean answeredEagain(State to, int c) {
    TlaValue res = to.get(AvqVariable.RES.specName()).orElseThrow().apply(TlaValue.Int.of(c));
    return res.isFunction()
        && res.field("status") instanceof TlaValue.Str s
        && s.value().equals("EAGAIN");
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
