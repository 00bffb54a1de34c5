package dev.admincvq.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.model.CheckResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Many different specs checked one after another, or several at once, in one JVM give exactly what
 * separate {@code java tlc2.TLC} processes give, and leave nothing behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // the separate processes run once for all tests
class RepeatabilityTest {
  private static final List<String> SPECS =
      List.of("Counter", "TwoCounters", "Stuck", "Lazy", "UsesTlaps");
  private final TlcChecker tlc = TlcChecker.create();

  /**
   * What a {@code java tlc2.TLC} process of its own gives for each of {@link #SPECS}: one process
   * per spec, run once for all tests of the class.
   */
  private List<ProcessTlc.Outcome> reference = List.of();

  @BeforeAll
  void runEachSpecInAProcessOfItsOwn() {
    List<ProcessTlc.Outcome> outcomes = new ArrayList<>();
    for (String m : SPECS) {
      CheckRequest r = TestSpecs.request(m);
      outcomes.add(ProcessTlc.run(r.spec(), r.config(), 1, List.of("-XX:+UseParallelGC")));
    }
    reference = List.copyOf(outcomes);
  }

  @Test
  void alternatingSpecsInOneJvmMatchSeparateProcesses() {
    for (int round = 0; round < 6; round++) {
      for (int i = 0; i < SPECS.size(); i++) {
        String m = SPECS.get(i);
        CheckResult in = tlc.check(TestSpecs.request(m));
        ProcessTlc.Outcome out = reference.get(i);
        String where = m + " in round " + round;
        assertEquals(out.exitCode(), in.exitCode(), where);
        assertEquals(out.distinct(), in.distinctStates(), where);
        assertEquals(out.generated(), in.totalStates(), where);
        if (out.depth() > 0) {
          assertEquals(out.depth(), in.stateDepth(), where);
        }
        assertEquals(out.violated(), in.violated().filter(v -> out.violated().isPresent()), where);
      }
    }
  }

  @Test
  void specsCheckedFourAtOnceInOneJvmMatchSeparateProcesses() {
    List<Integer> runs = new ArrayList<>();
    for (int round = 0; round < 4; round++) {
      for (int i = 0; i < SPECS.size(); i++) {
        runs.add(i);
      }
    }
    List<CheckResult> results =
        ConcurrentRuns.each(runs, 4, i -> tlc.check(TestSpecs.request(SPECS.get(i))), r -> {});
    for (int k = 0; k < runs.size(); k++) {
      ProcessTlc.Outcome out = reference.get(runs.get(k));
      CheckResult in = results.get(k);
      String where = SPECS.get(runs.get(k)) + " in run " + k;
      assertEquals(out.exitCode(), in.exitCode(), where);
      assertEquals(out.distinct(), in.distinctStates(), where);
      assertEquals(out.generated(), in.totalStates(), where);
      assertEquals(out.violated(), in.violated().filter(v -> out.violated().isPresent()), where);
    }
  }

  @Test
  void runsLeaveNoThreadAndNoMetadirBehind() throws Exception {
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    Set<Path> tmpBefore = listTmp(tmp);
    for (String m : SPECS) {
      tlc.check(TestSpecs.request(m));
    }
    // RMI's reaper thread ends asynchronously once the last FPSet is unexported: allow it time.
    List<Thread> left = new ArrayList<>();
    for (int wait = 0; wait < 100; wait++) {
      left.clear();
      for (Thread t : Thread.getAllStackTraces().keySet()) {
        if (!before.contains(t) && t.isAlive() && !t.isDaemon()) {
          left.add(t);
        }
      }
      if (left.isEmpty()) {
        break;
      }
      Thread.sleep(100);
    }
    assertTrue(left.isEmpty(), "threads left: " + left);
    Set<Path> created = listTmp(tmp);
    created.removeAll(tmpBefore);
    assertTrue(
        created.stream()
            .noneMatch(
                p ->
                    String.valueOf(p.getFileName())
                        .startsWith("admincvq-tlc-" + ProcessHandle.current().pid() + "-")),
        "metadirs left: " + created);
    for (String m : SPECS) {
      Path dir = TestSpecs.spec(m).getParent();
      assertTrue(
          dir != null && !Files.exists(dir.resolve("states")), "states/ written beside " + m);
    }
  }

  private static Set<Path> listTmp(Path tmp) throws Exception {
    try (var s = Files.list(tmp)) {
      return s.collect(Collectors.toSet());
    }
  }

  @Test
  void sameSpecTwiceGivesIdenticalTraces() {
    CheckResult a = tlc.check(TestSpecs.request("TwoCounters"));
    tlc.check(TestSpecs.request("Lazy"));
    CheckResult b = tlc.check(TestSpecs.request("TwoCounters"));
    assertEquals(a.trace(), b.trace());
    assertEquals(
        Arrays.asList(a.distinctStates(), a.totalStates()),
        Arrays.asList(b.distinctStates(), b.totalStates()));
  }
}
