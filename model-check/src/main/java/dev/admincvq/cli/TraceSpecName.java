package dev.admincvq.cli;

import dev.admincvq.validate.TraceSpec;
import picocli.CommandLine;

/**
 * The trace spec that {@code --spec} names in {@code validate} and {@code stress} ({@code stress
 * --spec S} writes traces that {@code validate --spec S} checks): a usage error for any other name.
 */
final class TraceSpecName {
  private TraceSpecName() {}

  /**
   * @throws CommandLine.ParameterException when {@code name} is neither {@code actors} nor {@code
   *     adminvq}
   */
  static TraceSpec parse(CommandLine command, String name) {
    return TraceSpec.named(name)
        .orElseThrow(
            () ->
                new CommandLine.ParameterException(
                    command, "--spec must be actors or adminvq, not '" + name + "'"));
  }
}
