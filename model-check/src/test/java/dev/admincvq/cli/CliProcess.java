package dev.admincvq.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The CLI in a child JVM started as the launcher starts it (its JVM flags), on this test's class
 * path (the jar is made after the tests), with a temporary directory of its own so that what it
 * leaves there is its own. Its stdout and stderr go to files beside that directory.
 */
final class CliProcess {
  private final Process process;
  private final Path tmp;
  private final Path out;
  private final Path err;

  private CliProcess(Process process, Path tmp, Path out, Path err) {
    this.process = process;
    this.tmp = tmp;
    this.out = out;
    this.err = err;
  }

  /** Starts {@code admincvq args} with {@code dir/tmp} as its temporary directory. */
  static CliProcess start(Path dir, String... args) throws IOException {
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    List<String> command = new ArrayList<>();
    if (envResetsSignals()) {
      // A JVM keeps SIGINT ignored when it inherits it ignored (a job started in the background by
      // a shell that is not interactive, as CI may run the build): reset it for the child.
      command.addAll(List.of("env", "--default-signal=INT"));
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-XX:+UseParallelGC",
            "-Xss16m",
            "--add-opens",
            "java.base/java.lang=ALL-UNNAMED",
            "--add-opens",
            "java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens",
            "java.rmi/sun.rmi.server=ALL-UNNAMED",
            "-Djavax.management.builder.initial=dev.admincvq.tlc.WithoutTlcBeans",
            "-Dadmincvq.root=" + System.getProperty("admincvq.root", ".."),
            "-Djava.io.tmpdir=" + tmp,
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName()));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .start();
    return new CliProcess(p, tmp, out, err);
  }

  private static boolean envResetsSignals() {
    try {
      Process p =
          new ProcessBuilder("env", "--default-signal=INT", "true")
              .redirectErrorStream(true)
              .start();
      p.getInputStream().transferTo(OutputStream.nullOutputStream());
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Waits until a line of stderr matches (the test's own timeout bounds the wait). */
  void awaitErrLine(Predicate<String> line) throws IOException, InterruptedException {
    while (true) {
      if (err().lines().anyMatch(line)) {
        return;
      }
      if (!process.isAlive()) {
        throw new AssertionError(
            "the CLI ended (exit " + process.exitValue() + ") before the line awaited:\n" + err());
      }
      Thread.sleep(100);
    }
  }

  /** Waits until the child has an entry named {@code prefix...} in its temporary directory. */
  void awaitTempEntry(String prefix) throws IOException, InterruptedException {
    while (tempEntries().stream().noneMatch(n -> n.startsWith(prefix))) {
      if (!process.isAlive()) {
        throw new AssertionError(
            "the CLI ended (exit "
                + process.exitValue()
                + ") before making "
                + prefix
                + "*:\n"
                + err());
      }
      Thread.sleep(100);
    }
  }

  /** Sends the signal named (INT, TERM) to the child, as {@code kill -NAME} does. */
  void signal(String name) throws IOException, InterruptedException {
    int exit =
        new ProcessBuilder("kill", "-" + name, Long.toString(process.pid()))
            .inheritIO()
            .start()
            .waitFor();
    if (exit != 0) {
      throw new AssertionError("kill -" + name + " failed: " + exit);
    }
  }

  /** Waits for the child to end; its exit code. */
  int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  String out() throws IOException {
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  String err() throws IOException {
    return Files.readString(err, StandardCharsets.UTF_8);
  }

  /**
   * The names of what the child has in its temporary directory that is ours ({@code admincvq-*}).
   */
  List<String> tempEntries() throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> String.valueOf(p.getFileName()))
          .filter(n -> n.startsWith("admincvq-"))
          .sorted()
          .toList();
    }
  }

  /** Ends the child if a test failed before it did. */
  void destroyIfAlive() {
    if (process.isAlive()) {
      process.destroyForcibly();
    }
  }

  /** A test resource as a path. */
  static Path resource(String name) {
    URL url = CliProcess.class.getResource("/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
