package dev.admincvq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Outputs are checked before any model runs: an output path that cannot be written is one line
 * naming the option and the path, exit code 2, and nothing checked (no verdict, no progress); the
 * files written get the permissions the umask gives any new file, not a temporary file's 0600.
 */
class OutputPathTest {
  /**
   * An output that cannot be written: the command line ({@code DIR/}: the test's directory, where
   * {@code file} is a regular file and {@code sub} a directory), the option and path the line
   * names.
   */
  static Stream<Arguments> unwritable() {
    String spec = CliTest.spec("TwoCounters");
    return Stream.of(
        Arguments.of(
            new String[] {"check", "--trace-out", "DIR/no/such/t.json", spec},
            "--trace-out: cannot write DIR/no/such/t.json: no such directory"),
        Arguments.of(
            new String[] {"check", "--trace-out", "DIR/file/t.json", spec},
            "--trace-out: cannot write DIR/file/t.json: DIR/file is not a directory"),
        Arguments.of(
            new String[] {"check", "--trace-out", "DIR/sub", spec},
            "--trace-out: cannot write DIR/sub: is a directory"),
        Arguments.of(
            new String[] {"check", "--html", "DIR/no/r.html", spec},
            "--html: cannot write DIR/no/r.html: no such directory"),
        Arguments.of(
            new String[] {"check", "--html", "DIR/sub", spec},
            "--html: cannot write DIR/sub: is a directory"),
        Arguments.of(
            new String[] {"check", "--svg", "DIR/file/svg", spec},
            "--svg: cannot write DIR/file/svg: DIR/file is not a directory"),
        Arguments.of(
            new String[] {"review", "--out", "DIR/no/r.md", "HEAD", "HEAD"},
            "--out: cannot write DIR/no/r.md: no such directory"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("unwritable")
  void anUnwritableOutputFailsAtOnceNamingTheOptionAndThePath(
      String[] cases, String named, @TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("file"), "x");
    Files.createDirectory(dir.resolve("sub"));
    String[] args =
        Arrays.stream(cases).map(a -> a.replace("DIR/", dir + "/")).toArray(String[]::new);
    CliRun r = CliRun.of(args);
    assertEquals(Exit.USAGE, r.exit(), r.err());
    List<String> lines = r.err().lines().toList();
    assertEquals("admincvq: " + named.replace("DIR/", dir + "/"), lines.get(0), r.err());
    assertTrue(
        lines.size() == 2 && lines.get(1).startsWith("Try 'admincvq "), r.err()); // the usage hint
    assertEquals("", r.out(), "nothing was checked");
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(
          Set.of("file", "sub"),
          left.map(p -> String.valueOf(p.getFileName())).collect(Collectors.toSet()));
    }
  }

  @Test
  void writtenFilesGetThePermissionsOfAnyNewFileNotATemporaryFiles(@TempDir Path dir)
      throws IOException {
    Path trace = dir.resolve("t.json");
    Path html = dir.resolve("r.html");
    Path svgs = dir.resolve("svg");
    CliRun r =
        CliRun.of(
            "check",
            "--trace-out",
            trace.toString(),
            "--html",
            html.toString(),
            "--svg",
            svgs.toString(),
            CliTest.spec("TwoCounters"));
    assertEquals(12, r.exit(), r.err());
    Set<PosixFilePermission> newFile =
        Files.getPosixFilePermissions(Files.createFile(dir.resolve("probe")));
    for (Path written : List.of(trace, html, svgs.resolve("TwoCounters.svg"))) {
      assertEquals(newFile, Files.getPosixFilePermissions(written), written.toString());
    }
    assertFalse(
        newFile.equals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)),
        "umask 077 here: the test cannot tell");
  }
}
