package dev.admincvq.reference.v1;

import dev.admincvq.reference.v1.device.Device;
import dev.admincvq.reference.v1.driver.Driver;
import dev.admincvq.reference.v1.trace.TraceSink;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One PF with its driver: the whole system of {@code AdminCvq}, in its {@code Init} state.
 *
 * <p><b>Where the mutable state lives.</b> In two objects only: the {@link Device} (the spec's
 * {@code vfVars}, the device's part of {@code queueVars}, {@code historyVars}) and the {@link
 * Driver} ({@code driverVars}, and the driver's {@code seen}/{@code preBarrier} part of {@code
 * cmd}). Everything they hand out is an immutable value.
 *
 * <p><b>The lock.</b> Both are guarded by one fair {@link ReentrantLock}, the machine lock, created
 * here. Every action, device or driver, holds it for its whole step (a driver action that changes
 * the device, such as {@code SriovDisable}, holds it across both halves). So: each action is
 * atomic; {@link #snapshot()} sees exactly a state between two steps; the trace lists the steps in
 * the order they took effect; the device's queue invariants (documented on {@link Device}) hold
 * whenever the lock is free. Waiting ({@link Device#awaitWork}, {@link Driver#reap}) releases it.
 */
public final class Machine {

  private final Settings settings;
  private final Device device;
  private final Driver driver;

  /**
   * A machine in the spec's {@code Init} state.
   *
   * @param settings {@code NumVFs} and the three design options
   * @param trace where every step is traced ({@link TraceSink#NONE} for no tracing)
   */
  public Machine(Settings settings, TraceSink trace) {
    ReentrantLock lock = new ReentrantLock(true);
    this.settings = settings;
    this.device = new Device(settings, lock, trace);
    this.driver = new Driver(settings, device, lock, trace);
  }

  /** A machine without tracing. */
  public Machine(Settings settings) {
    this(settings, TraceSink.NONE);
  }

  /** Its settings. */
  public Settings settings() {
    return settings;
  }

  /** The PF. */
  public Device device() {
    return device;
  }

  /** The host's drivers. */
  public Driver driver() {
    return driver;
  }

  /** The whole abstract state, atomically. */
  public AbstractState snapshot() {
    return driver.snapshot();
  }
}
