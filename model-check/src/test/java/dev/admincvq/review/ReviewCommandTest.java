package dev.admincvq.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.admincvq.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code admincvq review} end to end on a small spec in a git repository of its own: revisions
 * resolved with git, the formats and the exit codes.
 */
class ReviewCommandTest {
  private static final String COUNTER = CounterRepository.COUNTER;

  private static Path repository(Path dir, String changed)
      throws IOException, InterruptedException {
    return CounterRepository.repository(dir, changed);
  }

  @Test
  void aStepThatNowSkipsANumberIsReportedWithItsCounterexampleAndExitOne(@TempDir Path dir)
      throws Exception {
    Path repo = repository(dir, COUNTER.replace("x' = x + 1", "x' \\in {x + 1, x + 2}"));
    Path out = dir.resolve("review.json");
    CliRun run =
        CliRun.of(
            "review",
            "--quiet",
            "--repo",
            repo.toString(),
            "HEAD~1",
            "HEAD",
            "--format",
            "json",
            "--out",
            out.toString());
    assertEquals(1, run.exit(), run.err());
    assertEquals("", run.out());
    JsonNode report = new ObjectMapper().readTree(Files.readString(out));
    assertEquals(1, report.get("exitCode").asInt());
    assertTrue(report.get("base").asText().startsWith("HEAD~1 ("));
    JsonNode model = report.get("models").get(0);
    assertEquals("counter", model.get("model").asText());
    JsonNode small = model.get("properties").get(0);
    assertEquals("Small", small.get("property").asText());
    assertEquals("worse", small.get("change").asText());
    assertEquals("holds", small.get("base").get("verdict").asText());
    assertEquals("violated", small.get("head").get("verdict").asText());
    assertEquals(
        3, small.get("head").get("traceLength").asInt(), "x = 0, 2, 4: the shortest violation");
    JsonNode head = model.get("comparison").get("headAllows");
    assertEquals("Inc", head.get("steps").get(1).get("action").asText());
    assertEquals("x", head.get("parting").get("otherSide").get(0).get("path").asText());
    assertEquals("2", head.get("parting").get("otherSide").get(0).get("allowed").asText());
    assertEquals("1", head.get("parting").get("otherSide").get(0).get("refused").asText());
    assertTrue(
        model.get("comparison").get("baseAllows").isNull(), "HEAD still allows every step of BASE");
  }

  @Test
  void theHtmlReportIsOneSelfContainedPage(@TempDir Path dir) throws Exception {
    Path repo =
        repository(dir, COUNTER.replace("Small == x <= 3", "Small == x <= 3 /\\ x \\in Nat"));
    CliRun run =
        CliRun.of(
            "review", "--quiet", "--repo", repo.toString(), "HEAD~1", "HEAD", "--format", "html");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("<!DOCTYPE html>"));
    assertTrue(run.out().contains("<style>"));
    assertFalse(run.out().contains("<link"), "no external stylesheet");
    assertFalse(run.out().contains("src="), "no external asset");
    assertTrue(run.out().contains("No behavioural difference"));
  }

  @Test
  void theHtmlReportDrawsEachBehaviourAndCounterexampleAsAnInlineSequenceDiagram(@TempDir Path dir)
      throws Exception {
    Path repo = repository(dir, COUNTER.replace("x' = x + 1", "x' \\in {x + 1, x + 2}"));
    CliRun run =
        CliRun.of(
            "review", "--quiet", "--repo", repo.toString(), "HEAD~1", "HEAD", "--format", "html");
    assertEquals(1, run.exit(), run.err());
    String html = run.out();
    assertEquals(
        2,
        html.split("<div class=\"diagram\"><svg", -1).length - 1,
        "the behaviour HEAD allows and the new counterexample");
    assertFalse(html.contains("src="), "no external asset");
    assertTrue(html.contains("NOW FAILS"));
  }
}
