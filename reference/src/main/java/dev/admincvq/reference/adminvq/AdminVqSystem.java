package dev.admincvq.reference.adminvq;

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
   *     the device supports ({@code InitFrom(TRUE)}) or not ({@code Init})
   */
  public AdminVqSystem(AvqOptions options, boolean listed) {
    this.options = options;
    this.queues = new AdminQueues(options.numAq());
    this.history = new AvqHistory(options.maxVfs());
    this.device = new AvqDevice(options, queues, history, listed);
    this.driver = new OwnerDriver(options, device, queues, history, listed);
    for (int n = 1; n <= options.maxVfs(); n++) {
      members.add(new MemberDriver(n, device));
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
