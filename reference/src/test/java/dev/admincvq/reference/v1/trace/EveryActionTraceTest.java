package dev.admincvq.reference.v1.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.admincvq.reference.v1.CmdId;
import dev.admincvq.reference.v1.DeviceCheck;
import dev.admincvq.reference.v1.DriverSync;
import dev.admincvq.reference.v1.Machine;
import dev.admincvq.reference.v1.Outcome;
import dev.admincvq.reference.v1.Settings;
import dev.admincvq.reference.v1.SpecAction;
import dev.admincvq.reference.v1.wire.CtrlCommand;
import dev.admincvq.reference.v1.wire.Mac;
import dev.admincvq.reference.v1.wire.RxFlag;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.NonNull;
import org.junit.jupiter.api.Test;

/**
 * A behaviour that takes each of the ten spec actions at least once, traced: every step is one
 * line, named as its action, with exactly the fields TRACE-MAPPING-v1.md lists; a sink that is off is
 * never handed an event.
 */
class EveryActionTraceTest {

  private static final Mac OTHER = new Mac(0x0A_1B_2C_3D_4E_5FL);

  private static <T extends @NonNull Object> T done(Outcome<T> o) {
    assertTrue(o.taken(), o::toString);
    return o.value().orElseThrow();
  }

  /** Trust VF 1, its own CVQ sets PROMISC, a set-MAC is left queued, the VF needs a reset, ... */
  private static void everyAction(Machine m) {
    CmdId grant = done(m.driver().submitAdmin(1, new CtrlCommand.SetTrust(true)));
    done(m.device().fetch(grant));
    done(m.device().process(grant));
    done(m.driver().collect(grant));
    CmdId promisc = done(m.driver().submitVf(1, new CtrlCommand.SetRxMode(RxFlag.PROMISC, true)));
    done(m.device().processVf(1));
    CmdId queued = done(m.driver().submitVf(1, new CtrlCommand.SetMac(Mac.fromSpec(2))));
    done(m.device().needReset(1));
    assertEquals(ImmutableList.of(queued), done(m.driver().resetVf(1)));
    done(m.driver().collect(promisc));
    CmdId pf = done(m.driver().submitAdmin(0, new CtrlCommand.SetMac(OTHER)));
    CmdId allmulti = done(m.driver().submitAdmin(1, new CtrlCommand.SetRxMode(RxFlag.ALLMULTI, false)));
    done(m.driver().sriovDisable());
    done(m.driver().sriovEnable());
    done(m.device().fetch(pf));
    done(m.device().process(pf));
    done(m.driver().collect(pf));
    done(m.device().fetch(allmulti));
    done(m.device().process(allmulti));
  }

  private static Settings settings() {
    return new Settings(1, DriverSync.BARRIER, DeviceCheck.INCARNATION, true);
  }

  @Test
  void eachOfTheTenActionsIsTracedWithItsFields() throws IOException {
    StringWriter out = new StringWriter();
    try (NdjsonTraceSink sink = new NdjsonTraceSink(out)) {
      everyAction(new Machine(settings(), sink));
      assertEquals(19, sink.events());
      assertTrue(sink.failure().isEmpty());
    }
    List<String> lines = out.toString().lines().toList();
    assertEquals(
        List.of(
            "{\"seq\":1,\"action\":\"DriverSubmitAdmin\",\"c\":1,\"t\":1,\"op\":\"setTrust\",\"arg\":true,\"inc\":1}",
            "{\"seq\":2,\"action\":\"DeviceFetch\",\"c\":1}",
            "{\"seq\":3,\"action\":\"DeviceProcess\",\"c\":1,\"t\":1,\"status\":\"OK\",\"gone\":false,"
                + "\"applied\":true,\"onInc\":1}",
            "{\"seq\":4,\"action\":\"DriverCollect\",\"c\":1,\"t\":1,\"chan\":\"admin\",\"status\":\"OK\","
                + "\"preBarrier\":false,\"drvMac\":0}",
            "{\"seq\":5,\"action\":\"DriverSubmitVf\",\"c\":2,\"v\":1,\"op\":\"setRxMode\",\"arg\":\"promisc=on\",\"inc\":1}",
            "{\"seq\":6,\"action\":\"DeviceProcessVf\",\"v\":1,\"c\":2,\"status\":\"OK\",\"gone\":false,\"applied\":true}",
            "{\"seq\":7,\"action\":\"DriverSubmitVf\",\"c\":3,\"v\":1,\"op\":\"setMac\",\"arg\":2,\"inc\":1}",
            "{\"seq\":8,\"action\":\"VfNeedsReset\",\"v\":1}",
            "{\"seq\":9,\"action\":\"DriverResetVf\",\"v\":1,\"inc\":2,\"flushed\":[3],\"preBarrier\":[2,3]}",
            "{\"seq\":10,\"action\":\"DriverCollect\",\"c\":2,\"t\":1,\"chan\":\"vf\",\"status\":\"OK\","
                + "\"preBarrier\":true,\"drvMac\":0}",
            "{\"seq\":11,\"action\":\"DriverSubmitAdmin\",\"c\":4,\"t\":0,\"op\":\"setMac\","
                + "\"arg\":\"0a:1b:2c:3d:4e:5f\",\"inc\":0}",
            "{\"seq\":12,\"action\":\"DriverSubmitAdmin\",\"c\":5,\"t\":1,\"op\":\"setRxMode\","
                + "\"arg\":\"allmulti=off\",\"inc\":2}",
            "{\"seq\":13,\"action\":\"SriovDisable\",\"flushed\":[],\"preBarrier\":[5]}",
            "{\"seq\":14,\"action\":\"SriovEnable\",\"inc\":[3]}",
            "{\"seq\":15,\"action\":\"DeviceFetch\",\"c\":4}",
            "{\"seq\":16,\"action\":\"DeviceProcess\",\"c\":4,\"t\":0,\"status\":\"OK\",\"gone\":false,"
                + "\"applied\":true,\"onInc\":0}",
            "{\"seq\":17,\"action\":\"DriverCollect\",\"c\":4,\"t\":0,\"chan\":\"admin\",\"status\":\"OK\","
                + "\"preBarrier\":false,\"drvMac\":\"0a:1b:2c:3d:4e:5f\"}",
            "{\"seq\":18,\"action\":\"DeviceFetch\",\"c\":5}",
            "{\"seq\":19,\"action\":\"DeviceProcess\",\"c\":5,\"t\":1,\"status\":\"ERR\",\"gone\":true,"
                + "\"applied\":false,\"onInc\":3}"),
        lines);
  }

  @Test
  void aSinkThatIsOffIsHandedNoEventForAnyAction() {
    List<TraceEvent> handed = new ArrayList<>();
    TraceSink off =
        new TraceSink() {
          @Override
          public boolean enabled() {
            return false;
          }

          @Override
          public void emit(TraceEvent event) {
            handed.add(event);
          }
        };
    everyAction(new Machine(settings(), off));
    assertEquals(List.of(), handed);
  }

  @Test
  void theSinkThatIsOffIgnoresAnEventHandedToItAnyway() {
    assertFalse(TraceSink.NONE.enabled());
    TraceSink.NONE.emit(TraceEvent.of(SpecAction.SRIOV_ENABLE).build());
    assertFalse(TraceSink.NONE.enabled());
  }

  @Test
  void fieldNamesAreDistinctAndNeverSeqOrAction() {
    TraceEvent.Builder b = TraceEvent.of(SpecAction.DEVICE_FETCH).put("c", 1);
    assertThrows(IllegalArgumentException.class, () -> b.put("c", 2));
    assertThrows(IllegalArgumentException.class, () -> b.put("seq", 2));
    assertThrows(IllegalArgumentException.class, () -> b.put("action", "x"));
    assertEquals("{\"seq\":9,\"action\":\"DeviceFetch\",\"c\":1}", b.build().toJson(9));
  }

  @Test
  void jsonValuesPrintAsJson() {
    assertEquals("-5", json(new JsonValue.Num(-5)));
    assertEquals("false", json(new JsonValue.Bool(false)));
    assertEquals("[]", json(new JsonValue.Arr(ImmutableList.of())));
    assertEquals(
        "[1,\"a\",true]",
        json(new JsonValue.Arr(ImmutableList.of(new JsonValue.Num(1), new JsonValue.Str("a"), new JsonValue.Bool(true)))));
    assertEquals("\"\\r\\t\\u001f \\u0000~\"", json(new JsonValue.Str("\r\t\u001f \u0000~")));
  }

  private static String json(JsonValue v) {
    StringBuilder b = new StringBuilder();
    v.appendTo(b);
    return b.toString();
  }

  @Test
  void specValuesOfMacsAndArguments() {
    assertEquals(new JsonValue.Num(0), SpecValues.mac(Mac.DEFAULT));
    assertEquals(new JsonValue.Str("0a:1b:2c:3d:4e:5f"), SpecValues.mac(OTHER));
    assertEquals(new JsonValue.Num(2), SpecValues.arg(new CtrlCommand.SetMac(Mac.fromSpec(2))));
    assertEquals(new JsonValue.Bool(false), SpecValues.arg(new CtrlCommand.SetTrust(false)));
    assertEquals(new JsonValue.Str("promisc=off"), SpecValues.arg(new CtrlCommand.SetRxMode(RxFlag.PROMISC, false)));
    assertEquals(new JsonValue.Str("allmulti=on"), SpecValues.arg(new CtrlCommand.SetRxMode(RxFlag.ALLMULTI, true)));
  }

  @Test
  void withoutBarrierTheDestroyingActionsTraceAnEmptyPreBarrierList() throws IOException {
    for (DriverSync sync : new DriverSync[] {DriverSync.NONE, DriverSync.DRAIN}) {
      StringWriter out = new StringWriter();
      try (NdjsonTraceSink sink = new NdjsonTraceSink(out)) {
        Machine m = new Machine(new Settings(1, sync, DeviceCheck.INCARNATION, true), sink);
        done(m.device().needReset(1));
        done(m.driver().resetVf(1));
        done(m.driver().sriovDisable());
      }
      assertEquals(
          List.of(
              "{\"seq\":1,\"action\":\"VfNeedsReset\",\"v\":1}",
              "{\"seq\":2,\"action\":\"DriverResetVf\",\"v\":1,\"inc\":2,\"flushed\":[],\"preBarrier\":[]}",
              "{\"seq\":3,\"action\":\"SriovDisable\",\"flushed\":[],\"preBarrier\":[]}"),
          out.toString().lines().toList(),
          sync.specName());
    }
  }

  @Test
  void closingTheSinkFlushesThenClosesItsWriter() throws IOException {
    List<String> calls = new ArrayList<>();
    java.io.Writer recording =
        new java.io.Writer() {
          @Override
          public void write(char[] buf, int off, int len) {
            calls.add("write");
          }

          @Override
          public void flush() {
            calls.add("flush");
          }

          @Override
          public void close() {
            calls.add("close");
          }
        };
    NdjsonTraceSink sink = new NdjsonTraceSink(recording);
    sink.close();
    assertEquals(List.of("flush", "close"), calls);
  }
}
