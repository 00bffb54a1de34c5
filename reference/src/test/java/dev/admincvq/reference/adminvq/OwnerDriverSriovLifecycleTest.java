package dev.admincvq.reference.adminvq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.reference.adminvq.wire.GroupType;
import dev.admincvq.reference.adminvq.wire.Opcode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code AdminVq!DriverSriovDisable} and {@code DriverSriovEnable(k)}: when the owner driver may
 * clear and set VF Enable, and the members the device has after each.
 */
class OwnerDriverSriovLifecycleTest {
  /** Two VFs at most, both enabled at the start, the group's list in use. */
  private static AdminVqSystem system(AvqOptions.DriverSync sync) {
    return new AdminVqSystem(AvqTestOptions.options(2, sync), true);
  }

  @Test
  void enableIsRefusedWhileVfEnableIsSetAndForACountOutsideOneToMaxVfs() {
    AdminVqSystem s = system(AvqOptions.DriverSync.NONE);
    assertTrue(s.device().vfEnable());
    assertEquals(2, s.device().numVfs());
    assertEquals(
        Optional.of(AvqAction.DRIVER_SRIOV_ENABLE),
        s.driver().driverSriovEnable(1).map(AvqRefusal::action),
        "VF Enable is set");
    assertEquals(Optional.empty(), s.driver().driverSriovDisable());
    assertFalse(s.device().vfEnable());
    assertTrue(s.driver().driverSriovEnable(0).isPresent(), "k = 0");
    assertTrue(s.driver().driverSriovEnable(3).isPresent(), "k = MaxVFs + 1");
    assertFalse(s.device().vfEnable(), "a refused enable changes nothing");
  }

  @Test
  void enableCreatesMembersOneToKAndADisableRemovesThem() {
    AdminVqSystem s = system(AvqOptions.DriverSync.NONE);
    assertEquals(Optional.empty(), s.driver().driverSriovDisable());
    assertTrue(s.driver().driverSriovDisable().isPresent(), "VF Enable is already clear");

    assertEquals(Optional.empty(), s.driver().driverSriovEnable(1));
    assertTrue(s.device().vfEnable());
    assertEquals(1, s.device().numVfs());
    assertEquals(
        Optional.empty(),
        s.driver().driverSubmit(1, GroupType.SRIOV, Opcode.DEV_MODE_SET, 1, 0, true),
        "member 1 exists");
    assertTrue(
        s.driver().driverSubmit(1, GroupType.SRIOV, Opcode.DEV_MODE_SET, 2, 0, true).isPresent(),
        "member 2 does not: NumVFs is 1");
  }

  @Test
  void theVirtio13RuleKeepsVfEnableSetWhileAnSriovCommandIsOutstanding() {
    AdminVqSystem s = system(AvqOptions.DriverSync.VIRTIO13);
    assertEquals(
        Optional.empty(),
        s.driver().driverSubmit(1, GroupType.SRIOV, Opcode.DEV_MODE_SET, 1, 0, true));
    Optional<AvqRefusal> r = s.driver().driverSriovDisable();
    assertEquals(Optional.of(AvqAction.DRIVER_SRIOV_DISABLE), r.map(AvqRefusal::action));
    assertEquals(Optional.of("an SR-IOV command is outstanding"), r.map(AvqRefusal::reason));
    assertTrue(s.device().vfEnable());
  }

  @Test
  void theVirtio13RuleIgnoresAnOutstandingCommandOfAnotherGroup() {
    AdminVqSystem s = system(AvqOptions.DriverSync.VIRTIO13);
    assertEquals(
        Optional.empty(),
        s.driver().driverSubmit(1, GroupType.SELF, Opcode.LIST_QUERY, 0, 0, false));
    assertEquals(Optional.empty(), s.driver().driverSriovDisable(), "a Self group command");
  }

  @Test
  void anEnableMakesTheDriverBelieveEveryMemberActiveAgain() {
    AdminVqSystem s = system(AvqOptions.DriverSync.VIRTIO13);
    AvqSteps.completed(s, Opcode.DEV_MODE_SET, 1, 0, true);
    assertEquals(Optional.of(MemberMode.STOPPED), s.driver().drvMode(1));
    assertEquals(Optional.empty(), s.driver().driverSriovDisable());
    assertEquals(Optional.of(MemberMode.STOPPED), s.driver().drvMode(1), "until VF Enable is set");
    assertEquals(Optional.empty(), s.driver().driverSriovEnable(2));
    assertEquals(Optional.of(MemberMode.ACTIVE), s.driver().drvMode(1), "a new member is active");
    assertEquals(Optional.of(MemberMode.ACTIVE), s.driver().drvMode(2));
  }
}
