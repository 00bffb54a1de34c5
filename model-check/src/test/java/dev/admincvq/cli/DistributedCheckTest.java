package dev.admincvq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * TLC's distributed mode with two local worker processes agrees with the single-machine check: the
 * same distinct states and verdict, and on a violation the same invariant.
 */
class DistributedCheckTest {
  private static final Path SPEC_TLA =
      Path.of(System.getProperty("admincvq.root", "..")).resolve("spec-tla");
  private static final String SPEC = SPEC_TLA.resolve("MCAdminCvqActors.tla").toString();

  private static String model(String name) {
    return SPEC + ":" + SPEC_TLA.resolve("models/actors/" + name + ".cfg");
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static JsonNode json(CliRun run) throws IOException {
    return new ObjectMapper().readTree(run.out().lines().findFirst().orElse("{}"));
  }

  private static JsonNode distributed(String model) throws IOException {
    CliRun run =
        CliRun.of(
            "check",
            "--json",
            "--distributed",
            "--local-workers",
            "2",
            "--port",
            String.valueOf(freePort()),
            model(model));
    assertTrue(run.err().contains("safety only"), run.err());
    return json(run);
  }

  @Test
  void twoLocalWorkersFindAsManyDistinctStatesAsOneMachine() throws IOException {
    // 1,875 distinct states, every invariant holds
    JsonNode single =
        json(CliRun.of("check", "--json", model("keeps_rtnl_inFlight_needsResetLive")));
    JsonNode spread = distributed("keeps_rtnl_inFlight_needsResetLive");
    assertEquals("success", single.get("result").asText());
    assertEquals(single.get("result").asText(), spread.get("result").asText(), spread.toString());
    assertEquals(
        single.get("distinctStates").asLong(),
        spread.get("distinctStates").asLong(),
        spread.toString());
    assertEquals(0, spread.get("exitCode").asInt());
  }

  @Test
  void twoLocalWorkersFindTheInvariantOneMachineFindsViolated() throws IOException {
    // DriverDeviceAgreement is the only property this design breaks, so whichever violating state
    // the workers reach first, it is that invariant's
    JsonNode single = json(CliRun.of("check", "--json", model("drops_barrier_availFence")));
    JsonNode spread = distributed("drops_barrier_availFence");
    assertEquals("safety failure", spread.get("result").asText(), spread.toString());
    assertEquals(single.get("violated").asText(), spread.get("violated").asText());
    assertEquals("DriverDeviceAgreement", spread.get("violated").asText());
    assertEquals(12, spread.get("exitCode").asInt());
  }

  @Test
  void distributedOptionsWithoutDistributedAreAUsageError() {
    CliRun run = CliRun.of("check", "--local-workers", "2", model("drops_none_none"));
    assertEquals(2, run.exit());
    assertTrue(
        run.err().startsWith("admincvq: --local-workers and --port need --distributed"), run.err());
  }

  @Test
  void aDistributedCheckRefusesWhatNeedsACounterexample() {
    CliRun run = CliRun.of("check", "--distributed", "--svg", "out", model("drops_none_none"));
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("--distributed prints no counterexample"), run.err());
  }
}
