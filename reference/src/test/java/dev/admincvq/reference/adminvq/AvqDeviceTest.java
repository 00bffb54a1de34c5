package dev.admincvq.reference.adminvq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.reference.adminvq.wire.AdminCmdCodec;
import dev.admincvq.reference.adminvq.wire.AdminResult;
import dev.admincvq.reference.adminvq.wire.AdminStatus;
import dev.admincvq.reference.adminvq.wire.CmdDecoded;
import dev.admincvq.reference.adminvq.wire.CommandData;
import dev.admincvq.reference.adminvq.wire.GroupType;
import dev.admincvq.reference.adminvq.wire.Opcode;
import dev.admincvq.reference.adminvq.wire.StatusQualifier;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The generic admin VQ's group rules and validation order, as bytes the owner driver reads back.
 */
class AvqDeviceTest {

  private static AvqOptions options(AvqOptions.SriovRuleScope scope, AvqOptions.DriverSync sync) {
    return AvqTestOptions.options(1, sync, scope, ObjectOptions.defaultFor(AvqTestOptions.OPS14));
  }

  private static byte[] result(AdminVqSystem s, int c) {
    return s.queues().result(c).orElseThrow();
  }

  private static byte[] bytes(AdminStatus status, StatusQualifier q) {
    return AdminCmdCodec.encode(AdminResult.of(status, q));
  }

  @Test
  void aStopForAnExistingMemberSucceedsAndStopsIt() {
    AdminVqSystem s =
        new AdminVqSystem(
            options(AvqOptions.SriovRuleScope.MEMBER_COMMANDS, AvqOptions.DriverSync.VIRTIO13),
            true);
    assertEquals(
        Optional.empty(),
        s.driver().driverSubmit(1, GroupType.SRIOV, Opcode.DEV_MODE_SET, 1, 0, true));
    assertEquals(Optional.empty(), s.device().deviceTake(1, 1, false));
    assertArrayEquals(bytes(AdminStatus.OK, StatusQualifier.Q_OK), result(s, 1));
    assertEquals(MemberMode.STOPPED, s.device().mode().get(1));
  }

  @Test
  void aStopTakenAfterVfEnableWasClearedFailsInvalidGroupAndChangesNothing() {
    AdminVqSystem s =
        new AdminVqSystem(
            options(AvqOptions.SriovRuleScope.MEMBER_COMMANDS, AvqOptions.DriverSync.NONE), true);
    s.driver().driverSubmit(1, GroupType.SRIOV, Opcode.DEV_MODE_SET, 1, 0, true);
    assertEquals(Optional.empty(), s.driver().driverSriovDisable());
    assertEquals(Optional.empty(), s.device().deviceTake(1, 1, false));
    assertArrayEquals(bytes(AdminStatus.EINVAL, StatusQualifier.Q_INVALID_GROUP), result(s, 1));
    assertEquals(MemberMode.ACTIVE, s.device().mode().get(1));
  }

  @Test
  void theVirtio13DriverRuleRefusesSriovDisableWhileACommandIsOutstanding() {
    AdminVqSystem s =
        new AdminVqSystem(
            options(AvqOptions.SriovRuleScope.MEMBER_COMMANDS, AvqOptions.DriverSync.VIRTIO13),
            true);
    s.driver().driverSubmit(1, GroupType.SRIOV, Opcode.DEV_MODE_SET, 1, 0, true);
    assertTrue(s.driver().driverSriovDisable().isPresent());
    assertTrue(s.device().vfEnable());
  }

  @Test
  void aListQueryOfTheSriovGroupFailsInvalidMemberOnlyWhenTheRuleCoversEveryCommand() {
    AdminVqSystem all =
        new AdminVqSystem(
            options(AvqOptions.SriovRuleScope.ALL, AvqOptions.DriverSync.VIRTIO13), false);
    all.driver().driverSubmit(1, GroupType.SRIOV, Opcode.LIST_QUERY, 0, 0, false);
    all.device().deviceTake(1, 1, false);
    assertArrayEquals(bytes(AdminStatus.EINVAL, StatusQualifier.Q_INVALID_MEMBER), result(all, 1));

    AdminVqSystem members =
        new AdminVqSystem(
            options(AvqOptions.SriovRuleScope.MEMBER_COMMANDS, AvqOptions.DriverSync.VIRTIO13),
            false);
    members.driver().driverSubmit(1, GroupType.SRIOV, Opcode.LIST_QUERY, 0, 0, false);
    members.device().deviceTake(1, 1, false);
    AdminResult ok =
        ((CmdDecoded.Ok<AdminResult>) AdminCmdCodec.decodeResult(result(members, 1))).value();
    assertEquals(AdminStatus.OK.code(), ok.status());
    assertEquals(StatusQualifier.Q_OK.code(), ok.statusQualifier());
    assertTrue(
        CommandData.OpcodeList.of(members.options().sriovOps())
            .bytes()
            .equals(ok.commandSpecificResult()),
        "LIST_QUERY's result is the supported opcodes' bitmap");
  }

  @Test
  void aDevModeSetTakenDuringAMemberFlrIsHeldUntilTheFlrCompletes() {
    AdminVqSystem s =
        new AdminVqSystem(
            options(AvqOptions.SriovRuleScope.MEMBER_COMMANDS, AvqOptions.DriverSync.VIRTIO13),
            true);
    s.driver().driverSubmit(1, GroupType.SRIOV, Opcode.DEV_MODE_SET, 1, 0, true);
    assertEquals(Optional.empty(), s.member(1).memberDriverFlr());
    s.device().deviceTake(1, 1, false);
    assertEquals(java.util.Set.of(1), s.device().held());
    assertTrue(
        s.device().deviceAnswerHeld(1, false).isPresent(), "not ready before the FLR completes");
    s.device().deviceMemberResetDone(1);
    assertEquals(Optional.empty(), s.device().deviceAnswerHeld(1, false));
    assertArrayEquals(bytes(AdminStatus.OK, StatusQualifier.Q_OK), result(s, 1));
  }

  @Test
  void aDevPartsSetIsRefusedByTheDriverUntilItKnowsTheMemberStopped() {
    AdminVqSystem s =
        new AdminVqSystem(
            options(AvqOptions.SriovRuleScope.MEMBER_COMMANDS, AvqOptions.DriverSync.VIRTIO13),
            true);
    assertTrue(
        s.driver().driverSubmit(1, GroupType.SRIOV, Opcode.DEV_PARTS_SET, 1, 1, false).isPresent());
    s.driver().driverSubmit(1, GroupType.SRIOV, Opcode.DEV_MODE_SET, 1, 0, true);
    s.device().deviceTake(1, 1, false);
    s.driver().driverCollect(1);
    assertEquals(
        Optional.empty(),
        s.driver().driverSubmit(1, GroupType.SRIOV, Opcode.DEV_PARTS_SET, 1, 1, false));
  }
}
