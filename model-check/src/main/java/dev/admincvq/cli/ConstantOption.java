package dev.admincvq.cli;

import dev.admincvq.simulate.ConstantOverride;
import dev.admincvq.simulate.DerivedConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --constant NAME=VALUE}, shared by the commands that run a model beyond its bounds. */
final class ConstantOption {
  @Option(
      names = "--constant",
      paramLabel = "NAME=VALUE",
      description =
          "bind a constant of the configuration otherwise, e.g. MaxVFs=3, CmdId={1,2,3,4,5}, CmdId<-ThreeCmds"
              + " (repeatable; a configuration with the new bindings is written to a temporary directory)")
  List<String> texts = new ArrayList<>();

  /**
   * {@code cfg} with the overrides given, and without its properties if {@code safetyOnly}; a
   * malformed override, or one naming a constant {@code cfg} does not bind, is a usage error.
   */
  DerivedConfig derive(CommandLine commandLine, Path cfg, boolean safetyOnly) {
    try {
      return DerivedConfig.of(cfg, overrides(commandLine), safetyOnly);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(commandLine, "--constant: " + e.getMessage());
    }
  }

  private List<ConstantOverride> overrides(CommandLine commandLine) {
    List<ConstantOverride> out = new ArrayList<>();
    for (String t : texts) {
      try {
        out.add(ConstantOverride.parse(t));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(commandLine, "--constant " + e.getMessage());
      }
    }
    return List.copyOf(out);
  }
}
