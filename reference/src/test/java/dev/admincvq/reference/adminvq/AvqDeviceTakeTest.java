package dev.admincvq.reference.adminvq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.reference.adminvq.wire.AdminCmdCodec;
import dev.admincvq.reference.adminvq.wire.AdminResult;
import dev.admincvq.reference.adminvq.wire.AdminStatus;
import dev.admincvq.reference.adminvq.wire.GroupType;
import dev.admincvq.reference.adminvq.wire.Opcode;
import dev.admincvq.reference.adminvq.wire.StatusQualifier;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code AdminVq!DeviceTake(q, c)}: which command the device may take (the head of an existing
 * queue, commands completed in order), and its answer to bytes that are no command.
 */
class AvqDeviceTakeTest {
  private static AdminVqSystem system() {
    return new AdminVqSystem(AvqTestOptions.options(1, AvqOptions.DriverSync.NONE), true);
  }

  private static void placed(AdminVqSystem s, Opcode op, int member, boolean stop) {
    assertEquals(
        Optional.empty(), s.driver().driverSubmit(1, GroupType.SRIOV, op, member, 0, stop));
  }

  @Test
  void onlyTheHeadOfAnExistingQueueIsTaken() {
    AdminVqSystem s = system();
    placed(s, Opcode.DEV_MODE_SET, 1, true);
    placed(s, Opcode.LIST_QUERY, 0, false);
    List<Integer> avail = s.queues().avail(1);
    int head = avail.get(0);
    int second = avail.get(1);
    for (int q : new int[] {0, 2}) {
      assertEquals(
          Optional.of("command " + head + " is not takeable from queue " + q),
          s.device().deviceTake(q, head, false).map(AvqRefusal::reason));
    }
    assertTrue(s.device().deviceTake(1, second, false).isPresent(), "not the queue's head");
    assertEquals(avail, s.queues().avail(1), "a refused take leaves the queue as it was");
    assertEquals(Optional.empty(), s.device().deviceTake(1, head, false));
    assertEquals(List.of(second), s.queues().avail(1));
  }

  @Test
  void bytesThatAreNoCommandAreAnsweredInvalidFieldAndNeverTryAgain() {
    AdminVqSystem s = system();
    s.queues().place(50, 1, new byte[] {1, 2, 3});
    assertEquals(
        Optional.of("EAGAIN only instead of a success"),
        s.device().deviceTake(1, 50, true).map(AvqRefusal::reason));
    assertEquals(List.of(50), s.queues().avail(1), "not taken");

    assertEquals(Optional.empty(), s.device().deviceTake(1, 50, false));
    assertArrayEquals(
        AdminCmdCodec.encode(AdminResult.of(AdminStatus.EINVAL, StatusQualifier.Q_INVALID_FIELD)),
        s.queues().result(50).orElseThrow());
    assertEquals(List.of(), s.queues().avail(1));
  }
}
