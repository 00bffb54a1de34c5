package dev.admincvq.reference.v1.device;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.concurrent.GuardedBy;
import dev.admincvq.reference.v1.Chan;
import dev.admincvq.reference.v1.CmdId;
import dev.admincvq.reference.v1.DeviceCheck;
import dev.admincvq.reference.v1.DeviceCmd;
import dev.admincvq.reference.v1.Effect;
import dev.admincvq.reference.v1.Outcome;
import dev.admincvq.reference.v1.Settings;
import dev.admincvq.reference.v1.SpecAction;
import dev.admincvq.reference.v1.Status;
import dev.admincvq.reference.v1.Submission;
import dev.admincvq.reference.v1.TargetConfig;
import dev.admincvq.reference.v1.VfState;
import dev.admincvq.reference.v1.trace.TraceEvent;
import dev.admincvq.reference.v1.trace.TraceSink;
import dev.admincvq.reference.v1.wire.AdminCtrl;
import dev.admincvq.reference.v1.wire.CtrlCommand;
import dev.admincvq.reference.v1.wire.Decoded;
import dev.admincvq.reference.v1.wire.NetCtrl;
import dev.admincvq.reference.v1.wire.Op;
import dev.admincvq.reference.v1.wire.WireCodec;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The management device (the PF): its SR-IOV capability and VFs, each target's config, the admin
 * CVQ, each VF's own CVQ, and the history ({@code effects}, {@code completions}) the properties
 * are stated over. Holds the spec's {@code vfVars}, the device's part of {@code queueVars} (every
 * field of {@code cmd} except the driver's {@code seen} and {@code preBarrier}) and {@code
 * historyVars}.
 *
 * <p><b>Concurrency.</b> Every field below is guarded by {@code lock}, the machine lock shared
 * with the {@link dev.admincvq.reference.v1.driver.Driver}. Each public action holds it for its whole
 * step, so (1) every action is atomic: the states seen between actions are exactly the spec's
 * states; (2) the trace, emitted under the lock, lists steps in the order they took effect; (3)
 * the invariants kept by every step: {@code adminQ}, {@code inflight} and the {@code vfq}s are
 * disjoint and hold exactly the commands whose status is queued or fetched, each once; a command's
 * {@code completions} is 1 exactly when its status is OK or ERR. A device thread calls {@link
 * #step} and {@link #awaitWork} while driver threads submit and SR-IOV is toggled.
 *
 * <p>The actions {@code DeviceFetch}, {@code DeviceProcess}, {@code DeviceProcessVf} and {@code
 * VfNeedsReset} are the device's own and are traced here. The other methods that change state are
 * the device's half of a driver action (the driver writes VF Enable, resets a VF, places a buffer)
 * and are traced by the driver, which calls them under the same lock.
 */
public final class Device {

  private static final int PF = 0;

  private final Settings settings;
  private final WireCodec codec;
  private final ReentrantLock lock;
  private final Condition changed;
  private final TraceSink trace;

  /** {@code vfEnable}. */
  @GuardedBy("lock")
  private boolean vfEnable = true;

  /** {@code vfState}, indexed by VF id (index 0 unused). */
  @GuardedBy("lock")
  private final VfState[] vfState;

  /** {@code inc}, indexed by VF id (index 0 unused: the PF is incarnation 0). */
  @GuardedBy("lock")
  private final int[] inc;

  /** {@code devMac} and the RX mode, indexed by target. */
  @GuardedBy("lock")
  private final TargetConfig[] config;

  /** {@code trusted}, indexed by VF id (index 0 unused). */
  @GuardedBy("lock")
  private final boolean[] trusted;

  /** {@code cmd} without the driver's fields; absent = {@code NotSubmitted}. */
  @GuardedBy("lock")
  private final TreeMap<CmdId, DeviceCmd> cmd = new TreeMap<>();

  /** {@code adminQ}: the admin CVQ's available ring, head first. */
  @GuardedBy("lock")
  private final List<CmdId> adminQ = new ArrayList<>();

  /** {@code inflight}: fetched admin commands, oldest first. */
  @GuardedBy("lock")
  private final List<CmdId> inflight = new ArrayList<>();

  /** {@code vfq}, indexed by VF id (index 0 unused). */
  @GuardedBy("lock")
  private final List<ArrayDeque<CmdId>> vfq = new ArrayList<>();

  /** {@code effects} (history). */
  @GuardedBy("lock")
  private final Set<Effect> effects = new LinkedHashSet<>();

  /** {@code completions} (history); absent = 0. */
  @GuardedBy("lock")
  private final TreeMap<CmdId, Integer> completions = new TreeMap<>();

  /**
   * A device in the spec's {@code Init} state: VF Enable set, every VF live in incarnation 1 with
   * the default config and untrusted, every queue empty.
   *
   * @param settings {@code NumVFs} and the design options ({@code DeviceCheck}, {@code InOrder})
   * @param lock the machine lock, shared with the driver
   * @param trace where the device's own actions are traced
   */
  public Device(Settings settings, ReentrantLock lock, TraceSink trace) {
    this.settings = settings;
    this.codec = new WireCodec(settings.numVfs());
    this.lock = lock;
    this.changed = lock.newCondition();
    this.trace = trace;
    int n = settings.numVfs();
    this.vfState = new VfState[n + 1];
    this.inc = new int[n + 1];
    this.config = new TargetConfig[n + 1];
    this.trusted = new boolean[n + 1];
    Arrays.fill(vfState, VfState.LIVE);
    Arrays.fill(inc, 1);
    inc[PF] = 0;
    Arrays.fill(config, TargetConfig.DEFAULT);
    for (int v = 0; v <= n; v++) {
      vfq.add(new ArrayDeque<>());
    }
  }

  /** The settings this device was built with. */
  public Settings settings() {
    return settings;
  }

  // ---------------------------------------------------------------- placing buffers

  /**
   * Why the driver may not place an admin command to {@code t} now (the guard of {@code
   * DriverSubmitAdmin} other than {@code FreshId}), or empty if it may.
   */
  public Optional<String> whyNotPlaceAdmin(int t, CtrlCommand command) {
    lock.lock();
    try {
      if (!settings.isTarget(t)) {
        return Optional.of("t = " + t + " is not in Target");
      }
      if (!live(t)) {
        return Optional.of("~Live(" + t + "): vfState[" + t + "] = " + vfState[t].specName());
      }
      if (command.op() == Op.SET_TRUST && t == PF) {
        return Optional.of("setTrust only to a VF, not to the PF");
      }
      return Optional.empty();
    } finally {
      lock.unlock();
    }
  }

  /**
   * The device's half of {@code DriverSubmitAdmin(c, t, op, arg)} (implements the placement of
   * {@code AdminCvq!DriverSubmitAdmin}): decodes the buffer, stamps it with the target's current
   * incarnation and appends it to the admin CVQ's available ring. Traced by the driver.
   *
   * @param c a fresh identity
   * @param buffer a {@code virtio_net_admin_ctrl}
   * @return what was submitted, or a refusal (malformed buffer, target not live, id used)
   */
  public Outcome<Submission> placeAdmin(CmdId c, byte[] buffer) {
    lock.lock();
    try {
      Decoded<AdminCtrl> decoded = codec.decodeAdmin(buffer);
      if (decoded instanceof Decoded.Err<AdminCtrl> err) {
        return Outcome.refused(SpecAction.DRIVER_SUBMIT_ADMIN, "malformed buffer: " + err.error().message());
      }
      AdminCtrl admin = ((Decoded.Ok<AdminCtrl>) decoded).value();
      int t = admin.virtualDeviceId();
      CtrlCommand command = admin.ctrl().command();
      Optional<String> why = whyNotPlaceAdmin(t, command);
      if (why.isPresent()) {
        return Outcome.refused(SpecAction.DRIVER_SUBMIT_ADMIN, why.get());
      }
      if (cmd.containsKey(c)) {
        return Outcome.refused(SpecAction.DRIVER_SUBMIT_ADMIN, c + " already submitted");
      }
      Submission s = new Submission(t, incOf(t), Chan.ADMIN, command);
      cmd.put(c, new DeviceCmd(s, Status.QUEUED, false));
      adminQ.add(c);
      changed.signalAll();
      return new Outcome.Done<>(s);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Why the VF's own driver may not place a command on VF {@code v}'s own CVQ now (the guard of
   * {@code DriverSubmitVf} other than {@code FreshId}), or empty if it may.
   */
  public Optional<String> whyNotPlaceVf(int v, CtrlCommand command) {
    lock.lock();
    try {
      if (!settings.isVf(v)) {
        return Optional.of("v = " + v + " is not in VF");
      }
      if (vfState[v] != VfState.LIVE) {
        return Optional.of("vfState[" + v + "] = " + vfState[v].specName());
      }
      if (command.op() == Op.SET_TRUST) {
        return Optional.of("the trust command is sent on the admin CVQ only");
      }
      return Optional.empty();
    } finally {
      lock.unlock();
    }
  }

  /**
   * The device's half of {@code DriverSubmitVf(c, v, arg)} (implements the placement of {@code
   * AdminCvq!DriverSubmitVf}): decodes the buffer, stamps it with the VF's current incarnation and
   * appends it to the VF's own CVQ. Traced by the driver.
   *
   * @param c a fresh identity
   * @param v the VF
   * @param buffer a {@code virtio_net_ctrl}
   * @return what was submitted, or a refusal
   */
  public Outcome<Submission> placeVf(CmdId c, int v, byte[] buffer) {
    lock.lock();
    try {
      Decoded<NetCtrl> decoded = WireCodec.decodeCtrl(buffer);
      if (decoded instanceof Decoded.Err<NetCtrl> err) {
        return Outcome.refused(SpecAction.DRIVER_SUBMIT_VF, "malformed buffer: " + err.error().message());
      }
      CtrlCommand command = ((Decoded.Ok<NetCtrl>) decoded).value().command();
      Optional<String> why = whyNotPlaceVf(v, command);
      if (why.isPresent()) {
        return Outcome.refused(SpecAction.DRIVER_SUBMIT_VF, why.get());
      }
      if (cmd.containsKey(c)) {
        return Outcome.refused(SpecAction.DRIVER_SUBMIT_VF, c + " already submitted");
      }
      Submission s = new Submission(v, inc[v], Chan.VF, command);
      cmd.put(c, new DeviceCmd(s, Status.QUEUED, false));
      vfq.get(v).addLast(c);
      changed.signalAll();
      return new Outcome.Done<>(s);
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------- the device's own actions

  /** Whether {@code c} may be taken from {@code queue}: its head if {@code InOrder}, else anywhere. */
  private boolean takeable(List<CmdId> queue, CmdId c) {
    return settings.inOrder() ? !queue.isEmpty() && queue.get(0).equals(c) : queue.contains(c);
  }

  /** Why {@code c} may not be taken from the queue named {@code queue}. */
  private String notTakeable(CmdId c, String queue) {
    return settings.inOrder() ? c + " is not the head of " + queue : c + " is not in " + queue;
  }

  /** Whether {@code DeviceFetch(c)} is enabled. */
  public boolean canFetch(CmdId c) {
    lock.lock();
    try {
      return takeable(adminQ, c);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Implements {@code AdminCvq!DeviceFetch(c)}: the PF takes {@code c} from the admin CVQ's
   * available ring (only the head if {@code InOrder}) and starts processing it.
   *
   * @param c the command
   * @return {@code c}, or a refusal if the action is not enabled
   */
  public Outcome<CmdId> fetch(CmdId c) {
    lock.lock();
    try {
      if (!canFetch(c)) {
        return Outcome.refused(SpecAction.DEVICE_FETCH, notTakeable(c, "adminQ"));
      }
      adminQ.remove(c);
      inflight.add(c);
      cmd.put(c, get(c).withStatus(Status.FETCHED));
      if (trace.enabled()) {
        trace.emit(TraceEvent.of(SpecAction.DEVICE_FETCH).put("c", c.value()).build());
      }
      changed.signalAll();
      return new Outcome.Done<>(c);
    } finally {
      lock.unlock();
    }
  }

  /** Whether {@code DeviceProcess(c)} is enabled. */
  public boolean canProcess(CmdId c) {
    lock.lock();
    try {
      return takeable(inflight, c);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Implements {@code AdminCvq!DeviceProcess(c)}: the PF processes a fetched admin command (the
   * oldest if {@code InOrder}) and writes its ack. For a VF it first checks per {@code
   * DeviceCheck}; on failure it acks ERR and changes nothing. Otherwise the command acts on the VF
   * that has the id now, whichever incarnation that is (no VF: no effect), and the device acks OK.
   * Commands to the PF always succeed.
   *
   * @param c the command
   * @return the ack written, or a refusal if the action is not enabled
   */
  public Outcome<Status> process(CmdId c) {
    lock.lock();
    try {
      if (!canProcess(c)) {
        return Outcome.refused(SpecAction.DEVICE_PROCESS, notTakeable(c, "inflight"));
      }
      DeviceCmd r = get(c);
      Submission s = r.submission();
      int t = s.target();
      boolean gone = t != PF && (vfState[t] != VfState.LIVE || inc[t] != s.inc());
      boolean fail =
          switch (settings.deviceCheck()) {
            case NONE -> false;
            case VF_ENABLE -> t != PF && !vfEnable;
            case INCARNATION -> gone;
          };
      boolean apply = !fail && (t == PF || vfState[t] != VfState.ABSENT);
      Status ack = fail ? Status.ERR : Status.OK;
      inflight.remove(c);
      cmd.put(c, new DeviceCmd(s, ack, gone));
      complete(c);
      if (apply) {
        effects.add(
            new Effect(
                c, s.op(), t, s.inc(), incOf(t), Chan.ADMIN, t != PF && trusted[t]));
        if (s.command() instanceof CtrlCommand.SetTrust st) {
          trusted[t] = st.trusted();
        } else {
          config[t] = config[t].after(s.command());
        }
      }
      if (trace.enabled()) {
        trace.emit(
            TraceEvent.of(SpecAction.DEVICE_PROCESS)
                .put("c", c.value())
                .put("t", t)
                .put("status", ack.specName())
                .put("gone", gone)
                .put("applied", apply)
                .put("onInc", incOf(t))
                .build());
      }
      changed.signalAll();
      return new Outcome.Done<>(ack);
    } finally {
      lock.unlock();
    }
  }

  /** Whether {@code DeviceProcessVf(v)} is enabled. */
  public boolean canProcessVf(int v) {
    lock.lock();
    try {
      return settings.isVf(v) && !vfq.get(v).isEmpty();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Implements {@code AdminCvq!DeviceProcessVf(v)}: the PF processes the oldest command on VF
   * {@code v}'s own CVQ; it obeys it iff the VF is live and trusted at that moment, else it acks
   * ERR.
   *
   * @param v the VF
   * @return the command processed, or a refusal if the VF's CVQ is empty
   */
  public Outcome<CmdId> processVf(int v) {
    lock.lock();
    try {
      if (!canProcessVf(v)) {
        return Outcome.refused(SpecAction.DEVICE_PROCESS_VF, "vfq[" + v + "] is empty");
      }
      CmdId c = vfq.get(v).removeFirst();
      Submission s = get(c).submission();
      boolean obey = vfState[v] == VfState.LIVE && trusted[v];
      boolean gone = vfState[v] != VfState.LIVE || inc[v] != s.inc();
      Status ack = obey ? Status.OK : Status.ERR;
      cmd.put(c, new DeviceCmd(s, ack, gone));
      complete(c);
      if (obey) {
        effects.add(new Effect(c, s.op(), v, s.inc(), inc[v], Chan.VF, trustedOwn(v)));
        config[v] = config[v].after(s.command());
      }
      if (trace.enabled()) {
        trace.emit(
            TraceEvent.of(SpecAction.DEVICE_PROCESS_VF)
                .put("v", v)
                .put("c", c.value())
                .put("status", ack.specName())
                .put("gone", gone)
                .put("applied", obey)
                .build());
      }
      changed.signalAll();
      return new Outcome.Done<>(c);
    } finally {
      lock.unlock();
    }
  }

  /** Whether {@code VfNeedsReset(v)} is enabled. */
  public boolean canNeedReset(int v) {
    lock.lock();
    try {
      return settings.isVf(v) && vfState[v] == VfState.LIVE;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Implements {@code AdminCvq!VfNeedsReset(v)}: a live VF hits an error it cannot recover from
   * and sets {@code DEVICE_NEEDS_RESET}. The driver cannot prevent this (fault injection).
   *
   * @param v the VF
   * @return {@code v}, or a refusal if the VF is not live
   */
  public Outcome<Integer> needReset(int v) {
    lock.lock();
    try {
      if (!canNeedReset(v)) {
        return Outcome.refused(SpecAction.VF_NEEDS_RESET, "VF " + v + " is not live");
      }
      vfState[v] = VfState.NEEDS_RESET;
      if (trace.enabled()) {
        trace.emit(TraceEvent.of(SpecAction.VF_NEEDS_RESET).put("v", v).build());
      }
      changed.signalAll();
      return new Outcome.Done<>(v);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Takes one enabled device action among {@code DeviceFetch}, {@code DeviceProcess} and {@code
   * DeviceProcessVf}, chosen by {@code random} (a device thread's work loop; with {@code InOrder}
   * the admin CVQ's choices are the heads only).
   *
   * @param random picks among the enabled actions
   * @return the action taken, or empty if none was enabled
   */
  public Optional<SpecAction> step(RandomGenerator random) {
    lock.lock();
    try {
      List<Supplier<SpecAction>> enabled = new ArrayList<>();
      for (CmdId c : adminQ) {
        if (canFetch(c)) {
          enabled.add(() -> take(fetch(c), SpecAction.DEVICE_FETCH));
        }
      }
      for (CmdId c : inflight) {
        if (canProcess(c)) {
          enabled.add(() -> take(process(c), SpecAction.DEVICE_PROCESS));
        }
      }
      for (int v = 1; v <= settings.numVfs(); v++) {
        int vf = v;
        if (canProcessVf(vf)) {
          enabled.add(() -> take(processVf(vf), SpecAction.DEVICE_PROCESS_VF));
        }
      }
      if (enabled.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(enabled.get(random.nextInt(enabled.size())).get());
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until a device action is enabled (for a device thread).
   *
   * @param timeout how long to wait at most
   * @return whether one is enabled
   * @throws InterruptedException if interrupted while waiting
   */
  public boolean awaitWork(Duration timeout) throws InterruptedException {
    lock.lock();
    try {
      long nanos = timeout.toNanos();
      while (adminQ.isEmpty() && inflight.isEmpty() && vfq.stream().allMatch(ArrayDeque::isEmpty)) {
        if (nanos <= 0) {
          return false;
        }
        nanos = changed.awaitNanos(nanos);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until {@code c} is completed (its ack is written).
   *
   * @param c a submitted command
   * @param timeout how long to wait at most
   * @return whether it is completed
   * @throws InterruptedException if interrupted while waiting
   */
  public boolean awaitCompleted(CmdId c, Duration timeout) throws InterruptedException {
    lock.lock();
    try {
      long nanos = timeout.toNanos();
      while (!status(c).map(Status::completed).orElse(false)) {
        if (nanos <= 0) {
          return false;
        }
        nanos = changed.awaitNanos(nanos);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** Wakes every thread waiting in {@link #awaitWork} or {@link #awaitCompleted}. */
  public void signalChange() {
    lock.lock();
    try {
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------- the device's half of driver actions

  /** {@code vfEnable}. */
  public boolean vfEnable() {
    lock.lock();
    try {
      return vfEnable;
    } finally {
      lock.unlock();
    }
  }

  /** {@code vfState[v]}. */
  public VfState vfState(int v) {
    lock.lock();
    try {
      checkVf(v);
      return vfState[v];
    } finally {
      lock.unlock();
    }
  }

  /** The device's record of {@code c}, empty if not submitted. */
  public Optional<DeviceCmd> command(CmdId c) {
    lock.lock();
    try {
      return Optional.ofNullable(cmd.get(c));
    } finally {
      lock.unlock();
    }
  }

  /** {@code cmd[c].status}, empty if not submitted. */
  public Optional<Status> status(CmdId c) {
    return command(c).map(DeviceCmd::status);
  }

  /**
   * The device's half of {@code AdminCvq!SriovDisable}: VF Enable is cleared and every VF is
   * destroyed (default config, untrusted); commands still on a VF's own CVQ complete with ERR
   * (reset clean-up); admin commands stay on the admin CVQ. Traced by the driver.
   *
   * @return the commands flushed from the VFs' own CVQs, or a refusal if VF Enable is clear
   */
  public Outcome<ImmutableList<CmdId>> disableSriov() {
    lock.lock();
    try {
      if (!vfEnable) {
        return Outcome.refused(SpecAction.SRIOV_DISABLE, "vfEnable is already FALSE");
      }
      vfEnable = false;
      ImmutableList.Builder<CmdId> flushed = ImmutableList.builder();
      for (int v = 1; v <= settings.numVfs(); v++) {
        vfState[v] = VfState.ABSENT;
        config[v] = TargetConfig.DEFAULT;
        trusted[v] = false;
        flushed.addAll(flush(v));
      }
      changed.signalAll();
      return new Outcome.Done<>(flushed.build());
    } finally {
      lock.unlock();
    }
  }

  /**
   * The device's half of {@code AdminCvq!SriovEnable}: VF Enable is set and VFs {@code
   * 1..NumVFs} are created again under the same ids as new incarnations, default config,
   * untrusted. Traced by the driver.
   *
   * @return each VF's new incarnation (index {@code v - 1}), or a refusal if VF Enable is set
   */
  public Outcome<ImmutableList<Integer>> enableSriov() {
    lock.lock();
    try {
      if (vfEnable) {
        return Outcome.refused(SpecAction.SRIOV_ENABLE, "vfEnable is already TRUE");
      }
      vfEnable = true;
      ImmutableList.Builder<Integer> incs = ImmutableList.builder();
      for (int v = 1; v <= settings.numVfs(); v++) {
        vfState[v] = VfState.LIVE;
        inc[v]++;
        config[v] = TargetConfig.DEFAULT;
        trusted[v] = false;
        incs.add(inc[v]);
      }
      changed.signalAll();
      return new Outcome.Done<>(incs.build());
    } finally {
      lock.unlock();
    }
  }

  /**
   * The device's half of {@code AdminCvq!DriverResetVf(v)}: a VF in {@code DEVICE_NEEDS_RESET}
   * works again as a new incarnation (default config, untrusted); commands on its own CVQ complete
   * with ERR. Traced by the driver.
   *
   * @param v the VF
   * @return the commands flushed from its own CVQ, or a refusal if it does not need a reset
   */
  public Outcome<ImmutableList<CmdId>> resetVf(int v) {
    lock.lock();
    try {
      if (!settings.isVf(v) || vfState[v] != VfState.NEEDS_RESET) {
        return Outcome.refused(SpecAction.DRIVER_RESET_VF, "VF " + v + " is not in needsReset");
      }
      vfState[v] = VfState.LIVE;
      inc[v]++;
      config[v] = TargetConfig.DEFAULT;
      trusted[v] = false;
      ImmutableList<CmdId> flushed = flush(v);
      changed.signalAll();
      return new Outcome.Done<>(flushed);
    } finally {
      lock.unlock();
    }
  }

  /** {@code inc[v]}. */
  public int incarnation(int v) {
    lock.lock();
    try {
      checkVf(v);
      return inc[v];
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------- snapshot

  /**
   * The device's variables, atomically: {@code vfVars}, the device's part of {@code cmd}, {@code
   * adminQ}, {@code inflight}, {@code vfq} and {@code historyVars}.
   */
  public DeviceView view() {
    lock.lock();
    try {
      int n = settings.numVfs();
      ImmutableSortedMap.Builder<Integer, VfState> states = ImmutableSortedMap.naturalOrder();
      ImmutableSortedMap.Builder<Integer, Integer> incs = ImmutableSortedMap.naturalOrder();
      ImmutableSortedMap.Builder<Integer, Boolean> trust = ImmutableSortedMap.naturalOrder();
      ImmutableSortedMap.Builder<Integer, ImmutableList<CmdId>> queues =
          ImmutableSortedMap.naturalOrder();
      ImmutableSortedMap.Builder<Integer, TargetConfig> configs = ImmutableSortedMap.naturalOrder();
      configs.put(PF, config[PF]);
      for (int v = 1; v <= n; v++) {
        states.put(v, vfState[v]);
        incs.put(v, inc[v]);
        trust.put(v, trusted[v]);
        queues.put(v, ImmutableList.copyOf(vfq.get(v)));
        configs.put(v, config[v]);
      }
      return new DeviceView(
          vfEnable,
          states.buildOrThrow(),
          incs.buildOrThrow(),
          configs.buildOrThrow(),
          trust.buildOrThrow(),
          ImmutableSortedMap.copyOfSorted(cmd),
          ImmutableList.copyOf(adminQ),
          ImmutableList.copyOf(inflight),
          queues.buildOrThrow(),
          ImmutableSet.copyOf(effects),
          ImmutableSortedMap.copyOfSorted(completions));
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------- helpers (lock held)

  @GuardedBy("lock")
  private boolean live(int t) {
    return t == PF || vfState[t] == VfState.LIVE;
  }

  @GuardedBy("lock")
  private int incOf(int t) {
    return t == PF ? 0 : inc[t];
  }

  @GuardedBy("lock")
  private DeviceCmd get(CmdId c) {
    DeviceCmd r = cmd.get(c);
    if (r == null) {
      throw new IllegalStateException(c + " is on a queue but not submitted");
    }
    return r;
  }

  /** One more completion of {@code c} (the ack is written). */
  @GuardedBy("lock")
  private void complete(CmdId c) {
    completions.merge(c, 1, Integer::sum);
  }

  /** {@code DestroyCmds}, device part, for one VF: its own CVQ's commands complete with ERR. */
  @GuardedBy("lock")
  private ImmutableList<CmdId> flush(int v) {
    ImmutableList<CmdId> flushed = ImmutableList.copyOf(vfq.get(v));
    for (CmdId c : flushed) {
      cmd.put(c, get(c).withStatus(Status.ERR));
      complete(c);
    }
    vfq.get(v).clear();
    return flushed;
  }

  /** {@code TrustedOwn(v)}: trusted by a grant meant for its current incarnation. */
  @GuardedBy("lock")
  private boolean trustedOwn(int v) {
    if (!trusted[v]) {
      return false;
    }
    for (Effect e : effects) {
      if (e.op() == Op.SET_TRUST && e.target() == v && e.onInc() == inc[v] && e.cmdInc() != inc[v]) {
        return false;
      }
    }
    return true;
  }

  private void checkVf(int v) {
    if (!settings.isVf(v)) {
      throw new IllegalArgumentException("not a VF id: " + v);
    }
  }

  private static SpecAction take(Outcome<?> outcome, SpecAction action) {
    if (!outcome.taken()) {
      throw new IllegalStateException(action.specName() + " was enabled but refused");
    }
    return action;
  }
}
