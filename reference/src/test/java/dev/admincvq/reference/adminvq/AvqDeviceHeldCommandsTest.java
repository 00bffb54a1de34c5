package dev.admincvq.reference.adminvq;

import static dev.admincvq.reference.adminvq.AvqSteps.submitted;
import static dev.admincvq.reference.adminvq.AvqSteps.taken;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.reference.adminvq.wire.AdminCmdCodec;
import dev.admincvq.reference.adminvq.wire.AdminResult;
import dev.admincvq.reference.adminvq.wire.AdminStatus;
import dev.admincvq.reference.adminvq.wire.Opcode;
import dev.admincvq.reference.adminvq.wire.StatusQualifier;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Commands the device holds for a member's reset or FLR ({@code AdminVq!DeviceTake}, {@code
 * DeviceMemberResetDone}, {@code DeviceAnswerHeld}): taken off the queue, held until the member's
 * reset completes, then answered; under {@code Ordering = "complete"} a held or ready command holds
 * every later command of its queue, under {@code "start"} none; a disable makes them ready, and
 * their answer is then an invalid group.
 */
class AvqDeviceHeldCommandsTest {
  private static AdminVqSystem system(
      AvqOptions.Ordering ordering, AvqOptions.DriverSync sync, AvqOptions.MemberResetMode mode) {
    return new AdminVqSystem(AvqTestOptions.options(2, sync, mode).withOrdering(ordering), true);
  }

  private static AdminVqSystem system(AvqOptions.Ordering ordering) {
    return system(ordering, AvqOptions.DriverSync.VIRTIO13, AvqOptions.MemberResetMode.KEPT);
  }

  private static byte[] answer(AdminStatus status, StatusQualifier qualifier) {
    return AdminCmdCodec.encode(AdminResult.of(status, qualifier));
  }

  @Test
  void underCompleteAHeldCommandHoldsTheLaterOnesOfItsQueueUntilItIsAnswered() {
    AdminVqSystem s = system(AvqOptions.Ordering.COMPLETE);
    assertEquals(Optional.empty(), s.member(1).memberDriverFlr());
    int stop = submitted(s, Opcode.DEV_MODE_SET, 1, 0, true);
    int query = submitted(s, Opcode.LIST_QUERY, 0, 0, false);
    taken(s, stop);
    assertEquals(Set.of(stop), s.device().held());
    assertEquals(List.of(query), s.queues().avail(1), "the held command left the queue");
    assertTrue(s.device().deviceTake(1, query, false).isPresent(), "held: the query waits");
    assertEquals(Optional.empty(), s.device().deviceMemberResetDone(1));
    assertEquals(Set.of(stop), s.device().ready());
    assertTrue(s.device().deviceTake(1, query, false).isPresent(), "ready: the query waits");
    assertEquals(Optional.empty(), s.device().deviceAnswerHeld(stop, false));
    assertEquals(Set.of(), s.device().ready());
    assertArrayEquals(
        answer(AdminStatus.OK, StatusQualifier.Q_OK), s.queues().result(stop).orElseThrow());
    taken(s, query);
  }

  @Test
  void underStartAHeldCommandHoldsNothingButTheQueueIsStillTakenFromItsHead() {
    AdminVqSystem s = system(AvqOptions.Ordering.START);
    assertEquals(Optional.empty(), s.member(1).memberDriverFlr());
    int stop = submitted(s, Opcode.DEV_MODE_SET, 1, 0, true);
    int query = submitted(s, Opcode.LIST_QUERY, 0, 0, false);
    int stop2 = submitted(s, Opcode.DEV_MODE_SET, 2, 0, true);
    taken(s, stop);
    assertTrue(s.device().deviceTake(1, stop2, false).isPresent(), "not the queue's head");
    taken(s, query);
    assertEquals(Set.of(stop), s.device().held(), "still held for member 1's FLR");
  }

  @Test
  void onlyAReadyCommandIsAnswered() {
    AdminVqSystem s = system(AvqOptions.Ordering.COMPLETE);
    assertEquals(Optional.empty(), s.member(1).memberDriverFlr());
    int stop = submitted(s, Opcode.DEV_MODE_SET, 1, 0, true);
    assertEquals(
        Optional.of("command " + stop + " is not ready"),
        s.device().deviceAnswerHeld(stop, false).map(AvqRefusal::reason),
        "not taken yet");
    taken(s, stop);
    assertEquals(
        Optional.of("command " + stop + " is not ready"),
        s.device().deviceAnswerHeld(stop, false).map(AvqRefusal::reason),
        "held, the FLR still in progress");
  }

  @Test
  void aDisableMakesEveryHeldCommandReadyAndItsAnswerIsAnInvalidGroup() {
    AdminVqSystem s =
        system(
            AvqOptions.Ordering.COMPLETE,
            AvqOptions.DriverSync.NONE,
            AvqOptions.MemberResetMode.KEPT);
    assertEquals(Optional.empty(), s.member(1).memberDriverFlr());
    int stop = submitted(s, Opcode.DEV_MODE_SET, 1, 0, true);
    taken(s, stop);
    assertEquals(Optional.empty(), s.driver().driverSriovDisable());
    assertEquals(Set.of(), s.device().held());
    assertEquals(Set.of(stop), s.device().ready());
    assertEquals(Optional.empty(), s.device().deviceAnswerHeld(stop, false));
    assertArrayEquals(
        answer(AdminStatus.EINVAL, StatusQualifier.Q_INVALID_GROUP),
        s.queues().result(stop).orElseThrow());
  }

  @Test
  void onlyAnExistingMemberThatIsNotResettingIsResetOrFlred() {
    AdminVqSystem s = system(AvqOptions.Ordering.COMPLETE);
    assertEquals(Optional.empty(), s.member(1).memberDriverReset());
    assertTrue(s.member(1).memberDriverFlr().isPresent(), "member 1 is resetting");
    assertEquals(Optional.empty(), s.device().deviceMemberResetDone(1));
    assertEquals(Optional.empty(), s.driver().driverSriovDisable());
    assertTrue(s.member(1).memberDriverFlr().isPresent(), "VF Enable is clear: no member");
    assertEquals(Optional.empty(), s.driver().driverSriovEnable(1));
    assertEquals(Optional.empty(), s.member(1).memberDriverFlr());
    assertTrue(s.member(2).memberDriverReset().isPresent(), "NumVFs is 1: no member 2");
  }

  @Test
  void aResetDoneResumesAStoppedMemberOnlyUnderMemberResetModeActive() {
    for (AvqOptions.MemberResetMode mode : AvqOptions.MemberResetMode.values()) {
      AdminVqSystem s = system(AvqOptions.Ordering.COMPLETE, AvqOptions.DriverSync.NONE, mode);
      int stop = submitted(s, Opcode.DEV_MODE_SET, 1, 0, true);
      taken(s, stop);
      assertEquals(MemberMode.STOPPED, s.device().mode().get(1), mode + ": stopped");
      assertEquals(Optional.empty(), s.member(1).memberDriverReset());
      assertEquals(Optional.empty(), s.device().deviceMemberResetDone(1));
      assertEquals(
          mode == AvqOptions.MemberResetMode.KEPT ? MemberMode.STOPPED : MemberMode.ACTIVE,
          s.device().mode().get(1),
          mode.toString());
      assertEquals(0, s.device().parts().get(1), mode + ": parts cleared");
    }
  }
}
