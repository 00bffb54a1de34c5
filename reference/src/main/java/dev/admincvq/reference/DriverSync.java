package dev.admincvq.reference;

/**
 * The spec's constant {@code DriverSync}: the rule set the management driver follows between its
 * admin commands and SR-IOV disable and enable. Each is named for its source ({@code
 * AdminCvqActors.tla}, CONSTANTS).
 */
public enum DriverSync {
  /** {@code "none"}: no synchronisation; every completion is believed. */
  NONE("none"),
  /**
   * {@code "virtio13"}: virtio 1.3's driver rule: VF Enable stays set while an admin command to a
   * VF is outstanding (not yet used by the device).
   */
  VIRTIO13("virtio13"),
  /** {@code "drain"}: clear VF Enable only when every admin command to a VF has been reaped. */
  DRAIN("drain"),
  /** {@code "waitFail"}: destroy at will; set VF Enable only when every one is reaped. */
  WAIT_FAIL("waitFail"),
  /**
   * {@code "barrier"}: destroy at will; the completions of commands submitted before a destroy the
   * driver knows of are ignored.
   */
  BARRIER("barrier"),
  /** {@code "rtnl"}: one admin command at a time, under the lock SR-IOV disable and enable take. */
  RTNL("rtnl"),
  /**
   * {@code "virtio13Barrier"}: virtio 1.3's driver rule, and the barrier's: VF Enable stays set
   * while an admin command to a VF is outstanding, and the completions of commands submitted before
   * a destroy the driver knows of are ignored.
   */
  VIRTIO13_BARRIER("virtio13Barrier");

  private final String specName;

  DriverSync(String specName) {
    this.specName = specName;
  }

  /** The spec's string. */
  public String specName() {
    return specName;
  }
}
