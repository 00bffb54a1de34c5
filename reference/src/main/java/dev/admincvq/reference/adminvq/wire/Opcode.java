package dev.admincvq.reference.adminvq.wire;

import java.util.Optional;

/**
 * The opcodes of admin.tex's table of group administration commands (v1.4-cs01), with their
 * numbers. {@code opcode} is a le16 on the wire; a number not in this table (0x0012, 0x0013 -
 * 0x7FFF "commands using struct virtio_admin_cmd", 0x8000 - 0xFFFF "reserved for future commands")
 * decodes as a number the device fails with {@link StatusQualifier#Q_INVALID_OPCODE}.
 */
public enum Opcode {
  /** 0x0000: "Provides to driver list of commands supported for this group type". */
  LIST_QUERY(0x0000),
  /** 0x0001: "Provides to device list of commands used for this group type". */
  LIST_USE(0x0001),
  /** 0x0002: writes into the legacy common configuration structure. */
  LEGACY_COMMON_CFG_WRITE(0x0002),
  /** 0x0003: reads from the legacy common configuration structure. */
  LEGACY_COMMON_CFG_READ(0x0003),
  /** 0x0004: writes into the legacy device configuration structure (the spec's "CFG_WRITE"). */
  LEGACY_DEV_CFG_WRITE(0x0004),
  /** 0x0005: reads the legacy device configuration structure. */
  LEGACY_DEV_CFG_READ(0x0005),
  /** 0x0006: queries the notification region information. */
  LEGACY_NOTIFY_INFO(0x0006),
  /** 0x0007 (1.4): queries the supported device capabilities bitmap. */
  CAP_ID_LIST_QUERY(0x0007),
  /** 0x0008 (1.4): gets the device capabilities. */
  DEVICE_CAP_GET(0x0008),
  /** 0x0009 (1.4): sets the driver capabilities. */
  DRIVER_CAP_SET(0x0009),
  /** 0x000a (1.4): creates a device resource object. */
  RESOURCE_OBJ_CREATE(0x000a),
  /** 0x000b (1.4): queries a device resource object. */
  RESOURCE_OBJ_QUERY(0x000b),
  /** 0x000c (1.4): modifies a device resource object. */
  RESOURCE_OBJ_MODIFY(0x000c),
  /** 0x000d (1.4): destroys a device resource object. */
  RESOURCE_OBJ_DESTROY(0x000d),
  /** 0x000e (1.4): gets the metadata of the device parts. */
  DEV_PARTS_METADATA_GET(0x000e),
  /** 0x000f (1.4): gets the device parts. */
  DEV_PARTS_GET(0x000f),
  /** 0x0010 (1.4): sets the device parts. */
  DEV_PARTS_SET(0x0010),
  /** 0x0011 (1.4): stops or resumes the device. */
  DEV_MODE_SET(0x0011);

  private final int code;

  Opcode(int code) {
    this.code = code;
  }

  /** The number on the wire. */
  public int code() {
    return code;
  }

  /** The opcode numbered {@code code}, or empty if the table has none. */
  public static Optional<Opcode> of(int code) {
    for (Opcode o : values()) {
      if (o.code == code) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /**
   * Bit {@code code % 64} of element {@code code / 64}: the opcode in a {@code
   * virtio_admin_cmd_list}.
   */
  public long listBit() {
    return 1L << (code % Long.SIZE);
  }

  /** The element of {@code le64 device_admin_cmd_opcodes[]} that holds this opcode's bit. */
  public int listIndex() {
    return code / Long.SIZE;
  }
}
