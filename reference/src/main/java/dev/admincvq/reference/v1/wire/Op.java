package dev.admincvq.reference.v1.wire;

/**
 * The operation of a command, named as in the spec ({@code Ops == {"setMac", "setTrust"}}).
 * {@link #SET_RX_MODE} is outside the spec's abstraction: it travels the same queues and checks,
 * but the spec (and so the abstraction function) sees only MACs and trust.
 */
public enum Op {
  /** {@code "setMac"}: {@code VIRTIO_NET_CTRL_MAC_ADDR_SET}. */
  SET_MAC("setMac"),
  /** {@code "setTrust"}: the V2 trust command. */
  SET_TRUST("setTrust"),
  /** Not in the spec: {@code VIRTIO_NET_CTRL_RX_PROMISC} or {@code _ALLMULTI}. */
  SET_RX_MODE("setRxMode");

  private final String specName;

  Op(String specName) {
    this.specName = specName;
  }

  /** The spec's string for this operation. */
  public String specName() {
    return specName;
  }
}
