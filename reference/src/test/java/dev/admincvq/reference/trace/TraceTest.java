package dev.admincvq.reference.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.reference.CmdId;
import dev.admincvq.reference.DeviceCheck;
import dev.admincvq.reference.DriverSync;
import dev.admincvq.reference.Machine;
import dev.admincvq.reference.Options;
import dev.admincvq.reference.Outcome;
import dev.admincvq.reference.SpecAction;
import dev.admincvq.reference.wire.Command;
import dev.admincvq.reference.wire.Mac;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.checkerframework.checker.nullness.qual.NonNull;
import org.junit.jupiter.api.Test;

/** Every action emits one event named exactly as the spec's action, in step order. */
class TraceTest {

  private static <T extends @NonNull Object> T done(Outcome<T> o) {
    assertInstanceOf(Outcome.Done.class, o, o::toString);
    return o.value().orElseThrow();
  }

  /** A sink that keeps the events. */
  private static final class Recording implements TraceSink {
    final List<TraceEvent> events = new ArrayList<>();

    @Override
    public boolean enabled() {
      return true;
    }

    @Override
    public void emit(TraceEvent event) {
      events.add(event);
    }
  }

  @Test
  void eachOfTheElevenActionsIsTracedUnderItsSpecName() {
    Recording trace = new Recording();
    Options o =
        Options.of(1, DriverSync.BARRIER, DeviceCheck.WIRE_GEN).withVfResetKeepsConfig(false);
    Machine m = new Machine(o, trace);
    CmdId c = done(m.driver().driverSubmitAdmin(1, new Command.SetMac(Mac.fromSpec(1))));
    done(m.vfDriver(1).vfDriverSubmit(Mac.fromSpec(2)));
    done(m.device().deviceProcessVf(1));
    done(m.vfDriver(1).vfDriverReset());
    done(m.driver().driverLearnVfReset(1, 2));
    done(m.device().deviceFetch(c));
    done(m.device().deviceProcess(c));
    done(m.driver().driverCollect());
    done(m.device().deviceVfNeedsReset(1));
    done(m.driver().driverSriovDisable());
    done(m.driver().driverSriovEnable(1));
    List<String> names = trace.events.stream().map(TraceEvent::action).toList();
    assertEquals(
        List.of(
            "DriverSubmitAdmin",
            "VfDriverSubmit",
            "DeviceProcessVf",
            "VfDriverReset",
            "DriverLearnVfReset",
            "DeviceFetch",
            "DeviceProcess",
            "DriverCollect",
            "DeviceVfNeedsReset",
            "DriverSriovDisable",
            "DriverSriovEnable"),
        names);
    assertEquals(
        Arrays.stream(SpecAction.values()).map(SpecAction::specName).sorted().toList(),
        names.stream().sorted().toList());
    assertEquals(
        "{\"seq\":1,\"action\":\"DriverSubmitAdmin\",\"c\":1,\"t\":1,\"op\":\"setMac\",\"arg\":1,\"pos\":0,\"wgen\":1}",
        trace.events.get(0).toJson(1));
    assertEquals(
        "{\"seq\":7,\"action\":\"DeviceProcess\",\"c\":1,\"t\":1,\"ack\":\"ERR\",\"applied\":false,\"why\":\"member_generation 1, member 1 is generation 2\"}",
        trace.events.get(6).toJson(7));
  }

  @Test
  void aRefusedActionIsNotTraced() {
    Recording trace = new Recording();
    Machine m = new Machine(Options.of(1, DriverSync.DRAIN, DeviceCheck.IN_FLIGHT), trace);
    assertFalse(m.driver().driverCollect().taken());
    assertFalse(m.driver().driverSriovEnable(1).taken());
    assertEquals(List.of(), trace.events);
  }

  @Test
  void theOffSinkIsNeverAskedToEmit() {
    assertFalse(TraceSink.NONE.enabled());
    Machine m = new Machine(Options.of(1, DriverSync.NONE, DeviceCheck.NONE), TraceSink.NONE);
    assertTrue(m.driver().driverSubmitAdmin(0, new Command.SetMac(Mac.fromSpec(1))).taken());
  }

  @Test
  void theHeaderNamesEveryConstantAsTheSpecDoes() throws IOException {
    StringWriter out = new StringWriter();
    Options o =
        Options.of(2, DriverSync.BARRIER, DeviceCheck.WIRE_GEN).withVfResetKeepsConfig(false);
    try (NdjsonTraceSink sink = NdjsonTraceSink.withHeader(out, o)) {
      new Machine(o, sink).driver().driverSubmitAdmin(0, new Command.SetMac(Mac.fromSpec(1)));
      assertEquals(1, sink.events());
    }
    List<String> lines = out.toString().lines().toList();
    assertEquals(
        "{\"seq\":0,\"action\":\"Init\",\"MaxVFs\":2,\"DriverSync\":\"barrier\",\"DeviceCheck\":\"wireGen\",\"InOrder\":true,"
            + "\"NeedsResetDestroys\":true,\"VfResetKeepsConfig\":false,\"NumVFsFixed\":true,\"ResetNotice\":\"late\"}",
        lines.get(0));
    assertTrue(
        lines.get(1).startsWith("{\"seq\":1,\"action\":\"DriverSubmitAdmin\""), lines.get(1));
  }

  @Test
  void aWriteFailureStopsTheSinkAndIsThrownOnClose() {
    Writer failing =
        new Writer() {
          @Override
          public void write(char[] cbuf, int off, int len) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    NdjsonTraceSink sink = new NdjsonTraceSink(failing);
    new Machine(Options.of(1, DriverSync.NONE, DeviceCheck.NONE), sink)
        .driver()
        .driverSubmitAdmin(0, new Command.SetMac(Mac.fromSpec(1)));
    assertTrue(sink.failure().isPresent());
    assertEquals("disk full", assertThrows(IOException.class, sink::close).getMessage());
  }
}
