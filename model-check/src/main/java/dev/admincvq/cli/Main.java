package dev.admincvq.cli;

import dev.admincvq.tlc.Interruption;
import dev.admincvq.tlc.RunInterruptedException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code admincvq}: model checks, the design-option matrix and the benchmark. */
@Command(
    name = "admincvq",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "The executable formal model of the virtio-net admin control virtqueue and the SR-IOV VF"
            + " lifecycle around it: TLC runs in this JVM, one isolated run per model.",
    subcommands = {
      CheckCommand.class,
      SimulateCommand.class,
      WorkerCommand.class,
      MatrixCommand.class,
      ProveCommand.class,
      BenchCommand.class,
      ConformCommand.class,
      ScenariosCommand.class,
      StressCommand.class,
      ValidateCommand.class,
      PropertiesCommand.class,
      FindingsCommand.class,
      ReviewCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "missing command: check, simulate, worker, matrix, prove, conform, scenarios, stress, validate, properties, findings, review or bench");
  }

  public static void main(String[] args) {
    ShutdownOnSignal signals = ShutdownOnSignal.install();
    int exit;
    try {
      exit =
          execute(
              args,
              new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
              new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    } finally {
      signals
          .finished(); // also when an error ends the command: then the hook has nothing to wait for
    }
    if (!Interruption.requested()) {
      System.exit(exit);
    }
    // Interrupted: the JVM is already ending, with the signal's status (130 or 143), once the
    // shutdown hook has removed what is left.
  }

  /** Runs the command line and returns its exit code; used by {@link #main} and by tests. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main()).setUsageHelpWidth(100);
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(
        (ex, ignored) -> {
          err.println("admincvq: " + ex.getMessage());
          err.println("Try 'admincvq " + subcommandName(ex) + "--help' for usage.");
          return Exit.USAGE;
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof RunInterruptedException) {
            err.println("admincvq: interrupted");
            return Exit.INTERRUPTED;
          }
          err.println("admincvq: " + ex.getMessage());
          return Exit.FAILURE;
        });
    int exit = cli.execute(args);
    out.flush();
    err.flush();
    return exit;
  }

  private static String subcommandName(CommandLine.ParameterException ex) {
    CommandLine c = ex.getCommandLine();
    return c.getParent() == null ? "" : c.getCommandName() + " ";
  }
}
