package dev.admincvq.reference.device;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.concurrent.GuardedBy;
import dev.admincvq.reference.CmdId;
import dev.admincvq.reference.Options;
import dev.admincvq.reference.Outcome;
import dev.admincvq.reference.SpecAction;
import dev.admincvq.reference.VfState;
import dev.admincvq.reference.history.History;
import dev.admincvq.reference.shared.SharedMemory;
import dev.admincvq.reference.trace.TraceEvent;
import dev.admincvq.reference.trace.TraceSink;
import dev.admincvq.reference.wire.Ack;
import dev.admincvq.reference.wire.AdminCtrl;
import dev.admincvq.reference.wire.Command;
import dev.admincvq.reference.wire.Decoded;
import dev.admincvq.reference.wire.Mac;
import dev.admincvq.reference.wire.NetCtrl;
import dev.admincvq.reference.wire.WireCodec;
import dev.admincvq.reference.wire.WireFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * The device: the PF with its VF functions ({@link Functions}), its check ({@link StaleCheck}) and
 * the admin commands it fetched ({@code inflight}). It reads its own state and shared memory (the
 * spec's {@code DeviceView}); it never reads a driver's bookkeeping or the history, which it only
 * writes.
 *
 * <p>Its own actions are {@link #deviceFetch}, {@link #deviceProcess}, {@link #deviceProcessVf} and
 * {@link #deviceVfNeedsReset}, each traced here. Its reactions to register writes run inside the
 * writing driver's step, through {@link #pf()} (the management driver's side) and {@link #vf(int)}
 * (a VF driver's side), and are traced by that driver.
 *
 * <p><b>Concurrency.</b> Every step of every actor holds the device lock ({@code lock}) from its
 * guard to its last write: the device serialises register accesses and ring processing. A device
 * thread calls {@link #step} and {@link #awaitWork}; waiting releases the lock.
 */
public final class Device {

  private static final int PF = 0;

  private final Options options;
  private final ReentrantLock lock;
  private final Condition changed;
  private final TraceSink trace;
  private final WireCodec codec;
  private final PfRegisters pf;
  private final List<VfFunction> vfs = new ArrayList<>();

  @GuardedBy("lock")
  private final Functions functions;

  @GuardedBy("lock")
  private final StaleCheck check;

  @GuardedBy("lock")
  private final SharedMemory memory;

  /**
   * Written under the lock by every step; handed out for the drivers to write and for snapshots.
   */
  private final History history;

  /** {@code inflight}: fetched admin commands, oldest first. */
  @GuardedBy("lock")
  private final List<Fetched> inflight = new ArrayList<>();

  /**
   * A device in the spec's {@code Init} state.
   *
   * @param options the spec's constants; the device follows {@code DeviceCheck}, {@code InOrder},
   *     {@code NeedsResetDestroys}, {@code VfResetKeepsConfig} and {@code ResetNotice}
   * @param check the check it makes ({@link StaleCheck#of} of {@code options.deviceCheck()}, or
   *     another to build a device that breaks its design)
   * @param lock the device lock, which every step of every actor holds
   * @param changed signalled after every step
   * @param memory the shared memory
   * @param trace where the device's own actions are traced
   */
  public Device(
      Options options,
      StaleCheck check,
      ReentrantLock lock,
      Condition changed,
      SharedMemory memory,
      TraceSink trace) {
    this.options = options;
    this.lock = lock;
    this.changed = changed;
    this.trace = trace;
    this.codec =
        new WireCodec(
            options.maxVfs(),
            options.wireGen() ? WireFormat.WITH_MEMBER_GENERATION : WireFormat.THREAD);
    this.memory = memory;
    this.check = check;
    Functions f = new Functions(options, memory, check);
    this.functions = f;
    History h = new History(options.maxVfs(), f::genOf);
    this.history = h;
    this.pf = new PfPort(options, lock, changed, f, h);
    for (int v = 1; v <= options.maxVfs(); v++) {
      vfs.add(new VfPort(v, lock, changed, f, h));
    }
  }

  /** The PF's registers, as the management driver reaches them. */
  public PfRegisters pf() {
    return pf;
  }

  /** VF {@code v}'s function, as its own driver reaches it. */
  public VfFunction vf(int v) {
    if (!options.isVf(v)) {
      throw new IllegalArgumentException("not a VF id: " + v);
    }
    return vfs.get(v - 1);
  }

  /**
   * The history the actors write (ghost state, read by no action): the drivers note their
   * submissions there, the device its completions.
   */
  public History history() {
    return history;
  }

  /** The wire format the device decodes admin buffers in. */
  public WireCodec codec() {
    return codec;
  }

  // ---------------------------------------------------------------- DeviceFetch

  /** Whether {@code DeviceFetch(c)} is enabled: {@code c} is the head (InOrder) or available. */
  public boolean canFetch(CmdId c) {
    lock.lock();
    try {
      List<CmdId> q = memory.admin().available();
      return options.inOrder() ? !q.isEmpty() && q.get(0).equals(c) : q.contains(c);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Implements {@code AdminCvqActors!DeviceFetch(c)}: the device fetches an available command from
   * the admin CVQ (the head only if {@code InOrder}), decodes its buffer and starts processing it;
   * under {@code "inFlight"} it notes the member's generation now.
   *
   * @return {@code c}, or a refusal if the action is not enabled
   */
  public Outcome<CmdId> deviceFetch(CmdId c) {
    lock.lock();
    try {
      if (!canFetch(c)) {
        return Outcome.refused(
            SpecAction.DEVICE_FETCH,
            c + (options.inOrder() ? " is not the head of adminQ" : " is not in adminQ"));
      }
      memory.admin().fetched(c);
      Decoded<AdminCtrl> request = codec.decodeAdmin(memory.buffers().read(c));
      inflight.add(new Fetched(c, request, memory.buffers().ringIndex(c)));
      if (request instanceof Decoded.Ok<AdminCtrl> ok) {
        check.fetched(c, ok.value().virtualDeviceId(), functions);
      }
      if (trace.enabled()) {
        trace.emit(TraceEvent.of(SpecAction.DEVICE_FETCH).put("c", c).build());
      }
      changed.signalAll();
      return new Outcome.Done<>(c);
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------- DeviceProcess

  /**
   * Whether {@code DeviceProcess(c)} is enabled: {@code c} is the oldest (InOrder) or in flight.
   */
  public boolean canProcess(CmdId c) {
    lock.lock();
    try {
      return fetched(c).isPresent() && (!options.inOrder() || inflight.get(0).c().equals(c));
    } finally {
      lock.unlock();
    }
  }

  /**
   * Implements {@code AdminCvqActors!DeviceProcess(c)}: the device processes a fetched admin
   * command (the oldest if {@code InOrder}), writes its ack and puts it on the used ring. A command
   * to a VF that its check fails ({@code DeviceFails}) is acked ERR and changes nothing; otherwise
   * it acts on the target that has the id now, whichever generation that is (no VF: no effect,
   * still OK). A malformed buffer is acked ERR and changes nothing.
   *
   * @return the ack written, or a refusal if the action is not enabled
   */
  public Outcome<Ack> deviceProcess(CmdId c) {
    lock.lock();
    try {
      Optional<Fetched> entry = fetched(c);
      if (entry.isEmpty() || !canProcess(c)) {
        return Outcome.refused(
            SpecAction.DEVICE_PROCESS,
            c + (options.inOrder() ? " is not the head of inflight" : " is not in inflight"));
      }
      Fetched e = entry.get();
      inflight.remove(e);
      Optional<String> failure;
      int t;
      boolean apply;
      if (e.request() instanceof Decoded.Ok<AdminCtrl> ok) {
        AdminCtrl r = ok.value();
        t = r.virtualDeviceId();
        failure = t == PF ? Optional.empty() : check.fails(c, r, e.ringIndex(), functions);
        apply = failure.isEmpty() && functions.exists(t);
        history.processedAdmin(
            c, t, apply, functions.usable(t), r.command() instanceof Command.SetTrust);
        if (apply) {
          functions.provision(t, r.command());
        }
      } else {
        t = -1;
        apply = false;
        failure =
            Optional.of("malformed: " + ((Decoded.Err<AdminCtrl>) e.request()).error().message());
        history.completed(c);
      }
      Ack ack = failure.isPresent() ? Ack.ERR : Ack.OK;
      memory.buffers().writeAck(c, ack);
      memory.admin().markUsed(c);
      if (trace.enabled()) {
        TraceEvent.Builder b =
            TraceEvent.of(SpecAction.DEVICE_PROCESS)
                .put("c", c)
                .put("t", t)
                .put("ack", ack.specName())
                .put("applied", apply);
        failure.ifPresent(why -> b.put("why", why));
        trace.emit(b.build());
      }
      changed.signalAll();
      return new Outcome.Done<>(ack);
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------- DeviceProcessVf,
  // DeviceVfNeedsReset

  /** Whether {@code DeviceProcessVf(v)} is enabled: VF {@code v}'s own CVQ is not empty. */
  public boolean canProcessVf(int v) {
    lock.lock();
    try {
      return options.isVf(v) && !memory.vfQueue(v).isEmpty();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Implements {@code AdminCvqActors!DeviceProcessVf(v)}: the device processes the oldest command
   * on VF {@code v}'s own CVQ and obeys it iff the VF works and is trusted now; else it acks ERR.
   *
   * @return the command processed, or a refusal if the VF's CVQ is empty
   */
  public Outcome<CmdId> deviceProcessVf(int v) {
    lock.lock();
    try {
      if (!canProcessVf(v)) {
        return Outcome.refused(SpecAction.DEVICE_PROCESS_VF, "vfq[" + v + "] is empty");
      }
      CmdId c = memory.vfQueue(v).take();
      Decoded<NetCtrl> request = WireCodec.decodeCtrl(memory.buffers().read(c));
      boolean obey =
          request instanceof Decoded.Ok<NetCtrl>
              && functions.state(v) == VfState.LIVE
              && functions.trusted(v);
      if (obey && request instanceof Decoded.Ok<NetCtrl> ok) {
        functions.obey(v, ok.value().command());
      }
      Ack ack = obey ? Ack.OK : Ack.ERR;
      memory.buffers().writeAck(c, ack);
      history.processedVf(c, v, obey, functions.usable(v));
      if (trace.enabled()) {
        trace.emit(
            TraceEvent.of(SpecAction.DEVICE_PROCESS_VF)
                .put("v", v)
                .put("c", c)
                .put("ack", ack.specName())
                .build());
      }
      changed.signalAll();
      return new Outcome.Done<>(c);
    } finally {
      lock.unlock();
    }
  }

  /** Whether {@code DeviceVfNeedsReset(v)} is enabled: VF {@code v} is live. */
  public boolean canNeedReset(int v) {
    lock.lock();
    try {
      return options.isVf(v) && functions.state(v) == VfState.LIVE;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Implements {@code AdminCvqActors!DeviceVfNeedsReset(v)}: a working VF hits an error it cannot
   * recover from and sets {@code DEVICE_NEEDS_RESET} (fault injection: no driver can prevent it).
   *
   * @return {@code v}, or a refusal if the VF is not live
   */
  public Outcome<Integer> deviceVfNeedsReset(int v) {
    lock.lock();
    try {
      if (!canNeedReset(v)) {
        return Outcome.refused(SpecAction.DEVICE_VF_NEEDS_RESET, "VF " + v + " is not live");
      }
      functions.needsReset(v);
      if (trace.enabled()) {
        trace.emit(TraceEvent.of(SpecAction.DEVICE_VF_NEEDS_RESET).put("v", v).build());
      }
      changed.signalAll();
      return new Outcome.Done<>(v);
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------- a device thread

  /**
   * Takes one enabled action among {@code DeviceFetch}, {@code DeviceProcess} and {@code
   * DeviceProcessVf}, chosen by {@code random} (a device thread's work loop).
   *
   * @return the action taken, or empty if none was enabled
   */
  public Optional<SpecAction> step(RandomGenerator random) {
    lock.lock();
    try {
      List<Supplier<SpecAction>> enabled = new ArrayList<>();
      for (CmdId c : memory.admin().available()) {
        if (canFetch(c)) {
          enabled.add(() -> take(deviceFetch(c), SpecAction.DEVICE_FETCH));
        }
      }
      for (Fetched e : inflight) {
        if (canProcess(e.c())) {
          enabled.add(() -> take(deviceProcess(e.c()), SpecAction.DEVICE_PROCESS));
        }
      }
      IntStream.rangeClosed(1, options.maxVfs())
          .filter(this::canProcessVf)
          .forEach(v -> enabled.add(() -> take(deviceProcessVf(v), SpecAction.DEVICE_PROCESS_VF)));
      if (enabled.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(enabled.get(random.nextInt(enabled.size())).get());
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until a device action is enabled.
   *
   * @return whether one is enabled
   * @throws InterruptedException if interrupted while waiting
   */
  public boolean awaitWork(Duration timeout) throws InterruptedException {
    lock.lock();
    try {
      long nanos = timeout.toNanos();
      while (!hasWork()) {
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

  @GuardedBy("lock")
  private boolean hasWork() {
    if (!memory.admin().available().isEmpty() || !inflight.isEmpty()) {
      return true;
    }
    for (int v = 1; v <= options.maxVfs(); v++) {
      if (!memory.vfQueue(v).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- snapshot

  /** The device's state, atomically. */
  public DeviceVars snapshot() {
    lock.lock();
    try {
      ImmutableSortedMap.Builder<Integer, Integer> fence = ImmutableSortedMap.naturalOrder();
      for (int v = 1; v <= options.maxVfs(); v++) {
        fence.put(v, check.fence(v));
      }
      return new DeviceVars(
          functions.vfEnable(),
          functions.numVfs(),
          functions.vfStates(),
          functions.generations(),
          fence.buildOrThrow(),
          functions.provisionedMacs(),
          functions.trust(),
          check.fetchGen(),
          inflight.stream().map(Fetched::c).collect(ImmutableList.toImmutableList()));
    } finally {
      lock.unlock();
    }
  }

  /** VF {@code v}'s operational MAC, set through its own CVQ (outside the spec's abstraction). */
  public Mac operationalMac(int v) {
    lock.lock();
    try {
      return functions.ownMac(v);
    } finally {
      lock.unlock();
    }
  }

  @GuardedBy("lock")
  private Optional<Fetched> fetched(CmdId c) {
    return inflight.stream().filter(e -> e.c().equals(c)).findFirst();
  }

  private static SpecAction take(Outcome<?> outcome, SpecAction action) {
    if (!outcome.taken()) {
      throw new IllegalStateException(action.specName() + " was enabled but refused");
    }
    return action;
  }
}
