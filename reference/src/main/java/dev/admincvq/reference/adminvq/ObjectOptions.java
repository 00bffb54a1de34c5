package dev.admincvq.reference.adminvq;

import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.Immutable;
import dev.admincvq.reference.adminvq.wire.Opcode;

/**
 * The constants of {@code AdminVq.tla} for the capability and resource object commands.
 *
 * @param selfOps {@code SelfOps}: the opcodes the device supports for the Self group
 * @param objIds {@code ObjId} = {@code 0..objIds-1}: the resource ids the owner driver may name
 * @param partsObjLimit {@code PartsObjLimit}: VIRTIO_DEV_PARTS_CAP's
 *     set_parts_resource_objects_limit the device reports
 * @param objRules {@code ObjRules}
 * @param unsetCapLimit {@code UnsetCapLimit}
 */
@Immutable
public record ObjectOptions(
    ImmutableSet<Opcode> selfOps,
    int objIds,
    int partsObjLimit,
    ObjRules objRules,
    UnsetCapLimit unsetCapLimit) {

  /** {@code CapOps}: the capability commands. */
  public static final ImmutableSet<Opcode> CAP_OPS =
      ImmutableSet.of(Opcode.CAP_ID_LIST_QUERY, Opcode.DEVICE_CAP_GET, Opcode.DRIVER_CAP_SET);

  /** {@code ObjOps}: the resource object commands. */
  public static final ImmutableSet<Opcode> OBJ_OPS =
      ImmutableSet.of(
          Opcode.RESOURCE_OBJ_CREATE,
          Opcode.RESOURCE_OBJ_MODIFY,
          Opcode.RESOURCE_OBJ_QUERY,
          Opcode.RESOURCE_OBJ_DESTROY);

  /**
   * Checks the spec's {@code ASSUME}s on these constants.
   *
   * @throws IllegalArgumentException if one fails
   */
  public ObjectOptions {
    if (!selfOps.containsAll(AvqOptions.LIST_OPS)) {
      throw new IllegalArgumentException("SelfOps holds the list commands: " + selfOps);
    }
    for (Opcode o : selfOps) {
      if (!AvqOptions.LIST_OPS.contains(o) && !CAP_OPS.contains(o) && !OBJ_OPS.contains(o)) {
        throw new IllegalArgumentException(
            "SelfOps holds list, capability and resource object commands only: " + selfOps);
      }
    }
    if (objIds < 1 || partsObjLimit < 0) {
      throw new IllegalArgumentException(
          "ObjId is not empty and PartsObjLimit a Nat: " + objIds + ", " + partsObjLimit);
    }
  }

  /**
   * What the models bind for a device whose SR-IOV opcodes are {@code sriovOps}: the capability and
   * resource object commands iff it has the device parts commands ({@code SupportAllOrNone}), one
   * resource id, a limit of one, the driver keeping the rules, the "zero" reading.
   */
  public static ObjectOptions defaultFor(ImmutableSet<Opcode> sriovOps) {
    ImmutableSet<Opcode> self =
        sriovOps.contains(Opcode.DEV_PARTS_SET)
            ? ImmutableSet.<Opcode>builder()
                .addAll(AvqOptions.LIST_OPS)
                .addAll(CAP_OPS)
                .addAll(OBJ_OPS)
                .build()
            : AvqOptions.LIST_OPS;
    return new ObjectOptions(self, 1, 1, ObjRules.VIRTIO14, UnsetCapLimit.ZERO);
  }

  /** Whether the device has the resource object commands. */
  public boolean hasObjects() {
    return selfOps.containsAll(OBJ_OPS);
  }

  /** {@code ObjRules}: whether the owner driver keeps the capability and resource object rules. */
  public enum ObjRules {
    /** "none": it sends any capability or resource object command whenever it chooses. */
    NONE("none"),
    /** "virtio14": it keeps them ({@code DriverCapRulesKept}, {@code DriverObjRulesKept}). */
    VIRTIO14("virtio14");

    private final String specName;

    ObjRules(String specName) {
      this.specName = specName;
    }

    /** The spec's string. */
    public String specName() {
      return specName;
    }
  }

  /** {@code UnsetCapLimit}: how many objects the device allows before DRIVER_CAP_SET. */
  public enum UnsetCapLimit {
    /** "zero": none. */
    ZERO("zero"),
    /** "device": up to the device capability's limit. */
    DEVICE("device");

    private final String specName;

    UnsetCapLimit(String specName) {
      this.specName = specName;
    }

    /** The spec's string. */
    public String specName() {
      return specName;
    }
  }
}
