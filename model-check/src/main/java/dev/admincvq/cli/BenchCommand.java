package dev.admincvq.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code admincvq bench}: embedded TLC against separate TLC processes, measured in one run. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmark (see README).")
final class BenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "bench is not built yet");
  }
}
