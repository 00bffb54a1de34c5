package dev.admincvq.reference.adminvq;

import static dev.admincvq.reference.adminvq.AvqSteps.collected;
import static dev.admincvq.reference.adminvq.AvqSteps.completed;
import static dev.admincvq.reference.adminvq.AvqSteps.newest;
import static dev.admincvq.reference.adminvq.AvqSteps.taken;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.admincvq.reference.adminvq.wire.GroupType;
import dev.admincvq.reference.adminvq.wire.Opcode;
import dev.admincvq.reference.trace.TraceSink;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code AdminVq!DriverSubmitObj(c, q, op, o, k)} and the device parts object a DEV_PARTS_SET
 * names, as the owner driver keeps them: the ids and types the model names, and under {@code
 * ObjRules = "virtio14"} ({@code DriverObjRulesKept}) a DRIVER_CAP_SET first and reaped, an id
 * below its limit, one command at a time for an object (a DEV_PARTS_SET using it counts), CREATE
 * only for an id not created. Each rule is broken on its own, next to a submission that keeps it.
 */
class OwnerDriverObjectRulesTest {
  private static final String OBJ_RULE =
      "the resource object rules: DRIVER_CAP_SET first, an id below its limit, one command at a time, "
          + "CREATE only for an id not created, the others only for an object that exists";
  private static final String NO_PARTS_OBJECT =
      "no device parts object of type SET, or a resource object command for it is unreaped";

  /**
   * One VF, object ids 0 and 1, a limit of 2, the rules kept; when {@code prepared}, the driver has
   * read the capability, set the limit to 2 and created object 0 of type SET.
   */
  private static AdminVqSystem system(boolean prepared) {
    ObjectOptions objects =
        new ObjectOptions(
            ObjectOptions.defaultFor(AvqTestOptions.OPS14).selfOps(),
            2,
            2,
            ObjectOptions.ObjRules.VIRTIO14,
            ObjectOptions.UnsetCapLimit.ZERO);
    AvqOptions o =
        AvqTestOptions.options(
            1, AvqOptions.DriverSync.VIRTIO13, AvqOptions.SriovRuleScope.MEMBER_COMMANDS, objects);
    return new AdminVqSystem(o, true, prepared, TraceSink.NONE);
  }

  private static Optional<String> obj(AdminVqSystem s, Opcode op, int o, Optional<ObjKind> k) {
    return s.driver().driverSubmitObj(1, op, o, k).map(AvqRefusal::reason);
  }

  private static Optional<String> partsSet(AdminVqSystem s, int value) {
    return s.driver()
        .driverSubmit(1, GroupType.SRIOV, Opcode.DEV_PARTS_SET, 1, value, false)
        .map(AvqRefusal::reason);
  }

  private static void takenAndCollected(AdminVqSystem s, int c) {
    taken(s, c);
    collected(s, c);
  }

  @Test
  void onlyTheModelsIdsAndATypeOnlyWithCreateOrModifyAreSent() {
    AdminVqSystem s = system(true);
    String notNamed = "is not a resource object command the model names";
    assertEquals(
        Optional.of("RESOURCE_OBJ_QUERY for object 2 " + notNamed),
        obj(s, Opcode.RESOURCE_OBJ_QUERY, 2, Optional.empty()));
    assertEquals(
        Optional.of("RESOURCE_OBJ_QUERY for object -1 " + notNamed),
        obj(s, Opcode.RESOURCE_OBJ_QUERY, -1, Optional.empty()));
    assertEquals(
        Optional.of("DEVICE_CAP_GET for object 0 " + notNamed),
        obj(s, Opcode.DEVICE_CAP_GET, 0, Optional.empty()));
    String typed = "a type is supplied by CREATE and MODIFY only";
    assertEquals(
        Optional.of(typed), obj(s, Opcode.RESOURCE_OBJ_QUERY, 0, Optional.of(ObjKind.SET)));
    assertEquals(Optional.of(typed), obj(s, Opcode.RESOURCE_OBJ_CREATE, 1, Optional.empty()));
    assertEquals(0, s.queues().avail(1).size(), "nothing refused was placed");
    assertEquals(
        Optional.empty(),
        obj(s, Opcode.RESOURCE_OBJ_CREATE, 1, Optional.of(ObjKind.GET)),
        "the last id the model names");
  }

  @Test
  void oneCommandAtATimeForAnObjectAndNoneHoldsUpAnother() {
    AdminVqSystem s = system(true);
    assertEquals(Optional.empty(), obj(s, Opcode.RESOURCE_OBJ_QUERY, 0, Optional.empty()));
    int query = newest(s);
    assertEquals(
        Optional.of(OBJ_RULE),
        obj(s, Opcode.RESOURCE_OBJ_MODIFY, 0, Optional.of(ObjKind.SET)),
        "object 0's query is unreaped");
    assertEquals(
        Optional.empty(),
        obj(s, Opcode.RESOURCE_OBJ_CREATE, 1, Optional.of(ObjKind.GET)),
        "object 1 has nothing unreaped");
    takenAndCollected(s, query);
    assertEquals(Optional.empty(), obj(s, Opcode.RESOURCE_OBJ_MODIFY, 0, Optional.of(ObjKind.SET)));
  }

  @Test
  void anUnreapedDevPartsSetUsesItsObjectWhichIsNotDestroyedMeanwhile() {
    AdminVqSystem s = system(true);
    completed(s, Opcode.DEV_MODE_SET, 1, 0, true);
    assertEquals(Optional.empty(), partsSet(s, 0xFF), "the largest value a byte holds");
    assertEquals(Optional.of(OBJ_RULE), obj(s, Opcode.RESOURCE_OBJ_DESTROY, 0, Optional.empty()));
    takenAndCollected(s, newest(s));
    assertEquals(Optional.empty(), obj(s, Opcode.RESOURCE_OBJ_DESTROY, 0, Optional.empty()));
  }

  @Test
  void aDevPartsSetWaitsForItsObjectsCommandsButNotForAnotherObjects() {
    AdminVqSystem s = system(true);
    completed(s, Opcode.DEV_MODE_SET, 1, 0, true);
    assertEquals(Optional.empty(), obj(s, Opcode.RESOURCE_OBJ_QUERY, 0, Optional.empty()));
    int query = newest(s);
    assertEquals(Optional.of(NO_PARTS_OBJECT), partsSet(s, 7));
    takenAndCollected(s, query);
    assertEquals(Optional.empty(), obj(s, Opcode.RESOURCE_OBJ_CREATE, 1, Optional.of(ObjKind.GET)));
    assertEquals(Optional.empty(), partsSet(s, 7), "the create is for object 1");
  }

  @Test
  void aDevPartsSetNeedsAnObjectItBelievesOfTypeSet() {
    AdminVqSystem s = system(true);
    completed(s, Opcode.DEV_MODE_SET, 1, 0, true);
    assertEquals(Optional.empty(), obj(s, Opcode.RESOURCE_OBJ_DESTROY, 0, Optional.empty()));
    takenAndCollected(s, newest(s));
    assertEquals(Optional.of(NO_PARTS_OBJECT), partsSet(s, 7));
  }

  @Test
  void objectCommandsUseIdsBelowTheLimitSetAndWaitForAnUnreapedCapSet() {
    AdminVqSystem s = system(false);
    assertEquals(
        Optional.of(OBJ_RULE), obj(s, Opcode.RESOURCE_OBJ_CREATE, 0, Optional.of(ObjKind.GET)));
    assertEquals(Optional.empty(), s.driver().driverSubmitCap(1, Opcode.DEVICE_CAP_GET, 0));
    takenAndCollected(s, newest(s));
    assertEquals(Optional.empty(), s.driver().driverSubmitCap(1, Opcode.DRIVER_CAP_SET, 1));
    takenAndCollected(s, newest(s));
    assertEquals(
        Optional.of(OBJ_RULE),
        obj(s, Opcode.RESOURCE_OBJ_CREATE, 1, Optional.of(ObjKind.GET)),
        "id 1 is not below the limit 1");
    assertEquals(Optional.empty(), s.driver().driverSubmitCap(1, Opcode.DRIVER_CAP_SET, 2));
    assertEquals(
        Optional.of(OBJ_RULE),
        obj(s, Opcode.RESOURCE_OBJ_CREATE, 0, Optional.of(ObjKind.GET)),
        "a DRIVER_CAP_SET is unreaped");
    takenAndCollected(s, newest(s));
    assertEquals(Optional.empty(), obj(s, Opcode.RESOURCE_OBJ_CREATE, 1, Optional.of(ObjKind.GET)));
  }

  @Test
  void theSelfGroupsMemberIsZeroAndItsOtherCommandsHaveTheirOwnPaths() {
    AdminVqSystem s = system(true);
    assertEquals(
        Optional.of("the Self group's member id is 0"),
        s.driver()
            .driverSubmit(1, GroupType.SELF, Opcode.DEVICE_CAP_GET, 1, 0, false)
            .map(AvqRefusal::reason));
    assertEquals(
        Optional.of("DEVICE_CAP_GET is submitted by driverSubmitCap or driverSubmitObj"),
        s.driver()
            .driverSubmit(1, GroupType.SELF, Opcode.DEVICE_CAP_GET, 0, 0, false)
            .map(AvqRefusal::reason));
    assertEquals(0, s.queues().avail(1).size(), "nothing refused was placed");
  }
}
