package dev.admincvq.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A small spec (a counter to 3) in a git repository of its own: BASE, then a changed HEAD. */
final class CounterRepository {
  private CounterRepository() {}

  /** The counter's module (src/test/resources/review/counter/Counter.tla). */
  static final String COUNTER = Fixture.resource("counter/Counter.tla");

  private static void git(Path repo, String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of("git", "-C", repo.toString(), "-c", "user.name=t", "-c", "user.email=t@t"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
  }

  /** A repository with two commits: the counter, then the counter as {@code changed}. */
  static Path repository(Path dir, String changed) throws IOException, InterruptedException {
    Path spec = dir.resolve("spec-tla");
    Files.createDirectories(spec.resolve("models"));
    Files.writeString(spec.resolve("Counter.tla"), COUNTER);
    Files.writeString(spec.resolve("models/counter.cfg"), Fixture.resource("counter/counter.cfg"));
    Files.writeString(
        spec.resolve("models/manifest.json"), Fixture.resource("counter/manifest.json"));
    git(dir, "init", "-q");
    git(dir, "add", ".");
    git(dir, "commit", "-q", "-m", "base");
    Files.writeString(spec.resolve("Counter.tla"), changed);
    git(dir, "commit", "-q", "--allow-empty", "-am", "head");
    return dir;
  }
}
