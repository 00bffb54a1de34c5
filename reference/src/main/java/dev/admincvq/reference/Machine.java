package dev.admincvq.reference;

import dev.admincvq.reference.device.Device;
import dev.admincvq.reference.device.StaleCheck;
import dev.admincvq.reference.driver.ManagementDriver;
import dev.admincvq.reference.shared.SharedMemory;
import dev.admincvq.reference.trace.TraceSink;
import dev.admincvq.reference.vfdriver.VfDriver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One PF with its management driver and its VFs' own drivers: the whole system of {@code
 * AdminCvqActors}, in its {@code Init} state. The three kinds of actor are separate objects, each
 * handed only the parts of the system its view in the spec holds: the {@link ManagementDriver} the
 * PF's registers, the admin CVQ, the buffers and its notifications; each {@link VfDriver} its VF's
 * device status, its VF's CVQ and the buffers; the {@link Device} everything but the drivers'
 * bookkeeping.
 *
 * <p><b>The lock.</b> The device serialises: one fair {@link ReentrantLock}, the device lock, made
 * here, guards the device, shared memory, the management driver's bookkeeping and the history.
 * Every step of every actor holds it from its guard to its last write, and a driver's register
 * write holds it across the device's reaction (a register write and the device's reaction are one
 * step, as in the spec). So each step is atomic; {@link #snapshot()} sees exactly a state between
 * two steps; the trace, emitted under the lock, lists the steps in the order they took effect. Any
 * number of threads may drive the actors: management-driver threads, a device thread, one thread
 * per VF driver resetting its VF unannounced. Waiting ({@link Device#awaitWork}, {@link
 * ManagementDriver#awaitCompletion}) releases the lock. There is no other lock, so no lock order.
 */
public final class Machine {

  private final Options options;
  private final ReentrantLock lock;
  private final SharedMemory memory;
  private final Device device;
  private final ManagementDriver driver;
  private final List<VfDriver> vfDrivers = new ArrayList<>();

  /**
   * A machine in the spec's {@code Init} state.
   *
   * @param options the spec's constants
   * @param trace where every step is traced ({@link TraceSink#NONE} for no tracing)
   */
  public Machine(Options options, TraceSink trace) {
    this(
        options,
        StaleCheck.of(options.deviceCheck(), options.maxVfs()),
        trace,
        new ReentrantLock(true));
  }

  /** A machine without tracing. */
  public Machine(Options options) {
    this(options, TraceSink.NONE);
  }

  private Machine(Options options, StaleCheck check, TraceSink trace, ReentrantLock lock) {
    this(options, check, trace, lock, lock.newCondition());
  }

  /**
   * A machine, without tracing, on the device lock {@code lock} whose condition {@code changed}
   * every step signals: for tests that watch the lock's discipline (every step releases it and
   * signals the change).
   *
   * @param changed a condition of {@code lock}, or one that delegates to such a condition
   */
  Machine(Options options, ReentrantLock lock, Condition changed) {
    this(
        options,
        StaleCheck.of(options.deviceCheck(), options.maxVfs()),
        TraceSink.NONE,
        lock,
        changed);
  }

  private Machine(
      Options options, StaleCheck check, TraceSink trace, ReentrantLock lock, Condition changed) {
    this.options = options;
    this.lock = lock;
    this.memory = new SharedMemory(options.maxVfs());
    this.device = new Device(options, check, lock, changed, memory, trace);
    this.driver =
        new ManagementDriver(
            options,
            lock,
            changed,
            device.pf(),
            memory.admin(),
            memory.buffers(),
            memory.notices(),
            device.codec(),
            device.history(),
            trace);
    for (int v = 1; v <= options.maxVfs(); v++) {
      vfDrivers.add(
          new VfDriver(
              lock,
              changed,
              device.vf(v),
              memory.vfQueue(v),
              memory.buffers(),
              device.history(),
              trace));
    }
  }

  /**
   * A machine whose device makes the check {@code implemented} while the drivers and the wire
   * follow {@code options}: a device that breaks the design it claims (e.g. one that ignores the
   * member generation the requests carry), for showing that conformance and validation catch it.
   */
  public static Machine withBrokenDevice(
      Options options, DeviceCheck implemented, TraceSink trace) {
    return new Machine(
        options, StaleCheck.of(implemented, options.maxVfs()), trace, new ReentrantLock(true));
  }

  /** Its options. */
  public Options options() {
    return options;
  }

  /** The device. */
  public Device device() {
    return device;
  }

  /** The management driver. */
  public ManagementDriver driver() {
    return driver;
  }

  /** VF {@code v}'s own driver. */
  public VfDriver vfDriver(int v) {
    if (!options.isVf(v)) {
      throw new IllegalArgumentException("not a VF id: " + v);
    }
    return vfDrivers.get(v - 1);
  }

  /** The whole state, atomically. */
  public AbstractState snapshot() {
    lock.lock();
    try {
      return new AbstractState(
          device.snapshot(),
          memory.snapshot(device.codec()),
          driver.snapshot(),
          device.history().snapshot());
    } finally {
      lock.unlock();
    }
  }
}
