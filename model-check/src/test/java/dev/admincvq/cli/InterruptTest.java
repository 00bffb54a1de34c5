package dev.admincvq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGINT and SIGTERM to {@code check}, {@code matrix}, {@code simulate}, {@code review}, {@code
 * conform}, {@code validate} and {@code bench} in a child process: TLC stops, what is known is
 * printed (the states found so far; the rows of the models that finished), every run directory the
 * child made is removed, and the exit code is 130 (SIGINT) or 143 (SIGTERM). The model interrupted
 * has no end to its states ({@code specs/Unbounded.tla}), so only the signal ends it.
 */
@Timeout(
    value = 5,
    unit = TimeUnit.MINUTES) // a guard against a child that never ends, not an assertion
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

  /**
   * The child ended with {@code exit}, said it was interrupted (not the grace period ending it),
   * printed no stack trace and left nothing in its temporary directory.
   */
  private static void assertStoppedCleanly(CliProcess cli, int exit)
      throws IOException, InterruptedException {
    assertEquals(exit, cli.waitFor(), cli.err());
    assertTrue(
        cli.err().contains("admincvq: interrupted"),
        "the command stopped, not the grace period: " + cli.err());
    assertNoStackTrace(cli);
    assertNothingLeft(cli);
  }

  private static CliProcess checkUntilProgress(Path dir) throws IOException, InterruptedException {
    CliProcess cli = CliProcess.start(dir, "check", UNBOUNDED);
    cli.awaitErrLine(l -> l.startsWith("Unbounded.tla: ") && l.contains("distinct states"));
    assertRunDirectoryExists(cli);
    return cli;
  }

  private static final Pattern STATES_SO_FAR =
      Pattern.compile(
          "Unbounded\\.tla \\(Unbounded\\.cfg\\): interrupted, no verdict; [0-9,]+ distinct states found so far");

  @Test
  void sigintOnCheckPrintsTheStatesFoundSoFarRemovesItsRunDirectoryAndExits130(@TempDir Path dir)
      throws Exception {
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
  void sigtermOnCheckPrintsTheStatesFoundSoFarRemovesItsRunDirectoryAndExits143(@TempDir Path dir)
      throws Exception {
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
  void sigintOnSimulateStopsDrawingRemovesItsRunDirectoryAndExits130(@TempDir Path dir)
      throws Exception {
    CliProcess cli =
        CliProcess.start(dir, "simulate", "--seconds", "600", "--depth", "1000000", UNBOUNDED);
    try {
      cli.awaitTempEntry("admincvq-sim-");
      cli.signal("INT");
      assertEquals(130, cli.waitFor(), cli.err());
      assertTrue(
          cli.err().contains("admincvq: interrupted"),
          "the command stopped, not the grace period: " + cli.err());
      assertNoStackTrace(cli);
      assertNothingLeft(cli);
    } finally {
      cli.destroyIfAlive();
    }
  }

  @Test
  void sigintOnSimulatePrintsWhatTheBehavioursDrawnSoFarShowed(@TempDir Path dir) throws Exception {
    CliProcess cli =
        CliProcess.start(dir, "simulate", "--seconds", "600", "--depth", "50", UNBOUNDED);
    try {
      cli.awaitTempEntry("admincvq-sim-");
      Thread.sleep(3000); // behaviours of 50 states each are being drawn: some are done
      cli.signal("INT");
      assertStoppedCleanly(cli, 130);
      assertTrue(
          Pattern.compile("(?m)^Interrupted after [0-9]+ behaviours: the above is what they showed")
              .matcher(cli.out())
              .find(),
          cli.out());
      assertTrue(
          cli.out().lines().count() > 1,
          "the report of the behaviours drawn precedes it: " + cli.out());
    } finally {
      cli.destroyIfAlive();
    }
  }

  /**
   * A configuration of MCAdminCvqActors.tla at two VFs, three submissions, three generations:
   * minutes to explore.
   */
  private static Path largeActorsModel(Path dir) throws IOException {
    Path root = Path.of(System.getProperty("admincvq.root", ".."));
    String cfg =
        Files.readString(
                root.resolve("spec-tla/models/actors/drops_barrier_wireGen.cfg"),
                StandardCharsets.UTF_8)
            .replace("MaxVFs <- OneVF", "MaxVFs <- TwoVFs")
            .replace("CmdId <- TwoCmds", "CmdId <- ThreeCmds")
            .replace("MaxInc = 2", "MaxInc = 3");
    Path model = dir.resolve("large_barrier_wireGen.cfg");
    Files.writeString(model, cfg, StandardCharsets.UTF_8);
    return model;
  }

  @Test
  void sigintOnConformSaysNoPathWasReplayedRemovesItsRunDirectoryAndExits130(@TempDir Path dir)
      throws Exception {
    CliProcess cli = CliProcess.start(dir, "conform", "--model", largeActorsModel(dir).toString());
    try {
      cli.awaitTempEntry("admincvq-graph-");
      cli.signal("INT");
      assertStoppedCleanly(cli, 130);
      assertTrue(
          cli.out()
              .contains(
                  "large_barrier_wireGen.cfg: interrupted while its state graph was explored; no path replayed"),
          cli.out());
    } finally {
      cli.destroyIfAlive();
    }
  }

  @Test
  void sigtermOnValidateSaysWhatItHadReadRemovesItsRunDirectoriesAndExits143(@TempDir Path dir)
      throws Exception {
    // one trace per design: each design's traces are validated in a run of its own, one after
    // another
    Path traces = Files.createDirectories(dir.resolve("traces"));
    int n = 0;
    for (String sync : List.of("none", "virtio13", "drain", "waitFail", "barrier", "rtnl")) {
      for (String check : List.of("none", "virtio13", "inFlight", "availFence", "wireGen")) {
        String header =
            ExitCodeTest.TRACE_HEADER
                .replace("\"barrier\"", "\"" + sync + "\"")
                .replace("\"wireGen\"", "\"" + check + "\"");
        Files.writeString(
            traces.resolve(String.format(Locale.ROOT, "run-%04d.ndjson", ++n)),
            header + "\n",
            StandardCharsets.UTF_8);
      }
    }
    CliProcess cli = CliProcess.start(dir, "validate", traces.toString());
    try {
      cli.awaitTempEntry("admincvq-trace-");
      cli.signal("TERM");
      assertStoppedCleanly(cli, 143);
      assertTrue(
          Pattern.compile("Interrupted: 30 traces read \\([0-9]+ events\\), no verdict yet")
              .matcher(cli.out())
              .find(),
          cli.out());
    } finally {
      cli.destroyIfAlive();
    }
  }

  @Test
  void sigtermOnBenchEndsItsTlcProcessesRemovesItsRunDirectoriesAndExits143(@TempDir Path dir)
      throws Exception {
    CliProcess cli =
        CliProcess.start(
            dir,
            "bench",
            "--quick",
            "--skip-traces",
            "--skip-conform",
            "--skip-review",
            "--workers",
            "1",
            "--manifest",
            CliProcess.resource("interrupt/matrix.json").toString());
    try {
      cli.awaitTempEntry("admincvq-tlc-");
      Thread.sleep(2000);
      cli.signal("TERM");
      assertStoppedCleanly(cli, 143);
      assertTrue(cli.out().contains("Interrupted: no report"), cli.out());
      Thread.sleep(1000); // a TLC process left running would write into the directory again
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
  void sigtermOnReviewStopsItsRunsRemovesItsDirectoriesAndExits143(@TempDir Path dir)
      throws Exception {
    Path side = unboundedSide(dir);
    CliProcess cli = CliProcess.start(dir, "review", side.toString(), side.toString());
    try {
      cli.awaitTempEntry("admincvq-examine-");
      cli.signal("TERM");
      assertEquals(143, cli.waitFor(), cli.err());
      assertTrue(
          cli.err().contains("admincvq: interrupted"),
          "the command stopped, not the grace period: " + cli.err());
      assertEquals("", cli.out(), "no report of a review cut short");
      assertNoStackTrace(cli);
      assertNothingLeft(cli);
    } finally {
      cli.destroyIfAlive();
    }
  }

  /**
   * {@code matrix} on Counter, TwoCounters, then Unbounded, interrupted while it checks Unbounded.
   */
  /**
   * {@code matrix} on Counter, TwoCounters and Unbounded, two at a time, interrupted once the first
   * two have finished (in either order) while it checks Unbounded.
   */
  private static void matrixInterrupted(Path dir, String signal, int exit) throws Exception {
    CliProcess cli =
        CliProcess.start(
            dir,
            "matrix",
            "--jobs",
            "2",
            "--manifest",
            CliProcess.resource("interrupt/matrix.json").toString());
    try {
      cli.awaitErrLine(l -> l.startsWith("checked Counter "));
      cli.awaitErrLine(l -> l.startsWith("checked TwoCounters "));
      assertTrue(
          cli.err().lines().anyMatch(l -> l.startsWith("checked ") && l.endsWith("(model 2 of 3)")),
          cli.err());
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
  void sigintOnMatrixPrintsTheRowsOfTheModelsThatFinishedAndExits130(@TempDir Path dir)
      throws Exception {
    matrixInterrupted(dir, "INT", 130);
  }

  @Test
  void sigtermOnMatrixPrintsTheRowsOfTheModelsThatFinishedAndExits143(@TempDir Path dir)
      throws Exception {
    matrixInterrupted(dir, "TERM", 143);
  }

  @Test
  void sigtermOnMatrixPropertiesPrintsBothTablesSoFarRemovesItsRunDirectoriesAndExits143(
      @TempDir Path dir) throws Exception {
    CliProcess cli =
        CliProcess.start(
            dir,
            "matrix",
            "--properties",
            "--manifest",
            CliProcess.resource("interrupt/properties.json").toString());
    try {
      // UnboundedSmall's check ends at its invariant; examined without it, its states have no end
      cli.awaitErrLine(
          l ->
              l.startsWith("checked Counter ")
                  && l.contains("each property")
                  && l.endsWith("(model 1 of 2)"));
      cli.awaitTempEntry("admincvq-examine-");
      cli.signal("TERM");
      assertEquals(143, cli.waitFor(), cli.err());
      String out = cli.out();
      assertTrue(out.lines().anyMatch(l -> l.startsWith("UnboundedSmall ")), out);
      assertTrue(
          out.contains("Interrupted: 2 of 2 models checked, 1 examined property by property"), out);
      assertEquals(
          2, out.lines().filter(l -> l.startsWith("Counter ")).count(), out); // one row per table
      assertNoStackTrace(cli);
      assertNothingLeft(cli);
    } finally {
      cli.destroyIfAlive();
    }
  }
}
