package dev.admincvq.reference.adminvq;

/**
 * The type of a device parts resource object ({@code ObjKind}): {@code struct
 * virtio_resource_obj_dev_parts}'s {@code type}, {@code VIRTIO_RESOURCE_OBJ_DEV_PARTS_TYPE_GET 0}
 * or {@code ..._TYPE_SET 1}.
 */
public enum ObjKind {
  /** "GET": the object captures device parts. */
  GET("GET", 0),
  /** "SET": the object restores device parts (DEV_PARTS_SET names one). */
  SET("SET", 1);

  private final String specName;
  private final int code;

  ObjKind(String specName, int code) {
    this.specName = specName;
    this.code = code;
  }

  /** The spec's string. */
  public String specName() {
    return specName;
  }

  /** The {@code u8 type} on the wire. */
  public int code() {
    return code;
  }

  /** The kind whose wire code is {@code code}, if any. */
  public static java.util.Optional<ObjKind> of(int code) {
    for (ObjKind k : values()) {
      if (k.code == code) {
        return java.util.Optional.of(k);
      }
    }
    return java.util.Optional.empty();
  }
}
