package dev.admincvq.reference.adminvq;

import com.google.common.collect.ImmutableList;
import dev.admincvq.reference.adminvq.wire.AdminCmd;
import dev.admincvq.reference.adminvq.wire.AdminCmdCodec;
import dev.admincvq.reference.adminvq.wire.AdminResult;
import dev.admincvq.reference.adminvq.wire.AdminStatus;
import dev.admincvq.reference.adminvq.wire.CmdDecoded;
import dev.admincvq.reference.adminvq.wire.CommandData;
import dev.admincvq.reference.adminvq.wire.GroupType;
import dev.admincvq.reference.adminvq.wire.Opcode;
import dev.admincvq.reference.adminvq.wire.StatusQualifier;
import dev.admincvq.reference.trace.TraceSink;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The owner device and its members ({@code deviceVars}): the SR-IOV registers, DEVICE_NEEDS_RESET,
 * each group's list of commands used by the driver, each member's mode, parts, configuration and
 * reset in progress, and the commands it holds. It reads the administration virtqueues' buffers as
 * bytes ({@link AdminCmdCodec}) and writes results as bytes.
 *
 * <p>DEV_PARTS_SET to a member that is not stopped, or naming no device parts object of type SET:
 * the text says the device "SHOULD respond with an error status" and names none (the spec's {@code
 * "EUNNAMED"}); this implementation answers {@link #PARTS_SET_REFUSED} with {@link
 * StatusQualifier#Q_INVALID_COMMAND}, its own choice. The failures the spec gives no qualifier
 * (ENXIO, EBUSY, ENOSPC, EEXIST) carry {@link StatusQualifier#Q_INVALID_COMMAND} ("command error:
 * no additional information"), an EINVAL for a driver capability above the device's {@link
 * StatusQualifier#Q_INVALID_FIELD}.
 *
 * <p>Resource objects are VIRTIO_RESOURCE_OBJ_DEV_PARTS objects (hdr.type 0) of the Self group, by
 * id; the driver capability is VIRTIO_DEV_PARTS_CAP's set_parts_resource_objects_limit. A
 * capability or resource object command for another object type or capability id, or without a
 * GET/SET type, passes nothing of the spec's validation: EINVAL with {@link
 * StatusQualifier#Q_INVALID_FIELD}.
 *
 * <p>The abstract values the spec's commands write are one byte: the first byte of a legacy
 * configuration write's {@code data[]} and of DEV_PARTS_SET's {@code parts[]}; 0 is {@code
 * DefaultVal}. A command of the spec's opcodes without that byte, or whose bytes do not decode,
 * passes nothing of the spec's validation: it is answered EINVAL with {@link
 * StatusQualifier#Q_INVALID_FIELD} (no driver of this package sends one).
 */
public final class AvqDevice {
  private final AvqOptions options;
  private final AdminQueues queues;
  private final AvqHistory history;
  private boolean vfEnable = true;
  private int numVfs;
  private boolean needsReset;
  private final Map<GroupType, Optional<Set<Opcode>>> usedList = new EnumMap<>(GroupType.class);
  private final Map<Integer, MemberMode> mode = new TreeMap<>();
  private final Map<Integer, Integer> parts = new TreeMap<>();
  private final Map<Integer, Integer> cfg = new TreeMap<>();
  private final Map<Integer, MemberReset> memberReset = new TreeMap<>();

  /** Held and ready commands, each with the queue it was taken from and its member. */
  private final Map<Integer, Taken> held = new TreeMap<>();

  private final Map<Integer, Taken> ready = new TreeMap<>();

  /** The device parts objects by resource id ({@code objs}; an absent id is "none"). */
  private final Map<Long, ObjKind> objs = new TreeMap<>();

  /** {@code capLimit}; empty for {@code NoCap}. */
  private OptionalInt capLimit = OptionalInt.empty();

  /** The status of a DEV_PARTS_SET the device refuses: 1, the status table's "other". */
  public static final int PARTS_SET_REFUSED = 1;

  /** VIRTIO_RESOURCE_OBJ_DEV_PARTS, the resource object type (0x000). */
  public static final int DEV_PARTS_OBJECT = 0;

  private final TraceSink trace;

  private record Taken(int queue, int member) {}

  /**
   * {@code InitFrom(listed, prepared)}: VF Enable set with NumVFs = MaxVFs, every member new and
   * operating; when prepared, the driver capability set to the device's and object 0 of type SET.
   */
  AvqDevice(
      AvqOptions options,
      AdminQueues queues,
      AvqHistory history,
      boolean listed,
      boolean prepared,
      TraceSink trace) {
    this.trace = trace;
    this.options = options;
    this.queues = queues;
    this.history = history;
    this.numVfs = options.maxVfs();
    for (GroupType g : GroupType.values()) {
      usedList.put(
          g,
          listed && options.deviceGroups().contains(g)
              ? Optional.of(options.supported(g))
              : Optional.empty());
    }
    for (int n = 1; n <= options.maxVfs(); n++) {
      mode.put(n, MemberMode.ACTIVE);
      parts.put(n, 0);
      cfg.put(n, 0);
      memberReset.put(n, MemberReset.NONE);
    }
    if (prepared) {
      capLimit = OptionalInt.of(options.objects().partsObjLimit());
      objs.put(0L, ObjKind.SET);
    }
  }

  // ---- the device's validation (DeviceValidates, Results) ----

  /** {@code UsesMember(op)}: the member commands use group_member_id, the list commands do not. */
  private static boolean usesMember(int opcode) {
    return Opcode.of(opcode).map(AvqOptions.MEMBER_OPS::contains).orElse(false);
  }

  private boolean sriovRuleApplies(AdminCmd cmd) {
    return options.sriovRuleScope() == AvqOptions.SriovRuleScope.ALL || usesMember(cmd.opcode());
  }

  private Set<Opcode> usedOps(GroupType g) {
    return usedList.getOrDefault(g, Optional.empty()).orElse(AvqOptions.LIST_OPS);
  }

  /**
   * {@code DeviceValidates(r)}: the qualifier of the first check that fails, in the text's order.
   */
  StatusQualifier validate(AdminCmd cmd) {
    Optional<GroupType> g = GroupType.of(cmd.groupType());
    if (g.isEmpty() || !options.deviceGroups().contains(g.get())) {
      return StatusQualifier.Q_INVALID_GROUP;
    }
    boolean sriov = g.get() == GroupType.SRIOV;
    if (sriov && sriovRuleApplies(cmd) && !vfEnable) {
      return StatusQualifier.Q_INVALID_GROUP;
    }
    Optional<Opcode> op = Opcode.of(cmd.opcode());
    if (op.isEmpty()
        || !options.supported(g.get()).contains(op.get())
        || !usedOps(g.get()).contains(op.get())) {
      return StatusQualifier.Q_INVALID_OPCODE;
    }
    long member = cmd.groupMemberId();
    if (!sriov && usesMember(cmd.opcode()) && member != 0) {
      return StatusQualifier.Q_INVALID_MEMBER;
    }
    if (sriov && sriovRuleApplies(cmd) && !(member >= 1 && member <= numVfs)) {
      return StatusQualifier.Q_INVALID_MEMBER;
    }
    if (usesMember(cmd.opcode()) && op.get() != Opcode.DEV_MODE_SET && value(cmd).isEmpty()) {
      return StatusQualifier.Q_INVALID_FIELD;
    }
    if ((op.get() == Opcode.DRIVER_CAP_SET && capSetLimit(cmd).isEmpty())
        || (op.get() == Opcode.DEVICE_CAP_GET
            && !(cmd.data() instanceof CommandData.CapId i
                && i.id() == CommandData.CapSet.DEV_PARTS_CAP))
        || (ObjectOptions.OBJ_OPS.contains(op.get()) && objectId(cmd).isEmpty())
        || ((op.get() == Opcode.RESOURCE_OBJ_CREATE || op.get() == Opcode.RESOURCE_OBJ_MODIFY)
            && objectKind(cmd).isEmpty())) {
      return StatusQualifier.Q_INVALID_FIELD;
    }
    return StatusQualifier.Q_OK;
  }

  /** The set_parts_resource_objects_limit a DRIVER_CAP_SET of VIRTIO_DEV_PARTS_CAP supplies. */
  public static OptionalInt capSetLimit(AdminCmd cmd) {
    return cmd.data() instanceof CommandData.CapSet c ? c.setPartsLimit() : OptionalInt.empty();
  }

  /** The id of the device parts object a resource object command or DEV_PARTS_SET names. */
  public static Optional<Long> objectId(AdminCmd cmd) {
    CommandData d = cmd.data();
    if (d instanceof CommandData.ObjectData o && o.objectType() == DEV_PARTS_OBJECT) {
      return Optional.of(o.objectId());
    } else if (d instanceof CommandData.ObjectQuery o && o.objectType() == DEV_PARTS_OBJECT) {
      return Optional.of(o.objectId());
    } else if (d instanceof CommandData.ObjectHeader o && o.objectType() == DEV_PARTS_OBJECT) {
      return Optional.of(o.objectId());
    } else if (d instanceof CommandData.PartsSet p && p.objectType() == DEV_PARTS_OBJECT) {
      return Optional.of(p.objectId());
    }
    return Optional.empty();
  }

  /** The type (GET or SET) a CREATE or MODIFY supplies in resource_obj_specific_data. */
  public static Optional<ObjKind> objectKind(AdminCmd cmd) {
    if (cmd.data() instanceof CommandData.ObjectData o && !o.specific().isEmpty()) {
      return ObjKind.of(o.specific().get(0) & 0xFF);
    }
    return Optional.empty();
  }

  /** {@code ObjLimit}: how many objects the device lets the driver create. */
  private int objLimit() {
    if (capLimit.isPresent()) {
      return capLimit.getAsInt();
    }
    return options.objects().unsetCapLimit() == ObjectOptions.UnsetCapLimit.ZERO
        ? 0
        : options.objects().partsObjLimit();
  }

  /** {@code Outcome(r)} when it is a failure: the failure, else empty. */
  private Optional<AdminResult> failure(AdminCmd cmd) {
    Opcode op = Opcode.of(cmd.opcode()).orElseThrow();
    Optional<Long> id = objectId(cmd);
    boolean fails;
    AdminStatus status;
    switch (op) {
      case DEV_PARTS_SET -> {
        boolean set = id.isPresent() && objs.get(id.get()) == ObjKind.SET;
        return mode.get(member(cmd)) != MemberMode.STOPPED || !set
            ? Optional.of(
                new AdminResult(
                    PARTS_SET_REFUSED,
                    StatusQualifier.Q_INVALID_COMMAND.code(),
                    ImmutableList.of()))
            : Optional.empty();
      }
      case DRIVER_CAP_SET -> {
        int lim = capSetLimit(cmd).orElseThrow();
        if (lim > options.objects().partsObjLimit()) {
          return Optional.of(AdminResult.of(AdminStatus.EINVAL, StatusQualifier.Q_INVALID_FIELD));
        }
        fails = lim == 0 && !objs.isEmpty();
        status = AdminStatus.EBUSY;
      }
      case RESOURCE_OBJ_CREATE -> {
        long o = id.orElseThrow();
        fails = objs.containsKey(o) || o >= objLimit();
        status = objs.containsKey(o) ? AdminStatus.EEXIST : AdminStatus.ENOSPC;
      }
      case RESOURCE_OBJ_MODIFY, RESOURCE_OBJ_QUERY, RESOURCE_OBJ_DESTROY -> {
        fails = !objs.containsKey(id.orElseThrow());
        status = AdminStatus.ENXIO;
      }
      default -> {
        fails = false;
        status = AdminStatus.OK;
      }
    }
    return fails
        ? Optional.of(AdminResult.of(status, StatusQualifier.Q_INVALID_COMMAND))
        : Optional.empty();
  }

  /** What a successful command returns in command_specific_result. */
  private ImmutableList<Byte> specificResult(AdminCmd cmd, GroupType g) {
    return switch (Opcode.of(cmd.opcode()).orElseThrow()) {
      case LIST_QUERY -> CommandData.OpcodeList.of(options.supported(g)).bytes();
      // supported_caps[0] with bit 0 (VIRTIO_DEV_PARTS_CAP) set
      case CAP_ID_LIST_QUERY ->
          ImmutableList.of(
              (byte) 1, (byte) 0, (byte) 0, (byte) 0, (byte) 0, (byte) 0, (byte) 0, (byte) 0);
      // struct virtio_dev_parts_cap: get_parts_resource_objects_limit,
      // set_parts_resource_objects_limit
      case DEVICE_CAP_GET -> ImmutableList.of((byte) 0, (byte) options.objects().partsObjLimit());
      case RESOURCE_OBJ_QUERY ->
          CommandData.ObjectData.devParts(
              Optional.ofNullable(objs.get(objectId(cmd).orElseThrow())).orElseThrow().code());
      default -> ImmutableList.of();
    };
  }

  /** The abstract value a CFG_WRITE or DEV_PARTS_SET writes: the first byte of its payload. */
  static Optional<Integer> value(AdminCmd cmd) {
    ImmutableList<Byte> payload;
    if (cmd.data() instanceof CommandData.ConfigWrite w && w.offset() == 0) {
      payload = w.data();
    } else if (cmd.data() instanceof CommandData.PartsSet p) {
      payload = p.parts();
    } else {
      return Optional.empty();
    }
    return payload.isEmpty() ? Optional.empty() : Optional.of(payload.get(0) & 0xFF);
  }

  /**
   * {@code Results(r)}, the one the device chooses: EAGAIN instead of a success iff {@code
   * tryAgain}.
   */
  private Optional<AdminResult> result(AdminCmd cmd, boolean tryAgain) {
    StatusQualifier q = validate(cmd);
    if (q != StatusQualifier.Q_OK) {
      return tryAgain ? Optional.empty() : Optional.of(AdminResult.of(AdminStatus.EINVAL, q));
    }
    Optional<AdminResult> failed = failure(cmd);
    if (failed.isPresent()) {
      return tryAgain ? Optional.empty() : failed;
    }
    if (tryAgain) {
      return options.tryAgain()
          ? Optional.of(AdminResult.of(AdminStatus.EAGAIN, StatusQualifier.Q_TRYAGAIN))
          : Optional.empty();
    }
    GroupType g = GroupType.of(cmd.groupType()).orElseThrow();
    return Optional.of(
        new AdminResult(
            AdminStatus.OK.code(), StatusQualifier.Q_OK.code(), specificResult(cmd, g)));
  }

  private static int member(AdminCmd cmd) {
    return (int) cmd.groupMemberId();
  }

  /**
   * {@code DeviceCompletes(c, o)}: writes the result, uses the buffer, applies the effect iff OK.
   */
  private void completes(int c, AdminCmd cmd, AdminResult o) {
    queues.complete(c, AdminCmdCodec.encode(o));
    history.completed(c);
    if (o.status() != AdminStatus.OK.code()) {
      return;
    }
    Opcode op = Opcode.of(cmd.opcode()).orElseThrow();
    if (op == Opcode.LIST_USE) {
      CommandData.OpcodeList list = (CommandData.OpcodeList) cmd.data();
      Set<Opcode> ops = new HashSet<>();
      for (Opcode x : Opcode.values()) {
        if (list.contains(x.code())) {
          ops.add(x);
        }
      }
      usedList.put(GroupType.of(cmd.groupType()).orElseThrow(), Optional.of(Set.copyOf(ops)));
      return;
    }
    switch (op) {
      case DRIVER_CAP_SET -> capLimit = OptionalInt.of(capSetLimit(cmd).orElseThrow());
      case RESOURCE_OBJ_CREATE, RESOURCE_OBJ_MODIFY -> {
        long id = objectId(cmd).orElseThrow();
        objs.put(id, objectKind(cmd).orElseThrow());
        if (op == Opcode.RESOURCE_OBJ_CREATE) {
          history.objectCreated((int) id);
        }
      }
      case RESOURCE_OBJ_DESTROY -> objs.remove(objectId(cmd).orElseThrow());
      default -> {}
    }
    if (!AvqOptions.MEMBER_OPS.contains(op)) {
      return;
    }
    int n = member(cmd);
    MemberMode modeBefore = mode.getOrDefault(n, MemberMode.ACTIVE);
    int partsBefore = parts.getOrDefault(n, 0);
    int cfgBefore = cfg.getOrDefault(n, 0);
    int v = value(cmd).orElse(0);
    boolean resume = false;
    switch (op) {
      case DEV_MODE_SET -> {
        boolean stop = ((CommandData.ModeSet) cmd.data()).stop();
        mode.put(n, stop ? MemberMode.STOPPED : MemberMode.ACTIVE);
        resume = !stop;
      }
      case DEV_PARTS_SET -> parts.put(n, v);
      default -> cfg.put(n, v);
    }
    // history
    if (mode.get(n) != modeBefore
        || parts.getOrDefault(n, 0) != partsBefore
        || cfg.getOrDefault(n, 0) != cfgBefore) {
      history.changed(c, n);
    }
    if (op == Opcode.DEV_PARTS_SET) {
      history.partsSet(n, v);
    } else if (resume) {
      if (history.lastSet(n).isPresent() && history.lastSet(n).getAsInt() != partsBefore) {
        history.staleResume(c);
      }
      history.noSet(n);
    }
  }

  // ---- actions ----

  /** {@code Takeable(q, c)}. */
  private boolean takeable(int q, int c) {
    var avail = queues.avail(q);
    if (options.ordering() == AvqOptions.Ordering.ANY) {
      return avail.contains(c);
    }
    if (avail.isEmpty() || avail.get(0) != c) {
      return false;
    }
    return options.ordering() != AvqOptions.Ordering.COMPLETE
        || (held.values().stream().noneMatch(t -> t.queue() == q)
            && ready.values().stream().noneMatch(t -> t.queue() == q));
  }

  /**
   * Implements {@code AdminVq!DeviceTake(q, c)}: takes command {@code c} from queue {@code q} and
   * validates it; a DEV_MODE_SET or DEV_PARTS_SET that passes validation for a member whose reset
   * or FLR is in progress is held, any other command is completed at once.
   *
   * @param tryAgain answer EAGAIN instead of the success it would be (only under {@code TryAgain})
   */
  public Optional<AvqRefusal> deviceTake(int q, int c, boolean tryAgain) {
    if (q < 1 || q > queues.numAq() || !takeable(q, c)) {
      return refuse(AvqAction.DEVICE_TAKE, "command " + c + " is not takeable from queue " + q);
    }
    CmdDecoded<AdminCmd> decoded = AdminCmdCodec.decodeCmd(queues.request(c).orElseThrow());
    if (decoded instanceof CmdDecoded.Err<AdminCmd>) {
      if (tryAgain) {
        return refuse(AvqAction.DEVICE_TAKE, "EAGAIN only instead of a success");
      }
      queues.consume(q, c);
      queues.complete(
          c,
          AdminCmdCodec.encode(
              AdminResult.of(AdminStatus.EINVAL, StatusQualifier.Q_INVALID_FIELD)));
      history.completed(c);
      return taken(q, c);
    }
    AdminCmd cmd = ((CmdDecoded.Ok<AdminCmd>) decoded).value();
    boolean holds =
        validate(cmd) == StatusQualifier.Q_OK
            && (cmd.opcode() == Opcode.DEV_MODE_SET.code()
                || cmd.opcode() == Opcode.DEV_PARTS_SET.code())
            && memberReset.get(member(cmd)) != MemberReset.NONE;
    if (holds) {
      if (tryAgain) {
        return refuse(AvqAction.DEVICE_TAKE, "a held command is answered later");
      }
      queues.consume(q, c);
      held.put(c, new Taken(q, member(cmd)));
      return taken(q, c);
    }
    Optional<AdminResult> o = result(cmd, tryAgain);
    if (o.isEmpty()) {
      return refuse(
          AvqAction.DEVICE_TAKE, "EAGAIN only instead of a success, and only under TryAgain");
    }
    queues.consume(q, c);
    completes(c, cmd, o.get());
    return taken(q, c);
  }

  /** Traces {@code DeviceTake(q, c)}: whether it holds {@code c}, else the result it wrote. */
  private Optional<AvqRefusal> taken(int q, int c) {
    AvqTrace.emit(
        trace,
        AvqAction.DEVICE_TAKE,
        e ->
            AvqTrace.result(e.put("q", q).put("c", c).put("held", held.containsKey(c)), answer(c)));
    return Optional.empty();
  }

  /**
   * The result written for {@code c} by the spec's names; "none" for both while it is unanswered.
   */
  private AvqSpecNames.Result answer(int c) {
    return queues
        .result(c)
        .map(AvqSpecNames::result)
        .orElse(new AvqSpecNames.Result("none", "none"));
  }

  /**
   * Implements {@code AdminVq!DeviceAnswerHeld(c)}: the reset or FLR that held {@code c} is over;
   * it answers {@code c}, validating it again against its state now.
   *
   * @param tryAgain answer EAGAIN instead of the success it would be (only under {@code TryAgain})
   */
  public Optional<AvqRefusal> deviceAnswerHeld(int c, boolean tryAgain) {
    if (!ready.containsKey(c)) {
      return refuse(AvqAction.DEVICE_ANSWER_HELD, "command " + c + " is not ready");
    }
    AdminCmd cmd =
        ((CmdDecoded.Ok<AdminCmd>) AdminCmdCodec.decodeCmd(queues.request(c).orElseThrow()))
            .value();
    Optional<AdminResult> o = result(cmd, tryAgain);
    if (o.isEmpty()) {
      return refuse(
          AvqAction.DEVICE_ANSWER_HELD,
          "EAGAIN only instead of a success, and only under TryAgain");
    }
    ready.remove(c);
    completes(c, cmd, o.get());
    AvqTrace.emit(
        trace, AvqAction.DEVICE_ANSWER_HELD, e -> AvqTrace.result(e.put("c", c), answer(c)));
    return Optional.empty();
  }

  /**
   * Implements {@code AdminVq!DeviceMemberResetDone(n)}: member {@code n}'s reset or FLR completes;
   * its parts are cleared to the default, a stopped member stays stopped or resumes ({@code
   * MemberResetMode}), and the commands it held may now be answered.
   */
  public Optional<AvqRefusal> deviceMemberResetDone(int n) {
    if (memberReset.getOrDefault(n, MemberReset.NONE) == MemberReset.NONE) {
      return refuse(
          AvqAction.DEVICE_MEMBER_RESET_DONE, "no reset or FLR in progress on member " + n);
    }
    memberReset.put(n, MemberReset.NONE);
    parts.put(n, 0);
    if (options.memberResetMode() == AvqOptions.MemberResetMode.ACTIVE) {
      mode.put(n, MemberMode.ACTIVE);
    }
    List<Integer> released = new ArrayList<>();
    held.entrySet()
        .removeIf(
            e -> {
              if (e.getValue().member() == n) {
                ready.put(e.getKey(), e.getValue());
                released.add(e.getKey());
                return true;
              }
              return false;
            });
    AvqTrace.emit(
        trace,
        AvqAction.DEVICE_MEMBER_RESET_DONE,
        e -> e.put("n", n).put("released", AvqTrace.ints(released)));
    return Optional.empty();
  }

  /** Implements {@code AdminVq!DeviceNeedsReset}: the owner device enters an error state. */
  public Optional<AvqRefusal> deviceNeedsReset() {
    if (needsReset) {
      return refuse(AvqAction.DEVICE_NEEDS_RESET, "DEVICE_NEEDS_RESET is already set");
    }
    needsReset = true;
    AvqTrace.emit(trace, AvqAction.DEVICE_NEEDS_RESET, e -> {});
    return Optional.empty();
  }

  // ---- reactions to a driver's register writes ----

  /** {@code MemberExists(n)}. */
  boolean memberExists(int n) {
    return vfEnable && n >= 1 && n <= numVfs;
  }

  /** A member's driver begins a reset or FLR of member {@code n}. */
  void memberResetBegins(int n, MemberReset kind) {
    memberReset.put(n, kind);
  }

  /** VF Enable cleared ({@code DeviceRemovesMembers}). */
  void deviceRemovesMembers() {
    vfEnable = false;
    memberReset.replaceAll((n, r) -> MemberReset.NONE);
    ready.putAll(held);
    held.clear();
    if (options.usedListOnVfDisable() == AvqOptions.UsedListOnVfDisable.DROPPED) {
      usedList.put(GroupType.SRIOV, Optional.empty());
    }
  }

  /** NumVFs = k written and VF Enable set ({@code DeviceCreatesMembers(k)}). */
  void deviceCreatesMembers(int k) {
    vfEnable = true;
    numVfs = k;
    for (int n = 1; n <= options.maxVfs(); n++) {
      mode.put(n, MemberMode.ACTIVE);
      parts.put(n, 0);
      cfg.put(n, 0);
      history.noSet(n);
      if (n <= k) {
        history.newIncarnation(n);
      }
    }
  }

  /** The owner device is reset ({@code DeviceResetsOwner}). */
  void deviceResetsOwner() {
    needsReset = false;
    objs.clear();
    capLimit = OptionalInt.empty();
    usedList.replaceAll((g, l) -> Optional.empty());
    held.clear();
    ready.clear();
    queues.dropAll();
  }

  private static Optional<AvqRefusal> refuse(AvqAction action, String reason) {
    return Optional.of(new AvqRefusal(action, reason));
  }

  // ---- registers and state, as the spec's variables ----

  /** {@code vfEnable}. */
  public boolean vfEnable() {
    return vfEnable;
  }

  /** {@code numVfs}. */
  public int numVfs() {
    return numVfs;
  }

  /** {@code needsReset}. */
  public boolean needsReset() {
    return needsReset;
  }

  /** {@code listUsed[g]}: whether a LIST_USE set the group's list since the last reset. */
  public boolean listUsed(GroupType g) {
    return usedList.getOrDefault(g, Optional.empty()).isPresent();
  }

  /** {@code mode}. */
  public Map<Integer, MemberMode> mode() {
    return Map.copyOf(mode);
  }

  /** {@code parts}. */
  public Map<Integer, Integer> parts() {
    return Map.copyOf(parts);
  }

  /** {@code cfg}. */
  public Map<Integer, Integer> cfg() {
    return Map.copyOf(cfg);
  }

  /** {@code memberReset}. */
  public Map<Integer, MemberReset> memberReset() {
    return Map.copyOf(memberReset);
  }

  /** {@code objs}: the device parts objects by resource id (absent: "none"). */
  public Map<Long, ObjKind> objs() {
    return Map.copyOf(objs);
  }

  /** {@code capLimit}; empty for {@code NoCap}. */
  public OptionalInt capLimit() {
    return capLimit;
  }

  /** {@code held}. */
  public Set<Integer> held() {
    return Set.copyOf(new TreeSet<>(held.keySet()));
  }

  /** {@code ready}. */
  public Set<Integer> ready() {
    return Set.copyOf(new TreeSet<>(ready.keySet()));
  }
}
