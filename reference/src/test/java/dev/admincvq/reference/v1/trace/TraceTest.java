package dev.admincvq.reference.v1.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.reference.v1.CmdId;
import dev.admincvq.reference.v1.DeviceCheck;
import dev.admincvq.reference.v1.DriverSync;
import dev.admincvq.reference.v1.Machine;
import dev.admincvq.reference.v1.Settings;
import dev.admincvq.reference.v1.SpecAction;
import dev.admincvq.reference.v1.wire.CtrlCommand;
import dev.admincvq.reference.v1.wire.Mac;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceTest {

  /** The thread's scenario, then the driver reaps the stale command. */
  private static void vfRecreatedBeforeProcess(Machine m) {
    CmdId c = m.driver().submitAdmin(1, new CtrlCommand.SetMac(Mac.fromSpec(1))).value().orElseThrow();
    assertTrue(m.device().fetch(c).taken());
    assertTrue(m.driver().sriovDisable().taken());
    assertTrue(m.driver().sriovEnable().taken());
    assertTrue(m.device().process(c).taken());
    assertTrue(m.driver().collect(c).taken());
  }

  @Test
  void ndjsonSinkWritesOneEventPerStepNamedAsTheSpecAction() throws IOException {
    StringWriter out = new StringWriter();
    try (NdjsonTraceSink sink = new NdjsonTraceSink(out)) {
      Machine m =
          new Machine(new Settings(1, DriverSync.BARRIER, DeviceCheck.INCARNATION, true), sink);
      vfRecreatedBeforeProcess(m);
      assertEquals(6, sink.events());
    }
    assertEquals(
        List.of(
            "{\"seq\":1,\"action\":\"DriverSubmitAdmin\",\"c\":1,\"t\":1,\"op\":\"setMac\",\"arg\":1,\"inc\":1}",
            "{\"seq\":2,\"action\":\"DeviceFetch\",\"c\":1}",
            "{\"seq\":3,\"action\":\"SriovDisable\",\"flushed\":[],\"preBarrier\":[1]}",
            "{\"seq\":4,\"action\":\"SriovEnable\",\"inc\":[2]}",
            "{\"seq\":5,\"action\":\"DeviceProcess\",\"c\":1,\"t\":1,\"status\":\"ERR\",\"gone\":true,"
                + "\"applied\":false,\"onInc\":2}",
            "{\"seq\":6,\"action\":\"DriverCollect\",\"c\":1,\"t\":1,\"chan\":\"admin\",\"status\":\"ERR\","
                + "\"preBarrier\":true,\"drvMac\":0}"),
        out.toString().lines().toList());
  }

  @Test
  void everyTraceEventNameIsASpecActionName() {
    for (SpecAction a : SpecAction.values()) {
      String json = TraceEvent.of(a).build().toJson(1);
      assertTrue(json.contains("\"action\":\"" + a.specName() + "\""), json);
      assertTrue(a.specName().matches("[A-Z][A-Za-z]+"), a.specName());
    }
  }

  @Test
  void sinkThatIsOffIsNeverHandedAnEvent() {
    TraceSink off =
        new TraceSink() {
          @Override
          public boolean enabled() {
            return false;
          }

          @Override
          public void emit(TraceEvent event) {
            throw new AssertionError("built an event for a sink that is off: " + event);
          }
        };
    vfRecreatedBeforeProcess(
        new Machine(new Settings(1, DriverSync.BARRIER, DeviceCheck.INCARNATION, true), off));
    assertFalse(TraceSink.NONE.enabled());
  }

  @Test
  void writeFailureIsKeptAndThrownFromCloseWithoutDisturbingTheMachine() {
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] buf, int off, int len) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    NdjsonTraceSink sink = new NdjsonTraceSink(broken);
    vfRecreatedBeforeProcess(
        new Machine(new Settings(1, DriverSync.BARRIER, DeviceCheck.INCARNATION, true), sink));
    assertTrue(sink.failure().isPresent());
    assertEquals(1, sink.events());
    IOException e = assertThrows(IOException.class, sink::close);
    assertEquals("disk full", e.getMessage());
  }

  @Test
  void stringsAreEscaped() {
    StringBuilder b = new StringBuilder();
    new JsonValue.Str("a\"b\\c\n\u0001").appendTo(b);
    assertEquals("\"a\\\"b\\\\c\\n\\u0001\"", b.toString());
  }
}
