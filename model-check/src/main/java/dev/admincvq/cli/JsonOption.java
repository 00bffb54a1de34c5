package dev.admincvq.cli;

import picocli.CommandLine.Option;

/**
 * {@code --json}, shared by every command that has a JSON form: one declaration, one help text.
 * What the JSON holds is the command's own (its description says; docs/cli.md lists the fields).
 */
final class JsonOption {
  @Option(
      names = "--json",
      description =
          "print JSON instead of text, for programs (its shape: the description above); no progress lines")
  boolean on;

  /** Whether {@code --json} was given. */
  boolean on() {
    return on;
  }
}
