package dev.admincvq.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.checkerframework.checker.nullness.qual.Nullable;
import picocli.CommandLine;

/**
 * An output path checked before any model runs: a file whose directory exists and can be written
 * (and that is not a directory), or a directory that exists or can be made. A path that fails is a
 * usage error naming the option and the path, so that nothing runs for minutes and then cannot be
 * written.
 */
final class OutputPath {
  private OutputPath() {}

  /**
   * Fails, as a usage error, unless {@code file} (given to {@code option}) can be written; none is.
   */
  static void requireWritableFile(CommandLine cli, String option, @Nullable Path file) {
    if (file == null) {
      return;
    }
    if (Files.isDirectory(file)) {
      throw refused(cli, option, file, "is a directory");
    }
    if (Files.exists(file) && !Files.isWritable(file)) {
      throw refused(cli, option, file, "cannot be written");
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent == null || !Files.exists(parent)) {
      throw refused(cli, option, file, "no such directory");
    }
    if (!Files.isDirectory(parent)) {
      throw refused(cli, option, file, parent + " is not a directory");
    }
    if (!Files.isWritable(parent)) {
      throw refused(cli, option, file, "directory " + parent + " cannot be written");
    }
  }

  /**
   * Fails, as a usage error, unless {@code dir} (given to {@code option}) is a directory that can
   * be written, or can be made: its nearest existing ancestor is a directory that can be written;
   * none is.
   */
  static void requireWritableDirectory(CommandLine cli, String option, @Nullable Path dir) {
    if (dir == null) {
      return;
    }
    Path existing = dir.toAbsolutePath();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null || !Files.isDirectory(existing)) {
      throw refused(
          cli,
          option,
          dir,
          existing == null ? "no such directory" : existing + " is not a directory");
    }
    if (!Files.isWritable(existing)) {
      throw refused(cli, option, dir, "directory " + existing + " cannot be written");
    }
  }

  private static CommandLine.ParameterException refused(
      CommandLine cli, String option, Path path, String why) {
    return new CommandLine.ParameterException(cli, option + ": cannot write " + path + ": " + why);
  }
}
