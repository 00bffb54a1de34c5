package dev.admincvq.reference.adminvq;

import com.google.common.collect.ImmutableSet;
import dev.admincvq.reference.adminvq.wire.GroupType;
import dev.admincvq.reference.adminvq.wire.Opcode;

/**
 * The options the admin virtqueue's tests build a system with: one queue, the Self and SR-IOV
 * groups, virtio 1.4's four SR-IOV opcodes, commands completed in order, the used list and the
 * members' modes kept, what is not named as the models bind it.
 */
final class AvqTestOptions {
  /** The SR-IOV group's opcodes in virtio 1.4: the list commands, DEV_MODE_SET, DEV_PARTS_SET. */
  static final ImmutableSet<Opcode> OPS14 =
      ImmutableSet.of(
          Opcode.LIST_QUERY, Opcode.LIST_USE, Opcode.DEV_MODE_SET, Opcode.DEV_PARTS_SET);

  private AvqTestOptions() {}

  /** With the SR-IOV rule on member commands and the resource objects' defaults. */
  static AvqOptions options(int maxVfs, AvqOptions.DriverSync sync) {
    return options(
        maxVfs, sync, AvqOptions.SriovRuleScope.MEMBER_COMMANDS, ObjectOptions.defaultFor(OPS14));
  }

  static AvqOptions options(
      int maxVfs,
      AvqOptions.DriverSync sync,
      AvqOptions.SriovRuleScope scope,
      ObjectOptions objects) {
    return options(maxVfs, sync, scope, objects, AvqOptions.MemberResetMode.KEPT);
  }

  /** With the SR-IOV rule on member commands, the objects' defaults and {@code mode}. */
  static AvqOptions options(
      int maxVfs, AvqOptions.DriverSync sync, AvqOptions.MemberResetMode mode) {
    return options(
        maxVfs,
        sync,
        AvqOptions.SriovRuleScope.MEMBER_COMMANDS,
        ObjectOptions.defaultFor(OPS14),
        mode);
  }

  private static AvqOptions options(
      int maxVfs,
      AvqOptions.DriverSync sync,
      AvqOptions.SriovRuleScope scope,
      ObjectOptions objects,
      AvqOptions.MemberResetMode mode) {
    return new AvqOptions(
        maxVfs,
        1,
        ImmutableSet.of(GroupType.SELF, GroupType.SRIOV),
        OPS14,
        sync,
        AvqOptions.Ordering.COMPLETE,
        scope,
        AvqOptions.UsedListOnVfDisable.KEPT,
        mode,
        false,
        objects);
  }
}
