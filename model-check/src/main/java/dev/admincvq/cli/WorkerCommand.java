package dev.admincvq.cli;

import dev.admincvq.tlc.DistributedTlc;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code admincvq worker HOST}: a TLC worker for a server started by {@code check --distributed}.
 */
@Command(
    name = "worker",
    mixinStandardHelpOptions = true,
    header = "Work for a TLC server started with 'admincvq check --distributed'.",
    description = {
      "Starts a TLC worker process (tlc2.tool.distributed.TLCWorker) for the server on HOST, and",
      "waits until the server ends it. The worker needs no copy of the spec: it fetches the modules",
      "and the configuration from the server. It retries until the server is up. Both machines must",
      "reach each other: the server's --port, and the ports RMI picks on the worker (the server calls",
      "back); set -Djava.rmi.server.hostname in JAVA_TOOL_OPTIONS when a machine has several names.",
      "Exit code 0 when the worker ends normally (the server's check is done), 2 on a bad option,",
      "3 when the worker process fails (one line gives its exit code), 130/143 on SIGINT/SIGTERM."
    })
final class WorkerCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "10997",
      description = "the server's port (default: ${DEFAULT-VALUE}, TLC's)")
  int port;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "worker threads (default: this machine's cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Parameters(paramLabel = "HOST", description = "the machine the server runs on")
  String host = "";

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (threads < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--threads must be at least 1, was " + threads);
    }
    if (port < 1 || port > 65535) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--port must be 1-65535, was " + port);
    }
    Process worker = DistributedTlc.worker(host, port, threads).inheritIO().start();
    int exit = worker.waitFor();
    if (exit != 0) {
      // TLC's worker exits 255 and others that mean nothing to a caller: one code, said here.
      spec.commandLine()
          .getErr()
          .println("admincvq: the TLC worker process ended with exit code " + exit);
      return Exit.FAILURE;
    }
    return 0;
  }
}
