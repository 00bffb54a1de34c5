package dev.admincvq.reference.adminvq.wire;

import java.util.Optional;

/**
 * {@code group_type}: "0 - Self", "1 - SR-IOV", "2-65535 - reserved" (v1.4-cs01; virtio 1.3 has "1
 * - SR-IOV" only). A le16 on the wire; another number decodes, and the device fails it with {@link
 * StatusQualifier#Q_INVALID_GROUP}.
 */
public enum GroupType {
  /** 0x0 (1.4): the owner device itself; its one member id is 0. */
  SELF(0, "self"),
  /** 0x1: the owner (PF) and its SR-IOV VFs, member ids 1..NumVFs while VF Enable is set. */
  SRIOV(1, "sriov");

  private final int code;
  private final String specName;

  GroupType(int code, String specName) {
    this.code = code;
    this.specName = specName;
  }

  /** The number on the wire. */
  public int code() {
    return code;
  }

  /** The spec's name ({@code GroupName}). */
  public String specName() {
    return specName;
  }

  /**
   * The group type the spec names {@code specName} ({@code GroupName}: {@code "self"}, {@code
   * "sriov"}), or empty if it names none.
   */
  public static Optional<GroupType> ofSpecName(String specName) {
    for (GroupType g : values()) {
      if (g.specName.equals(specName)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  /** The group type numbered {@code code}, or empty if it is reserved. */
  public static Optional<GroupType> of(int code) {
    for (GroupType g : values()) {
      if (g.code == code) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }
}
