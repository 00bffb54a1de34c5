package dev.admincvq.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.tlc.answer.HookReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every hook into TLC's or the JDK's internals applies under the build's own JVM flags (surefire's
 * argLine, the same as the launcher's and the jar manifest's): none falls back silently.
 */
class HooksTest {
  private static Map<String, HookReport> byName(List<HookReport> hooks) {
    return hooks.stream().collect(Collectors.toMap(HookReport::hook, Function.identity()));
  }

  private static HookReport reported(Map<String, HookReport> hooks, String name) {
    HookReport h = hooks.get(name);
    if (h == null) {
      throw new AssertionError(name + " is not reported: " + hooks.keySet());
    }
    return h;
  }

  private static void assertApplied(Map<String, HookReport> hooks, String name) {
    HookReport h = reported(hooks, name);
    assertTrue(h.applied(), name + " applies: " + h.detail());
  }

  @Test
  void everyHookAroundACheckApplies() {
    TlcChecker.Checked checked =
        TlcChecker.create().checkReportingHooks(TestSpecs.request("Counter"));
    Map<String, HookReport> hooks = byName(checked.hooks());
    assertEquals(
        List.of(RunThreads.HOOK, RmiMethodCache.HOOK, WithoutTlcBeans.HOOK),
        checked.hooks().stream().map(HookReport::hook).toList());
    hooks.keySet().forEach(name -> assertApplied(hooks, name));
  }

  @Test
  void everyHookOfAnExaminationCheckingLivenessApplies() {
    Path spec = TestSpecs.spec("Fair");
    Examination ex =
        GraphExplorer.create()
            .examine(spec, spec.resolveSibling("FairCount.cfg"), 1_000, List.of());
    Map<String, HookReport> hooks = byName(ex.hooks());
    for (String name :
        List.of(
            "tlc.stateWriter",
            "tlc.oncePerState",
            RunThreads.HOOK,
            RmiMethodCache.HOOK,
            WithoutTlcBeans.HOOK)) {
      assertApplied(hooks, name);
    }
    String once = reported(hooks, "tlc.oncePerState").detail();
    assertTrue(once.endsWith("rewritten"), once);
    assertTrue(ex.graphFromSearch(), "the graph is the one recorded during TLC's search");
  }

  @Test
  void everyHookOfASimulationApplies() {
    Path spec = TestSpecs.spec("Counter");
    TlcSimulator.Simulated simulated =
        TlcSimulator.create()
            .simulateReportingHooks(
                new SimulationRequest(
                    spec,
                    CheckRequest.defaultConfig(spec),
                    List.of(),
                    2,
                    Duration.ofSeconds(30),
                    5,
                    1));
    assertTrue(simulated.result().problem().isEmpty(), simulated.result().toString());
    Map<String, HookReport> hooks = byName(simulated.hooks());
    for (String name :
        List.of("tlc.simulatorTool", RunThreads.HOOK, RmiMethodCache.HOOK, WithoutTlcBeans.HOOK)) {
      assertApplied(hooks, name);
    }
  }
}
