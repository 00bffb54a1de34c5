package dev.admincvq.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A file that is not a trace is refused with its file, line and column, and what is wrong. */
class TraceReaderTest {
  private static final Path FILE = Path.of("t.ndjson");
  private static final String HEADER =
      "{\"seq\":0,\"action\":\"Init\",\"MaxVFs\":1,\"DriverSync\":\"barrier\",\"DeviceCheck\":\"wireGen\",\"InOrder\":true,"
          + "\"NeedsResetDestroys\":true,\"VfResetKeepsConfig\":false,\"NumVFsFixed\":true,\"ResetNotice\":\"late\"}";

  private static String error(String... lines) {
    return String.valueOf(
        assertThrows(TraceFormatException.class, () -> TraceReader.parse(FILE, List.of(lines)))
            .getMessage());
  }

  @Test
  void readsTheHeaderAndEventsAsRecords() {
    LoggedTrace t =
        TraceReader.parse(
            FILE,
            List.of(
                HEADER,
                "{\"seq\":1,\"action\":\"DriverSubmitAdmin\",\"c\":1,\"t\":1,\"op\":\"setMac\",\"arg\":2,\"pos\":0,\"wgen\":1}",
                "{\"seq\":2,\"action\":\"DeviceFetch\",\"c\":1}"));
    assertEquals(
        "[MaxVFs |-> 1, DriverSync |-> \"barrier\", DeviceCheck |-> \"wireGen\", InOrder |-> TRUE, NeedsResetDestroys |-> TRUE,"
            + " VfResetKeepsConfig |-> FALSE, NumVFsFixed |-> TRUE, ResetNotice |-> \"late\"]",
        t.constants().toString());
    assertEquals(2, t.events().size());
    assertEquals(3, t.events().get(1).line());
    assertEquals(
        "[action |-> \"DriverSubmitAdmin\", c |-> 1, t |-> 1, op |-> \"setMac\", arg |-> 2, pos |-> 0, wgen |-> 1]",
        t.events().get(0).record().toString());
    assertEquals(1, t.maxCmdId());
  }

  @Test
  void notJsonNamesLineAndColumn() {
    assertEquals(
        "t.ndjson:2:13: not JSON: Unexpected character ('}' (code 125)): was expecting a colon to separate field name and value",
        error(HEADER, "{\"seq\":1,\"c\"}").replaceAll("\\n.*", ""));
  }

  @Test
  void unknownEventIsNamed() {
    assertEquals(
        "t.ndjson:2:1: unknown event \"DeviceExplode\": expected one of [DeviceFetch, DeviceProcess, DeviceProcessVf, DeviceVfNeedsReset, DriverCollect, DriverLearnVfReset, DriverSriovDisable, DriverSriovEnable, DriverSubmitAdmin, VfDriverReset, VfDriverSubmit]",
        error(HEADER, "{\"seq\":1,\"action\":\"DeviceExplode\"}"));
  }

  @Test
  void missingOrMistypedFieldIsNamed() {
    assertEquals(
        "t.ndjson:2:1: DeviceFetch event without field \"c\" (an integer)",
        error(HEADER, "{\"seq\":1,\"action\":\"DeviceFetch\"}"));
    assertEquals(
        "t.ndjson:2:1: DeviceFetch field \"c\" must be an integer, got \"one\"",
        error(HEADER, "{\"seq\":1,\"action\":\"DeviceFetch\",\"c\":\"one\"}"));
  }

  @Test
  void headerAndSequenceAreRequired() {
    assertEquals(
        "t.ndjson:1:1: the first line must be the header {\"seq\":0,\"action\":\"Init\",...}",
        error("{\"seq\":1,\"action\":\"DeviceFetch\",\"c\":1}"));
    assertEquals(
        "t.ndjson:1:1: DriverSync \"sometimes\" is not one of none, virtio13, drain, waitFail, barrier, rtnl, virtio13Barrier",
        error(HEADER.replace("barrier", "sometimes")));
    assertEquals(
        "t.ndjson:1:1: Init event without field \"ResetNotice\" (a string)",
        error(HEADER.replace(",\"ResetNotice\":\"late\"", "")));
    assertEquals(
        "t.ndjson:3:1: seq 3 out of order: expected 2",
        error(
            HEADER,
            "{\"seq\":1,\"action\":\"DeviceFetch\",\"c\":1}",
            "{\"seq\":3,\"action\":\"DeviceFetch\",\"c\":1}"));
    assertEquals(
        "t.ndjson:1:1: empty trace: expected the header line {\"seq\":0,\"action\":\"Init\",...}",
        error());
  }
}
