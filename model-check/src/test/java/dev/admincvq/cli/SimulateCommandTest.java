package dev.admincvq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code admincvq simulate}: bounds beyond the matrix, readable counterexamples, clear refusals.
 */
class SimulateCommandTest {
  private static final Path SPEC_TLA =
      Path.of(System.getProperty("admincvq.root", "..")).resolve("spec-tla");
  private static final String SPEC = SPEC_TLA.resolve("MCAdminCvqActors.tla").toString();

  private static String model(String name) {
    return SPEC + ":" + SPEC_TLA.resolve("models/actors/" + name + ".cfg");
  }

  @Test
  void threeVfsAndFiveSubmissionsAreSimulatedWithTheConstantsOverridden() throws IOException {
    CliRun run =
        CliRun.of(
            "simulate",
            "--json",
            "--behaviours",
            "20",
            "--depth",
            "40",
            "--constant",
            "MaxVFs=3",
            "--constant",
            "CmdId={1, 2, 3, 4, 5}",
            model("drops_barrier_wireGen_twoVfs"));
    JsonNode r = new ObjectMapper().readTree(run.out());
    assertEquals(0, run.exit(), run.err());
    assertEquals(20, r.get("behaviours").asLong());
    assertTrue(r.get("actions").get("DriverSubmitAdmin").asLong() > 0, r.toString());
    assertEquals("success", r.get("result").asText());
  }

  @Test
  void aViolationPrintsTheShortestCounterexampleAsNumberedSteps() {
    CliRun run =
        CliRun.of("simulate", "--behaviours", "100", "--seed", "3", model("drops_none_none"));
    assertEquals(12, run.exit(), run.err());
    assertTrue(run.out().contains(": safety failure of "), run.out());
    assertTrue(run.out().contains("Actions taken:"), run.out());
    assertTrue(run.out().contains("Shortest counterexample, "), run.out());
    assertTrue(run.out().contains("  1. Init"), run.out());
    assertTrue(
        run.out().contains("Invariants only: not checked "),
        "the properties left out are named: " + run.out());
  }

  @Test
  void aConstantTheConfigurationDoesNotBindIsAUsageErrorNamingTheFile() {
    CliRun run = CliRun.of("simulate", "--constant", "MaxVfs=3", model("drops_none_none"));
    assertEquals(2, run.exit());
    String first = run.err().lines().findFirst().orElse("");
    assertTrue(first.startsWith("admincvq: --constant: "), first);
    assertTrue(
        first.contains("drops_none_none.cfg binds no constant MaxVfs (it binds MaxVFs, "), first);
    assertTrue(run.out().isEmpty());
  }

  @Test
  void aValueThatIsNoConfigurationValueIsAUsageError() {
    CliRun run = CliRun.of("simulate", "--constant", "MaxVFs=1+2", model("drops_none_none"));
    assertEquals(2, run.exit());
    assertTrue(
        run.err().startsWith("admincvq: --constant 'MaxVFs=1+2': not a configuration value"),
        run.err());
  }

  @Test
  void checkTakesTheSameConstantOverrides() throws IOException {
    // one generation per VF, no re-creation: fewer states than the manifest's 650 at MaxInc 2
    CliRun run = CliRun.of("check", "--json", "--constant", "MaxInc=1", model("drops_none_none"));
    JsonNode r = new ObjectMapper().readTree(run.out());
    long distinct = r.get("distinctStates").asLong();
    assertTrue(distinct > 0 && distinct < 650, r.toString());
  }
}
