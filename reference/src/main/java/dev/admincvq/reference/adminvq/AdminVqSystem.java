package dev.admincvq.reference.adminvq;

import dev.admincvq.reference.trace.TraceSink;
import java.util.ArrayList;
import java.util.List;

/**
 * One owner device with its administration virtqueues, its owner driver and its members' drivers,
 * in the spec's initial state: {@code InitFrom(listed)}.
 */
public final class AdminVqSystem {
  private final AvqOptions options;
  private final AdminQueues queues;
  private final AvqHistory history;
  private final AvqDevice device;
  private final OwnerDriver driver;
  private final List<MemberDriver> members = new ArrayList<>();

  /**
   * A system in its initial state.
   *
   * @param options the constants
   * @param listed whether the owner driver has already done LIST_QUERY and LIST_USE for every group
   *     the device supports ({@code InitFrom(TRUE, prepared)}) or not ({@code Init}); prepared iff
   *     listed and the device has the resource object commands, as the models bind {@code Prepared}
   */
  public AdminVqSystem(AvqOptions options, boolean listed) {
    this(options, listed, TraceSink.NONE);
  }

  /**
   * A system in its initial state, prepared as the models bind it: iff listed and the device has
   * the resource object commands.
   *
   * @param options the constants
   * @param listed {@code InitFrom(listed, prepared)}
   * @param trace where the events go
   */
  public AdminVqSystem(AvqOptions options, boolean listed, TraceSink trace) {
    this(options, listed, listed && options.objects().hasObjects(), trace);
  }

  /**
   * A system in its initial state whose every step is traced: one event per spec action taken
   * ({@link AvqTrace}), emitted within the step. The system is not thread-safe: actors on threads
   * of their own take their steps under one lock, which orders the events as the steps.
   *
   * @param options the constants
   * @param listed {@code InitFrom(listed, prepared)}
   * @param prepared with listed: the driver has also read the device capability, set the driver
   *     capability to it and created the device parts object 0 of type SET
   * @param trace where the events go ({@link TraceSink#NONE}: nowhere, at no cost)
   */
  public AdminVqSystem(AvqOptions options, boolean listed, boolean prepared, TraceSink trace) {
    if (prepared
        && !(listed && options.objects().hasObjects() && options.objects().partsObjLimit() > 0)) {
      throw new IllegalArgumentException(
          "Prepared needs Listed, the resource object commands and a limit above 0");
    }
    this.options = options;
    this.queues = new AdminQueues(options.numAq());
    this.history = new AvqHistory(options.maxVfs());
    if (prepared) {
      history.objectCreated(0);
    }
    this.device = new AvqDevice(options, queues, history, listed, prepared, trace);
    this.driver = new OwnerDriver(options, device, queues, history, listed, prepared, trace);
    for (int n = 1; n <= options.maxVfs(); n++) {
      members.add(new MemberDriver(n, device, trace));
    }
  }

  /** The constants. */
  public AvqOptions options() {
    return options;
  }

  /** The device. */
  public AvqDevice device() {
    return device;
  }

  /** The owner driver. */
  public OwnerDriver driver() {
    return driver;
  }

  /** Member {@code n}'s driver, {@code 1..MaxVFs}. */
  public MemberDriver member(int n) {
    return members.get(n - 1);
  }

  /** The shared buffers. */
  public AdminQueues queues() {
    return queues;
  }

  /** The history (ghost) variables. */
  public AvqHistory history() {
    return history;
  }
}
