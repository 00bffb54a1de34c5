package dev.admincvq.reference.adminvq;

import static dev.admincvq.reference.adminvq.AvqSteps.completed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import dev.admincvq.reference.adminvq.wire.GroupType;
import dev.admincvq.reference.adminvq.wire.Opcode;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The device's reactions to the owner driver's register writes, {@code AdminVq!DeviceCreatesMembers
 * (k)}, {@code DeviceRemovesMembers} and {@code DeviceResetsOwner}: what each resets, for every
 * member (the last included) or for members {@code 1..k} alone.
 */
class AvqDeviceMembersTest {
  private static final int MAX_VFS = 2;

  private static AdminVqSystem system(AvqOptions options) {
    return new AdminVqSystem(options, true);
  }

  private static AvqOptions options() {
    return AvqTestOptions.options(MAX_VFS, AvqOptions.DriverSync.NONE);
  }

  /** Member {@code n} stopped, with {@code parts} parts set (the history's lastSet too). */
  private static void stoppedWithParts(AdminVqSystem s, int n, int parts) {
    completed(s, Opcode.DEV_MODE_SET, n, 0, true);
    completed(s, Opcode.DEV_PARTS_SET, n, parts, false);
    assertEquals(MemberMode.STOPPED, s.device().mode().get(n));
    assertEquals(parts, s.device().parts().get(n));
    assertEquals(OptionalInt.of(parts), s.history().lastSet(n));
  }

  @Test
  void anEnableResetsEveryMemberAndGivesOnlyMembersOneToKANewIncarnation() {
    AdminVqSystem s = system(options());
    stoppedWithParts(s, 1, 1);
    stoppedWithParts(s, MAX_VFS, 2);
    int inc1 = s.history().inc(1);
    int incLast = s.history().inc(MAX_VFS);

    assertEquals(Optional.empty(), s.driver().driverSriovDisable());
    assertEquals(Optional.empty(), s.driver().driverSriovEnable(1));

    for (int n = 1; n <= MAX_VFS; n++) {
      assertEquals(MemberMode.ACTIVE, s.device().mode().get(n), "member " + n + "'s mode");
      assertEquals(0, s.device().parts().get(n), "member " + n + "'s parts");
      assertEquals(0, s.device().cfg().get(n), "member " + n + "'s configuration");
      assertEquals(OptionalInt.empty(), s.history().lastSet(n), "member " + n + "'s last set");
    }
    assertEquals(inc1 + 1, s.history().inc(1), "member 1 is created again");
    assertEquals(incLast, s.history().inc(MAX_VFS), "NumVFs = 1: the last member is not created");
  }

  @Test
  void anEnableOfEveryMemberGivesTheLastANewIncarnationToo() {
    AdminVqSystem s = system(options());
    int incLast = s.history().inc(MAX_VFS);
    assertEquals(Optional.empty(), s.driver().driverSriovDisable());
    assertEquals(Optional.empty(), s.driver().driverSriovEnable(MAX_VFS));
    assertEquals(incLast + 1, s.history().inc(MAX_VFS));
  }

  @Test
  void aDisableForgetsEveryMembersResetInProgress() {
    AdminVqSystem s = system(options());
    assertEquals(Optional.empty(), s.member(1).memberDriverReset());
    assertTrue(
        s.device().memberReset().values().stream().anyMatch(r -> r != MemberReset.NONE),
        "member 1's reset is in progress: " + s.device().memberReset());
    assertEquals(Optional.empty(), s.driver().driverSriovDisable());
    assertEquals(
        Map.of(1, MemberReset.NONE, 2, MemberReset.NONE),
        Map.copyOf(s.device().memberReset()),
        "VF Enable cleared removes the members, and their resets with them");
  }

  @Test
  void theGroupsListIsDroppedOnADisableOnlyWhereTheOptionSaysSo() {
    AdminVqSystem kept = system(options());
    assertTrue(kept.device().listUsed(GroupType.SRIOV));
    assertEquals(Optional.empty(), kept.driver().driverSriovDisable());
    assertTrue(kept.device().listUsed(GroupType.SRIOV), "UsedListOnVfDisable = kept");

    AdminVqSystem dropped =
        system(options().withUsedListOnVfDisable(AvqOptions.UsedListOnVfDisable.DROPPED));
    assertTrue(dropped.device().listUsed(GroupType.SRIOV));
    assertEquals(Optional.empty(), dropped.driver().driverSriovDisable());
    assertFalse(dropped.device().listUsed(GroupType.SRIOV), "UsedListOnVfDisable = dropped");
  }

  @Test
  void anOwnerResetDropsEveryGroupsListAndEveryAnswer() {
    AdminVqSystem s = system(options());
    assertTrue(s.device().listUsed(GroupType.SRIOV));
    assertEquals(Optional.empty(), s.driver().driverResetDevice());
    for (GroupType g : ImmutableSet.of(GroupType.SELF, GroupType.SRIOV)) {
      assertFalse(s.device().listUsed(g), g + "'s list after the owner's reset");
    }
    assertTrue(s.device().held().isEmpty());
    assertTrue(s.device().ready().isEmpty());
  }
}
