package dev.admincvq.tlc;

import dev.admincvq.tlc.answer.RunInput;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TLC as a separate {@code java tlc2.TLC} process: the yardstick the in-process runner is measured
 * against (repeatability tests, benchmark), not a second way to check specs.
 *
 * <p>The process runs in tool mode; its figures are read from the framed messages by code ({@link
 * ToolMessages}). The counts sit in the text of those messages, the only place a separate process
 * gives them.
 */
public final class ProcessTlc {
  private static final int TLC_STATS = 2199;
  private static final int TLC_SEARCH_DEPTH = 2194;
  private static final int INVARIANT_VIOLATED_BEHAVIOR = 2110;
  private static final int INVARIANT_VIOLATED_INITIAL = 2107;
  private static final Pattern NUMBER = Pattern.compile("(\\d[\\d,]*)");
  private static final Pattern VIOLATED = Pattern.compile("Invariant (\\w+) is violated");

  private ProcessTlc() {}

  /**
   * What a separate process reported.
   *
   * @param exitCode the process's exit status
   * @param generated states generated
   * @param distinct distinct states
   * @param depth search depth (0 when TLC stopped early)
   * @param violated the invariant reported violated, if any
   * @param duration wall-clock time including JVM start
   */
  public record Outcome(
      int exitCode,
      long generated,
      long distinct,
      int depth,
      Optional<String> violated,
      Duration duration) {}

  /**
   * Runs {@code java -cp <tlc jar> tlc2.TLC} on a spec with its config and {@code workers} workers,
   * set up as every in-process run is ({@link RunSetup}): the same run directory, configuration
   * copy, arguments, and module search path (given to TLC as its {@code TLA-Library}).
   */
  public static Outcome run(Path spec, Path config, int workers, List<String> jvmOptions) {
    return RunSetup.inRunDirectory(
        "admincvq-tlc-process-",
        spec,
        Optional.of(config),
        workers,
        List.of(),
        LibraryModules.bundled(),
        dir -> run(dir.directory(), dir.input(), jvmOptions));
  }

  private static Outcome run(Path directory, RunInput input, List<String> jvmOptions) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-DTLA-Library=" + String.join(File.pathSeparator, input.searchPath()));
    command.add("-cp");
    command.add(TlcChecker.tlcJar().toString());
    command.add("tlc2.TLC");
    command.addAll(input.arguments());
    long start = System.nanoTime();
    Path output = directory.resolve("tlc-output.txt");
    try {
      Process p =
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      int exit =
          ChildProcesses.await(p); // on an Interruption, ended before its run directory is removed
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      return outcomeOf(exit, Files.readString(output, StandardCharsets.UTF_8), took);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a TLC process", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for TLC", e);
    }
  }

  static Outcome outcomeOf(int exit, String output, Duration took) {
    long generated = 0;
    long distinct = 0;
    int depth = 0;
    Optional<String> violated = Optional.empty();
    for (ToolMessages.Message m : ToolMessages.parse(output)) {
      switch (m.code()) {
        case TLC_STATS -> {
          List<Long> n = numbers(m.text());
          generated = n.size() > 0 ? n.get(0) : 0;
          distinct = n.size() > 1 ? n.get(1) : 0;
        }
        case TLC_SEARCH_DEPTH -> {
          List<Long> n = numbers(m.text());
          depth = n.isEmpty() ? 0 : n.get(0).intValue();
        }
        case INVARIANT_VIOLATED_BEHAVIOR, INVARIANT_VIOLATED_INITIAL -> {
          Matcher v = VIOLATED.matcher(m.text());
          if (v.find() && v.group(1) != null) {
            violated = Optional.ofNullable(v.group(1));
          }
        }
        default -> {}
      }
    }
    return new Outcome(exit, generated, distinct, depth, violated, took);
  }

  private static List<Long> numbers(String text) {
    List<Long> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      String g = m.group(1);
      if (g != null) {
        out.add(Long.parseLong(g.replace(",", "")));
      }
    }
    return out;
  }
}
