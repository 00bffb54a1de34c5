package dev.admincvq.tlc;

import dev.admincvq.model.CheckResult;
import dev.admincvq.model.Problem;
import dev.admincvq.model.Verdict;
import dev.admincvq.tlc.answer.RunInput;
import dev.admincvq.tlc.inside.RunEntry;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * TLC's distributed mode: a server ({@code tlc2.tool.distributed.TLCServer}) that holds the state
 * queue and the fingerprint set, and workers ({@code TLCWorker}) on this or other machines that
 * compute successors and check invariants, over Java RMI. Safety only: TLC's distributed mode
 * checks invariants and action properties, never temporal ones.
 *
 * <p>The server is a child process running {@code tlc.inside.DistributedServer} (TLC's server with
 * TLC's messages recorded by code), set up as every run is ({@link RunSetup}: its own run
 * directory, removed afterwards; the configuration copy; the module search path as TLC's {@code
 * TLA-Library}), not a run in this JVM: {@code TLCServer} creates an RMI registry on its port that
 * it never unexports (a second run in the same JVM could not bind the port again), reads the port
 * from a system property once per class, and resolves the files it serves to workers through the
 * JVM-wide {@code TLA-Library} property. Its figures come from TLC's message objects, the violated
 * invariant from TLC's evaluator, in one answer line; TLC's distributed trace is not decoded (in
 * TLC 2.18 it does not start at an initial state), so a violation is reported by the invariant's
 * name and the states checked.
 */
public final class DistributedTlc {
  /** TLC's exit statuses for a safety violation and a deadlock. */
  private static final int SAFETY_EXIT = 12;

  private static final int DEADLOCK_EXIT = 11;

  private static final String SERVER_CLASS = "tlc2.tool.distributed.TLCServer";
  private static final String SERVER_MAIN = RunEntry.class.getPackageName() + ".DistributedServer";
  private static final String ANSWER = "admincvq-distributed-answer";
  private static final String WORKER_CLASS = "tlc2.tool.distributed.TLCWorker";
  private static final Duration WORKER_EXIT_LIMIT = Duration.ofSeconds(20);

  private DistributedTlc() {}

  /**
   * What to check and with which workers.
   *
   * @param spec the root module
   * @param config its configuration (safety only: temporal properties left out by the caller)
   * @param checkDeadlock whether a state with no successor is an error (the configuration's {@code
   *     CHECK_DEADLOCK}; TLC's server reads only its {@code -deadlock} option)
   * @param port the RMI registry's port, on which workers find the server
   * @param localWorkers worker processes started on this machine (0: wait for workers started
   *     elsewhere with {@code admincvq worker})
   * @param threads threads per local worker
   * @param libraryPaths further directories searched for modules
   * @param status receives one line when the server is started and waits for workers
   */
  public record Request(
      Path spec,
      Path config,
      boolean checkDeadlock,
      int port,
      int localWorkers,
      int threads,
      List<Path> libraryPaths,
      Consumer<String> status) {
    public Request {
      libraryPaths = List.copyOf(libraryPaths);
      if (localWorkers < 0 || threads < 1 || port < 1 || port > 65535) {
        throw new IllegalArgumentException(
            "bad distributed request: port " + port + ", workers " + localWorkers);
      }
    }
  }

  /** Runs the server until the model is checked, with the local workers asked for. */
  public static CheckResult check(Request request) {
    Optional<Problem> missing = TlcChecker.missingInput(request.spec(), request.config());
    if (missing.isPresent()) {
      return result(request, Verdict.ERROR, Optional.empty(), 0, 0, 0, Duration.ZERO, 255, missing);
    }
    List<String> mode = request.checkDeadlock() ? List.of() : List.of("-deadlock");
    return RunSetup.inRunDirectory(
        "admincvq-tlc-server-",
        request.spec(),
        Optional.of(request.config()),
        mode,
        request.libraryPaths(),
        LibraryModules.bundled(),
        dir -> serve(request, dir.directory(), dir.input()));
  }

  private static CheckResult serve(Request request, Path directory, RunInput input) {
    List<String> command = java(request.port());
    command.add("-DTLA-Library=" + String.join(File.pathSeparator, input.searchPath()));
    command.add("-cp");
    command.add(IsolatedTlc.fromApplicationClassPath().classPathText());
    command.add(SERVER_MAIN);
    command.addAll(input.arguments());
    long start = System.nanoTime();
    List<Process> workers = new CopyOnWriteArrayList<>();
    try {
      Process server =
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectErrorStream(true)
              .start();
      // Interrupted (Ctrl-C), this JVM ends the server and the local workers rather than leave them
      // holding the port.
      Thread ender =
          new Thread(
              () -> {
                server.destroy();
                workers.forEach(Process::destroy);
              },
              "admincvq-distributed-end");
      Runtime.getRuntime().addShutdownHook(ender);
      try {
        request
            .status()
            .accept(
                request.localWorkers() == 0
                    ? "TLC server on port "
                        + request.port()
                        + ": waiting for workers (admincvq worker "
                        + "THIS-HOST --port "
                        + request.port()
                        + ")"
                    : "TLC server on port "
                        + request.port()
                        + " with "
                        + request.localWorkers()
                        + " local workers");
        for (int i = 0; i < request.localWorkers(); i++) {
          workers.add(
              worker("localhost", request.port(), request.threads())
                  .directory(directory.toFile())
                  .redirectErrorStream(true)
                  .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                  .start());
        }
        String out = new String(server.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        server.waitFor();
        return decode(request, out, Duration.ofNanos(System.nanoTime() - start));
      } finally {
        server.destroy();
        stop(workers);
        Runtime.getRuntime().removeShutdownHook(ender);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start TLC's distributed server", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while TLC's distributed server ran", e);
    }
  }

  /**
   * A worker process for the server on {@code host}: {@code java tlc2.tool.distributed.TLCWorker
   * HOST}, with the port and its threads as TLC's system properties. It fetches the spec from the
   * server and ends when the server says the model is checked.
   */
  public static ProcessBuilder worker(String host, int port, int threads) {
    List<String> command = java(port);
    command.add("-D" + WORKER_CLASS + ".threadCount=" + threads);
    command.add("-cp");
    command.add(TlcChecker.tlcJar().toString());
    command.add(WORKER_CLASS);
    command.add(host);
    return new ProcessBuilder(command);
  }

  private static List<String> java(int port) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-D" + SERVER_CLASS + ".port=" + port);
    return command;
  }

  /** Waits a while for the workers the server told to exit, then ends those still running. */
  private static void stop(List<Process> workers) throws InterruptedException {
    long deadline = System.nanoTime() + WORKER_EXIT_LIMIT.toNanos();
    for (Process w : workers) {
      long left = deadline - System.nanoTime();
      if (left <= 0 || !w.waitFor(left, TimeUnit.NANOSECONDS)) {
        w.destroy();
      }
    }
  }

  /**
   * The verdict and figures from the server's answer line ({@code DistributedServer}: verdict,
   * distinct, generated, depth, violated or {@code -}); without one, an error located in TLC's
   * output.
   */
  private static CheckResult decode(Request request, String out, Duration took) {
    Optional<String> line = out.lines().filter(l -> l.startsWith(ANSWER + " ")).reduce((a, b) -> b);
    String[] f = line.map(l -> l.split(" ")).orElse(new String[0]);
    if (f.length != 6 || f[1].equals("error")) {
      Problem problem =
          ProblemLocator.locate(request.spec(), request.config(), out, Optional.empty());
      return result(
          request, Verdict.ERROR, Optional.empty(), 0, 0, 0, took, 255, Optional.of(problem));
    }
    long distinct = Math.max(0, Long.parseLong(f[2]));
    long generated = Math.max(0, Long.parseLong(f[3]));
    int depth = (int) Math.max(0, Long.parseLong(f[4]));
    Optional<String> violated = f[5].equals("-") ? Optional.empty() : Optional.of(f[5]);
    return switch (f[1]) {
      case "safety" ->
          result(
              request,
              Verdict.SAFETY_FAILURE,
              violated,
              distinct,
              generated,
              depth,
              took,
              SAFETY_EXIT,
              Optional.empty());
      case "deadlock" ->
          result(
              request,
              Verdict.DEADLOCK,
              violated,
              distinct,
              generated,
              depth,
              took,
              DEADLOCK_EXIT,
              Optional.empty());
      default ->
          result(
              request,
              Verdict.SUCCESS,
              violated,
              distinct,
              generated,
              depth,
              took,
              0,
              Optional.empty());
    };
  }

  private static CheckResult result(
      Request request,
      Verdict verdict,
      Optional<String> violated,
      long distinct,
      long generated,
      int depth,
      Duration took,
      int exit,
      Optional<Problem> problem) {
    return new CheckResult(
        request.spec(),
        request.config(),
        verdict,
        violated,
        distinct,
        generated,
        depth,
        took,
        Optional.empty(),
        exit,
        problem);
  }
}
