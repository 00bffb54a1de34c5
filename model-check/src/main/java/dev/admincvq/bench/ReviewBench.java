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
 * Times part (e): {@code admincvq review BASE HEAD} of a change that every model loads. BASE is
 * this checkout's {@code spec-tla/}; HEAD is a copy of it with {@link #CHANGE} applied, the review
 * fixture that drops the device's generation check from {@code AdminCvqActors.tla}: every model of
 * the manifest is checked on both sides and every verdict that changes is explained by a behaviour,
 * which is the review a spec author waits for. The review runs as the launcher runs it, in a
 * process of its own with the launcher's JVM options for {@code review}, so that the time is the
 * one a user waits for.
 */
public final class ReviewBench {
  /** The change reviewed, relative to the project's root (a review fixture of the tests). */
  public static final String CHANGE =
      "model-check/src/test/resources/review/drop-device-stale-check.patch";

  private final Path root;
  private final Consumer<String> progress;

  /**
   * @param root the project's checkout (its {@code spec-tla/} and {@link #CHANGE})
   * @param progress receives a line when the review starts
   */
  public ReviewBench(Path root, Consumer<String> progress) {
    this.root = root;
    this.progress = progress;
  }

  /**
   * The review of {@link #CHANGE} against this checkout's spec, timed; empty, with the reason given
   * to {@code progress}, when the checkout has no such change or it no longer applies.
   */
  public Optional<ReviewTiming> measure() {
    Path change = root.resolve(CHANGE);
    Path spec = root.resolve("spec-tla");
    if (!Files.isRegularFile(change) || !Files.isDirectory(spec)) {
      progress.accept("(e) skipped: not a checkout of this project with " + CHANGE);
      return Optional.empty();
    }
    Path dir = TempDirectory.create("admincvq-bench-review-");
    try {
      Path head = dir.resolve("head");
      TempDirectory.copyTree(spec, head.resolve("spec-tla"));
      Optional<String> refused = apply(head, change);
      if (refused.isPresent()) {
        progress.accept("(e) skipped: " + CHANGE + " no longer applies: " + refused.get());
        return Optional.empty();
      }
      progress.accept("(e) review of " + change.getFileName() + " (every model of both sides)");
      return Optional.of(review(head, dir.resolve("review.json")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run the review", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during the review", e);
    } finally {
      TempDirectory.delete(dir);
    }
  }

  private ReviewTiming review(Path head, Path output) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-XX:+UseParallelGC",
            "-Xss16m",
            "-XX:TieredStopAtLevel=1",
            "-XX:ReservedCodeCacheSize=240m",
            "-XX:MaxRAMPercentage=50",
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
            root.toString(),
            head.toString(),
            "--format",
            "json",
            "--quiet"));
    long start = System.nanoTime();
    Process p =
        new ProcessBuilder(command)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .redirectOutput(output.toFile())
            .start();
    int code = ChildProcesses.await(p); // on an Interruption, the review is ended first
    double seconds = (System.nanoTime() - start) / 1e9;
    int models = 0;
    int runs = 0;
    int worse = 0;
    if (code == 0 || code == 1) {
      JsonNode report = new ObjectMapper().readTree(Files.readString(output));
      models = report.path("models").size();
      runs = report.path("runs").asInt();
      for (JsonNode m : report.path("models")) {
        for (JsonNode property : m.path("properties")) {
          if ("worse".equals(property.path("change").asText())) {
            worse++;
          }
        }
      }
    }
    return new ReviewTiming(CHANGE, models, runs, worse, seconds, code);
  }

  /** {@code git apply} of {@code change} in {@code checkout}; the refusal, if it was refused. */
  private static Optional<String> apply(Path checkout, Path change)
      throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                List.of("git", "apply", "--unsafe-paths", change.toAbsolutePath().toString()))
            .directory(checkout.toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    return p.waitFor() == 0 ? Optional.empty() : Optional.of(out.lines().findFirst().orElse(""));
  }
}
