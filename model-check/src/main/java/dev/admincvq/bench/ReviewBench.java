package dev.admincvq.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.admincvq.tlc.ChildProcesses;
import dev.admincvq.tlc.TempDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Times part (e): {@code admincvq review BASE HEAD} where HEAD is the newest commit of the project
 * that changed {@code spec-tla/} and BASE its parent, both the full spec (every model of both
 * manifests). The review runs as the launcher runs it, in a process of its own with the launcher's
 * JVM options for {@code review}, so that the time is the one a user waits for.
 */
public final class ReviewBench {
  private final Path repository;
  private final Consumer<String> progress;

  /**
   * @param repository the project's git repository
   * @param progress receives a line when the review starts
   */
  public ReviewBench(Path repository, Consumer<String> progress) {
    this.repository = repository;
    this.progress = progress;
  }

  /**
   * The review of the newest spec change, timed; empty when the project is not a git repository
   * with one.
   */
  public Optional<ReviewTiming> measure() {
    Optional<String> head = git("log", "-n", "1", "--format=%h", "--", "spec-tla");
    if (head.isEmpty() || git("rev-parse", "--verify", "--quiet", head.get() + "^").isEmpty()) {
      return Optional.empty();
    }
    String base = head.get() + "^";
    progress.accept("(e) review " + base + " " + head.get() + " (every model of both sides)");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-XX:+UseParallelGC",
            "-Xss16m",
            "-XX:TieredStopAtLevel=1",
            "-XX:ReservedCodeCacheSize=240m",
            "--add-opens",
            "java.base/java.lang=ALL-UNNAMED",
            "--add-opens",
            "java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens",
            "java.rmi/sun.rmi.server=ALL-UNNAMED",
            "-Djavax.management.builder.initial=dev.admincvq.tlc.WithoutTlcBeans",
            "-cp",
            System.getProperty("java.class.path"),
            "dev.admincvq.cli.Main",
            "review",
            base,
            head.get(),
            "--format",
            "json",
            "--quiet",
            "--repo",
            repository.toString()));
    long start = System.nanoTime();
    Path dir = TempDirectory.create("admincvq-bench-review-");
    try {
      Path output = dir.resolve("review.json");
      Process p =
          new ProcessBuilder(command)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .redirectOutput(output.toFile())
              .start();
      int code = ChildProcesses.await(p); // on an Interruption, the review is ended first
      byte[] out = Files.readAllBytes(output);
      double seconds = (System.nanoTime() - start) / 1e9;
      int models = 0;
      int runs = 0;
      if (code == 0 || code == 1) {
        JsonNode report = new ObjectMapper().readTree(new String(out, StandardCharsets.UTF_8));
        models = report.path("models").size();
        runs = report.path("runs").asInt();
      }
      return Optional.of(new ReviewTiming(base, head.get(), models, runs, seconds, code));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run the review", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during the review", e);
    } finally {
      TempDirectory.delete(dir);
    }
  }

  private Optional<String> git(String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString()));
    command.addAll(List.of(args));
    try {
      Process p =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return p.waitFor() == 0 && !out.isEmpty() ? Optional.of(out) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
