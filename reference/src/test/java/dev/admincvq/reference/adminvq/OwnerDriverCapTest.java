package dev.admincvq.reference.adminvq;

import static dev.admincvq.reference.adminvq.AvqSteps.collected;
import static dev.admincvq.reference.adminvq.AvqSteps.newest;
import static dev.admincvq.reference.adminvq.AvqSteps.taken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.reference.adminvq.wire.Opcode;
import dev.admincvq.reference.trace.TraceSink;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code AdminVq!DriverSubmitCap(c, q, op, l)}: the owner driver's capability commands for
 * VIRTIO_DEV_PARTS_CAP, each rule broken on its own, and under {@code ObjRules = "virtio14"} the
 * order {@code DriverCapRulesKept} asks for: DEVICE_CAP_GET first, then a DRIVER_CAP_SET only while
 * no object exists and nothing related is unreaped.
 */
class OwnerDriverCapTest {
  private static final String CAP_RULE =
      "DRIVER_CAP_SET before DEVICE_CAP_GET, or while objects exist or related commands are unreaped";

  private static AdminVqSystem system(ObjectOptions.ObjRules rules) {
    ObjectOptions objects =
        new ObjectOptions(
            ObjectOptions.defaultFor(AvqTestOptions.OPS14).selfOps(),
            2,
            2,
            rules,
            ObjectOptions.UnsetCapLimit.ZERO);
    AvqOptions o =
        AvqTestOptions.options(
            1, AvqOptions.DriverSync.VIRTIO13, AvqOptions.SriovRuleScope.MEMBER_COMMANDS, objects);
    return new AdminVqSystem(o, true, false, TraceSink.NONE);
  }

  private static Optional<String> cap(AdminVqSystem s, Opcode op, int l) {
    return s.driver().driverSubmitCap(1, op, l).map(AvqRefusal::reason);
  }

  /** The newest command on the queue, taken by the device and collected by the driver. */
  private static void takenAndCollected(AdminVqSystem s) {
    int c = newest(s);
    taken(s, c);
    collected(s, c);
  }

  @Test
  void onlyCapabilityCommandsWithTheirOwnLimitsAreSent() {
    AdminVqSystem s = system(ObjectOptions.ObjRules.NONE);
    assertEquals(
        Optional.of("RESOURCE_OBJ_CREATE is not a capability command"),
        cap(s, Opcode.RESOURCE_OBJ_CREATE, 0));
    assertEquals(
        Optional.of("limit 1 is not one DEVICE_CAP_GET sets"), cap(s, Opcode.DEVICE_CAP_GET, 1));
    assertEquals(
        Optional.of("limit -1 is not one DRIVER_CAP_SET sets"), cap(s, Opcode.DRIVER_CAP_SET, -1));
    assertEquals(
        Optional.of("limit 3 is not one DRIVER_CAP_SET sets"), cap(s, Opcode.DRIVER_CAP_SET, 3));
    assertTrue(s.queues().avail(1).isEmpty(), "nothing refused was placed");
    assertEquals(Optional.empty(), cap(s, Opcode.DRIVER_CAP_SET, 2), "the device's limit itself");
    assertEquals(Optional.empty(), cap(s, Opcode.DEVICE_CAP_GET, 0));
    assertEquals(2, s.queues().avail(1).size());
  }

  @Test
  void withoutTheRulesACapSetMayComeFirst() {
    AdminVqSystem s = system(ObjectOptions.ObjRules.NONE);
    assertFalse(s.driver().drvDevCap());
    assertEquals(Optional.empty(), cap(s, Opcode.DRIVER_CAP_SET, 0));
    assertEquals(Optional.empty(), cap(s, Opcode.DRIVER_CAP_SET, 1), "and while one is unreaped");
  }

  @Test
  void underTheRulesACapSetWaitsForACollectedCapGetAndForItsOwnPredecessor() {
    AdminVqSystem s = system(ObjectOptions.ObjRules.VIRTIO14);
    assertEquals(Optional.of(CAP_RULE), cap(s, Opcode.DRIVER_CAP_SET, 1));

    assertEquals(Optional.empty(), cap(s, Opcode.DEVICE_CAP_GET, 0));
    assertEquals(
        Optional.of(CAP_RULE), cap(s, Opcode.DRIVER_CAP_SET, 1), "the get is not collected yet");
    takenAndCollected(s);
    assertTrue(s.driver().drvDevCap());

    assertEquals(Optional.empty(), cap(s, Opcode.DRIVER_CAP_SET, 1));
    assertEquals(
        Optional.of(CAP_RULE), cap(s, Opcode.DRIVER_CAP_SET, 2), "the first set is unreaped");
    takenAndCollected(s);
    assertEquals(Optional.empty(), cap(s, Opcode.DRIVER_CAP_SET, 2));
  }

  @Test
  void underTheRulesNoCapSetWhileAnObjectExists() {
    AdminVqSystem s = system(ObjectOptions.ObjRules.VIRTIO14);
    assertEquals(Optional.empty(), cap(s, Opcode.DEVICE_CAP_GET, 0));
    takenAndCollected(s);
    assertEquals(Optional.empty(), cap(s, Opcode.DRIVER_CAP_SET, 2));
    takenAndCollected(s);
    assertEquals(
        Optional.empty(),
        s.driver().driverSubmitObj(1, Opcode.RESOURCE_OBJ_CREATE, 0, Optional.of(ObjKind.GET)));
    assertEquals(Optional.of(CAP_RULE), cap(s, Opcode.DRIVER_CAP_SET, 1), "the create is unreaped");
    takenAndCollected(s);
    assertEquals(Optional.of(CAP_RULE), cap(s, Opcode.DRIVER_CAP_SET, 1), "the object exists");
  }
}
