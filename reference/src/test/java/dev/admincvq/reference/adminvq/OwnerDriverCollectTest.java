package dev.admincvq.reference.adminvq;

import static dev.admincvq.reference.adminvq.AvqSteps.submittedAndTaken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.reference.adminvq.wire.GroupType;
import dev.admincvq.reference.adminvq.wire.Opcode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code AdminVq!DriverCollect(c)}: the owner driver takes a used buffer back and learns from a
 * successful result what it may submit next (the list's state, a member's mode); until then it acts
 * on what it knew before.
 */
class OwnerDriverCollectTest {
  private static AdminVqSystem system(boolean listed) {
    return new AdminVqSystem(AvqTestOptions.options(1, AvqOptions.DriverSync.VIRTIO13), listed);
  }

  private static Optional<String> refusal(AdminVqSystem s, Opcode op, int member, boolean stop) {
    return s.driver().driverSubmit(1, GroupType.SRIOV, op, member, 0, stop).map(AvqRefusal::reason);
  }

  /** The refusal of a DEV_PARTS_SET writing {@code value}, if refused. */
  private static Optional<String> partsRefusal(AdminVqSystem s, int member, int value) {
    return s.driver()
        .driverSubmit(1, GroupType.SRIOV, Opcode.DEV_PARTS_SET, member, value, false)
        .map(AvqRefusal::reason);
  }

  @Test
  void aCommandNotUsedYetCannotBeCollected() {
    AdminVqSystem s = system(true);
    assertEquals(
        Optional.empty(),
        s.driver().driverSubmit(1, GroupType.SRIOV, Opcode.DEV_MODE_SET, 1, 0, true));
    int c = s.queues().avail(1).get(0);
    assertEquals(
        Optional.of("command " + c + " is not used"),
        s.driver().driverCollect(c).map(AvqRefusal::reason));
    assertEquals(
        Optional.of("command 99 is not used"),
        s.driver().driverCollect(99).map(AvqRefusal::reason));
  }

  @Test
  void theListIsUsableOnlyAfterAQueryAndAUseAreCollected() {
    AdminVqSystem s = system(false);
    int query = submittedAndTaken(s, Opcode.LIST_QUERY, 0, 0, false);
    assertTrue(
        refusal(s, Opcode.LIST_USE, 0, false).orElse("").startsWith("LIST_USE needs"),
        "the query's result is not collected yet");
    assertEquals(Optional.empty(), s.driver().driverCollect(query));
    assertFalse(s.queues().used().contains(query), "collected: taken back");

    int use = submittedAndTaken(s, Opcode.LIST_USE, 0, 0, false);
    assertTrue(
        refusal(s, Opcode.DEV_MODE_SET, 1, true).orElse("").startsWith("no successful LIST_USE"),
        "the use's result is not collected yet");
    assertEquals(Optional.empty(), s.driver().driverCollect(use));
    assertEquals(Optional.empty(), refusal(s, Opcode.DEV_MODE_SET, 1, true));
  }

  @Test
  void aCollectedStopMakesTheMemberKnownToBeStopped() {
    AdminVqSystem s = system(true);
    int stop = submittedAndTaken(s, Opcode.DEV_MODE_SET, 1, 0, true);
    assertEquals(Optional.empty(), s.driver().driverCollect(stop));
    assertEquals(
        Optional.empty(),
        partsRefusal(s, 1, 7),
        "the member is known to be stopped: its parts may be set");
    int parts = s.queues().avail(1).get(0);
    assertEquals(Optional.empty(), s.device().deviceTake(1, parts, false));
    assertEquals(Optional.empty(), s.driver().driverCollect(parts));

    int resume = submittedAndTaken(s, Opcode.DEV_MODE_SET, 1, 0, false);
    assertEquals(Optional.empty(), s.driver().driverCollect(resume));
    assertEquals(
        Optional.of("member 1 is not known to be stopped"),
        partsRefusal(s, 1, 7),
        "a collected resume makes it active again");
  }
}
