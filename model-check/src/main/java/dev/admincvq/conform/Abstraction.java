package dev.admincvq.conform;

import dev.admincvq.model.State;
import dev.admincvq.model.TlaValue;
import dev.admincvq.reference.AbstractState;
import dev.admincvq.reference.CmdId;
import dev.admincvq.reference.DeviceCheck;
import dev.admincvq.reference.Options;
import dev.admincvq.reference.SpecVariable;
import dev.admincvq.reference.shared.Request;
import dev.admincvq.reference.wire.Command;
import dev.admincvq.reference.wire.Mac;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The abstraction function: the reference implementation's {@link AbstractState} as a state of
 * {@code AdminCvqActors}, variable by variable, in the spec's order and in the shape TLC gives its
 * states. Where the Java value differs from the spec's ({@code reference/TRACE-MAPPING.md}): a
 * command with no buffer is {@code NotSubmitted} with ack {@code "none"}; a target with no last
 * set-MAC is {@code NoCmd}; a command that changed nothing has {@code effectOn} {@code NoEffect};
 * MACs are the spec's integers; the ring index of a request is its {@code pos} where the spec keeps
 * it ({@code "availFence"}), else 0; a request without the proposal's field has {@code wgen} 0.
 */
public final class Abstraction {
  private Abstraction() {}

  /** The model value for an unused command identity. */
  static final TlaValue NOT_SUBMITTED = new TlaValue.ModelValue("NotSubmitted");

  /** The model value for "no last set-MAC". */
  static final TlaValue NO_CMD = new TlaValue.ModelValue("NoCmd");

  /** The model value for "changed nothing". */
  static final TlaValue NO_EFFECT = new TlaValue.ModelValue("NoEffect");

  /**
   * {@code a} as a spec state.
   *
   * @param a the implementation's state
   * @param cmdIds the model's {@code CmdId}: identities {@code 1..cmdIds}
   * @param options the constants the implementation was built with
   * @return the 27 variables of {@code AdminCvqActors}, in declaration order
   */
  public static State of(AbstractState a, int cmdIds, Options options) {
    List<State.Binding> b = new ArrayList<>();
    // deviceVars
    b.add(bind(SpecVariable.VF_ENABLE, new TlaValue.Bool(a.device().vfEnable())));
    b.add(bind(SpecVariable.NUM_VFS, num(a.device().numVfs())));
    b.add(
        bind(
            SpecVariable.VF_STATE, fcn(a.device().vfState(), v -> new TlaValue.Str(v.specName()))));
    b.add(bind(SpecVariable.GEN, fcn(a.device().gen(), Abstraction::num)));
    b.add(bind(SpecVariable.FENCE, fcn(a.device().fence(), Abstraction::num)));
    b.add(bind(SpecVariable.PROV_MAC, fcn(a.device().provMac(), Abstraction::mac)));
    b.add(bind(SpecVariable.TRUSTED, fcn(a.device().trusted(), TlaValue.Bool::new)));
    b.add(
        bind(
            SpecVariable.FETCH_GEN, byCmd(cmdIds, c -> num(orZero(a.device().fetchGen().get(c))))));
    // sharedVars
    boolean keepsPos = options.deviceCheck() == DeviceCheck.AVAIL_FENCE;
    b.add(
        bind(
            SpecVariable.REQ,
            byCmd(cmdIds, c -> a.req(c).map(r -> request(r, keepsPos)).orElse(NOT_SUBMITTED))));
    b.add(bind(SpecVariable.AVAIL_IDX, num(a.shared().availIdx())));
    b.add(bind(SpecVariable.ADMIN_Q, seq(a.shared().adminQ())));
    b.add(bind(SpecVariable.INFLIGHT, seq(a.device().inflight())));
    b.add(bind(SpecVariable.ADMIN_USED, seq(a.shared().adminUsed())));
    b.add(bind(SpecVariable.VFQ, fcn(a.shared().vfq(), Abstraction::seq)));
    b.add(bind(SpecVariable.ACK, byCmd(cmdIds, c -> new TlaValue.Str(a.ack(c).specName()))));
    b.add(bind(SpecVariable.RESET_NOTICE, fcn(a.shared().resetNotice(), Abstraction::ints)));
    // driverVars
    b.add(bind(SpecVariable.DRV_OUT, cmds(a.driver().drvOut())));
    b.add(bind(SpecVariable.DRV_IGNORE, cmds(a.driver().drvIgnore())));
    b.add(bind(SpecVariable.DRV_MAC, fcn(a.driver().drvMac(), Abstraction::mac)));
    List<TlaValue.Fcn.Pair> drvLast = new ArrayList<>();
    for (int t = 0; t <= a.maxVfs(); t++) {
      drvLast.add(
          new TlaValue.Fcn.Pair(num(t), a.drvLast(t).map(c -> num(c.value())).orElse(NO_CMD)));
    }
    b.add(bind(SpecVariable.DRV_LAST, new TlaValue.Fcn(drvLast)));
    b.add(bind(SpecVariable.DRV_GEN, fcn(a.driver().drvGen(), Abstraction::num)));
    // historyVars
    b.add(bind(SpecVariable.MEANT_FOR, byCmd(cmdIds, c -> num(a.history().meantFor(c)))));
    b.add(bind(SpecVariable.EFFECT_ON, byCmd(cmdIds, c -> effect(a.history().effectOn(c)))));
    b.add(bind(SpecVariable.GONE_AT, cmds(a.history().goneAt())));
    b.add(bind(SpecVariable.GRANT_FOR, fcn(a.history().grantFor(), Abstraction::num)));
    b.add(bind(SpecVariable.TRUST_OBEYED, cmds(a.history().trustObeyed())));
    b.add(bind(SpecVariable.COMPLETIONS, byCmd(cmdIds, c -> num(a.history().completions(c)))));
    return new State(b);
  }

  /** {@code req[c]}: {@code [target, chan, op, arg, pos, wgen]}. */
  private static TlaValue request(Request r, boolean keepsPos) {
    Command command = r.command();
    TlaValue arg =
        command instanceof Command.SetMac m
            ? mac(m.mac())
            : new TlaValue.Bool(((Command.SetTrust) command).trusted());
    return new TlaValue.Rec(
        List.of(
            field("target", num(r.target())),
            field("chan", new TlaValue.Str(r.chan().specName())),
            field("op", new TlaValue.Str(command.specOp())),
            field("arg", arg),
            field("pos", num(keepsPos ? r.ringIndex() : 0)),
            field("wgen", num(r.memberGeneration().orElse(0)))));
  }

  private static TlaValue effect(OptionalInt g) {
    return g.isPresent() ? num(g.getAsInt()) : NO_EFFECT;
  }

  private static State.Binding bind(SpecVariable variable, TlaValue value) {
    return new State.Binding(variable.specName(), value);
  }

  private static TlaValue.Rec.Field field(String name, TlaValue value) {
    return new TlaValue.Rec.Field(name, value);
  }

  private static TlaValue num(int n) {
    return TlaValue.Int.of(n);
  }

  private static int orZero(@Nullable Integer n) {
    return n == null ? 0 : n;
  }

  private static TlaValue mac(Mac m) {
    OptionalInt n = m.specValue();
    return n.isPresent() ? num(n.getAsInt()) : new TlaValue.Str(m.toString());
  }

  private static TlaValue seq(List<CmdId> ids) {
    return new TlaValue.Seq(ids.stream().map(c -> num(c.value())).toList());
  }

  private static TlaValue cmds(Collection<CmdId> ids) {
    return new TlaValue.SetOf(ids.stream().map(c -> num(c.value())).toList());
  }

  private static TlaValue ints(Collection<Integer> values) {
    return new TlaValue.SetOf(values.stream().map(Abstraction::num).toList());
  }

  /** A function on {@code 1..cmdIds}. */
  private static TlaValue byCmd(int cmdIds, Function<CmdId, TlaValue> ofId) {
    List<TlaValue.Fcn.Pair> pairs = new ArrayList<>();
    for (int c = 1; c <= cmdIds; c++) {
      pairs.add(new TlaValue.Fcn.Pair(num(c), ofId.apply(new CmdId(c))));
    }
    return new TlaValue.Fcn(pairs);
  }

  private static <V> TlaValue fcn(Map<Integer, V> map, Function<V, TlaValue> value) {
    List<TlaValue.Fcn.Pair> pairs = new ArrayList<>();
    map.forEach((k, v) -> pairs.add(new TlaValue.Fcn.Pair(num(k), value.apply(v))));
    return new TlaValue.Fcn(pairs);
  }
}
