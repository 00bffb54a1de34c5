package dev.admincvq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: output, errors in one line, exit codes. */
class CliTest {
  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  static String spec(String module) {
    URL url = CliTest.class.getResource("/specs/" + module + ".tla");
    if (url == null) {
      throw new IllegalArgumentException(module);
    }
    try {
      return Path.of(url.toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void checkPrintsTheVerdictAndANumberedCounterexampleAndExitsAsTlc() {
    CliRun r = run("check", spec("TwoCounters"));
    assertEquals(12, r.exit());
    assertTrue(r.out().contains("safety failure of Small"), r.out());
    assertTrue(r.out().contains("  4. IncY\n"), r.out());
    assertTrue(r.out().contains("y = 3"), r.out());
  }

  @Test
  void checkJsonPrintsOneObjectPerModelPerLine() throws Exception {
    CliRun r = run("check", "--json", spec("Counter"), spec("TwoCounters"));
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size(), r.out());
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertEquals("success", first.get("result").asText());
    assertEquals(6, first.get("distinctStates").asLong());
    JsonNode second = new ObjectMapper().readTree(lines.get(1));
    assertEquals("safety failure", second.get("result").asText());
    assertEquals("Small", second.get("violated").asText());
    assertEquals(4, second.get("trace").size());
    List<String> fields = new ArrayList<>();
    second.fieldNames().forEachRemaining(fields::add);
    assertEquals("hooksApplied", fields.get(fields.size() - 1), "the hooks come last: " + fields);
    assertEquals(
        "[\"jdk.threadPools\",\"jdk.rmiMethodCache\",\"jmx.withoutTlcBeans\"]",
        second.get("hooksApplied").toString());
    assertEquals("", r.err(), "no progress with --json");
    assertEquals(12, r.exit(), "the first non-zero exit code");
  }

  @Test
  void specWithColonConfigUsesThatConfig() {
    String counter = spec("Counter");
    CliRun r = run("check", counter + ":" + counter.replace("Counter.tla", "BadConfig.cfg"));
    assertEquals(151, r.exit());
    assertTrue(r.err().contains("BadConfig.cfg"), r.err());
  }

  @Test
  void traceOutWritesItfJson(@TempDir Path dir) throws Exception {
    Path itf = dir.resolve("trace.itf.json");
    CliRun r = run("check", "--trace-out", itf.toString(), spec("TwoCounters"));
    assertEquals(12, r.exit());
    JsonNode root = new ObjectMapper().readTree(Files.readString(itf));
    assertEquals("ITF", root.get("#meta").get("format").asText());
    assertEquals(4, root.get("states").size());
    assertEquals("3", root.get("states").get(3).get("y").get("#bigint").asText());
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file left beside it");
    }
  }

  @Test
  void parseErrorIsOneLineWithFileAndPosition() {
    CliRun r = run("check", spec("Broken"));
    assertEquals(150, r.exit());
    List<String> lines = r.err().lines().filter(l -> l.startsWith("admincvq:")).toList();
    assertEquals(1, lines.size(), r.err());
    assertTrue(lines.get(0).contains("Broken.tla:5:"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace");
  }

  @Test
  void missingSpecIsOneLineAndExitsAsASpecTlcCannotParse() {
    CliRun r = run("check", "/nonexistent/Nope.tla");
    assertEquals(150, r.exit());
    assertEquals("admincvq: /nonexistent/Nope.tla: no such file\n", r.err());
  }

  @Test
  void badOptionGivesUsageErrorExitTwo() {
    CliRun r = run("check", "--workers", "many", spec("Counter"));
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("admincvq: "), r.err());
    assertFalse(r.err().contains("\tat "));
  }

  @Test
  void zeroWorkersIsRefused() {
    CliRun r = run("check", "--workers", "0", spec("Counter"));
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--workers must be at least 1"), r.err());
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun r = run();
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("missing command"), r.err());
  }

  @Test
  void matrixWithBrokenManifestIsOneLine(@TempDir Path dir) throws Exception {
    Path m = dir.resolve("manifest.json");
    Files.writeString(m, "{ not json");
    CliRun r = run("matrix", "--manifest", m.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("admincvq: " + m + ":1:"), r.err());
  }
}
