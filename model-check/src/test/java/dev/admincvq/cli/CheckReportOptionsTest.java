package dev.admincvq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --full-states}, {@code --svg DIR} and {@code --html FILE}. */
class CheckReportOptionsTest {
  static final Path SPEC_TLA =
      Path.of(System.getProperty("admincvq.root", "..")).resolve("spec-tla");

  static String model(String name) {
    return SPEC_TLA.resolve("MCAdminCvqActors.tla")
        + ":"
        + SPEC_TLA.resolve("models/actors/" + name + ".cfg");
  }

  @Test
  void svgWritesOneDiagramPerCounterexampleNamedAfterItsModel(@TempDir Path dir) throws Exception {
    Path svgs = dir.resolve("diagrams");
    CliRun r =
        CliRun.of(
            "check",
            "--svg",
            svgs.toString(),
            CliTest.spec("Counter"),
            CliTest.spec("TwoCounters"),
            model("seed_none_none_staleEffect"));
    assertEquals(12, r.exit(), r.err());
    try (Stream<Path> files = Files.list(svgs)) {
      assertEquals(
          List.of("TwoCounters.svg", "seed_none_none_staleEffect.svg"),
          files.map(p -> String.valueOf(p.getFileName())).sorted().toList(),
          "a diagram per counterexample, none for the model that holds, no temporary file left");
    }
    String seed = Files.readString(svgs.resolve("seed_none_none_staleEffect.svg"));
    assertTrue(seed.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\""), seed);
    assertTrue(seed.contains(">VF1 #2<") && seed.contains("violated: NoStaleEffect"), seed);
    String generic = Files.readString(svgs.resolve("TwoCounters.svg"));
    assertTrue(generic.contains("violated: Small"), generic);
  }

  @Test
  void htmlReportsEveryModelWhatItCheckedAndEachCounterexampleAsTextAndDiagram(@TempDir Path dir)
      throws Exception {
    Path html = dir.resolve("report.html");
    CliRun r =
        CliRun.of(
            "check",
            "--html",
            html.toString(),
            CliTest.spec("Counter"),
            CliTest.spec("TwoCounters"));
    assertEquals(12, r.exit(), r.err());
    String page = Files.readString(html);
    assertTrue(
        page.contains("<td>Counter</td><td>Counter.tla</td><td class=\"good\">success</td>"), page);
    assertTrue(
        page.contains(
            "<td>TwoCounters</td><td>TwoCounters.tla</td><td class=\"bad\">safety failure</td><td>Small</td>"),
        page);
    assertTrue(page.contains("<h3>TwoCounters: safety failure of Small</h3>"), page);
    assertTrue(page.contains("<pre>  1. Init\n"), page);
    assertEquals(1, page.split("<svg", -1).length - 1, "one diagram: one counterexample");
    // what each model checked, and that it all holds for a success
    assertTrue(
        page.contains(
            "Counter: every one holds: invariant TypeOK, property Returns, no deadlock; constants: Max = 5"),
        page);
    assertTrue(page.contains("TwoCounters: checked: "), page);
  }

  @Test
  void fullStatesPrintsEveryVariableOfEveryStep() {
    CliRun changes = CliRun.of("check", CliTest.spec("TwoCounters"));
    CliRun full = CliRun.of("check", "--full-states", CliTest.spec("TwoCounters"));
    assertEquals(12, full.exit());
    long zLines = full.out().lines().filter(l -> l.strip().startsWith("z = ")).count();
    assertEquals(4, zLines, "z, never changed, shown in each of the 4 states:\n" + full.out());
    assertTrue(full.out().lines().anyMatch(l -> l.matches(" +\\* y = \\d+")), full.out());
    assertTrue(
        changes.out().lines().filter(l -> l.strip().startsWith("z = ")).count() == 1,
        "without the option only changes are printed:\n" + changes.out());
  }

  @Test
  void twoModelsWritingTheSameSvgIsAUsageErrorBeforeAnyCheck(@TempDir Path dir) {
    CliRun r =
        CliRun.of(
            "check", "--svg", dir.toString(), CliTest.spec("Counter"), CliTest.spec("Counter"));
    assertEquals(Exit.USAGE, r.exit());
    assertTrue(
        r.err().startsWith("admincvq: --svg: two models would both write Counter.svg\n"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void htmlInAMissingDirectoryIsAUsageErrorBeforeAnyCheck(@TempDir Path dir) {
    CliRun r =
        CliRun.of(
            "check",
            "--html",
            dir.resolve("no/such/report.html").toString(),
            CliTest.spec("Counter"));
    assertEquals(Exit.USAGE, r.exit());
    assertTrue(
        r.err()
            .startsWith(
                "admincvq: --html: cannot write "
                    + dir.resolve("no/such/report.html")
                    + ": no such directory"),
        r.err());
    assertFalse(Files.exists(dir.resolve("no")));
  }

  @Test
  void svgOntoAFileIsAUsageError(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("f"), "x");
    CliRun r = CliRun.of("check", "--svg", file.toString(), CliTest.spec("Counter"));
    assertEquals(Exit.USAGE, r.exit());
    assertTrue(r.err().contains("is not a directory"), r.err());
  }
}
