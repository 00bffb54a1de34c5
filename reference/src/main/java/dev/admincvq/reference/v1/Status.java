package dev.admincvq.reference.v1;

/** The spec's {@code Status} of a submitted command; {@code OK} and {@code ERR} are its ack. */
public enum Status {
  /** {@code "queued"}: on the admin CVQ's available ring or on the VF's own CVQ. */
  QUEUED("queued"),
  /** {@code "fetched"}: taken by the device, being processed ({@code inflight}). */
  FETCHED("fetched"),
  /** {@code "OK"}: the device wrote {@code VIRTIO_NET_OK}. */
  OK("OK"),
  /** {@code "ERR"}: the device wrote {@code VIRTIO_NET_ERR}, or the reset clean-up did. */
  ERR("ERR");

  private final String specName;

  Status(String specName) {
    this.specName = specName;
  }

  /** The spec's string. */
  public String specName() {
    return specName;
  }

  /** {@code Completed}: an ack has been written. */
  public boolean completed() {
    return this == OK || this == ERR;
  }
}
