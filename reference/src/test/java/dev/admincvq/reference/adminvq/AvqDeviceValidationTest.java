package dev.admincvq.reference.adminvq;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import dev.admincvq.reference.adminvq.wire.AdminCmd;
import dev.admincvq.reference.adminvq.wire.CommandData;
import dev.admincvq.reference.adminvq.wire.GroupType;
import dev.admincvq.reference.adminvq.wire.Opcode;
import dev.admincvq.reference.adminvq.wire.StatusQualifier;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code AdminVq!DeviceValidates}: the device checks a command's fields in the text's order and
 * answers with the qualifier of the first check that fails, whatever the driver did before. The
 * commands here are ones the owner driver refuses to send; another driver (or a stale one) may.
 */
class AvqDeviceValidationTest {
  /** One VF enabled, the SR-IOV rule on member commands, the group's list in use. */
  private static AdminVqSystem system() {
    return new AdminVqSystem(AvqTestOptions.options(1, AvqOptions.DriverSync.NONE), true);
  }

  private static AdminCmd stop(long member) {
    return AdminCmd.of(Opcode.DEV_MODE_SET, GroupType.SRIOV, member, new CommandData.ModeSet(1));
  }

  @Test
  void aStopOfTheEnabledVfPassesEveryCheck() {
    assertEquals(StatusQualifier.Q_OK, system().device().validate(stop(1)));
  }

  @Test
  void aGroupTypeTheDeviceDoesNotKnowIsAnInvalidGroup() {
    AdminCmd cmd = new AdminCmd(Opcode.DEV_MODE_SET.code(), 0x7F, 1, new CommandData.ModeSet(1));
    assertEquals(StatusQualifier.Q_INVALID_GROUP, system().device().validate(cmd));
  }

  @Test
  void aMemberCommandWhileVfEnableIsClearIsAnInvalidGroupBeforeAnythingElse() {
    AdminVqSystem s = system();
    assertEquals(Optional.empty(), s.driver().driverSriovDisable());
    assertEquals(StatusQualifier.Q_INVALID_GROUP, s.device().validate(stop(1)));
    assertEquals(
        StatusQualifier.Q_INVALID_GROUP,
        s.device().validate(stop(9)),
        "the group is checked before the member");
  }

  @Test
  void anOpcodeTheDeviceDoesNotKnowIsAnInvalidOpcode() {
    AdminCmd cmd =
        new AdminCmd(0x7777, GroupType.SRIOV.code(), 1, new CommandData.Opaque(ImmutableList.of()));
    assertEquals(StatusQualifier.Q_INVALID_OPCODE, system().device().validate(cmd));
  }

  @Test
  void aMemberOutsideOneToNumVfsIsAnInvalidMember() {
    AdminVqSystem s = system();
    assertEquals(StatusQualifier.Q_INVALID_MEMBER, s.device().validate(stop(0)));
    assertEquals(StatusQualifier.Q_INVALID_MEMBER, s.device().validate(stop(2)));
  }

  @Test
  void devicePartsWithoutAValueAreAnInvalidField() {
    AdminCmd cmd =
        AdminCmd.of(
            Opcode.DEV_PARTS_SET,
            GroupType.SRIOV,
            1,
            new CommandData.PartsSet(AvqDevice.DEV_PARTS_OBJECT, 1, ImmutableList.of()));
    assertEquals(StatusQualifier.Q_INVALID_FIELD, system().device().validate(cmd));
  }
}
