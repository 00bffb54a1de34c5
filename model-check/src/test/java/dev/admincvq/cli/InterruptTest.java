package dev.admincvq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGINT and SIGTERM to {@code check}, {@code matrix}, {@code simulate} and {@code review} in a child process: TLC stops, what is
 * known is printed (the states found so far; the rows of the models that finished), every run
 * directory the child made is removed, and the exit code is 130 (SIGINT) or 143 (SIGTERM). The
 * model interrupted has no end to its states ({@code specs/Unbounded.tla}), so only the signal ends
 * it.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a guard against a child that never ends, not an assertion
class InterruptTest {
  private static final String UNBOUNDED = CliProcess.resource("specs/Unbounded.tla").toString();

  private static void assertRunDirectoryExists(CliProcess cli) throws IOException {
    assertTrue(
        cli.tempEntries().stream().anyMatch(n -> n.startsWith("admincvq-tlc-")),
        "no run directory while TLC runs: " + cli.tempEntries());
  }

  private static void assertNothingLeft(CliProcess cli) throws IOException {
    assertEquals(List.of(), cli.tempEntries(), "left in the child's temporary directory");
  }

  private static void assertNoStackTrace(CliProcess cli) throws IOException {
    assertFalse(cli.err().contains("\tat "), cli.err());
    assertFalse(cli.err().contains("Exception"), cli.err());
  }

  private static CliProcess checkUntilProgress(Path dir) throws IOException, InterruptedException {
    CliProcess cli = CliProcess.start(dir, "check", UNBOUNDED);
    cli.awaitErrLine(l -> l.startsWith("Unbounded.tla: ") && l.contains("distinct states"));
    assertRunDirectoryExists(cli);
    return cli;
  }

  private static final Pattern STATES_SO_FAR =
      Pattern.compile("Unbounded\\.tla \\(Unbounded\\.cfg\\): interrupted, no verdict; [0-9,]+ distinct states found so far");

  @Test
  void sigintOnCheckPrintsTheStatesFoundSoFarRemovesItsRunDirectoryAndExits130(@TempDir Path dir) throws Exception {
    CliProcess cli = checkUntilProgress(dir);
    try {
      cli.signal("INT");
      assertEquals(130, cli.waitFor(), cli.err());
      assertTrue(STATES_SO_FAR.matcher(cli.out()).find(), cli.out());
      assertTrue(cli.err().contains("admincvq: interrupted"), cli.err());
      assertNoStackTrace(cli);
      assertNothingLeft(cli);
    } finally {
      cli.destroyIfAlive();
    }
  }

  @Test
  void sigtermOnCheckPrintsTheStatesFoundSoFarRemovesItsRunDirectoryAndExits143(@TempDir Path dir) throws Exception {
    CliProcess cli = checkUntilProgress(dir);
    try {
      cli.signal("TERM");
      assertEquals(143, cli.waitFor(), cli.err());
      assertTrue(STATES_SO_FAR.matcher(cli.out()).find(), cli.out());
      assertNoStackTrace(cli);
      assertNothingLeft(cli);
    } finally {
      cli.destroyIfAlive();
    }
  }

  @Test
  void sigintOnSimulateStopsDrawingRemovesItsRunDirectoryAndExits130(@TempDir Path dir) throws Exception {
    CliProcess cli = CliProcess.start(dir, "simulate", "--seconds", "600", "--depth", "1000000", UNBOUNDED);
    try {
      cli.awaitTempEntry("admincvq-sim-");
      cli.signal("INT");
      assertEquals(130, cli.waitFor(), cli.err());
      assertTrue(cli.err().contains("admincvq: interrupted"), "the command stopped, not the grace period: " + cli.err());
      assertNoStackTrace(cli);
      assertNothingLeft(cli);
    } finally {
      cli.destroyIfAlive();
    }
  }

  /** A checkout's {@code spec-tla/} under {@code dir/side} whose one model is Unbounded. */
  private static Path unboundedSide(Path dir) throws IOException {
    Path spec = Files.createDirectories(dir.resolve("side/spec-tla/models"));
    Files.copy(Path.of(UNBOUNDED), spec.resolveSibling("Unbounded.tla"));
    Files.copy(Path.of(UNBOUNDED.replace(".tla", ".cfg")), spec.resolve("Unbounded.cfg"));
    Files.writeString(
        spec.resolve("manifest.json"),
        "[{\"model\": \"Unbounded\", \"spec\": \"Unbounded.tla\", \"config\": \"models/Unbounded.cfg\", \"bounds\": {},"
            + " \"expected\": \"success\", \"violated\": null, \"distinctStates\": 0, \"totalStates\": 0, \"stateDepth\": 0,"
            + " \"traceLength\": null, \"why\": \"No end to its states: reviewed until interrupted.\"}]\n",
        StandardCharsets.UTF_8);
    return dir.resolve("side");
  }

  @Test
  void sigtermOnReviewStopsItsRunsRemovesItsDirectoriesAndExits143(@TempDir Path dir) throws Exception {
    Path side = unboundedSide(dir);
    CliProcess cli = CliProcess.start(dir, "review", side.toString(), side.toString());
    try {
      cli.awaitTempEntry("admincvq-examine-");
      cli.signal("TERM");
      assertEquals(143, cli.waitFor(), cli.err());
      assertTrue(cli.err().contains("admincvq: interrupted"), "the command stopped, not the grace period: " + cli.err());
      assertEquals("", cli.out(), "no report of a review cut short");
      assertNoStackTrace(cli);
      assertNothingLeft(cli);
    } finally {
      cli.destroyIfAlive();
    }
  }

  /** {@code matrix} on Counter, TwoCounters, then Unbounded, interrupted while it checks Unbounded. */
  /**
   * {@code matrix} on Counter, TwoCounters and Unbounded, two at a time, interrupted once the first
   * two have finished (in either order) while it checks Unbounded.
   */
  private static void matrixInterrupted(Path dir, String signal, int exit) throws Exception {
    CliProcess cli =
        CliProcess.start(
            dir, "matrix", "--jobs", "2", "--manifest", CliProcess.resource("interrupt/matrix.json").toString());
    try {
      cli.awaitErrLine(l -> l.startsWith("checked Counter "));
      cli.awaitErrLine(l -> l.startsWith("checked TwoCounters "));
      assertTrue(cli.err().lines().anyMatch(l -> l.startsWith("checked ") && l.endsWith("(model 2 of 3)")), cli.err());
      assertRunDirectoryExists(cli);
      cli.signal(signal);
      assertEquals(exit, cli.waitFor(), cli.err());
      String out = cli.out();
      assertTrue(out.lines().anyMatch(l -> l.startsWith("Counter ")), out);
      assertTrue(out.lines().anyMatch(l -> l.startsWith("TwoCounters ")), out);
      assertFalse(out.lines().anyMatch(l -> l.startsWith("Unbounded ")), out);
      assertTrue(out.contains("Interrupted: 2 of 3 models checked; no answer grids."), out);
      assertNoStackTrace(cli);
      assertNothingLeft(cli);
    } finally {
      cli.destroyIfAlive();
    }
  }

  @Test
  void sigintOnMatrixPrintsTheRowsOfTheModelsThatFinishedAndExits130(@TempDir Path dir) throws Exception {
    matrixInterrupted(dir, "INT", 130);
  }

  @Test
  void sigtermOnMatrixPrintsTheRowsOfTheModelsThatFinishedAndExits143(@TempDir Path dir) throws Exception {
    matrixInterrupted(dir, "TERM", 143);
  }

  @Test
  void sigtermOnMatrixPropertiesPrintsBothTablesSoFarRemovesItsRunDirectoriesAndExits143(@TempDir Path dir)
      throws Exception {
    CliProcess cli =
        CliProcess.start(
            dir, "matrix", "--properties", "--manifest", CliProcess.resource("interrupt/properties.json").toString());
    try {
      // UnboundedSmall's check ends at its invariant; examined without it, its states have no end
      cli.awaitErrLine(l -> l.startsWith("checked Counter ") && l.contains("each property") && l.endsWith("(model 1 of 2)"));
      cli.awaitTempEntry("admincvq-examine-");
      cli.signal("TERM");
      assertEquals(143, cli.waitFor(), cli.err());
      String out = cli.out();
      assertTrue(out.lines().anyMatch(l -> l.startsWith("UnboundedSmall ")), out);
      assertTrue(out.contains("Interrupted: 2 of 2 models checked, 1 examined property by property"), out);
      assertEquals(2, out.lines().filter(l -> l.startsWith("Counter ")).count(), out); // one row per table
      assertNoStackTrace(cli);
      assertNothingLeft(cli);
    } finally {
      cli.destroyIfAlive();
    }
  }
}
