package dev.admincvq.reference.adminvq;

import static dev.admincvq.reference.adminvq.AvqSteps.submitted;
import static dev.admincvq.reference.adminvq.AvqSteps.taken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.reference.adminvq.wire.GroupType;
import dev.admincvq.reference.adminvq.wire.Opcode;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code AdminVq!DriverResetDevice}: the owner driver resets the owner device with commands
 * outstanding. It gives them all up ({@code givenUp}); those the device had not completed are
 * abandoned ({@code abandoned}); it forgets the lists, its objects and its limit, and a member's
 * mode it had a DEV_MODE_SET pending for becomes unknown while the others stay as it knew them.
 */
class OwnerDriverResetDeviceTest {
  @Test
  void aResetGivesUpEveryOutstandingCommandAndForgetsWhatThePendingOnesWouldHaveTold() {
    AdminVqSystem s =
        new AdminVqSystem(AvqTestOptions.options(2, AvqOptions.DriverSync.VIRTIO13), true);
    for (int member : new int[] {1, 2}) {
      int stop = submitted(s, Opcode.DEV_MODE_SET, member, 0, true);
      taken(s, stop);
      assertEquals(Optional.empty(), s.driver().driverCollect(stop));
      assertEquals(Optional.of(MemberMode.STOPPED), s.driver().drvMode(member));
    }
    int query = submitted(s, Opcode.LIST_QUERY, 0, 0, false);
    taken(s, query);
    int resume = submitted(s, Opcode.DEV_MODE_SET, 2, 0, false);
    assertEquals(Set.of(query, resume), s.driver().drvOut());

    assertEquals(Optional.empty(), s.driver().driverResetDevice());
    assertEquals(Set.of(query, resume), s.history().givenUp());
    assertEquals(Set.of(resume), s.history().abandoned(), "the query was completed, not abandoned");
    assertEquals(Set.of(), s.driver().drvOut());
    assertTrue(s.queues().avail(1).isEmpty() && s.queues().used().isEmpty(), "the queues are gone");
    for (GroupType g : GroupType.values()) {
      assertEquals(ListState.NONE, s.driver().drvList(g), g + "");
    }
    assertEquals(Optional.of(MemberMode.STOPPED), s.driver().drvMode(1), "nothing was pending");
    assertEquals(Optional.empty(), s.driver().drvMode(2), "its resume may or may not have acted");
    assertEquals(OptionalInt.empty(), s.driver().drvCap());
    assertTrue(s.driver().drvObjs().isEmpty());
  }
}
