package dev.admincvq.reference.driver;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.errorprone.annotations.concurrent.GuardedBy;
import dev.admincvq.reference.Chan;
import dev.admincvq.reference.CmdId;
import dev.admincvq.reference.Options;
import dev.admincvq.reference.Outcome;
import dev.admincvq.reference.SpecAction;
import dev.admincvq.reference.device.PfRegisters;
import dev.admincvq.reference.history.History;
import dev.admincvq.reference.shared.AdminVirtqueue;
import dev.admincvq.reference.shared.Buffers;
import dev.admincvq.reference.shared.ResetNotices;
import dev.admincvq.reference.trace.SpecValues;
import dev.admincvq.reference.trace.TraceEvent;
import dev.admincvq.reference.trace.TraceSink;
import dev.admincvq.reference.wire.Ack;
import dev.admincvq.reference.wire.AdminCtrl;
import dev.admincvq.reference.wire.Command;
import dev.admincvq.reference.wire.Mac;
import dev.admincvq.reference.wire.WireCodec;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntPredicate;

/**
 * The management driver: the PF's driver in the host. It owns the admin CVQ, writes the PF's SR-IOV
 * registers, reaps the admin CVQ's used ring and takes VF-reset notifications, following its rule
 * set ({@code DriverSync}). It reads only its own bookkeeping (the spec's {@code driverVars}), the
 * PF's registers ({@link PfRegisters}: no VF's device status, no provisioned MAC, no trust), the
 * admin CVQ, the ack bytes of its buffers and its notifications: the spec's {@code
 * ManagementDriverView}.
 *
 * <p><b>Concurrency.</b> Its bookkeeping is guarded by the device lock, which each action holds
 * from its guard to its last write, the device's reaction to a register write included; so any
 * number of threads may drive it, each action is one atomic step, traced in step order. {@link
 * #awaitCompletion} releases the lock while it waits.
 */
public final class ManagementDriver {

  private static final int PF = 0;

  private final Options options;
  private final ReentrantLock lock;
  private final Condition changed;
  private final TraceSink trace;
  private final WireCodec codec;
  private final SyncRules rules;

  @GuardedBy("lock")
  private final PfRegisters pf;

  @GuardedBy("lock")
  private final AdminVirtqueue admin;

  @GuardedBy("lock")
  private final Buffers buffers;

  @GuardedBy("lock")
  private final ResetNotices notices;

  @GuardedBy("lock")
  private final History history;

  /** {@code drvOut}: its admin commands not yet reaped, with what it sent. */
  @GuardedBy("lock")
  private final TreeMap<CmdId, Submission> out = new TreeMap<>();

  /** {@code drvIgnore}. */
  @GuardedBy("lock")
  private final TreeSet<CmdId> ignore = new TreeSet<>();

  /** {@code drvMac}, indexed by target. */
  @GuardedBy("lock")
  private final Mac[] mac;

  /** {@code drvLast}; no key = {@code NoCmd}. */
  @GuardedBy("lock")
  private final TreeMap<Integer, CmdId> last = new TreeMap<>();

  /** {@code drvGen}, indexed by VF id; kept under {@code "wireGen"} only, else 1. */
  @GuardedBy("lock")
  private final int[] gen;

  /** Reaped completions not yet handed to a thread waiting in {@link #awaitCompletion}. */
  @GuardedBy("lock")
  private final Map<CmdId, Completion> reaped = new HashMap<>();

  /**
   * A management driver in the spec's {@code Init} state: nothing submitted, default MACs, no last
   * set-MAC, every member known as generation 1.
   *
   * @param options the spec's constants; the driver follows {@code DriverSync} and {@code
   *     NumVFsFixed}, and stamps the member generation iff {@code DeviceCheck = "wireGen"}
   * @param lock the device lock
   * @param changed signalled after every step
   * @param pf the PF's registers
   * @param admin the admin CVQ
   * @param buffers the request buffers
   * @param notices its VF-reset notifications
   * @param codec the wire format both sides negotiated
   * @param history where its submissions are noted (ghost state, never read)
   * @param trace where its actions are traced
   */
  @SuppressWarnings("TooManyParameters") // one per part of the driver's view, named as in the spec
  public ManagementDriver(
      Options options,
      ReentrantLock lock,
      Condition changed,
      PfRegisters pf,
      AdminVirtqueue admin,
      Buffers buffers,
      ResetNotices notices,
      WireCodec codec,
      History history,
      TraceSink trace) {
    this.options = options;
    this.lock = lock;
    this.changed = changed;
    this.pf = pf;
    this.admin = admin;
    this.buffers = buffers;
    this.notices = notices;
    this.codec = codec;
    this.rules = new SyncRules(options.driverSync());
    this.history = history;
    this.trace = trace;
    this.mac = new Mac[options.maxVfs() + 1];
    Arrays.fill(mac, Mac.DEFAULT);
    this.gen = new int[options.maxVfs() + 1];
    Arrays.fill(gen, 1);
  }

  /** The identity the next submission (by any driver) takes ({@code FreshId}). */
  public CmdId nextCmdId() {
    lock.lock();
    try {
      return buffers.nextId();
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------- DriverSubmitAdmin

  /** Why {@code DriverSubmitAdmin(_, t, op, arg)} is not enabled, or empty if it is. */
  public Optional<String> whyNotSubmitAdmin(int t, Command command) {
    lock.lock();
    try {
      if (!options.isTarget(t)) {
        return Optional.of("t = " + t + " is not in Target 0.." + options.maxVfs());
      }
      if (t != PF && !pf.vfEnable()) {
        return Optional.of("VF " + t + " does not exist for the driver: VF Enable is clear");
      }
      if (t != PF && t > pf.numVfs()) {
        return Optional.of("VF " + t + " does not exist for the driver: NumVFs = " + pf.numVfs());
      }
      if (command instanceof Command.SetTrust && t == PF) {
        return Optional.of("setTrust only to a VF, not to the PF");
      }
      return rules.beforeSubmit(unreaped());
    } finally {
      lock.unlock();
    }
  }

  /**
   * Implements {@code AdminCvqActors!DriverSubmitAdmin(c, t, op, arg)}: the management driver
   * encodes a command to target {@code t} (0 for the PF, or a VF it created: VF Enable set, {@code
   * t} within NumVFs, registers it wrote), writes it to a buffer with the fresh identity {@link
   * #nextCmdId()} and makes it available on the admin CVQ, without waiting. Under {@code "wireGen"}
   * the request carries the member generation the driver knows. A set-MAC becomes {@code
   * drvLast[t]}.
   *
   * @return the identity taken, or a refusal
   */
  public Outcome<CmdId> driverSubmitAdmin(int t, Command command) {
    lock.lock();
    try {
      Optional<String> why = whyNotSubmitAdmin(t, command);
      if (why.isPresent()) {
        return Outcome.refused(SpecAction.DRIVER_SUBMIT_ADMIN, why.get());
      }
      CmdId c = buffers.nextId();
      int wgen = options.wireGen() && t != PF ? gen[t] : 0;
      AdminCtrl request =
          options.wireGen() ? AdminCtrl.request(t, wgen, command) : AdminCtrl.request(t, command);
      buffers.write(c, Chan.ADMIN, 0, admin.availIdx(), codec.encode(request));
      int pos = admin.makeAvailable(c);
      out.put(c, new Submission(t, command, wgen));
      if (command instanceof Command.SetMac) {
        last.put(t, c);
      }
      history.submitted(c, t);
      if (trace.enabled()) {
        trace.emit(
            TraceEvent.of(SpecAction.DRIVER_SUBMIT_ADMIN)
                .put("c", c)
                .put("t", t)
                .put("op", command.specOp())
                .put("arg", SpecValues.arg(command))
                .put("pos", pos)
                .put("wgen", wgen)
                .build());
      }
      changed.signalAll();
      return new Outcome.Done<>(c);
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------- DriverCollect

  /**
   * Implements {@code AdminCvqActors!DriverCollect}: the management driver reaps the oldest entry
   * of the admin CVQ's used ring and reads its ack. An OK set-MAC becomes its view of the target's
   * MAC unless it ignores that completion ({@code "barrier"}); an ERR means nothing changed.
   *
   * @return what it learnt, or a refusal if the used ring is empty
   */
  public Outcome<Completion> driverCollect() {
    lock.lock();
    try {
      if (admin.usedHead().isEmpty()) {
        return Outcome.refused(SpecAction.DRIVER_COLLECT, "adminUsed is empty");
      }
      CmdId c = admin.reap();
      Submission s = out.remove(c);
      if (s == null) {
        throw new IllegalStateException(
            c + " is on the admin CVQ's used ring but was not submitted by this driver");
      }
      Ack ack = buffers.ack(c);
      boolean ignored = ignore.remove(c);
      if (s.command() instanceof Command.SetMac m && ack == Ack.OK && !ignored) {
        mac[s.target()] = m.mac();
      }
      Completion done = new Completion(c, ack, ignored);
      reaped.put(c, done);
      if (trace.enabled()) {
        trace.emit(
            TraceEvent.of(SpecAction.DRIVER_COLLECT)
                .put("c", c)
                .put("t", s.target())
                .put("ack", ack.specName())
                .put("ignored", ignored)
                .build());
      }
      changed.signalAll();
      return new Outcome.Done<>(done);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until {@code c} is reaped, reaping the used ring (each entry a {@code DriverCollect}
   * step) while {@code c} is on it; a thread waiting for its own command may so reap another's.
   *
   * @param c an admin command this driver submitted
   * @param timeout how long to wait for the device at most
   * @return what the driver learnt of {@code c}, or a refusal if it was not submitted by this
   *     driver or did not complete in time
   * @throws InterruptedException if interrupted while waiting
   */
  public Outcome<Completion> awaitCompletion(CmdId c, Duration timeout)
      throws InterruptedException {
    lock.lock();
    try {
      long nanos = timeout.toNanos();
      while (true) {
        Completion done = reaped.remove(c);
        if (done != null) {
          return new Outcome.Done<>(done);
        }
        if (!out.containsKey(c)) {
          return Outcome.refused(
              SpecAction.DRIVER_COLLECT, c + " is not an outstanding admin command of this driver");
        }
        if (admin.isUsed(c)) {
          driverCollect();
          continue;
        }
        if (nanos <= 0) {
          return Outcome.refused(SpecAction.DRIVER_COLLECT, c + " not completed within " + timeout);
        }
        nanos = changed.awaitNanos(nanos);
      }
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------- DriverSriovDisable,
  // DriverSriovEnable

  /** Why {@code DriverSriovDisable} is not enabled, or empty if it is. */
  public Optional<String> whyNotSriovDisable() {
    lock.lock();
    try {
      if (!pf.vfEnable()) {
        return Optional.of("VF Enable is already clear");
      }
      ImmutableSortedSet<CmdId> toVfs = outTo(v -> v != PF);
      TreeSet<CmdId> outstanding = new TreeSet<>();
      for (CmdId c : toVfs) {
        if (!admin.isUsed(c)) {
          outstanding.add(c);
        }
      }
      return rules.beforeDisable(unreaped(), toVfs, outstanding);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Implements {@code AdminCvqActors!DriverSriovDisable}: when its rule set lets it, the management
   * driver clears VF Enable; the device destroys every VF. Under {@code "barrier"} the driver will
   * ignore the completions of its unreaped commands to VFs.
   *
   * @return the commands the device flushed from the VFs' own CVQs, or a refusal
   */
  public Outcome<ImmutableList<CmdId>> driverSriovDisable() {
    lock.lock();
    try {
      Optional<String> why = whyNotSriovDisable();
      if (why.isPresent()) {
        return Outcome.refused(SpecAction.DRIVER_SRIOV_DISABLE, why.get());
      }
      ImmutableList<CmdId> flushed = pf.clearVfEnable();
      ImmutableSortedSet<CmdId> barred =
          rules.barrier() ? notIgnoredYet(outTo(v -> v != PF)) : ImmutableSortedSet.<CmdId>of();
      ignore.addAll(barred);
      if (trace.enabled()) {
        trace.emit(
            TraceEvent.of(SpecAction.DRIVER_SRIOV_DISABLE)
                .putCmds("flushed", flushed)
                .putCmds("ignored", barred)
                .build());
      }
      changed.signalAll();
      return new Outcome.Done<>(flushed);
    } finally {
      lock.unlock();
    }
  }

  /** Why {@code DriverSriovEnable(n)} is not enabled, or empty if it is. */
  public Optional<String> whyNotSriovEnable(int n) {
    lock.lock();
    try {
      if (pf.vfEnable()) {
        return Optional.of("VF Enable is already set");
      }
      if (options.numVfsFixed() ? n != options.maxVfs() : !options.isVf(n)) {
        return Optional.of(
            "NumVFs = "
                + n
                + " not allowed: "
                + (options.numVfsFixed()
                    ? "NumVFsFixed, so " + options.maxVfs()
                    : "1.." + options.maxVfs()));
      }
      return rules.beforeEnable(unreaped(), outTo(v -> v != PF));
    } finally {
      lock.unlock();
    }
  }

  /**
   * Implements {@code AdminCvqActors!DriverSriovEnable(n)}: when its rule set lets it, the
   * management driver writes NumVFs {@code n} and sets VF Enable; the device creates VFs {@code
   * 1..n}. The driver knows they are new and starts its view of them afresh; under {@code
   * "wireGen"} it reads each member's generation register.
   *
   * @return {@code n}, or a refusal
   */
  public Outcome<Integer> driverSriovEnable(int n) {
    lock.lock();
    try {
      Optional<String> why = whyNotSriovEnable(n);
      if (why.isPresent()) {
        return Outcome.refused(SpecAction.DRIVER_SRIOV_ENABLE, why.get());
      }
      pf.setVfEnable(n);
      for (int v = 1; v <= options.maxVfs(); v++) {
        mac[v] = Mac.DEFAULT;
        last.remove(v);
        if (options.wireGen()) {
          gen[v] = pf.memberGeneration(v).orElseThrow();
        }
      }
      if (trace.enabled()) {
        trace.emit(
            TraceEvent.of(SpecAction.DRIVER_SRIOV_ENABLE)
                .put("n", n)
                .putInts("gen", knownGenerations())
                .build());
      }
      changed.signalAll();
      return new Outcome.Done<>(n);
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------- DriverLearnVfReset

  /** The VF-reset notifications about VF {@code v} it has not taken, by generation. */
  public ImmutableSortedSet<Integer> pendingNotices(int v) {
    lock.lock();
    try {
      return notices.pending(v);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Implements {@code AdminCvqActors!DriverLearnVfReset(v, g)}: the management driver takes the
   * notification that VF {@code v} was reset and re-created. Without the proposal the driver knows
   * only that the VF it provisioned is gone: its view of {@code v} starts afresh and, under {@code
   * "barrier"}, it ignores the completions of all its unreaped commands to {@code v}. Under {@code
   * "wireGen"} the notification names generation {@code g}: if the driver already knows {@code g}
   * or a newer one it learns nothing, and under {@code "barrier"} it ignores only the commands it
   * stamped older than {@code g}.
   *
   * @param v the VF
   * @param g the notification's generation (under {@code "wireGen"} a field the driver reads;
   *     otherwise only which of the pending notifications it takes)
   * @return whether the notification was news, or a refusal if no such notification is pending
   */
  public Outcome<Boolean> driverLearnVfReset(int v, int g) {
    lock.lock();
    try {
      if (!options.isVf(v) || !notices.take(v, g)) {
        return Outcome.refused(
            SpecAction.DRIVER_LEARN_VF_RESET,
            "no notification about VF " + v + " naming generation " + g);
      }
      boolean wireGen = options.wireGen();
      boolean news = !wireGen || g > gen[v];
      TreeSet<CmdId> older = new TreeSet<>();
      for (CmdId c : outTo(t -> t == v)) {
        if (!wireGen || submission(c).memberGeneration() < g) {
          older.add(c);
        }
      }
      if (news) {
        if (wireGen) {
          gen[v] = g;
        }
        mac[v] = Mac.DEFAULT;
        last.remove(v);
      }
      ImmutableSortedSet<CmdId> barred =
          rules.barrier() ? notIgnoredYet(older) : ImmutableSortedSet.<CmdId>of();
      ignore.addAll(barred);
      if (trace.enabled()) {
        trace.emit(
            TraceEvent.of(SpecAction.DRIVER_LEARN_VF_RESET)
                .put("v", v)
                .put("g", g)
                .put("news", news)
                .putCmds("ignored", barred)
                .build());
      }
      changed.signalAll();
      return new Outcome.Done<>(news);
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------- snapshot

  /** Its bookkeeping, atomically. */
  public DriverVars snapshot() {
    lock.lock();
    try {
      ImmutableSortedMap.Builder<Integer, Mac> macs = ImmutableSortedMap.naturalOrder();
      for (int t = 0; t < mac.length; t++) {
        macs.put(t, mac[t]);
      }
      ImmutableSortedMap.Builder<Integer, Integer> gens = ImmutableSortedMap.naturalOrder();
      for (int v = 1; v < gen.length; v++) {
        gens.put(v, gen[v]);
      }
      return new DriverVars(
          ImmutableSortedSet.copyOf(out.keySet()),
          ImmutableSortedSet.copyOf(ignore),
          macs.buildOrThrow(),
          ImmutableSortedMap.copyOfSorted(last),
          gens.buildOrThrow());
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------- helpers (lock held)

  /** {@code DriverOutTo(T)}: its unreaped admin commands to a target in {@code T}. */
  @GuardedBy("lock")
  private ImmutableSortedSet<CmdId> outTo(IntPredicate inT) {
    return out.entrySet().stream()
        .filter(e -> inT.test(e.getValue().target()))
        .map(Map.Entry::getKey)
        .collect(ImmutableSortedSet.toImmutableSortedSet(CmdId::compareTo));
  }

  /** Of {@code cmds}, those not in {@code drvIgnore} yet (what a barrier adds, and traces). */
  @GuardedBy("lock")
  private ImmutableSortedSet<CmdId> notIgnoredYet(Collection<CmdId> cmds) {
    TreeSet<CmdId> newly = new TreeSet<>(cmds);
    newly.removeAll(ignore);
    return ImmutableSortedSet.copyOf(newly);
  }

  /** {@code drvOut}. */
  @GuardedBy("lock")
  private ImmutableSortedSet<CmdId> unreaped() {
    return ImmutableSortedSet.copyOf(out.keySet());
  }

  @GuardedBy("lock")
  private Submission submission(CmdId c) {
    Submission s = out.get(c);
    if (s == null) {
      throw new IllegalStateException(c + " is not outstanding");
    }
    return s;
  }

  @GuardedBy("lock")
  private ImmutableList<Integer> knownGenerations() {
    return Arrays.stream(gen).skip(1).boxed().collect(ImmutableList.toImmutableList());
  }
}
