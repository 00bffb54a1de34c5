package dev.admincvq.reference.adminvq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.reference.adminvq.wire.GroupType;
import dev.admincvq.reference.adminvq.wire.Opcode;
import dev.admincvq.reference.trace.NdjsonTraceSink;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each step of {@code reference/adminvq} is one trace event named as its AdminVq action; refusals
 * none.
 */
class AvqTraceTest {
  private static final AvqOptions OPTIONS =
      AvqTestOptions.options(1, AvqOptions.DriverSync.VIRTIO13);

  @Test
  void aStopHeldByAnFlrIsTracedStepByStepAndARefusalIsNot() throws IOException {
    StringWriter out = new StringWriter();
    try (NdjsonTraceSink sink = new NdjsonTraceSink(out)) {
      AdminVqSystem s = new AdminVqSystem(OPTIONS, true, sink);
      assertTrue(
          s.driver().driverSubmit(1, GroupType.SRIOV, Opcode.DEV_MODE_SET, 1, 0, true).isEmpty());
      assertTrue(s.member(1).memberDriverFlr().isEmpty());
      assertTrue(s.member(1).memberDriverReset().isPresent(), "an FLR is in progress");
      assertTrue(s.device().deviceTake(1, 1, false).isEmpty());
      assertTrue(s.device().deviceMemberResetDone(1).isEmpty());
      assertTrue(s.device().deviceAnswerHeld(1, false).isEmpty());
      assertTrue(s.driver().driverCollect(1).isEmpty());
      assertTrue(s.driver().driverResetDevice().isEmpty());
    }
    assertEquals(
        List.of(
            "{\"seq\":1,\"action\":\"DriverSubmit\",\"c\":1,\"q\":1,\"g\":\"sriov\",\"op\":\"DEV_MODE_SET\",\"n\":1,\"v\":0,\"stop\":true}",
            "{\"seq\":2,\"action\":\"MemberDriverFlr\",\"n\":1}",
            "{\"seq\":3,\"action\":\"DeviceTake\",\"q\":1,\"c\":1,\"held\":true,\"status\":\"none\",\"qual\":\"none\"}",
            "{\"seq\":4,\"action\":\"DeviceMemberResetDone\",\"n\":1,\"released\":[1]}",
            "{\"seq\":5,\"action\":\"DeviceAnswerHeld\",\"c\":1,\"status\":\"OK\",\"qual\":\"Q_OK\"}",
            "{\"seq\":6,\"action\":\"DriverCollect\",\"c\":1,\"status\":\"OK\",\"qual\":\"Q_OK\"}",
            "{\"seq\":7,\"action\":\"DriverResetDevice\",\"givenUp\":[]}"),
        out.toString().lines().toList());
  }

  @Test
  void theOwnerDriversOtherStepsAreTracedWithTheSpecsParameters() throws IOException {
    StringWriter out = new StringWriter();
    try (NdjsonTraceSink sink = new NdjsonTraceSink(out)) {
      AdminVqSystem s = new AdminVqSystem(OPTIONS, true, true, sink);
      assertTrue(s.driver().driverSubmitCap(1, Opcode.DEVICE_CAP_GET, 0).isEmpty());
      assertTrue(
          s.driver()
              .driverSubmitObj(1, Opcode.RESOURCE_OBJ_QUERY, 0, java.util.Optional.empty())
              .isEmpty());
      assertTrue(s.driver().driverSriovDisable().isEmpty());
      assertTrue(s.driver().driverSriovEnable(1).isEmpty());
      assertTrue(s.device().deviceNeedsReset().isEmpty());
      assertTrue(s.driver().driverRecover().isEmpty());
    }
    assertEquals(
        List.of(
            "{\"seq\":1,\"action\":\"DriverSubmitCap\",\"c\":1,\"q\":1,\"op\":\"DEVICE_CAP_GET\",\"l\":0}",
            "{\"seq\":2,\"action\":\"DriverSubmitObj\",\"c\":2,\"q\":1,\"op\":\"RESOURCE_OBJ_QUERY\",\"o\":0,\"k\":\"none\"}",
            "{\"seq\":3,\"action\":\"DriverSriovDisable\"}",
            "{\"seq\":4,\"action\":\"DriverSriovEnable\",\"k\":1}",
            "{\"seq\":5,\"action\":\"DeviceNeedsReset\"}",
            "{\"seq\":6,\"action\":\"DriverRecover\",\"givenUp\":[1,2]}"),
        out.toString().lines().toList());
  }

  @Test
  void theHeaderNamesTheConstantsAsTheSpecDoes() {
    assertEquals(
        "{\"seq\":0,\"action\":\"Init\",\"MaxVFs\":1,\"NumAq\":1,\"DeviceGroups\":[\"self\",\"sriov\"],"
            + "\"SriovOps\":[\"DEV_MODE_SET\",\"DEV_PARTS_SET\",\"LIST_QUERY\",\"LIST_USE\"],\"DriverSync\":\"virtio13\","
            + "\"Ordering\":\"complete\",\"SriovRuleScope\":\"memberCommands\",\"UsedListOnVfDisable\":\"kept\","
            + "\"MemberResetMode\":\"kept\",\"TryAgain\":false,"
            + "\"SelfOps\":[\"CAP_ID_LIST_QUERY\",\"DEVICE_CAP_GET\",\"DRIVER_CAP_SET\",\"LIST_QUERY\",\"LIST_USE\","
            + "\"RESOURCE_OBJ_CREATE\",\"RESOURCE_OBJ_DESTROY\",\"RESOURCE_OBJ_MODIFY\",\"RESOURCE_OBJ_QUERY\"],"
            + "\"ObjId\":[0],\"PartsObjLimit\":1,\"ObjRules\":\"virtio14\",\"UnsetCapLimit\":\"zero\","
            + "\"Listed\":true,\"Prepared\":true}",
        AvqTrace.headerLine(OPTIONS, true));
  }
}
