package dev.admincvq.reference.adminvq.wire;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;

/**
 * {@code command_specific_data}: its layout depends on the opcode. The commands the spec models
 * have their structures decoded; every other opcode's data is kept as bytes ({@link Opaque}). Which
 * case an opcode takes is {@link #kindFor(int)}, so that decoding is canonical.
 */
@Immutable
public sealed interface CommandData {

  /** The data's length in bytes on the wire. */
  int length();

  /** The case of {@link CommandData} the opcode numbered {@code opcode} carries. */
  static Class<? extends CommandData> kindFor(int opcode) {
    if (opcode == Opcode.LIST_QUERY.code() || opcode == Opcode.CAP_ID_LIST_QUERY.code()) {
      return None.class;
    } else if (opcode == Opcode.DEVICE_CAP_GET.code()) {
      return CapId.class;
    } else if (opcode == Opcode.DRIVER_CAP_SET.code()) {
      return CapSet.class;
    } else if (opcode == Opcode.RESOURCE_OBJ_CREATE.code()
        || opcode == Opcode.RESOURCE_OBJ_MODIFY.code()) {
      return ObjectData.class;
    } else if (opcode == Opcode.RESOURCE_OBJ_QUERY.code()) {
      return ObjectQuery.class;
    } else if (opcode == Opcode.RESOURCE_OBJ_DESTROY.code()) {
      return ObjectHeader.class;
    } else if (opcode == Opcode.LIST_USE.code()) {
      return OpcodeList.class;
    } else if (opcode == Opcode.LEGACY_COMMON_CFG_WRITE.code()
        || opcode == Opcode.LEGACY_DEV_CFG_WRITE.code()) {
      return ConfigWrite.class;
    } else if (opcode == Opcode.DEV_PARTS_SET.code()) {
      return PartsSet.class;
    } else if (opcode == Opcode.DEV_MODE_SET.code()) {
      return ModeSet.class;
    }
    return Opaque.class;
  }

  /** No data: LIST_QUERY, CAP_ID_LIST_QUERY ("This command has no command specific data"). */
  @Immutable
  record None() implements CommandData {
    @Override
    public int length() {
      return 0;
    }
  }

  /**
   * {@code struct virtio_admin_cmd_list { le64 device_admin_cmd_opcodes[]; }}: bit {@code k % 64}
   * of element {@code k / 64} set iff opcode {@code k} is in the list (LIST_USE's data,
   * LIST_QUERY's result).
   *
   * @param bitmaps the le64 elements
   */
  @Immutable
  record OpcodeList(ImmutableList<Long> bitmaps) implements CommandData {

    /** The list naming exactly {@code opcodes}. */
    public static OpcodeList of(Iterable<Opcode> opcodes) {
      int elements = 0;
      for (Opcode o : opcodes) {
        elements = Math.max(elements, o.listIndex() + 1);
      }
      long[] b = new long[elements];
      for (Opcode o : opcodes) {
        b[o.listIndex()] |= o.listBit();
      }
      ImmutableList.Builder<Long> out = ImmutableList.builder();
      for (long x : b) {
        out.add(x);
      }
      return new OpcodeList(out.build());
    }

    /** Whether opcode number {@code code} is in the list. */
    public boolean contains(int code) {
      int i = code / Long.SIZE;
      return i < bitmaps.size() && (bitmaps.get(i) & (1L << (code % Long.SIZE))) != 0;
    }

    /** The le64 elements as bytes, as a {@code command_specific_result} carries them. */
    public ImmutableList<Byte> bytes() {
      ImmutableList.Builder<Byte> out = ImmutableList.builder();
      for (long x : bitmaps) {
        for (int i = 0; i < Long.BYTES; i++) {
          out.add((byte) (x >>> (8 * i)));
        }
      }
      return out.build();
    }

    @Override
    public int length() {
      return Long.BYTES * bitmaps.size();
    }
  }

  /**
   * {@code struct virtio_admin_cmd_legacy_dev_reg_wr_data} (and the common configuration's): {@code
   * u8 offset; u8 reserved[7]; u8 data[];}.
   *
   * @param offset the starting byte offset within the configuration, 0..255
   * @param data the bytes to write
   */
  @Immutable
  record ConfigWrite(int offset, ImmutableList<Byte> data) implements CommandData {
    /** Bytes before {@code data}. */
    public static final int HEADER = 8;

    public ConfigWrite {
      if (offset < 0 || offset > 0xFF) {
        throw new IllegalArgumentException("offset is a u8: " + offset);
      }
    }

    @Override
    public int length() {
      return HEADER + data.size();
    }
  }

  /**
   * {@code struct virtio_admin_cmd_dev_mode_set_data { u8 flags; }}; bit 0 is {@code
   * VIRTIO_ADMIN_CMD_DEV_MODE_F_STOPPED}.
   *
   * @param flags the u8, 0..255
   */
  @Immutable
  record ModeSet(int flags) implements CommandData {
    /** {@code VIRTIO_ADMIN_CMD_DEV_MODE_F_STOPPED}, bit 0. */
    public static final int F_STOPPED = 1;

    public ModeSet {
      if (flags < 0 || flags > 0xFF) {
        throw new IllegalArgumentException("flags is a u8: " + flags);
      }
    }

    /** Stop ({@code true}) or resume. */
    public static ModeSet of(boolean stop) {
      return new ModeSet(stop ? F_STOPPED : 0);
    }

    /** Whether bit 0 is set: "the device is stopped"; clear: "the device resumes its operation". */
    public boolean stop() {
      return (flags & F_STOPPED) != 0;
    }

    @Override
    public int length() {
      return 1;
    }
  }

  /**
   * {@code struct virtio_admin_cmd_dev_parts_set_data { struct
   * virtio_admin_cmd_resource_obj_cmd_hdr hdr; struct virtio_dev_part parts[]; }} with {@code hdr =
   * { le16 type; u8 reserved[2]; le32 id; }}. The parts are kept as bytes: their layout is the
   * device type's, not the queue's.
   *
   * @param objectType {@code hdr.type}, the resource object type (a le16)
   * @param objectId {@code hdr.id}, the device parts resource object's id (a le32, unsigned)
   * @param parts the bytes of {@code parts[]}
   */
  @Immutable
  record PartsSet(int objectType, long objectId, ImmutableList<Byte> parts) implements CommandData {
    /** Bytes of {@code hdr}. */
    public static final int HEADER = 8;

    public PartsSet {
      if (objectType < 0 || objectType > 0xFFFF || objectId < 0 || objectId > 0xFFFF_FFFFL) {
        throw new IllegalArgumentException(
            "hdr.type is a le16, hdr.id a le32: " + objectType + ", " + objectId);
      }
    }

    @Override
    public int length() {
      return HEADER + parts.size();
    }
  }

  /** Checks a {@code struct virtio_admin_cmd_resource_obj_cmd_hdr}'s fields. */
  private static void checkHeader(int objectType, long objectId) {
    if (objectType < 0 || objectType > 0xFFFF || objectId < 0 || objectId > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException(
          "hdr.type is a le16, hdr.id a le32: " + objectType + ", " + objectId);
    }
  }

  /**
   * DEVICE_CAP_GET's {@code struct virtio_admin_cmd_cap_get_data { le16 id; u8 reserved[6]; }}.
   *
   * @param id the capability id (a le16)
   */
  @Immutable
  record CapId(int id) implements CommandData {
    /** Bytes of the structure. */
    public static final int SIZE = 8;

    public CapId {
      if (id < 0 || id > 0xFFFF) {
        throw new IllegalArgumentException("id is a le16: " + id);
      }
    }

    @Override
    public int length() {
      return SIZE;
    }
  }

  /**
   * DRIVER_CAP_SET's {@code struct virtio_admin_cmd_cap_set_data { le16 id; u8 reserved[6]; u8
   * cap_specific_data[]; }}. For VIRTIO_DEV_PARTS_CAP (id 0) {@code cap_specific_data} is {@code
   * struct virtio_dev_parts_cap { u8 get_parts_resource_objects_limit; u8
   * set_parts_resource_objects_limit; }}.
   *
   * @param id the capability id (a le16)
   * @param capData the bytes of {@code cap_specific_data}
   */
  @Immutable
  record CapSet(int id, ImmutableList<Byte> capData) implements CommandData {
    /** Bytes before {@code cap_specific_data}. */
    public static final int HEADER = 8;

    /** VIRTIO_DEV_PARTS_CAP's id. */
    public static final int DEV_PARTS_CAP = 0;

    public CapSet {
      if (id < 0 || id > 0xFFFF) {
        throw new IllegalArgumentException("id is a le16: " + id);
      }
    }

    /**
     * VIRTIO_DEV_PARTS_CAP with {@code set_parts_resource_objects_limit} {@code setLimit} (0..255).
     */
    public static CapSet devParts(int getLimit, int setLimit) {
      return new CapSet(DEV_PARTS_CAP, ImmutableList.of((byte) getLimit, (byte) setLimit));
    }

    /** {@code set_parts_resource_objects_limit} of VIRTIO_DEV_PARTS_CAP data, if present. */
    public java.util.OptionalInt setPartsLimit() {
      return id == DEV_PARTS_CAP && capData.size() >= 2
          ? java.util.OptionalInt.of(capData.get(1) & 0xFF)
          : java.util.OptionalInt.empty();
    }

    @Override
    public int length() {
      return HEADER + capData.size();
    }
  }

  /**
   * RESOURCE_OBJ_CREATE's {@code struct virtio_admin_cmd_resource_obj_create_data} and
   * RESOURCE_OBJ_MODIFY's {@code struct virtio_admin_cmd_resource_modify_data}, one layout: {@code
   * struct virtio_admin_cmd_resource_obj_cmd_hdr hdr; le64 flags; u8 resource_obj_specific_data[];}
   * with {@code hdr = { le16 type; u8 reserved[2]; le32 id; }}. For VIRTIO_RESOURCE_OBJ_DEV_PARTS
   * the specific data is {@code struct virtio_resource_obj_dev_parts { u8 type; u8 reserved[7]; }}.
   *
   * @param objectType {@code hdr.type}
   * @param objectId {@code hdr.id} (a le32, unsigned)
   * @param flags {@code flags} ("reserved for future extension ... and is set to 0")
   * @param specific the bytes of {@code resource_obj_specific_data}
   */
  @Immutable
  record ObjectData(int objectType, long objectId, long flags, ImmutableList<Byte> specific)
      implements CommandData {
    /** Bytes of {@code hdr} and {@code flags}. */
    public static final int HEADER = 16;

    public ObjectData {
      checkHeader(objectType, objectId);
    }

    /** A device parts object's data: {@code type} GET (0) or SET (1), then {@code reserved[7]}. */
    public static ImmutableList<Byte> devParts(int type) {
      return ImmutableList.of(
          (byte) type, (byte) 0, (byte) 0, (byte) 0, (byte) 0, (byte) 0, (byte) 0, (byte) 0);
    }

    @Override
    public int length() {
      return HEADER + specific.size();
    }
  }

  /**
   * RESOURCE_OBJ_QUERY's {@code struct virtio_admin_cmd_resource_obj_query_data { struct
   * virtio_admin_cmd_resource_obj_cmd_hdr hdr; le64 flags; }}.
   *
   * @param objectType {@code hdr.type}
   * @param objectId {@code hdr.id}
   * @param flags {@code flags}
   */
  @Immutable
  record ObjectQuery(int objectType, long objectId, long flags) implements CommandData {
    /** Bytes of the structure. */
    public static final int SIZE = 16;

    public ObjectQuery {
      checkHeader(objectType, objectId);
    }

    @Override
    public int length() {
      return SIZE;
    }
  }

  /**
   * RESOURCE_OBJ_DESTROY's {@code struct virtio_admin_cmd_resource_obj_cmd_hdr { le16 type; u8
   * reserved[2]; le32 id; }}.
   *
   * @param objectType {@code type}
   * @param objectId {@code id}
   */
  @Immutable
  record ObjectHeader(int objectType, long objectId) implements CommandData {
    /** Bytes of the structure. */
    public static final int SIZE = 8;

    public ObjectHeader {
      checkHeader(objectType, objectId);
    }

    @Override
    public int length() {
      return SIZE;
    }
  }

  /**
   * The data of an opcode whose structure this codec does not decode.
   *
   * @param bytes the data as it is
   */
  @Immutable
  record Opaque(ImmutableList<Byte> bytes) implements CommandData {
    @Override
    public int length() {
      return bytes.size();
    }
  }
}
