package dev.admincvq.conform.v1;

import dev.admincvq.model.State;
import dev.admincvq.model.TlaValue;
import dev.admincvq.reference.v1.AbstractState;
import dev.admincvq.reference.v1.CmdId;
import dev.admincvq.reference.v1.CmdRecord;
import dev.admincvq.reference.v1.Effect;
import dev.admincvq.reference.v1.wire.CtrlCommand;
import dev.admincvq.reference.v1.wire.Mac;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The abstraction function: the reference implementation's {@link AbstractState} as a state of
 * {@code AdminCvq}, variable by variable, in the shape TLC gives its states
 * ({@code reference/TRACE-MAPPING-v1.md}: a {@code CmdId} with no command is {@code NotSubmitted}, a
 * target with no last set-MAC is {@code NoCmd}, MACs are the spec's integers).
 */
public final class Abstraction {
  private Abstraction() {}

  /** The model value for an unused command identity. */
  static final TlaValue NOT_SUBMITTED = new TlaValue.ModelValue("NotSubmitted");

  /** The model value for "no last set-MAC". */
  static final TlaValue NO_CMD = new TlaValue.ModelValue("NoCmd");

  /**
   * {@code a} as a spec state.
   *
   * @param a the implementation's state
   * @param cmdIds the model's {@code CmdId}: identities {@code 1..cmdIds}
   * @return the 13 variables of {@code AdminCvq}, in declaration order
   */
  public static State of(AbstractState a, int cmdIds) {
    List<State.Binding> b = new ArrayList<>();
    b.add(new State.Binding("vfEnable", new TlaValue.Bool(a.vfEnable())));
    b.add(new State.Binding("vfState", fcn(a.vfState(), v -> new TlaValue.Str(v.specName()))));
    b.add(new State.Binding("inc", fcn(a.inc(), Abstraction::num)));
    b.add(new State.Binding("devMac", fcn(a.devMac(), Abstraction::mac)));
    b.add(new State.Binding("trusted", fcn(a.trusted(), TlaValue.Bool::new)));
    List<TlaValue.Fcn.Pair> cmd = new ArrayList<>();
    List<TlaValue.Fcn.Pair> completions = new ArrayList<>();
    for (int c = 1; c <= cmdIds; c++) {
      CmdId id = new CmdId(c);
      CmdRecord r = a.cmd().get(id);
      cmd.add(new TlaValue.Fcn.Pair(num(c), r == null ? NOT_SUBMITTED : record(r)));
      completions.add(new TlaValue.Fcn.Pair(num(c), num(a.completions(id))));
    }
    b.add(new State.Binding("cmd", new TlaValue.Fcn(cmd)));
    b.add(new State.Binding("adminQ", seq(a.adminQ())));
    b.add(new State.Binding("inflight", seq(a.inflight())));
    b.add(new State.Binding("vfq", fcn(a.vfq(), Abstraction::seq)));
    b.add(new State.Binding("drvMac", fcn(a.drvMac(), Abstraction::mac)));
    List<TlaValue.Fcn.Pair> drvLast = new ArrayList<>();
    for (int t = 0; t <= a.numVfs(); t++) {
      drvLast.add(new TlaValue.Fcn.Pair(num(t), a.drvLast(t).map(c -> num(c.value())).orElse(NO_CMD)));
    }
    b.add(new State.Binding("drvLast", new TlaValue.Fcn(drvLast)));
    List<TlaValue> effects = new ArrayList<>();
    for (Effect e : a.effects()) {
      effects.add(effect(e));
    }
    b.add(new State.Binding("effects", new TlaValue.SetOf(effects)));
    b.add(new State.Binding("completions", new TlaValue.Fcn(completions)));
    return new State(b);
  }

  private static TlaValue record(CmdRecord r) {
    CtrlCommand command = r.submission().command();
    TlaValue arg;
    if (command instanceof CtrlCommand.SetMac m) {
      arg = mac(m.mac());
    } else if (command instanceof CtrlCommand.SetTrust t) {
      arg = new TlaValue.Bool(t.trusted());
    } else {
      arg = new TlaValue.Opaque(String.valueOf(command)); // outside the abstraction (RX mode)
    }
    return new TlaValue.Rec(
        List.of(
            field("target", num(r.target())),
            field("inc", num(r.submission().inc())),
            field("chan", new TlaValue.Str(r.chan().specName())),
            field("op", new TlaValue.Str(r.submission().op().specName())),
            field("arg", arg),
            field("status", new TlaValue.Str(r.status().specName())),
            field("seen", new TlaValue.Bool(r.seen())),
            field("preBarrier", new TlaValue.Bool(r.preBarrier())),
            field("gone", new TlaValue.Bool(r.gone()))));
  }

  private static TlaValue effect(Effect e) {
    return new TlaValue.Rec(
        List.of(
            field("cmd", num(e.cmd().value())),
            field("op", new TlaValue.Str(e.op().specName())),
            field("target", num(e.target())),
            field("cmdInc", num(e.cmdInc())),
            field("onInc", num(e.onInc())),
            field("chan", new TlaValue.Str(e.chan().specName())),
            field("trusted", new TlaValue.Bool(e.trusted()))));
  }

  private static TlaValue.Rec.Field field(String name, TlaValue value) {
    return new TlaValue.Rec.Field(name, value);
  }

  private static TlaValue num(int n) {
    return TlaValue.Int.of(n);
  }

  private static TlaValue mac(Mac m) {
    OptionalInt n = m.specValue();
    return n.isPresent() ? num(n.getAsInt()) : new TlaValue.Str(m.toString());
  }

  private static TlaValue seq(List<CmdId> ids) {
    return new TlaValue.Seq(ids.stream().map(c -> num(c.value())).toList());
  }

  private static <V> TlaValue fcn(Map<Integer, V> map, Function<V, TlaValue> value) {
    List<TlaValue.Fcn.Pair> pairs = new ArrayList<>();
    map.forEach((k, v) -> pairs.add(new TlaValue.Fcn.Pair(num(k), value.apply(v))));
    return new TlaValue.Fcn(pairs);
  }
}
