package dev.admincvq.reference.v1;

/** The spec's {@code Chans}: the queue a command travels on. */
public enum Chan {
  /** {@code "admin"}: the PF's admin CVQ. */
  ADMIN("admin"),
  /** {@code "vf"}: the VF's own CVQ. */
  VF("vf");

  private final String specName;

  Chan(String specName) {
    this.specName = specName;
  }

  /** The spec's string. */
  public String specName() {
    return specName;
  }
}
