package dev.admincvq.cli;

import picocli.CommandLine.Option;

/** {@code --format md|json}, shared by the commands that print a document as Markdown or JSON. */
final class FormatOption {
  enum Format {
    md,
    json
  }

  @Option(
      names = "--format",
      paramLabel = "md|json",
      defaultValue = "md",
      description = "md (default) or json")
  Format format = Format.md;

  /** Whether JSON was asked for. */
  boolean json() {
    return format == Format.json;
  }
}
