package dev.admincvq.conform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.admincvq.cli.CliRun;
import org.junit.jupiter.api.Test;

/** {@code admincvq conform} as a user meets it. */
class ConformCommandTest {
  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void printsCoverageAndResultAndExitsZeroWhenEveryPathReplays() {
    // A small safe design: ConformanceTest replays the default model, drops_barrier_wireGen
    // (19,013 edges), and this test checks what the command prints of a replay.
    CliRun r = run("conform", "--model", "keeps_rtnl_inFlight_needsResetLive");
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(
        r.out()
            .contains(
                "model:    keeps_rtnl_inFlight_needsResetLive.cfg (MaxVFs = 1, DriverSync = rtnl,"
                    + " DeviceCheck = inFlight,"),
        r.out());
    assertTrue(r.out().matches("(?s).*coverage: (\\d+)/\\1 edges \\(100\\.0%\\) by .*"), r.out());
    assertTrue(r.out().contains("result:   CONFORMS"), r.out());
  }

  @Test
  void theDefaultModelIsTheSafeDesignConformanceTestReplays() {
    assertEquals("drops_barrier_wireGen", ConformSpec.ACTORS.defaultModel());
  }

  @Test
  void jsonPrintsOneObject() throws Exception {
    CliRun r = run("conform", "--model", "seed_none_none", "--json");
    JsonNode o = new ObjectMapper().readTree(r.out());
    assertEquals(o.get("edges").asInt(), o.get("edgesCovered").asInt());
    assertEquals("none", o.get("options").get("DriverSync").asText());
    assertEquals("TRUE", o.get("options").get("VfResetKeepsConfig").asText());
    assertEquals(0, r.exit(), "the implementation is faithful to an unsafe design too");
    assertEquals("conforms", o.get("result").asText());
  }

  @Test
  void anUnknownModelIsAUsageError() {
    CliRun r = run("conform", "--model", "NoSuchModel");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("no such model"), r.err());
  }

  @Test
  void specAdminvqReplaysAModelOfTheAdminVirtqueueOnReferenceAdminvq() throws Exception {
    CliRun r = run("conform", "--spec", "adminvq", "--model", "try_again", "--json");
    assertEquals(0, r.exit(), r.out() + r.err());
    JsonNode o = new ObjectMapper().readTree(r.out());
    assertTrue(o.get("spec").asText().endsWith("MCAdminVq.tla"), r.out());
    assertEquals("TRUE", o.get("options").get("TryAgain").asText());
    assertEquals(o.get("edges").asInt(), o.get("edgesCovered").asInt());
    assertEquals("conforms", o.get("result").asText());
  }

  @Test
  void specAdminvqNamesItsModelsFolder() {
    CliRun r = run("conform", "--spec", "adminvq", "--model", "drops_barrier_wireGen");
    assertEquals(2, r.exit());
    assertTrue(
        r.err().contains("no such model")
            && r.err().contains("models/adminvq/drops_barrier_wireGen.cfg"),
        r.err());
  }

  @Test
  void anUnknownSpecIsAUsageErrorNamingTheChoices() {
    CliRun r = run("conform", "--spec", "raft");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--spec must be actors or adminvq, not 'raft'"), r.err());
  }
}
