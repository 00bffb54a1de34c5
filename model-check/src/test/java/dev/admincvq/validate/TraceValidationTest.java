package dev.admincvq.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.reference.DriverSync;
import dev.admincvq.stress.RunReport;
import dev.admincvq.stress.StressRunner;
import dev.admincvq.stress.StressSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Implementation to model: traces of the reference implementation under 8 management-driver
 * threads, VF drivers resetting their VFs unannounced, SR-IOV churn and DEVICE_NEEDS_RESET are
 * behaviours of {@code AdminCvqActors}; a device without its check is caught at the first event
 * where it acks what the spec fails.
 */
class TraceValidationTest {
  private static final Path SPEC =
      Path.of(System.getProperty("admincvq.root", "..")).resolve("spec-tla");

  private static List<LoggedTrace> read(List<RunReport> runs) {
    List<LoggedTrace> out = new ArrayList<>();
    for (RunReport r : runs) {
      out.add(TraceReader.read(r.trace()));
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(
      value = DriverSync.class,
      names = {"DRAIN", "BARRIER"})
  void stressTracesOfTheSafeDesignsAllValidate(DriverSync sync, @TempDir Path dir) {
    List<RunReport> runs =
        new StressRunner(new StressSettings(8, 6, 20, 2, sync, false, 11)).runAll(dir);
    for (RunReport r : runs) {
      assertEquals(0, r.staleEffects(), r.toString());
      assertEquals(0, r.lostCompletions(), r.toString());
      assertEquals(0, r.doubleCompletions(), r.toString());
      assertEquals(0, r.invariantViolations(), r.toString());
    }
    // Under drain a disable waits for a moment with no admin command to a VF unreaped, which busy
    // drivers may not leave; a VF driver's reset and DEVICE_NEEDS_RESET wait for nothing.
    assertTrue(runs.stream().mapToInt(RunReport::vfResets).sum() > 0, "VF drivers reset their VFs");
    assertTrue(runs.stream().mapToInt(RunReport::needsResets).sum() > 0, "VFs needed a reset");
    if (sync == DriverSync.BARRIER) {
      assertTrue(
          runs.stream().mapToInt(RunReport::destroys).sum() > 0, "the churn disabled SR-IOV");
    }
    List<TraceVerdict> verdicts = new TraceValidator(SPEC).validate(read(runs));
    for (TraceVerdict v : verdicts) {
      assertTrue(v.accepted(), () -> ValidationText.verdict(v));
      assertEquals(v.events(), v.matched());
    }
  }

  @Test
  void aDeviceSkippingItsCheckIsRejectedAtTheProcessingItGotWrong(@TempDir Path dir) {
    List<RunReport> runs =
        new StressRunner(new StressSettings(8, 6, 20, 2, DriverSync.BARRIER, true, 5)).runAll(dir);
    List<TraceVerdict> verdicts = new TraceValidator(SPEC).validate(read(runs));
    int rejected = 0;
    for (int i = 0; i < runs.size(); i++) {
      TraceVerdict v = verdicts.get(i);
      RunReport r = runs.get(i);
      boolean harmed = r.staleEffects() + r.invariantViolations() > 0;
      if (!v.accepted()) {
        rejected++;
        LoggedEvent bad = v.firstBad().orElseThrow();
        assertEquals("DeviceProcess", bad.action(), ValidationText.verdict(v));
        assertTrue(
            v.rejection().orElseThrow().disagreements().contains("ack"), ValidationText.verdict(v));
        assertTrue(v.matched() < v.events());
        String text = ValidationText.verdict(v);
        assertTrue(text.contains("longest validated prefix: events 1.." + v.matched()), text);
        assertTrue(text.contains("ack: spec \"ERR\", trace \"OK\""), text);
        assertTrue(text.contains("candidate state"), text);
      }
      // A broken run that harmed the model's guarantees is never accepted.
      assertFalse(harmed && v.accepted(), () -> r + " accepted");
    }
    assertTrue(rejected > 0, "at least one broken run is rejected");
  }

  @Test
  void aSeparateTlcProcessPerTraceReachesTheSameVerdicts(@TempDir Path dir) throws IOException {
    List<RunReport> good =
        new StressRunner(new StressSettings(4, 1, 10, 2, DriverSync.BARRIER, false, 3))
            .runAll(dir.resolve("good"));
    Path broken = dir.resolve("broken.ndjson");
    List<String> lines =
        new ArrayList<>(Files.readAllLines(good.get(0).trace(), StandardCharsets.UTF_8));
    int i = 1;
    while (!lines.get(i).contains("\"action\":\"DeviceProcess\"")) {
      i++;
    }
    lines.set(
        i,
        lines
            .get(i)
            .replace("\"ack\":\"OK\"", "\"ack\":\"XX\"")
            .replace("\"ack\":\"ERR\"", "\"ack\":\"XX\""));
    Files.write(broken, lines, StandardCharsets.UTF_8);
    List<LoggedTrace> traces =
        List.of(TraceReader.read(good.get(0).trace()), TraceReader.read(broken));
    List<TraceVerdict> inProcess = new TraceValidator(SPEC).validate(traces);
    ProcessValidation process = new ProcessValidation(SPEC, List.of());
    assertTrue(inProcess.get(0).accepted());
    assertFalse(inProcess.get(1).accepted());
    assertEquals(i, inProcess.get(1).matched() + 1, "the changed line is the first bad event");
    for (int k = 0; k < traces.size(); k++) {
      ProcessValidation.Verdict p = process.validate(traces.get(k));
      assertTrue(p.decided(), "TLC process exit " + p.exitCode());
      assertEquals(inProcess.get(k).accepted(), p.accepted(), traces.get(k).file().toString());
    }
  }
}
