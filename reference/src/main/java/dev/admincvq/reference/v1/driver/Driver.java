package dev.admincvq.reference.v1.driver;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.concurrent.GuardedBy;
import dev.admincvq.reference.v1.AbstractState;
import dev.admincvq.reference.v1.Chan;
import dev.admincvq.reference.v1.CmdId;
import dev.admincvq.reference.v1.CmdRecord;
import dev.admincvq.reference.v1.Completion;
import dev.admincvq.reference.v1.DeviceCmd;
import dev.admincvq.reference.v1.DriverSync;
import dev.admincvq.reference.v1.Outcome;
import dev.admincvq.reference.v1.Settings;
import dev.admincvq.reference.v1.SpecAction;
import dev.admincvq.reference.v1.Status;
import dev.admincvq.reference.v1.Submission;
import dev.admincvq.reference.v1.VfState;
import dev.admincvq.reference.v1.device.Device;
import dev.admincvq.reference.v1.device.DeviceView;
import dev.admincvq.reference.v1.trace.SpecValues;
import dev.admincvq.reference.v1.trace.TraceEvent;
import dev.admincvq.reference.v1.trace.TraceSink;
import dev.admincvq.reference.v1.wire.Ack;
import dev.admincvq.reference.v1.wire.AdminCtrl;
import dev.admincvq.reference.v1.wire.CtrlCommand;
import dev.admincvq.reference.v1.wire.Mac;
import dev.admincvq.reference.v1.wire.NetCtrl;
import dev.admincvq.reference.v1.wire.WireCodec;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntPredicate;

/**
 * The host's drivers: the PF's management driver, which submits to the admin CVQ, collects
 * completions and toggles SR-IOV and resets VFs under {@code DriverSync}; and, for {@code
 * DriverSubmitVf}, the VFs' own drivers (they share the spec's pool of command identities). Holds
 * the spec's {@code driverVars} ({@code drvMac}, {@code drvLast}) and the driver's part of {@code
 * cmd} ({@code seen}, as the set of pending commands, and {@code preBarrier}).
 *
 * <p><b>Concurrency.</b> Every field below is guarded by {@code lock}, the machine lock shared
 * with the {@link Device}. Each public action holds it for its whole step, including the device
 * half it calls, so every action is atomic and is traced in step order. Driver threads may call any
 * method concurrently with a device thread; blocking waits ({@link #reap}) release the lock while
 * they wait.
 */
public final class Driver {

  private final Settings settings;
  private final Device device;
  private final WireCodec codec;
  private final ReentrantLock lock;
  private final TraceSink trace;

  /** The least unused {@code CmdId} ({@code FreshId}). */
  @GuardedBy("lock")
  private int nextId = 1;

  /** {@code drvMac}, indexed by target. */
  @GuardedBy("lock")
  private final Mac[] drvMac;

  /** {@code drvLast}; no key = {@code NoCmd}. */
  @GuardedBy("lock")
  private final Map<Integer, CmdId> drvLast = new TreeMap<>();

  /** Submitted and not yet collected: {@code Pending(c)}, i.e. {@code ~cmd[c].seen}. */
  @GuardedBy("lock")
  private final TreeMap<CmdId, Submission> pending = new TreeMap<>();

  /** Commands with {@code cmd[c].preBarrier}. */
  @GuardedBy("lock")
  private final Set<CmdId> preBarrier = new TreeSet<>();

  /**
   * A driver in the spec's {@code Init} state: no submissions, default MACs, no last set-MAC.
   *
   * @param settings {@code NumVFs} and {@code DriverSync}
   * @param device the PF it drives
   * @param lock the machine lock, the device's
   * @param trace where the driver's actions are traced
   */
  public Driver(Settings settings, Device device, ReentrantLock lock, TraceSink trace) {
    this.settings = settings;
    this.device = device;
    this.codec = new WireCodec(settings.numVfs());
    this.lock = lock;
    this.trace = trace;
    this.drvMac = new Mac[settings.numVfs() + 1];
    Arrays.fill(drvMac, Mac.DEFAULT);
  }

  /** The identity the next submission will take. */
  public CmdId nextCmdId() {
    lock.lock();
    try {
      return new CmdId(nextId);
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------- submitting

  /** Whether {@code DriverSubmitAdmin(nextCmdId(), t, op, arg)} is enabled. */
  public boolean canSubmitAdmin(int t, CtrlCommand command) {
    return device.whyNotPlaceAdmin(t, command).isEmpty();
  }

  /**
   * Implements {@code AdminCvq!DriverSubmitAdmin(c, t, op, arg)}: the management driver places a
   * command to target {@code t} on the PF's admin CVQ, with the fresh identity {@link
   * #nextCmdId()}, and does not wait. A set-MAC becomes {@code drvLast[t]}.
   *
   * @param t {@code virtual_device_id}: 0 for the PF, else a live VF
   * @param command set-MAC, trust (VFs only) or RX mode
   * @return the identity taken, or a refusal
   */
  public Outcome<CmdId> submitAdmin(int t, CtrlCommand command) {
    lock.lock();
    try {
      Optional<String> why = device.whyNotPlaceAdmin(t, command);
      if (why.isPresent()) {
        return Outcome.refused(SpecAction.DRIVER_SUBMIT_ADMIN, why.get());
      }
      CmdId c = new CmdId(nextId);
      byte[] buffer = codec.encode(AdminCtrl.of(t, command, Ack.UNWRITTEN));
      Outcome<Submission> placed = device.placeAdmin(c, buffer);
      if (!(placed instanceof Outcome.Done<Submission> done)) {
        // The device's refusal as it is (Outcome is sealed: not Done means Refused).
        return new Outcome.Refused<>(((Outcome.Refused<Submission>) placed).refusal());
      }
      Submission s = done.result();
      nextId++;
      pending.put(c, s);
      if (command instanceof CtrlCommand.SetMac) {
        drvLast.put(t, c);
      }
      if (trace.enabled()) {
        trace.emit(
            TraceEvent.of(SpecAction.DRIVER_SUBMIT_ADMIN)
                .put("c", c.value())
                .put("t", t)
                .put("op", command.op().specName())
                .put("arg", SpecValues.arg(command))
                .put("inc", s.inc())
                .build());
      }
      return new Outcome.Done<>(c);
    } finally {
      lock.unlock();
    }
  }

  /** Whether {@code DriverSubmitVf(nextCmdId(), v, arg)} is enabled. */
  public boolean canSubmitVf(int v, CtrlCommand command) {
    return device.whyNotPlaceVf(v, command).isEmpty();
  }

  /**
   * Implements {@code AdminCvq!DriverSubmitVf(c, v, arg)}: VF {@code v}'s own driver places a
   * command on the VF's own CVQ, with the fresh identity {@link #nextCmdId()}. The management
   * driver's view does not change.
   *
   * @param v a live VF
   * @param command set-MAC or RX mode (the trust command goes on the admin CVQ only)
   * @return the identity taken, or a refusal
   */
  public Outcome<CmdId> submitVf(int v, CtrlCommand command) {
    lock.lock();
    try {
      Optional<String> why = device.whyNotPlaceVf(v, command);
      if (why.isPresent()) {
        return Outcome.refused(SpecAction.DRIVER_SUBMIT_VF, why.get());
      }
      CmdId c = new CmdId(nextId);
      byte[] buffer = WireCodec.encode(new NetCtrl(command, Ack.UNWRITTEN));
      Outcome<Submission> placed = device.placeVf(c, v, buffer);
      if (!(placed instanceof Outcome.Done<Submission> done)) {
        // The device's refusal as it is (Outcome is sealed: not Done means Refused).
        return new Outcome.Refused<>(((Outcome.Refused<Submission>) placed).refusal());
      }
      Submission s = done.result();
      nextId++;
      pending.put(c, s);
      if (trace.enabled()) {
        trace.emit(
            TraceEvent.of(SpecAction.DRIVER_SUBMIT_VF)
                .put("c", c.value())
                .put("v", v)
                .put("op", command.op().specName())
                .put("arg", SpecValues.arg(command))
                .put("inc", s.inc())
                .build());
      }
      return new Outcome.Done<>(c);
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------- completions

  /** Whether {@code DriverCollect(c)} is enabled. */
  public boolean canCollect(CmdId c) {
    return whyNotCollect(c).isEmpty();
  }

  private Optional<String> whyNotCollect(CmdId c) {
    lock.lock();
    try {
      Submission s = pending.get(c);
      if (s == null) {
        return Optional.of(c + " is not pending (not submitted, or already seen)");
      }
      if (!completed(c)) {
        return Optional.of(c + " is not completed");
      }
      for (Map.Entry<CmdId, Submission> e : pending.headMap(c).entrySet()) {
        Submission d = e.getValue();
        if (completed(e.getKey()) && d.target() == s.target() && d.chan() == s.chan()) {
          return Optional.of(e.getKey() + " to the same target and queue must be collected first");
        }
      }
      return Optional.empty();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Implements {@code AdminCvq!DriverCollect(c)}: a driver reaps a completion (per target and
   * queue in submission order, as it reads the used ring). The management driver takes an OK
   * set-MAC as the target's new MAC unless the command is pre-barrier; an ERR means nothing
   * changed. The VF's own driver's completions do not change the management driver's view.
   *
   * @param c the command
   * @return what the driver learnt, or a refusal
   */
  public Outcome<Completion> collect(CmdId c) {
    lock.lock();
    try {
      Optional<String> why = whyNotCollect(c);
      Submission s = pending.get(c);
      if (why.isPresent() || s == null) {
        return Outcome.refused(SpecAction.DRIVER_COLLECT, why.orElse(c + " is not pending"));
      }
      Status status = device.status(c).orElse(Status.ERR);
      boolean ignored = preBarrier.contains(c);
      pending.remove(c);
      int t = s.target();
      if (s.chan() == Chan.ADMIN
          && status == Status.OK
          && !ignored
          && s.command() instanceof CtrlCommand.SetMac m) {
        drvMac[t] = m.mac();
      }
      if (trace.enabled()) {
        trace.emit(
            TraceEvent.of(SpecAction.DRIVER_COLLECT)
                .put("c", c.value())
                .put("t", t)
                .put("chan", s.chan().specName())
                .put("status", status.specName())
                .put("preBarrier", ignored)
                .put("drvMac", SpecValues.mac(drvMac[t]))
                .build());
      }
      return new Outcome.Done<>(new Completion(c, status, ignored));
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until {@code c} is completed, then collects every completed command to the same target
   * and queue submitted before it that is still pending, and {@code c} itself (each one a {@code
   * DriverCollect} step). If another thread collected {@code c} already, returns what it learnt.
   *
   * @param c a submitted command
   * @param timeout how long to wait for the device at most
   * @return the completion, or a refusal if {@code c} was not submitted or did not complete in time
   * @throws InterruptedException if interrupted while waiting
   */
  public Outcome<Completion> reap(CmdId c, Duration timeout) throws InterruptedException {
    if (device.command(c).isEmpty()) {
      return Outcome.refused(SpecAction.DRIVER_COLLECT, c + " was not submitted");
    }
    if (!device.awaitCompleted(c, timeout)) {
      return Outcome.refused(SpecAction.DRIVER_COLLECT, c + " not completed within " + timeout);
    }
    lock.lock();
    try {
      Submission s = pending.get(c);
      if (s != null) {
        for (CmdId d : ImmutableList.copyOf(pending.headMap(c).keySet())) {
          Submission ds = pending.get(d);
          if (ds != null && ds.target() == s.target() && ds.chan() == s.chan() && completed(d)) {
            Outcome<Completion> earlier = collect(d);
            if (!earlier.taken()) {
              return earlier;
            }
          }
        }
        return collect(c);
      }
      return new Outcome.Done<>(
          new Completion(c, device.status(c).orElse(Status.ERR), preBarrier.contains(c)));
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------- VF lifecycle

  /** Whether {@code SriovDisable} is enabled. */
  public boolean canSriovDisable() {
    lock.lock();
    try {
      return device.vfEnable() && syncAllows(settings::isVf);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Implements {@code AdminCvq!SriovDisable}: the driver clears VF Enable and every VF is
   * destroyed. Under {@code drain} it is enabled only when no command to any VF is pending; under
   * {@code barrier} every pending command to a VF becomes pre-barrier.
   *
   * @return the commands flushed from the VFs' own CVQs (completed with ERR), or a refusal
   */
  public Outcome<ImmutableList<CmdId>> sriovDisable() {
    lock.lock();
    try {
      if (!syncAllows(settings::isVf)) {
        return Outcome.refused(
            SpecAction.SRIOV_DISABLE, "drain: a command to a VF is still pending");
      }
      Outcome<ImmutableList<CmdId>> out = device.disableSriov();
      if (out instanceof Outcome.Done<ImmutableList<CmdId>> done) {
        ImmutableList<CmdId> barred = raiseBarrier(settings::isVf);
        if (trace.enabled()) {
          trace.emit(
              TraceEvent.of(SpecAction.SRIOV_DISABLE)
                  .putInts("flushed", ids(done.result()))
                  .putInts("preBarrier", ids(barred))
                  .build());
        }
      }
      return out;
    } finally {
      lock.unlock();
    }
  }

  /** Whether {@code SriovEnable} is enabled. */
  public boolean canSriovEnable() {
    return !device.vfEnable();
  }

  /**
   * Implements {@code AdminCvq!SriovEnable}: the driver sets VF Enable and VFs {@code 1..NumVFs}
   * are created again under the same ids (new incarnations, default config, untrusted); the driver
   * starts its view of them afresh.
   *
   * @return each VF's new incarnation (index {@code v - 1}), or a refusal
   */
  public Outcome<ImmutableList<Integer>> sriovEnable() {
    lock.lock();
    try {
      Outcome<ImmutableList<Integer>> out = device.enableSriov();
      if (out instanceof Outcome.Done<ImmutableList<Integer>> done) {
        for (int v = 1; v <= settings.numVfs(); v++) {
          forget(v);
        }
        if (trace.enabled()) {
          trace.emit(TraceEvent.of(SpecAction.SRIOV_ENABLE).putInts("inc", done.result()).build());
        }
      }
      return out;
    } finally {
      lock.unlock();
    }
  }

  /** Whether {@code DriverResetVf(v)} is enabled. */
  public boolean canResetVf(int v) {
    lock.lock();
    try {
      return settings.isVf(v)
          && device.vfState(v) == VfState.NEEDS_RESET
          && syncAllows(t -> t == v);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Implements {@code AdminCvq!DriverResetVf(v)}: the driver resets a VF in {@code
   * DEVICE_NEEDS_RESET}; it works again as a new incarnation. The reset destroys the old
   * incarnation, so it respects {@code DriverSync} like SR-IOV disable.
   *
   * @param v the VF
   * @return the commands flushed from its own CVQ (completed with ERR), or a refusal
   */
  public Outcome<ImmutableList<CmdId>> resetVf(int v) {
    lock.lock();
    try {
      if (settings.isVf(v) && !syncAllows(t -> t == v)) {
        return Outcome.refused(
            SpecAction.DRIVER_RESET_VF, "drain: a command to VF " + v + " is still pending");
      }
      Outcome<ImmutableList<CmdId>> out = device.resetVf(v);
      if (out instanceof Outcome.Done<ImmutableList<CmdId>> done) {
        forget(v);
        ImmutableList<CmdId> barred = raiseBarrier(t -> t == v);
        if (trace.enabled()) {
          trace.emit(
              TraceEvent.of(SpecAction.DRIVER_RESET_VF)
                  .put("v", v)
                  .put("inc", device.incarnation(v))
                  .putInts("flushed", ids(done.result()))
                  .putInts("preBarrier", ids(barred))
                  .build());
        }
      }
      return out;
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------- snapshot

  /** The whole abstract state, atomically (device and driver variables under one lock). */
  public AbstractState snapshot() {
    lock.lock();
    try {
      DeviceView d = device.view();
      ImmutableSortedMap.Builder<CmdId, CmdRecord> cmds = ImmutableSortedMap.naturalOrder();
      for (Map.Entry<CmdId, DeviceCmd> e : d.cmd().entrySet()) {
        DeviceCmd r = e.getValue();
        cmds.put(
            e.getKey(),
            new CmdRecord(
                r.submission(),
                r.status(),
                !pending.containsKey(e.getKey()),
                preBarrier.contains(e.getKey()),
                r.gone()));
      }
      ImmutableSortedMap.Builder<Integer, Mac> macs = ImmutableSortedMap.naturalOrder();
      for (int t = 0; t < drvMac.length; t++) {
        macs.put(t, drvMac[t]);
      }
      return new AbstractState(
          d.vfEnable(),
          d.vfState(),
          d.inc(),
          d.devConfig(),
          d.trusted(),
          cmds.buildOrThrow(),
          d.adminQ(),
          d.inflight(),
          d.vfq(),
          macs.buildOrThrow(),
          ImmutableSortedMap.copyOf(drvLast),
          d.effects(),
          d.completions());
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------- helpers (lock held)

  @GuardedBy("lock")
  private boolean completed(CmdId c) {
    return device.status(c).map(Status::completed).orElse(false);
  }

  /** {@code SyncAllows(T)}: under drain, no pending command to a target in {@code T}. */
  @GuardedBy("lock")
  private boolean syncAllows(IntPredicate inT) {
    return settings.driverSync() != DriverSync.DRAIN
        || pending.values().stream().noneMatch(s -> inT.test(s.target()));
  }

  /** {@code DestroyCmds}, driver part: under barrier, pending commands to {@code T} are pre-barrier. */
  @GuardedBy("lock")
  private ImmutableList<CmdId> raiseBarrier(IntPredicate inT) {
    if (settings.driverSync() != DriverSync.BARRIER) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<CmdId> barred = ImmutableList.builder();
    pending.forEach(
        (c, s) -> {
          if (inT.test(s.target()) && preBarrier.add(c)) {
            barred.add(c);
          }
        });
    return barred.build();
  }

  /** The driver's view of VF {@code v} starts afresh: default MAC, no last set-MAC. */
  @GuardedBy("lock")
  private void forget(int v) {
    drvMac[v] = Mac.DEFAULT;
    drvLast.remove(v);
  }

  private static ImmutableList<Integer> ids(ImmutableList<CmdId> cmds) {
    return cmds.stream().map(CmdId::value).collect(ImmutableList.toImmutableList());
  }
}
