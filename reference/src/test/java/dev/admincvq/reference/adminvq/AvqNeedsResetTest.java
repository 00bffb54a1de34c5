package dev.admincvq.reference.adminvq;

import static dev.admincvq.reference.adminvq.AvqSteps.submitted;
import static dev.admincvq.reference.adminvq.AvqSteps.taken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.reference.adminvq.wire.GroupType;
import dev.admincvq.reference.adminvq.wire.Opcode;
import dev.admincvq.reference.trace.NdjsonTraceSink;
import dev.admincvq.reference.trace.TraceSink;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code AdminVq!DeviceNeedsReset} and {@code AdminVq!DriverRecover}: once the owner device sets
 * DEVICE_NEEDS_RESET, the owner driver places no command on any path ({@code DriverMaySubmit})
 * until it has seen the bit and reset the device; that recovery is the owner reset ({@code
 * DriverResetDevice}'s effect), traced as {@code DriverRecover}, and it also drops the commands the
 * device holds for a member's FLR or has made ready to answer.
 */
class AvqNeedsResetTest {
  private static AdminVqSystem system(int maxVfs, TraceSink trace) {
    return new AdminVqSystem(
        AvqTestOptions.options(maxVfs, AvqOptions.DriverSync.VIRTIO13), true, true, trace);
  }

  @Test
  void theDeviceSetsTheBitOnceAndTheDriverRecoversOnlyWhileItIsSet() {
    AdminVqSystem s = system(1, TraceSink.NONE);
    assertEquals(
        Optional.of("DEVICE_NEEDS_RESET is clear"),
        s.driver().driverRecover().map(AvqRefusal::reason));
    assertEquals(Optional.empty(), s.device().deviceNeedsReset());
    assertTrue(s.device().needsReset());
    assertEquals(
        Optional.of("DEVICE_NEEDS_RESET is already set"),
        s.device().deviceNeedsReset().map(AvqRefusal::reason));
    assertEquals(Optional.empty(), s.driver().driverRecover());
    assertFalse(s.device().needsReset(), "the owner reset clears DEVICE_NEEDS_RESET");
  }

  @Test
  void whileTheBitIsSetTheDriverPlacesNoCommandOnAnyPath() {
    AdminVqSystem s = system(1, TraceSink.NONE);
    assertEquals(Optional.empty(), s.device().deviceNeedsReset());
    String reason = "DEVICE_NEEDS_RESET is set";
    assertEquals(
        Optional.of(reason),
        s.driver()
            .driverSubmit(1, GroupType.SRIOV, Opcode.DEV_MODE_SET, 1, 0, true)
            .map(AvqRefusal::reason));
    assertEquals(
        Optional.of(reason),
        s.driver().driverSubmitCap(1, Opcode.DEVICE_CAP_GET, 0).map(AvqRefusal::reason));
    assertEquals(
        Optional.of(reason),
        s.driver()
            .driverSubmitObj(1, Opcode.RESOURCE_OBJ_QUERY, 0, Optional.empty())
            .map(AvqRefusal::reason));
    assertEquals(List.of(), s.queues().avail(1), "nothing placed");
    assertEquals(Set.of(), s.driver().drvOut());
  }

  @Test
  void theRecoveryGivesUpEveryCommandAndTheDeviceDropsWhatItHeldOrMadeReady() throws IOException {
    StringWriter out = new StringWriter();
    AdminVqSystem s;
    try (NdjsonTraceSink sink = new NdjsonTraceSink(out)) {
      s =
          new AdminVqSystem(
              AvqTestOptions.options(2, AvqOptions.DriverSync.VIRTIO13)
                  .withOrdering(AvqOptions.Ordering.ANY),
              true,
              true,
              sink);
      assertEquals(Optional.empty(), s.member(1).memberDriverFlr());
      assertEquals(Optional.empty(), s.member(2).memberDriverFlr());
      int stop1 = submitted(s, Opcode.DEV_MODE_SET, 1, 0, true);
      int stop2 = submitted(s, Opcode.DEV_MODE_SET, 2, 0, true);
      taken(s, stop1);
      taken(s, stop2);
      assertEquals(Optional.empty(), s.device().deviceMemberResetDone(1));
      assertEquals(Set.of(stop1), s.device().ready(), "member 1's FLR done: its stop is ready");
      assertEquals(Set.of(stop2), s.device().held(), "member 2's FLR goes on: its stop is held");
      int query = submitted(s, Opcode.LIST_QUERY, 0, 0, false);
      assertEquals(Optional.empty(), s.device().deviceNeedsReset());
      assertEquals(Optional.empty(), s.driver().driverRecover());

      assertEquals(Set.of(), s.device().ready());
      assertEquals(Set.of(), s.device().held());
      assertEquals(List.of(), s.queues().avail(1));
      assertEquals(Set.of(), s.driver().drvOut());
      assertEquals(Set.of(stop1, stop2, query), s.history().givenUp());
      assertEquals(
          Set.of(stop1, stop2, query),
          s.history().abandoned(),
          "none of them was completed: each is abandoned");
      assertEquals(ListState.NONE, s.driver().drvList(GroupType.SRIOV));
      assertEquals(Optional.empty(), s.driver().drvMode(1), "its stop was given up: mode unknown");
      assertTrue(s.driver().drvObjs().isEmpty());
      assertTrue(s.driver().drvCap().isEmpty());
    }
    List<String> events = out.toString().lines().toList();
    assertEquals(
        "{\"seq\":9,\"action\":\"DeviceNeedsReset\"}", events.get(events.size() - 2), "the bit");
    assertEquals(
        "{\"seq\":10,\"action\":\"DriverRecover\",\"givenUp\":[1,2,3]}",
        events.get(events.size() - 1),
        "the recovery, with the commands it gave up");
  }
}
