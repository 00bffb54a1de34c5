package dev.admincvq.reference.adminvq;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.admincvq.reference.adminvq.wire.GroupType;
import dev.admincvq.reference.adminvq.wire.Opcode;
import java.util.Optional;

/**
 * The steps the admin virtqueue's tests take on queue 1 of a system, each asserted to be taken (not
 * refused): the owner driver submits an SR-IOV group command, the device takes a command, the
 * driver collects it.
 */
final class AvqSteps {
  private AvqSteps() {}

  /** The owner driver submits {@code op} to {@code member} writing {@code value}; its id. */
  static int submitted(AdminVqSystem s, Opcode op, int member, int value, boolean stop) {
    assertEquals(
        Optional.empty(),
        s.driver().driverSubmit(1, GroupType.SRIOV, op, member, value, stop),
        op + " to member " + member + " submitted");
    return newest(s);
  }

  /** The newest command on queue 1's available ring. */
  static int newest(AdminVqSystem s) {
    return s.queues().avail(1).get(s.queues().avail(1).size() - 1);
  }

  /** The device takes command {@code c} from queue 1. */
  static void taken(AdminVqSystem s, int c) {
    assertEquals(Optional.empty(), s.device().deviceTake(1, c, false), c + " taken");
  }

  /** The owner driver collects command {@code c}. */
  static void collected(AdminVqSystem s, int c) {
    assertEquals(Optional.empty(), s.driver().driverCollect(c), c + " collected");
  }

  /** Submitted and taken; its id. */
  static int submittedAndTaken(AdminVqSystem s, Opcode op, int member, int value, boolean stop) {
    int c = submitted(s, op, member, value, stop);
    taken(s, c);
    return c;
  }

  /** Submitted, taken and collected; its id. */
  static int completed(AdminVqSystem s, Opcode op, int member, int value, boolean stop) {
    int c = submittedAndTaken(s, op, member, value, stop);
    collected(s, c);
    return c;
  }
}
