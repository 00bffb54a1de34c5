package dev.admincvq.conform;

import dev.admincvq.model.State;
import dev.admincvq.model.TlaValue;
import dev.admincvq.reference.adminvq.AdminVqSystem;
import dev.admincvq.reference.adminvq.AvqDevice;
import dev.admincvq.reference.adminvq.AvqOptions;
import dev.admincvq.reference.adminvq.AvqSpecNames;
import dev.admincvq.reference.adminvq.AvqVariable;
import dev.admincvq.reference.adminvq.MemberMode;
import dev.admincvq.reference.adminvq.MemberReset;
import dev.admincvq.reference.adminvq.ObjKind;
import dev.admincvq.reference.adminvq.ObjectOptions;
import dev.admincvq.reference.adminvq.wire.AdminCmd;
import dev.admincvq.reference.adminvq.wire.AdminCmdCodec;
import dev.admincvq.reference.adminvq.wire.CmdDecoded;
import dev.admincvq.reference.adminvq.wire.CommandData;
import dev.admincvq.reference.adminvq.wire.GroupType;
import dev.admincvq.reference.adminvq.wire.Opcode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The abstraction function for {@code AdminVq}: a reference {@link AdminVqSystem} as a state of the
 * spec, variable by variable in declaration order. {@code req} and {@code res} are read from the
 * shared buffers' bytes through the codec: the opcode's spec name ({@code LEGACY_DEV_CFG_WRITE} is
 * the spec's {@code "CFG_WRITE"}), the group, the member, the value (the first byte of the payload
 * of a CFG_WRITE or DEV_PARTS_SET, else {@code DefaultVal} 0), bit 0 of DEV_MODE_SET's flags, the
 * queue; statuses and qualifiers by the spec's names ({@link AvqSpecNames}). {@code DefaultVal} is
 * 0, as {@code MCDefault}.
 */
public final class AvqAbstraction {
  private AvqAbstraction() {}

  static final TlaValue NOT_SUBMITTED = new TlaValue.ModelValue("NotSubmitted");
  static final TlaValue NO_RESULT = new TlaValue.ModelValue("NoResult");
  static final TlaValue NO_EFFECT = new TlaValue.ModelValue("NoEffect");
  static final TlaValue NO_SET = new TlaValue.ModelValue("NoSet");
  static final TlaValue NO_CAP = new TlaValue.ModelValue("NoCap");

  /**
   * {@code s} as a spec state.
   *
   * @param s the implementation
   * @param cmdIds the model's {@code CmdId}: identities {@code 1..cmdIds}
   * @return the 31 variables of {@code AdminVq}, in declaration order
   */
  public static State of(AdminVqSystem s, int cmdIds) {
    AvqOptions o = s.options();
    int vfs = o.maxVfs();
    List<State.Binding> b = new ArrayList<>();
    // deviceVars
    b.add(bind(AvqVariable.VF_ENABLE, new TlaValue.Bool(s.device().vfEnable())));
    b.add(bind(AvqVariable.NUM_VFS, num(s.device().numVfs())));
    b.add(bind(AvqVariable.NEEDS_RESET, new TlaValue.Bool(s.device().needsReset())));
    b.add(bind(AvqVariable.LIST_USED, groups(g -> new TlaValue.Bool(s.device().listUsed(g)))));
    b.add(
        bind(
            AvqVariable.MODE,
            byInt(
                1,
                vfs,
                n -> str(s.device().mode().getOrDefault(n, MemberMode.ACTIVE).specName()))));
    b.add(bind(AvqVariable.PARTS, byInt(1, vfs, n -> num(s.device().parts().getOrDefault(n, 0)))));
    b.add(bind(AvqVariable.CFG, byInt(1, vfs, n -> num(s.device().cfg().getOrDefault(n, 0)))));
    b.add(
        bind(
            AvqVariable.MEMBER_RESET,
            byInt(
                1,
                vfs,
                n -> str(s.device().memberReset().getOrDefault(n, MemberReset.NONE).specName()))));
    b.add(bind(AvqVariable.HELD, ints(s.device().held())));
    b.add(bind(AvqVariable.READY, ints(s.device().ready())));
    int objIds = o.objects().objIds();
    b.add(bind(AvqVariable.OBJS, byInt(0, objIds - 1, i -> kind(s.device().objs().get((long) i)))));
    b.add(bind(AvqVariable.CAP_LIMIT, orMarker(s.device().capLimit(), NO_CAP)));
    // sharedVars
    b.add(bind(AvqVariable.REQ, byInt(1, cmdIds, c -> request(s, c))));
    List<TlaValue> aq = new ArrayList<>();
    for (int q = 1; q <= o.numAq(); q++) {
      aq.add(new TlaValue.Seq(s.queues().avail(q).stream().map(AvqAbstraction::num).toList()));
    }
    b.add(bind(AvqVariable.AQ, new TlaValue.Seq(aq)));
    b.add(
        bind(
            AvqVariable.RES,
            byInt(
                1,
                cmdIds,
                c -> s.queues().result(c).map(AvqAbstraction::result).orElse(NO_RESULT))));
    b.add(bind(AvqVariable.DONE, ints(s.queues().used())));
    // driverVars
    b.add(bind(AvqVariable.DRV_OUT, ints(s.driver().drvOut())));
    b.add(bind(AvqVariable.DRV_LIST, groups(g -> str(s.driver().drvList(g).specName()))));
    b.add(
        bind(
            AvqVariable.DRV_MODE,
            byInt(
                1, vfs, n -> str(s.driver().drvMode(n).map(m -> m.specName()).orElse("unknown")))));
    b.add(
        bind(
            AvqVariable.DRV_OBJS,
            byInt(0, objIds - 1, i -> kind(s.driver().drvObjs().get((long) i)))));
    b.add(bind(AvqVariable.DRV_CAP, orMarker(s.driver().drvCap(), NO_CAP)));
    b.add(bind(AvqVariable.DRV_DEV_CAP, new TlaValue.Bool(s.driver().drvDevCap())));
    // historyVars
    b.add(bind(AvqVariable.INC, byInt(1, vfs, n -> num(s.history().inc(n)))));
    b.add(bind(AvqVariable.MEANT_INC, byInt(1, cmdIds, c -> num(s.history().meantInc(c)))));
    b.add(
        bind(
            AvqVariable.EFFECT_INC,
            byInt(1, cmdIds, c -> orMarker(s.history().effectInc(c), NO_EFFECT))));
    b.add(bind(AvqVariable.ABANDONED, ints(s.history().abandoned())));
    b.add(bind(AvqVariable.GIVEN_UP, ints(s.history().givenUp())));
    b.add(bind(AvqVariable.COMPLETIONS, byInt(1, cmdIds, c -> num(s.history().completions(c)))));
    b.add(bind(AvqVariable.LAST_SET, byInt(1, vfs, n -> orMarker(s.history().lastSet(n), NO_SET))));
    b.add(bind(AvqVariable.STALE_RESUME, ints(s.history().staleResume())));
    b.add(bind(AvqVariable.CREATED, byInt(0, objIds - 1, i -> num(s.history().created(i)))));
    return new State(b);
  }

  /** {@code req[c]}: {@code [op, group, member, val, stop, aq]}, decoded from its bytes. */
  private static TlaValue request(AdminVqSystem s, int c) {
    Optional<byte[]> bytes = s.queues().request(c);
    if (bytes.isEmpty()) {
      return NOT_SUBMITTED;
    }
    CmdDecoded<AdminCmd> d = AdminCmdCodec.decodeCmd(bytes.get());
    if (!(d instanceof CmdDecoded.Ok<AdminCmd> ok)) {
      return str("undecodable: " + ((CmdDecoded.Err<AdminCmd>) d).error().message());
    }
    AdminCmd cmd = ok.value();
    String op = Opcode.of(cmd.opcode()).map(AvqSpecNames::op).orElse("opcode " + cmd.opcode());
    String group =
        GroupType.of(cmd.groupType())
            .map(GroupType::specName)
            .orElse("group_type " + cmd.groupType());
    int val = 0;
    if (cmd.data() instanceof CommandData.ConfigWrite w && !w.data().isEmpty()) {
      val = w.data().get(0) & 0xFF;
    } else if (cmd.data() instanceof CommandData.PartsSet p && !p.parts().isEmpty()) {
      val = p.parts().get(0) & 0xFF;
    }
    boolean stop = cmd.data() instanceof CommandData.ModeSet m && m.stop();
    Optional<Opcode> opcode = Opcode.of(cmd.opcode());
    boolean objectCommand =
        opcode
            .map(x -> ObjectOptions.OBJ_OPS.contains(x) || x == Opcode.DEV_PARTS_SET)
            .orElse(false);
    long obj = objectCommand ? AvqDevice.objectId(cmd).orElse(-1L) : 0;
    String kind = AvqDevice.objectKind(cmd).map(ObjKind::specName).orElse("none");
    int lim = AvqDevice.capSetLimit(cmd).orElse(0);
    return new TlaValue.Rec(
        List.of(
            field("op", str(op)),
            field("group", str(group)),
            field("member", TlaValue.Int.of(cmd.groupMemberId())),
            field("val", num(val)),
            field("stop", new TlaValue.Bool(stop)),
            field("obj", TlaValue.Int.of(obj)),
            field("kind", str(kind)),
            field("lim", num(lim)),
            field("aq", num(s.queues().queueOf(c).orElse(0)))));
  }

  /** {@code res[c]}: {@code [status, qual]}, decoded from its bytes. */
  private static TlaValue result(byte[] bytes) {
    AvqSpecNames.Result r = AvqSpecNames.result(bytes);
    return new TlaValue.Rec(
        List.of(field("status", str(r.status())), field("qual", str(r.qual()))));
  }

  /** An object's type by the spec's name, "none" for no object. */
  private static TlaValue kind(@Nullable ObjKind k) {
    return str(k == null ? "none" : k.specName());
  }

  private static TlaValue groups(Function<GroupType, TlaValue> of) {
    List<TlaValue.Rec.Field> fields = new ArrayList<>();
    for (GroupType g : GroupType.values()) {
      fields.add(field(g.specName(), of.apply(g)));
    }
    return new TlaValue.Rec(fields);
  }

  private static TlaValue orMarker(OptionalInt v, TlaValue marker) {
    return v.isPresent() ? num(v.getAsInt()) : marker;
  }

  private static State.Binding bind(AvqVariable variable, TlaValue value) {
    return new State.Binding(variable.specName(), value);
  }

  private static TlaValue.Rec.Field field(String name, TlaValue value) {
    return new TlaValue.Rec.Field(name, value);
  }

  private static TlaValue num(int n) {
    return TlaValue.Int.of(n);
  }

  private static TlaValue str(String s) {
    return new TlaValue.Str(s);
  }

  private static TlaValue ints(Collection<Integer> values) {
    return new TlaValue.SetOf(values.stream().sorted().map(AvqAbstraction::num).toList());
  }

  /** A function on {@code from..to}. */
  private static TlaValue byInt(int from, int to, IntFunction<TlaValue> of) {
    List<TlaValue.Fcn.Pair> pairs = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      pairs.add(new TlaValue.Fcn.Pair(num(i), of.apply(i)));
    }
    return new TlaValue.Fcn(pairs);
  }
}
