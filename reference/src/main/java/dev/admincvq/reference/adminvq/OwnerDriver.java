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
import dev.admincvq.reference.trace.TraceSink;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The owner driver ({@code driverVars}): the PF's driver. It submits commands as {@code struct
 * virtio_admin_cmd} bytes, reads used buffers' results, writes the SR-IOV registers and the owner's
 * device status. It keeps every driver-normative statement the spec models (see {@code
 * AdminVq!DriverSubmit}) and the SR-IOV driver rule under {@code DriverSync = "virtio13"}.
 */
public final class OwnerDriver {
  /**
   * What the driver remembers of a command it submitted (its own bookkeeping): the object id a
   * resource object command or DEV_PARTS_SET names (else 0), the type a CREATE or MODIFY supplies,
   * the limit a DRIVER_CAP_SET sets (else 0).
   */
  private record Sent(
      GroupType group,
      Opcode op,
      int member,
      boolean stop,
      long obj,
      Optional<ObjKind> kind,
      int lim) {
    static Sent of(GroupType group, Opcode op, int member, boolean stop, long obj) {
      return new Sent(group, op, member, stop, obj, Optional.empty(), 0);
    }
  }

  private final AvqOptions options;
  private final AvqDevice device;
  private final AdminQueues queues;
  private final AvqHistory history;
  private final Map<Integer, Sent> sent = new TreeMap<>();
  private final Set<Integer> drvOut = new TreeSet<>();
  private final Map<GroupType, ListState> drvList = new EnumMap<>(GroupType.class);
  private final Map<Integer, Optional<MemberMode>> drvMode = new TreeMap<>();
  private final Map<Long, ObjKind> drvObjs = new TreeMap<>();
  private OptionalInt drvCap = OptionalInt.empty();
  private boolean drvDevCap;
  private int nextId = 1;
  private final TraceSink trace;

  OwnerDriver(
      AvqOptions options,
      AvqDevice device,
      AdminQueues queues,
      AvqHistory history,
      boolean listed,
      boolean prepared,
      TraceSink trace) {
    this.trace = trace;
    this.options = options;
    this.device = device;
    this.queues = queues;
    this.history = history;
    for (GroupType g : GroupType.values()) {
      drvList.put(
          g, listed && options.deviceGroups().contains(g) ? ListState.USED : ListState.NONE);
    }
    for (int n = 1; n <= options.maxVfs(); n++) {
      drvMode.put(n, Optional.of(MemberMode.ACTIVE));
    }
    if (prepared) {
      drvObjs.put(0L, ObjKind.SET);
      drvCap = OptionalInt.of(options.objects().partsObjLimit());
      drvDevCap = true;
    }
  }

  /** The identity its next submission takes (the least unused: {@code FreshId}). */
  public int nextCmdId() {
    return nextId;
  }

  /** {@code DriverOutstanding}: submitted, not yet used by the device. */
  private Set<Integer> outstanding() {
    Set<Integer> used = queues.used();
    return drvOut.stream()
        .filter(c -> !used.contains(c))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private Sent sentOf(int c) {
    Sent s = sent.get(c);
    if (s == null) {
      throw new IllegalStateException("the driver did not submit " + c);
    }
    return s;
  }

  /** {@code DriverPendingFor(n, O)}: its unreaped SR-IOV commands for member n with opcode in O. */
  private boolean pendingFor(int n, Set<Opcode> ops) {
    return drvOut.stream()
        .map(this::sentOf)
        .anyMatch(s -> s.group() == GroupType.SRIOV && s.member() == n && ops.contains(s.op()));
  }

  private static final Set<Opcode> HELD_OPS = Set.of(Opcode.DEV_MODE_SET, Opcode.DEV_PARTS_SET);

  /**
   * Implements {@code AdminVq!DriverSubmit(c, q, g, op, n, v, stop)} with {@code c} = {@link
   * #nextCmdId()}: places opcode {@code op} for group {@code g} and member {@code n}, writing value
   * {@code v} (CFG_WRITE, DEV_PARTS_SET; else 0) or stopping ({@code stop}, DEV_MODE_SET), on
   * administration virtqueue {@code q}.
   */
  public Optional<AvqRefusal> driverSubmit(
      int q, GroupType g, Opcode op, int n, int v, boolean stop) {
    Optional<String> why = submitRefusal(q, g, op, n, v, stop);
    if (why.isPresent()) {
      return Optional.of(new AvqRefusal(AvqAction.DRIVER_SUBMIT, why.get()));
    }
    long obj = op == Opcode.DEV_PARTS_SET ? partsObj().orElseThrow() : 0;
    int c = place(q, Sent.of(g, op, n, stop, obj), data(g, op, v, stop, obj));
    AvqTrace.emit(
        trace,
        AvqAction.DRIVER_SUBMIT,
        e ->
            e.put("c", c)
                .put("q", q)
                .put("g", g.specName())
                .put("op", AvqSpecNames.op(op))
                .put("n", n)
                .put("v", v)
                .put("stop", stop));
    return Optional.empty();
  }

  private Optional<String> submitRefusal(
      int q, GroupType g, Opcode op, int n, int v, boolean stop) {
    Optional<String> may = mayNotSubmit(q);
    if (may.isPresent()) {
      return may;
    }
    if (!options.supported(g).contains(op)) {
      return Optional.of(op + " is not supported for " + g);
    }
    if (op == Opcode.LIST_QUERY) {
      if (n != 0) {
        return Optional.of("LIST_QUERY's group_member_id is zero");
      }
    } else if (op == Opcode.LIST_USE) {
      if (n != 0 || drvList.get(g) == ListState.NONE || !outstanding().isEmpty()) {
        return Optional.of("LIST_USE needs member 0, a LIST_QUERY done and nothing outstanding");
      }
    } else if (drvList.get(g) != ListState.USED
        || outstanding().stream()
            .map(this::sentOf)
            .anyMatch(s -> s.group() == g && s.op() == Opcode.LIST_USE)) {
      return Optional.of("no successful LIST_USE for " + g);
    }
    if (g == GroupType.SRIOV
        && (!device.vfEnable()
            || (AvqOptions.MEMBER_OPS.contains(op) && !(n >= 1 && n <= device.numVfs())))) {
      return Optional.of("SR-IOV: VF Enable clear or member " + n + " not in 1..NumVFs");
    }
    if (g == GroupType.SELF && n != 0) {
      return Optional.of("the Self group's member id is 0");
    }
    boolean writes = op == Opcode.LEGACY_DEV_CFG_WRITE || op == Opcode.DEV_PARTS_SET;
    if (writes ? (v < 1 || v > 0xFF) : v != 0) {
      return Optional.of("value " + v + " is not one " + op + " writes");
    }
    if (stop && op != Opcode.DEV_MODE_SET) {
      return Optional.of("only DEV_MODE_SET stops");
    }
    if (HELD_OPS.contains(op) && pendingFor(n, HELD_OPS)) {
      return Optional.of("a DEV_MODE_SET or DEV_PARTS_SET for member " + n + " is unreaped");
    }
    if (op == Opcode.DEV_PARTS_SET
        && drvMode.getOrDefault(n, Optional.empty()).orElse(null) != MemberMode.STOPPED) {
      return Optional.of("member " + n + " is not known to be stopped");
    }
    if (op == Opcode.DEV_PARTS_SET && partsObj().map(o -> objPending(o)).orElse(true)) {
      return Optional.of(
          "no device parts object of type SET, or a resource object command for it is unreaped");
    }
    if (!AvqOptions.LIST_OPS.contains(op) && !AvqOptions.MEMBER_OPS.contains(op)) {
      return Optional.of(op + " is submitted by driverSubmitCap or driverSubmitObj");
    }
    return Optional.empty();
  }

  /** Places command {@code s} with data {@code d} on queue {@code q}: its next id. */
  private int place(int q, Sent s, CommandData d) {
    int c = nextId++;
    queues.place(c, q, AdminCmdCodec.encode(AdminCmd.of(s.op(), s.group(), s.member(), d)));
    sent.put(c, s);
    drvOut.add(c);
    history.submitted(c, s.member());
    return c;
  }

  /** What every submission needs: a queue, no DEVICE_NEEDS_RESET ({@code DriverMaySubmit}). */
  private Optional<String> mayNotSubmit(int q) {
    if (q < 1 || q > options.numAq()) {
      return Optional.of("no administration virtqueue " + q);
    }
    return device.needsReset() ? Optional.of("DEVICE_NEEDS_RESET is set") : Optional.empty();
  }

  /** {@code DriverListUsed("self")} and {@code op \in Supported("self")}. */
  private Optional<String> selfRefusal(Opcode op) {
    if (!options.supported(GroupType.SELF).contains(op)) {
      return Optional.of(op + " is not supported for the Self group");
    }
    if (drvList.get(GroupType.SELF) != ListState.USED
        || outstanding().stream()
            .map(this::sentOf)
            .anyMatch(s -> s.group() == GroupType.SELF && s.op() == Opcode.LIST_USE)) {
      return Optional.of("no successful LIST_USE for the Self group");
    }
    return Optional.empty();
  }

  /** {@code PartsObj}: the least id it believes to be a device parts object of type SET. */
  private Optional<Long> partsObj() {
    return drvObjs.entrySet().stream()
        .filter(e -> e.getValue() == ObjKind.SET)
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** {@code DriverObjPending(o) # {}}: an unreaped resource object command for object {@code o}. */
  private boolean objPending(long o) {
    return drvOut.stream()
        .map(this::sentOf)
        .anyMatch(s -> ObjectOptions.OBJ_OPS.contains(s.op()) && s.obj() == o);
  }

  /** {@code DriverObjInUse(o) # {}}: an unreaped command that acts on or uses object {@code o}. */
  private boolean objInUse(long o) {
    return drvOut.stream()
        .map(this::sentOf)
        .anyMatch(
            s ->
                (ObjectOptions.OBJ_OPS.contains(s.op()) || s.op() == Opcode.DEV_PARTS_SET)
                    && s.obj() == o);
  }

  private boolean capSetPending() {
    return drvOut.stream().map(this::sentOf).anyMatch(s -> s.op() == Opcode.DRIVER_CAP_SET);
  }

  /**
   * Implements {@code AdminVq!DriverSubmitCap(c, q, op, l)} with {@code c} = {@link #nextCmdId()}:
   * places capability command {@code op} for VIRTIO_DEV_PARTS_CAP on queue {@code q}; a
   * DRIVER_CAP_SET sets set_parts_resource_objects_limit to {@code l} (else 0). Under {@code
   * ObjRules = "virtio14"} a DRIVER_CAP_SET only after DEVICE_CAP_GET, with no object and nothing
   * related pending ({@code DriverCapRulesKept}).
   */
  public Optional<AvqRefusal> driverSubmitCap(int q, Opcode op, int l) {
    Optional<String> why = mayNotSubmit(q).or(() -> selfRefusal(op));
    if (why.isEmpty() && !ObjectOptions.CAP_OPS.contains(op)) {
      why = Optional.of(op + " is not a capability command");
    }
    boolean set = op == Opcode.DRIVER_CAP_SET;
    if (why.isEmpty() && (set ? l < 0 || l > options.objects().partsObjLimit() : l != 0)) {
      why = Optional.of("limit " + l + " is not one " + op + " sets");
    }
    if (why.isEmpty()
        && set
        && options.objects().objRules() == ObjectOptions.ObjRules.VIRTIO14
        && (!drvDevCap
            || !drvObjs.isEmpty()
            || drvOut.stream()
                .map(this::sentOf)
                .anyMatch(
                    s ->
                        ObjectOptions.OBJ_OPS.contains(s.op())
                            || s.op() == Opcode.DEV_PARTS_SET
                            || s.op() == Opcode.DRIVER_CAP_SET))) {
      why =
          Optional.of(
              "DRIVER_CAP_SET before DEVICE_CAP_GET, or while objects exist or related commands are unreaped");
    }
    if (why.isPresent()) {
      return Optional.of(new AvqRefusal(AvqAction.DRIVER_SUBMIT_CAP, why.get()));
    }
    CommandData d =
        switch (op) {
          case DEVICE_CAP_GET -> new CommandData.CapId(CommandData.CapSet.DEV_PARTS_CAP);
          case DRIVER_CAP_SET -> CommandData.CapSet.devParts(0, l);
          default -> new CommandData.None();
        };
    int c = place(q, new Sent(GroupType.SELF, op, 0, false, 0, Optional.empty(), l), d);
    AvqTrace.emit(
        trace,
        AvqAction.DRIVER_SUBMIT_CAP,
        e -> e.put("c", c).put("q", q).put("op", AvqSpecNames.op(op)).put("l", l));
    return Optional.empty();
  }

  /**
   * Implements {@code AdminVq!DriverSubmitObj(c, q, op, o, k)} with {@code c} = {@link
   * #nextCmdId()}: places resource object command {@code op} for the device parts object {@code o}
   * on queue {@code q}; a CREATE or MODIFY supplies type {@code k}. Under {@code ObjRules =
   * "virtio14"} it keeps {@code DriverObjRulesKept}.
   */
  public Optional<AvqRefusal> driverSubmitObj(int q, Opcode op, int o, Optional<ObjKind> k) {
    Optional<String> why = mayNotSubmit(q).or(() -> selfRefusal(op));
    if (why.isEmpty()
        && (!ObjectOptions.OBJ_OPS.contains(op) || o < 0 || o >= options.objects().objIds())) {
      why =
          Optional.of(
              op + " for object " + o + " is not a resource object command the model names");
    }
    boolean data = op == Opcode.RESOURCE_OBJ_CREATE || op == Opcode.RESOURCE_OBJ_MODIFY;
    if (why.isEmpty() && data != k.isPresent()) {
      why = Optional.of("a type is supplied by CREATE and MODIFY only");
    }
    if (why.isEmpty() && options.objects().objRules() == ObjectOptions.ObjRules.VIRTIO14) {
      boolean exists = drvObjs.containsKey((long) o);
      if (drvCap.isEmpty()
          || o >= drvCap.getAsInt()
          || capSetPending()
          || objInUse(o)
          || (op == Opcode.RESOURCE_OBJ_CREATE) == exists) {
        why =
            Optional.of(
                "the resource object rules: DRIVER_CAP_SET first, an id below its limit, one command at a time, "
                    + "CREATE only for an id not created, the others only for an object that exists");
      }
    }
    if (why.isPresent()) {
      return Optional.of(new AvqRefusal(AvqAction.DRIVER_SUBMIT_OBJ, why.get()));
    }
    CommandData d =
        switch (op) {
          case RESOURCE_OBJ_QUERY -> new CommandData.ObjectQuery(AvqDevice.DEV_PARTS_OBJECT, o, 0);
          case RESOURCE_OBJ_DESTROY -> new CommandData.ObjectHeader(AvqDevice.DEV_PARTS_OBJECT, o);
          default ->
              new CommandData.ObjectData(
                  AvqDevice.DEV_PARTS_OBJECT,
                  o,
                  0,
                  CommandData.ObjectData.devParts(k.orElseThrow().code()));
        };
    int c = place(q, new Sent(GroupType.SELF, op, 0, false, o, k, 0), d);
    String kind = k.map(ObjKind::specName).orElse("none");
    AvqTrace.emit(
        trace,
        AvqAction.DRIVER_SUBMIT_OBJ,
        e -> e.put("c", c).put("q", q).put("op", AvqSpecNames.op(op)).put("o", o).put("k", kind));
    return Optional.empty();
  }

  /** The command-specific data of the command. */
  private CommandData data(GroupType g, Opcode op, int v, boolean stop, long obj) {
    return switch (op) {
      case LIST_QUERY -> new CommandData.None();
      case LIST_USE -> CommandData.OpcodeList.of(options.supported(g));
      case LEGACY_DEV_CFG_WRITE -> new CommandData.ConfigWrite(0, ImmutableList.of((byte) v));
      case DEV_MODE_SET -> CommandData.ModeSet.of(stop);
      case DEV_PARTS_SET ->
          new CommandData.PartsSet(AvqDevice.DEV_PARTS_OBJECT, obj, ImmutableList.of((byte) v));
      default -> throw new IllegalArgumentException("not a command the spec models: " + op);
    };
  }

  /**
   * Implements {@code AdminVq!DriverCollect(c)}: takes back the used buffer of command {@code c}
   * and reads status; a successful LIST_QUERY or LIST_USE advances its list state, a successful
   * DEV_MODE_SET becomes its view of the member's mode.
   */
  public Optional<AvqRefusal> driverCollect(int c) {
    if (!queues.used().contains(c)) {
      return Optional.of(new AvqRefusal(AvqAction.DRIVER_COLLECT, "command " + c + " is not used"));
    }
    byte[] bytes = queues.result(c).orElseThrow();
    CmdDecoded<AdminResult> r = AdminCmdCodec.decodeResult(bytes);
    boolean ok =
        r instanceof CmdDecoded.Ok<AdminResult> res
            && res.value().status() == AdminStatus.OK.code();
    Sent s = sentOf(c);
    if (ok && s.op() == Opcode.LIST_QUERY && drvList.get(s.group()) == ListState.NONE) {
      drvList.put(s.group(), ListState.QUERIED);
    } else if (ok && s.op() == Opcode.LIST_USE) {
      drvList.put(s.group(), ListState.USED);
    }
    if (ok && s.op() == Opcode.DEV_MODE_SET) {
      drvMode.put(s.member(), Optional.of(s.stop() ? MemberMode.STOPPED : MemberMode.ACTIVE));
    }
    if (ok && (s.op() == Opcode.RESOURCE_OBJ_CREATE || s.op() == Opcode.RESOURCE_OBJ_MODIFY)) {
      drvObjs.put(s.obj(), s.kind().orElseThrow());
    } else if (ok && s.op() == Opcode.RESOURCE_OBJ_DESTROY) {
      drvObjs.remove(s.obj());
    } else if (ok && s.op() == Opcode.DRIVER_CAP_SET) {
      drvCap = OptionalInt.of(s.lim());
    } else if (ok && s.op() == Opcode.DEVICE_CAP_GET) {
      drvDevCap = true;
    }
    queues.takeBack(c);
    drvOut.remove(c);
    AvqTrace.emit(
        trace,
        AvqAction.DRIVER_COLLECT,
        e -> AvqTrace.result(e.put("c", c), AvqSpecNames.result(bytes)));
    return Optional.empty();
  }

  /** Implements {@code AdminVq!DriverSriovDisable}: clears VF Enable. */
  public Optional<AvqRefusal> driverSriovDisable() {
    if (!device.vfEnable()) {
      return Optional.of(new AvqRefusal(AvqAction.DRIVER_SRIOV_DISABLE, "VF Enable is clear"));
    }
    if (options.driverSync() == AvqOptions.DriverSync.VIRTIO13
        && outstanding().stream().map(this::sentOf).anyMatch(s -> s.group() == GroupType.SRIOV)) {
      return Optional.of(
          new AvqRefusal(AvqAction.DRIVER_SRIOV_DISABLE, "an SR-IOV command is outstanding"));
    }
    device.deviceRemovesMembers();
    AvqTrace.emit(trace, AvqAction.DRIVER_SRIOV_DISABLE, e -> {});
    return Optional.empty();
  }

  /** Implements {@code AdminVq!DriverSriovEnable(k)}: writes NumVFs = k and sets VF Enable. */
  public Optional<AvqRefusal> driverSriovEnable(int k) {
    if (device.vfEnable() || k < 1 || k > options.maxVfs()) {
      return Optional.of(
          new AvqRefusal(AvqAction.DRIVER_SRIOV_ENABLE, "VF Enable is set or k not in 1..MaxVFs"));
    }
    device.deviceCreatesMembers(k);
    drvMode.replaceAll((n, m) -> Optional.of(MemberMode.ACTIVE));
    AvqTrace.emit(trace, AvqAction.DRIVER_SRIOV_ENABLE, e -> e.put("k", k));
    return Optional.empty();
  }

  /**
   * Implements {@code AdminVq!DriverResetDevice}: resets the owner device and initializes it again;
   * gives up every command not taken back, and no longer knows the mode of a member whose
   * DEV_MODE_SET it gave up.
   */
  public Optional<AvqRefusal> driverResetDevice() {
    return resetDevice(AvqAction.DRIVER_RESET_DEVICE);
  }

  /** The owner device reset, traced as {@code action} (DriverResetDevice or DriverRecover). */
  private Optional<AvqRefusal> resetDevice(AvqAction action) {
    Set<Integer> givenUp = new TreeSet<>(drvOut);
    Set<Integer> uncompleted = new TreeSet<>();
    for (int c : drvOut) {
      if (queues.result(c).isEmpty()) {
        uncompleted.add(c);
      }
    }
    history.abandoned(uncompleted);
    history.givenUp(drvOut);
    drvMode.replaceAll((n, m) -> pendingFor(n, Set.of(Opcode.DEV_MODE_SET)) ? Optional.empty() : m);
    device.deviceResetsOwner();
    drvOut.clear();
    drvList.replaceAll((g, l) -> ListState.NONE);
    drvObjs.clear();
    drvCap = OptionalInt.empty();
    AvqTrace.emit(trace, action, e -> e.put("givenUp", AvqTrace.ints(givenUp)));
    return Optional.empty();
  }

  /** Implements {@code AdminVq!DriverRecover}: it sees DEVICE_NEEDS_RESET and resets. */
  public Optional<AvqRefusal> driverRecover() {
    if (!device.needsReset()) {
      return Optional.of(new AvqRefusal(AvqAction.DRIVER_RECOVER, "DEVICE_NEEDS_RESET is clear"));
    }
    return resetDevice(AvqAction.DRIVER_RECOVER);
  }

  /** {@code drvOut}. */
  public Set<Integer> drvOut() {
    return Set.copyOf(drvOut);
  }

  /** {@code drvList[g]}. */
  public ListState drvList(GroupType g) {
    return drvList.getOrDefault(g, ListState.NONE);
  }

  /** {@code drvObjs}: the objects it believes exist, by id (absent: "none"). */
  public Map<Long, ObjKind> drvObjs() {
    return Map.copyOf(drvObjs);
  }

  /** {@code drvCap}; empty for {@code NoCap}. */
  public OptionalInt drvCap() {
    return drvCap;
  }

  /** {@code drvDevCap}: it has read the device capability. */
  public boolean drvDevCap() {
    return drvDevCap;
  }

  /** {@code drvMode[n]}; empty for "unknown". */
  public Optional<MemberMode> drvMode(int n) {
    return drvMode.getOrDefault(n, Optional.empty());
  }
}
