package dev.admincvq.reference.adminvq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.reference.adminvq.wire.GroupType;
import dev.admincvq.reference.adminvq.wire.Opcode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@code AdminVq!DriverSubmit} that the owner driver keeps, broken on its own: the
 * driver refuses with that rule's reason and places nothing on any queue.
 */
class OwnerDriverSubmitRefusalsTest {
  /** One VF, one queue, the SR-IOV group's list already in use when {@code listed}. */
  private static AdminVqSystem system(boolean listed) {
    return new AdminVqSystem(AvqTestOptions.options(1, AvqOptions.DriverSync.VIRTIO13), listed);
  }

  /** Asserts the submission is refused with a reason containing {@code reason}, nothing placed. */
  private static void refused(
      AdminVqSystem s, String reason, int q, GroupType g, Opcode op, int n, int v, boolean stop) {
    List<Integer> before = s.queues().avail(1);
    Optional<AvqRefusal> r = s.driver().driverSubmit(q, g, op, n, v, stop);
    assertTrue(r.isPresent(), op + " to member " + n + " was placed: " + reason);
    assertEquals(AvqAction.DRIVER_SUBMIT, r.get().action());
    assertTrue(
        r.get().reason().contains(reason), () -> "'" + r.get().reason() + "' is not: " + reason);
    assertEquals(before, s.queues().avail(1), "a refused submission places nothing");
  }

  @Test
  void aQueueOtherThanTheDevicesIsRefused() {
    AdminVqSystem s = system(true);
    refused(
        s, "no administration virtqueue 0", 0, GroupType.SRIOV, Opcode.DEV_MODE_SET, 1, 0, true);
    refused(
        s, "no administration virtqueue 2", 2, GroupType.SRIOV, Opcode.DEV_MODE_SET, 1, 0, true);
  }

  @Test
  void anOpcodeTheDeviceDoesNotSupportForTheGroupIsRefused() {
    refused(
        system(true),
        "is not supported for",
        1,
        GroupType.SRIOV,
        Opcode.LEGACY_DEV_CFG_WRITE,
        1,
        1,
        false);
  }

  @Test
  void theListCommandsAddressMemberZeroAndListUseNeedsAQueryFirst() {
    AdminVqSystem s = system(false);
    refused(
        s,
        "LIST_QUERY's group_member_id is zero",
        1,
        GroupType.SRIOV,
        Opcode.LIST_QUERY,
        1,
        0,
        false);
    refused(s, "LIST_USE needs member 0", 1, GroupType.SRIOV, Opcode.LIST_USE, 0, 0, false);
    refused(s, "no successful LIST_USE for", 1, GroupType.SRIOV, Opcode.DEV_MODE_SET, 1, 0, true);
    assertEquals(
        Optional.empty(),
        s.driver().driverSubmit(1, GroupType.SRIOV, Opcode.LIST_QUERY, 0, 0, false),
        "member 0, before any LIST_USE: placed");
  }

  @Test
  void aMemberCommandNamesAnEnabledVf() {
    AdminVqSystem s = system(true);
    refused(s, "not in 1..NumVFs", 1, GroupType.SRIOV, Opcode.DEV_MODE_SET, 2, 0, true);
    refused(s, "not in 1..NumVFs", 1, GroupType.SRIOV, Opcode.DEV_MODE_SET, 0, 0, true);
    assertEquals(Optional.empty(), s.driver().driverSriovDisable());
    refused(s, "VF Enable clear", 1, GroupType.SRIOV, Opcode.DEV_MODE_SET, 1, 0, true);
  }

  @Test
  void aValueIsOneTheOpcodeWritesAndOnlyDevModeSetStops() {
    AdminVqSystem s = system(true);
    refused(s, "value 5 is not one", 1, GroupType.SRIOV, Opcode.DEV_MODE_SET, 1, 5, true);
    refused(s, "value 0 is not one", 1, GroupType.SRIOV, Opcode.DEV_PARTS_SET, 1, 0, false);
    refused(s, "value 256 is not one", 1, GroupType.SRIOV, Opcode.DEV_PARTS_SET, 1, 256, false);
    refused(s, "only DEV_MODE_SET stops", 1, GroupType.SRIOV, Opcode.LIST_QUERY, 0, 0, true);
  }

  @Test
  void aSecondModeSetForAMemberWaitsUntilTheFirstIsReaped() {
    AdminVqSystem s = system(true);
    assertEquals(
        Optional.empty(),
        s.driver().driverSubmit(1, GroupType.SRIOV, Opcode.DEV_MODE_SET, 1, 0, true));
    refused(s, "is unreaped", 1, GroupType.SRIOV, Opcode.DEV_MODE_SET, 1, 0, false);
  }

  @Test
  void devicePartsAreSetOnlyOnAMemberKnownToBeStopped() {
    refused(
        system(true),
        "member 1 is not known to be stopped",
        1,
        GroupType.SRIOV,
        Opcode.DEV_PARTS_SET,
        1,
        7,
        false);
  }
}
