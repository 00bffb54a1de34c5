package dev.admincvq.reference.vfdriver;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.concurrent.GuardedBy;
import dev.admincvq.reference.Chan;
import dev.admincvq.reference.CmdId;
import dev.admincvq.reference.Outcome;
import dev.admincvq.reference.SpecAction;
import dev.admincvq.reference.VfState;
import dev.admincvq.reference.device.VfFunction;
import dev.admincvq.reference.history.History;
import dev.admincvq.reference.shared.Buffers;
import dev.admincvq.reference.shared.VfVirtqueue;
import dev.admincvq.reference.trace.SpecValues;
import dev.admincvq.reference.trace.TraceEvent;
import dev.admincvq.reference.trace.TraceSink;
import dev.admincvq.reference.wire.Ack;
import dev.admincvq.reference.wire.Command;
import dev.admincvq.reference.wire.Mac;
import dev.admincvq.reference.wire.NetCtrl;
import dev.admincvq.reference.wire.WireCodec;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;

/**
 * One VF's own driver, often in a guest: it owns its VF's CVQ, reads its VF's device status and
 * resets its VF whenever it chooses, unannounced, and should after {@code DEVICE_NEEDS_RESET}. It
 * reads only its VF's device status, its VF's CVQ and its own buffers (the spec's {@code
 * VfDriverView}); nothing of the management driver or of the PF, and nothing the management driver
 * does can hold it back.
 *
 * <p><b>Concurrency.</b> It keeps no state of its own beyond its VF's id; each action holds the
 * device lock from its guard to its last write, the device's reaction to a reset included, so a VF
 * driver may run on a thread of its own ({@link #act}) beside the management driver's threads and
 * the device's: the device serialises.
 */
public final class VfDriver {

  private final int vf;
  private final ReentrantLock lock;
  private final Condition changed;
  private final TraceSink trace;

  @GuardedBy("lock")
  private final VfFunction function;

  @GuardedBy("lock")
  private final VfVirtqueue queue;

  @GuardedBy("lock")
  private final Buffers buffers;

  @GuardedBy("lock")
  private final History history;

  /**
   * The driver of VF {@code function.vf()}.
   *
   * @param lock the device lock
   * @param changed signalled after every step
   * @param function its VF's device status
   * @param queue its VF's own CVQ
   * @param buffers the request buffers
   * @param history where its submissions are noted (ghost state, never read)
   * @param trace where its actions are traced
   */
  public VfDriver(
      ReentrantLock lock,
      Condition changed,
      VfFunction function,
      VfVirtqueue queue,
      Buffers buffers,
      History history,
      TraceSink trace) {
    this.vf = function.vf();
    this.lock = lock;
    this.changed = changed;
    this.function = function;
    this.queue = queue;
    this.buffers = buffers;
    this.history = history;
    this.trace = trace;
  }

  /** Its VF's id. */
  public int vf() {
    return vf;
  }

  /**
   * Implements {@code AdminCvqActors!VfDriverSubmit(c, v, arg)}: while its VF works (device status
   * read), the VF's driver places a set-MAC on the VF's own CVQ with the fresh identity.
   *
   * @param mac the MAC to set
   * @return the identity taken, or a refusal if the VF does not work
   */
  public Outcome<CmdId> vfDriverSubmit(Mac mac) {
    lock.lock();
    try {
      VfState status = function.deviceStatus();
      if (status != VfState.LIVE) {
        return Outcome.refused(
            SpecAction.VF_DRIVER_SUBMIT, "vfState[" + vf + "] = " + status.specName());
      }
      CmdId c = buffers.nextId();
      Command command = new Command.SetMac(mac);
      buffers.write(c, Chan.VF, vf, 0, WireCodec.encode(new NetCtrl(command, Ack.UNWRITTEN)));
      queue.place(c);
      history.submitted(c, vf);
      if (trace.enabled()) {
        trace.emit(
            TraceEvent.of(SpecAction.VF_DRIVER_SUBMIT)
                .put("c", c)
                .put("v", vf)
                .put("arg", SpecValues.arg(command))
                .build());
      }
      changed.signalAll();
      return new Outcome.Done<>(c);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Implements {@code AdminCvqActors!VfDriverReset(v)}: the VF's driver resets its VF (device
   * status 0, or a function-level reset) whenever it chooses; the device reacts ({@code
   * DeviceResetsVf}). Nothing of the management driver's state gates it.
   *
   * @return the commands the reset clean-up completed with ERR, or a refusal if there is no VF
   */
  public Outcome<ImmutableList<CmdId>> vfDriverReset() {
    lock.lock();
    try {
      VfState status = function.deviceStatus();
      if (status == VfState.ABSENT) {
        return Outcome.refused(SpecAction.VF_DRIVER_RESET, "vfState[" + vf + "] = absent");
      }
      ImmutableList<CmdId> flushed = function.reset();
      if (trace.enabled()) {
        trace.emit(
            TraceEvent.of(SpecAction.VF_DRIVER_RESET)
                .put("v", vf)
                .putCmds("flushed", flushed)
                .build());
      }
      changed.signalAll();
      return new Outcome.Done<>(flushed);
    } finally {
      lock.unlock();
    }
  }

  /**
   * One step of a VF driver's thread: after {@code DEVICE_NEEDS_RESET} it resets its VF; otherwise,
   * with probability {@code resetChance}, it resets it unannounced, else it sets one of the spec's
   * MACs ({@code 02:00:00:00:00:01} or {@code :02}) through its own CVQ.
   *
   * @param random the thread's choices
   * @param resetChance the probability of an unannounced reset, 0 to 1
   * @return the action taken, or empty if its VF does not exist
   */
  public Optional<SpecAction> act(RandomGenerator random, double resetChance) {
    lock.lock();
    try {
      VfState status = function.deviceStatus();
      if (status == VfState.ABSENT) {
        return Optional.empty();
      }
      if (status == VfState.NEEDS_RESET || random.nextDouble() < resetChance) {
        return vfDriverReset().taken() ? Optional.of(SpecAction.VF_DRIVER_RESET) : Optional.empty();
      }
      return vfDriverSubmit(Mac.fromSpec(1 + random.nextInt(2))).taken()
          ? Optional.of(SpecAction.VF_DRIVER_SUBMIT)
          : Optional.empty();
    } finally {
      lock.unlock();
    }
  }
}
