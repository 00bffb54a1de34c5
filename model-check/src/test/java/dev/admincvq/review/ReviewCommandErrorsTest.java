package dev.admincvq.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.cli.CliRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code admincvq review} errors: one line, exit 2, no report. */
class ReviewCommandErrorsTest {
  private static final String COUNTER = CounterRepository.COUNTER;

  private static Path repository(Path dir, String changed)
      throws IOException, InterruptedException {
    return CounterRepository.repository(dir, changed);
  }

  @Test
  void anUnknownRevisionIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
    Path repo = repository(dir, COUNTER);
    CliRun run = CliRun.of("review", "--repo", repo.toString(), "no-such-rev", "HEAD");
    assertEquals(2, run.exit());
    assertEquals(
        "admincvq: no-such-rev: neither a directory nor a revision of the git repository " + repo,
        run.err().strip());
  }

  @Test
  void anUnparsableSpecNamesTheFileAndPositionInOneLine(@TempDir Path dir) throws Exception {
    Path repo =
        repository(dir, COUNTER.replace("Reset == x = 3 /\\ x' = 0", "Reset == x = 3 /\\ x' = "));
    CliRun run = CliRun.of("review", "--quiet", "--repo", repo.toString(), "HEAD~1", "HEAD");
    assertEquals(2, run.exit(), run.out());
    String err = run.err().strip();
    assertFalse(err.contains("\n"), err);
    assertTrue(err.matches("admincvq: HEAD:spec-tla/Counter\\.tla:\\d+:\\d+: .+"), err);
    assertEquals("", run.out(), "nothing half-written");
  }

  @Test
  void aSyntaxErrorInHeadIsReportedBeforeAnyModelOfBaseRuns(@TempDir Path dir) throws Exception {
    Path repo =
        repository(dir, COUNTER.replace("Reset == x = 3 /\\ x' = 0", "Reset == x = 3 /\\ x' = "));
    CliRun run = CliRun.of("review", "--repo", repo.toString(), "HEAD~1", "HEAD");
    assertEquals(2, run.exit(), run.out());
    List<String> lines = run.err().lines().toList();
    assertEquals(
        1,
        lines.size(),
        "no progress line: no model of BASE examined before HEAD is parsed\n" + run.err());
    assertTrue(
        lines.get(0).matches("admincvq: HEAD:spec-tla/Counter\\.tla:\\d+:\\d+: .+"), run.err());
  }

  @Test
  void aModelOnNeitherSideIsRefused(@TempDir Path dir) throws Exception {
    Path repo = repository(dir, COUNTER);
    CliRun run =
        CliRun.of("review", "--repo", repo.toString(), "HEAD~1", "HEAD", "--model", "nope");
    assertEquals(2, run.exit());
    assertTrue(run.err().startsWith("admincvq: nope: no such model on either side"), run.err());
  }

  @Test
  void anUnknownFormatIsAUsageError(@TempDir Path dir) throws Exception {
    CliRun run = CliRun.of("review", ".", ".", "--format", "pdf");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("--format must be md, json or html"), run.err());
  }
}
