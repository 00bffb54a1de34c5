package dev.admincvq.reference.adminvq;

import static dev.admincvq.reference.adminvq.AvqSteps.taken;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.reference.adminvq.wire.AdminCmdCodec;
import dev.admincvq.reference.adminvq.wire.AdminResult;
import dev.admincvq.reference.adminvq.wire.AdminStatus;
import dev.admincvq.reference.adminvq.wire.GroupType;
import dev.admincvq.reference.adminvq.wire.Opcode;
import dev.admincvq.reference.adminvq.wire.StatusQualifier;
import dev.admincvq.reference.trace.TraceSink;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Device parts resource objects and VIRTIO_DEV_PARTS_CAP on the wire: the statuses the resource
 * objects' and capabilities' sections name (EEXIST, ENXIO, ENOSPC, EBUSY), id reuse after destroy,
 * destruction by an owner reset, and the driver's rules that keep it from meeting them.
 */
class AvqResourceObjectsTest {

  private static AdminVqSystem system(
      ObjectOptions.ObjRules rules, ObjectOptions.UnsetCapLimit unset, boolean prepared) {
    ObjectOptions objects =
        new ObjectOptions(
            ObjectOptions.defaultFor(AvqTestOptions.OPS14).selfOps(), 2, 2, rules, unset);
    AvqOptions o =
        AvqTestOptions.options(
            1, AvqOptions.DriverSync.VIRTIO13, AvqOptions.SriovRuleScope.MEMBER_COMMANDS, objects);
    return new AdminVqSystem(o, true, prepared, TraceSink.NONE);
  }

  private static byte[] unqualified(AdminStatus status) {
    return AdminCmdCodec.encode(AdminResult.of(status, StatusQualifier.Q_INVALID_COMMAND));
  }

  @Test
  void aDestroyedIdIsCreatedAgainWithoutADeviceReset() {
    AdminVqSystem s =
        system(ObjectOptions.ObjRules.VIRTIO14, ObjectOptions.UnsetCapLimit.ZERO, true);
    assertEquals(
        Optional.empty(),
        s.driver().driverSubmitObj(1, Opcode.RESOURCE_OBJ_DESTROY, 0, Optional.empty()));
    taken(s, 1);
    s.driver().driverCollect(1);
    assertEquals(
        Optional.empty(),
        s.driver().driverSubmitObj(1, Opcode.RESOURCE_OBJ_CREATE, 0, Optional.of(ObjKind.GET)));
    taken(s, 2);
    assertEquals(ObjKind.GET, s.device().objs().get(0L));
    assertEquals(2, s.history().created(0));
  }

  @Test
  void aSecondCreateOfAnExistingIdIsEexistAndTheRuleKeepingDriverDoesNotSendIt() {
    AdminVqSystem broken =
        system(ObjectOptions.ObjRules.NONE, ObjectOptions.UnsetCapLimit.ZERO, true);
    broken.driver().driverSubmitObj(1, Opcode.RESOURCE_OBJ_CREATE, 0, Optional.of(ObjKind.GET));
    taken(broken, 1);
    assertArrayEquals(unqualified(AdminStatus.EEXIST), broken.queues().result(1).orElseThrow());
    assertEquals(ObjKind.SET, broken.device().objs().get(0L), "no side effect");
    AdminVqSystem kept =
        system(ObjectOptions.ObjRules.VIRTIO14, ObjectOptions.UnsetCapLimit.ZERO, true);
    assertTrue(
        kept.driver()
            .driverSubmitObj(1, Opcode.RESOURCE_OBJ_CREATE, 0, Optional.of(ObjKind.GET))
            .isPresent());
  }

  @Test
  void aQueryOfADestroyedObjectIsEnxio() {
    AdminVqSystem s = system(ObjectOptions.ObjRules.NONE, ObjectOptions.UnsetCapLimit.ZERO, true);
    s.driver().driverSubmitObj(1, Opcode.RESOURCE_OBJ_DESTROY, 0, Optional.empty());
    s.driver().driverSubmitObj(1, Opcode.RESOURCE_OBJ_QUERY, 0, Optional.empty());
    taken(s, 1);
    taken(s, 2);
    assertArrayEquals(unqualified(AdminStatus.ENXIO), s.queues().result(2).orElseThrow());
  }

  @Test
  void disablingTheCapabilityWhileAnObjectExistsIsEbusy() {
    AdminVqSystem s = system(ObjectOptions.ObjRules.NONE, ObjectOptions.UnsetCapLimit.ZERO, true);
    s.driver().driverSubmitCap(1, Opcode.DRIVER_CAP_SET, 0);
    taken(s, 1);
    assertArrayEquals(unqualified(AdminStatus.EBUSY), s.queues().result(1).orElseThrow());
    assertEquals(2, s.device().capLimit().getAsInt());
  }

  /** A CREATE of id 0, type SET, taken by the device at once: its result. */
  private static byte[] createdAtOnce(AdminVqSystem s) {
    s.driver().driverSubmitObj(1, Opcode.RESOURCE_OBJ_CREATE, 0, Optional.of(ObjKind.SET));
    taken(s, 1);
    return s.queues().result(1).orElseThrow();
  }

  @Test
  void aCreateBeforeDriverCapSetIsEnospcUnderZeroAndSucceedsUnderDevice() {
    AdminVqSystem zero =
        system(ObjectOptions.ObjRules.NONE, ObjectOptions.UnsetCapLimit.ZERO, false);
    assertArrayEquals(unqualified(AdminStatus.ENOSPC), createdAtOnce(zero));
    AdminVqSystem device =
        system(ObjectOptions.ObjRules.NONE, ObjectOptions.UnsetCapLimit.DEVICE, false);
    createdAtOnce(device);
    assertEquals(ObjKind.SET, device.device().objs().get(0L));
    AdminVqSystem kept =
        system(ObjectOptions.ObjRules.VIRTIO14, ObjectOptions.UnsetCapLimit.ZERO, false);
    assertTrue(
        kept.driver()
            .driverSubmitObj(1, Opcode.RESOURCE_OBJ_CREATE, 0, Optional.of(ObjKind.SET))
            .isPresent());
  }

  @Test
  void anOwnerResetDestroysEveryObjectAndResetsTheDriverCapability() {
    AdminVqSystem s =
        system(ObjectOptions.ObjRules.VIRTIO14, ObjectOptions.UnsetCapLimit.ZERO, true);
    s.driver().driverSubmitObj(1, Opcode.RESOURCE_OBJ_QUERY, 0, Optional.empty());
    assertEquals(Optional.empty(), s.driver().driverResetDevice());
    assertTrue(s.device().objs().isEmpty() && s.device().capLimit().isEmpty());
    assertTrue(s.driver().drvObjs().isEmpty() && s.driver().drvCap().isEmpty());
    assertTrue(
        s.driver().driverSubmit(1, GroupType.SRIOV, Opcode.DEV_PARTS_SET, 1, 1, false).isPresent(),
        "DEV_PARTS_SET names a device parts object of type SET, and none is left");
  }
}
