package dev.admincvq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's exit-code table is the CLI's: every bad input below ends with the code the table
 * documents for it, one line on stderr naming the file (and line) or the option, no stack trace; no
 * code is 255; every code the CLI defines is in the table.
 */
class ExitCodeTest {
  private static final Path README =
      Path.of(System.getProperty("admincvq.root", "..")).resolve("README.md");

  /** Writes the bad inputs into {@code dir}; the cases name them {@code DIR/name}. */
  private static void writeInputs(Path dir) throws IOException {
    Files.writeString(
        dir.resolve("Spec.tla"),
        "---- MODULE Spec ----\nEXTENDS Naturals\nCONSTANT Max\nVARIABLE x\nInit == x = 0\nNext == x' = (x + 1) % (Max + 1)\nInv == x <= Max\n====\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("Spec.cfg"),
        "CONSTANT Max = 2\nINIT Init\nNEXT Next\nINVARIANT Inv\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("Misspelt.cfg"),
        "CONSTANT Max = 2\nINIT Init\nNEXTT Next\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("NoValue.cfg"), "CONSTANT Max\nINIT Init\nNEXT Next\n", StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("NoNext.cfg"),
        "CONSTANT Max = 2\nINIT Init\nNEXT Nxt\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("NoInv.cfg"),
        "CONSTANT Max = 2\nINIT Init\nNEXT Next\nINVARIANT NoSuchInv\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("Parse.tla"),
        "---- MODULE Parse ----\nVARIABLE x\nInit == x = \nNext == x' = x\n====\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("Parse.cfg"), "INIT Init\nNEXT Next\n", StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("Extends.tla"),
        "---- MODULE Extends ----\nEXTENDS NoSuchModule\nVARIABLE x\nInit == x = 0\nNext == x' = x\n====\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("Extends.cfg"), "INIT Init\nNEXT Next\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("broken.json"), "{ not json");
    Files.writeString(dir.resolve("notes.txt"), "not a module\n", StandardCharsets.UTF_8);
    Files.write(dir.resolve("binary.ndjson"), BINARY);
    Files.writeString(
        dir.resolve("trailing.ndjson"), TRACE_HEADER + " {\"seq\":1}\n", StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("twice.ndjson"),
        TRACE_HEADER + "\n{\"seq\":1,\"action\":\"DeviceFetch\",\"c\":1,\"c\":1}\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("negative.ndjson"),
        TRACE_HEADER + "\n{\"seq\":1,\"action\":\"DeviceFetch\",\"c\":-1}\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("beyond.ndjson"),
        TRACE_HEADER + "\n{\"seq\":1,\"action\":\"DeviceFetch\",\"c\":2000000000}\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("vfs.ndjson"),
        TRACE_HEADER.replace("\"MaxVFs\":1,", "\"MaxVFs\":100000000,") + "\n",
        StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve("huge-arg"));
    Files.writeString(
        dir.resolve("huge-arg/huge.scenario"),
        SCENARIO_HEAD + "  DriverSubmitAdmin c=1 t=1 op=setMac arg=99999999999999999999\n",
        StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve("binary-scenario"));
    Files.write(dir.resolve("binary-scenario/binary.scenario"), BINARY);
    Files.createDirectories(dir.resolve("traces"));
    Files.writeString(
        dir.resolve("traces/run-0001.ndjson"), TRACE_HEADER + "\n", StandardCharsets.UTF_8);
  }

  /** The header line of a trace of {@code drops_barrier_wireGen} at one VF. */
  static final String TRACE_HEADER =
      "{\"seq\":0,\"action\":\"Init\",\"MaxVFs\":1,\"DriverSync\":\"barrier\",\"DeviceCheck\":\"wireGen\",\"InOrder\":true,"
          + "\"NeedsResetDestroys\":true,\"VfResetKeepsConfig\":false,\"NumVFsFixed\":true,\"ResetNotice\":\"late\"}";

  /** A scenario's lines up to its steps, on a model of the project's manifest. */
  static final String SCENARIO_HEAD =
      "model: scenario_none_none_numVfsShrink\ndescription:\n  A test.\nsteps:\n";

  /** The start of an ELF binary: a NUL in its first line, and bytes that are no UTF-8. */
  private static final byte[] BINARY = {
    0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, (byte) 0xff, (byte) 0xfe, '\n', 0
  };

  private static String in(String name) {
    return "DIR/" + name;
  }

  /** A bad input: the command line, the code the README documents for it, what its line names. */
  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of(new String[] {"frobnicate"}, 2, "frobnicate"),
        Arguments.of(new String[] {}, 2, "missing command"),
        Arguments.of(new String[] {"check", "--bogus", in("Spec.tla")}, 2, "--bogus"),
        Arguments.of(new String[] {"check", "--workers", "0", in("Spec.tla")}, 2, "--workers"),
        Arguments.of(new String[] {"check", "--workers", "two", in("Spec.tla")}, 2, "--workers"),
        Arguments.of(new String[] {"check", in("Missing.tla")}, 150, "Missing.tla: no such file"),
        Arguments.of(new String[] {"check", in("notes.txt")}, 150, "notes.txt: not a TLA+ module"),
        Arguments.of(new String[] {"check", in("Parse.tla")}, 150, "Parse.tla:"),
        Arguments.of(new String[] {"check", in("Extends.tla")}, 150, "NoSuchModule"),
        Arguments.of(
            new String[] {"check", in("Spec.tla") + ":" + in("Missing.cfg")},
            151,
            "Missing.cfg: no such file"),
        Arguments.of(
            new String[] {"check", in("Spec.tla") + ":" + in("Misspelt.cfg")},
            151,
            "Misspelt.cfg:3:"),
        Arguments.of(
            new String[] {"check", in("Spec.tla") + ":" + in("NoValue.cfg")}, 151, "NoValue.cfg:"),
        Arguments.of(
            new String[] {"check", in("Spec.tla") + ":" + in("NoNext.cfg")}, 151, "NoNext.cfg"),
        Arguments.of(
            new String[] {"check", in("Spec.tla") + ":" + in("NoInv.cfg")}, 151, "NoSuchInv"),
        Arguments.of(new String[] {"check", "--constant", "Nope=1", in("Spec.tla")}, 2, "Nope"),
        Arguments.of(
            new String[] {"matrix", "--manifest", in("missing.json")},
            2,
            "missing.json: no such file"),
        Arguments.of(new String[] {"matrix", "--manifest", in("broken.json")}, 2, "broken.json:1:"),
        Arguments.of(
            new String[] {"scenarios", "--manifest", in("missing.json")}, 2, "missing.json"),
        Arguments.of(
            new String[] {"findings", "--findings", in("missing.json")},
            2,
            "missing.json: no such file"),
        Arguments.of(new String[] {"simulate", in("Missing.tla")}, 3, "Missing.tla: no such file"),
        Arguments.of(
            new String[] {"validate", in("missing.ndjson")}, 2, "missing.ndjson: no such file"),
        Arguments.of(
            new String[] {"validate", in("binary.ndjson")}, 2, "binary.ndjson:1:8: not UTF-8 text"),
        Arguments.of(new String[] {"validate", in("trailing.ndjson")}, 2, "trailing.ndjson:1:"),
        Arguments.of(
            new String[] {"validate", in("twice.ndjson")},
            2,
            "twice.ndjson:2:42: not JSON: Duplicate field 'c'"),
        Arguments.of(
            new String[] {"validate", in("negative.ndjson")},
            2,
            "negative.ndjson:2:1: DeviceFetch field \"c\" must not be negative"),
        Arguments.of(
            new String[] {"validate", in("beyond.ndjson")},
            2,
            "beyond.ndjson:2:1: command id c = 2000000000 at seq 1"),
        Arguments.of(
            new String[] {"validate", in("vfs.ndjson")},
            2,
            "vfs.ndjson:1:1: MaxVFs must be 1 to 256, got 100000000"),
        Arguments.of(
            new String[] {"scenarios", in("huge-arg")},
            2,
            "huge.scenario:5: '99999999999999999999' is out of range"),
        Arguments.of(
            new String[] {"scenarios", in("binary-scenario")},
            2,
            "binary.scenario:1:8: not UTF-8 text"),
        Arguments.of(new String[] {"scenarios", in("no-such-dir")}, 2, "no-such-dir"),
        Arguments.of(
            new String[] {"stress", "--out", in("out"), "--threads", "2000"},
            2,
            "--threads must be 1 to 64, got 2000"),
        Arguments.of(
            new String[] {"stress", "--out", in("out"), "--threads", "0"},
            2,
            "--threads must be 1 to 64, got 0"),
        Arguments.of(
            new String[] {"stress", "--out", in("out"), "--runs", "-1"}, 2, "--runs must be 1 to"),
        Arguments.of(
            new String[] {"stress", "--out", in("out"), "--vfs", "0"}, 2, "--vfs must be 1 to"),
        Arguments.of(
            new String[] {"stress", "--out", in("out"), "--commands", "100000000"},
            2,
            "--commands must be 1 to 12500 with --threads 8"),
        Arguments.of(new String[] {"stress", "--out", in("out"), "--sync", "none"}, 2, "--sync"),
        Arguments.of(
            new String[] {"stress", "--out", in("traces")},
            2,
            "--out: " + in("traces") + " already holds traces (run-0001.ndjson)"),
        Arguments.of(new String[] {"stress", "--out", in("notes.txt")}, 2, "--out: cannot write"),
        Arguments.of(new String[] {"prove", "--bogus"}, 2, "--bogus"),
        Arguments.of(new String[] {"prove", "extra"}, 2, "extra"),
        Arguments.of(
            new String[] {"worker", "--threads", "0", "localhost"},
            2,
            "--threads must be at least 1"),
        Arguments.of(
            new String[] {"worker", "--port", "70000", "localhost"}, 2, "--port must be 1-65535"),
        Arguments.of(new String[] {"worker"}, 2, "HOST"),
        Arguments.of(new String[] {"review", "."}, 2, "HEAD"),
        Arguments.of(
            new String[] {"review", "--repo", in("notes.txt"), "no-such-rev", "HEAD"},
            2,
            "no-such-rev"),
        Arguments.of(
            new String[] {"review", ".", ".", "--format", "pdf"},
            2,
            "--format must be md, json or html"),
        Arguments.of(
            new String[] {"simulate", "--depth", "0", in("Spec.tla")},
            2,
            "--depth must be at least 1"),
        Arguments.of(new String[] {"simulate", in("Parse.tla")}, 3, "Parse.tla:"),
        Arguments.of(new String[] {"conform", "--model", "no_such_model"}, 2, "no_such_model"));
  }

  @ParameterizedTest(name = "{0} exits {1}")
  @MethodSource("badInputs")
  void aBadInputEndsWithItsDocumentedCodeAndOneLineNamingIt(
      String[] cases, int code, String named, @TempDir Path dir) throws IOException {
    writeInputs(dir);
    String[] args =
        Arrays.stream(cases).map(a -> a.replace("DIR/", dir + "/")).toArray(String[]::new);
    CliRun r = CliRun.of(args);
    String shown = String.join(" ", args) + "\nstdout: " + r.out() + "\nstderr: " + r.err();
    assertEquals(code, r.exit(), shown);
    assertTrue(documentedCodes().contains(code), code + " is not in the README's table");
    assertTrue(r.err().startsWith("admincvq: "), shown);
    assertTrue(
        r.err().lines().findFirst().orElse("").contains(named.replace("DIR/", dir + "/")), shown);
    assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), shown);
  }

  @Test
  void aDirectoryWithOneBadTraceStillValidatesTheOthersAndExits2(@TempDir Path dir)
      throws Exception {
    writeInputs(dir);
    Files.copy(dir.resolve("binary.ndjson"), dir.resolve("traces/run-0002.ndjson"));
    CliProcess cli =
        CliProcess.start(
            Files.createDirectories(dir.resolve("child")),
            "validate",
            dir.resolve("traces").toString());
    try {
      int exit = cli.waitFor();
      String shown = "stdout: " + cli.out() + "\nstderr: " + cli.err();
      assertEquals(2, exit, shown);
      assertEquals(
          "admincvq: "
              + dir.resolve("traces/run-0002.ndjson")
              + ":1:8: not UTF-8 text (a binary file?)\n",
          cli.err(),
          shown);
      assertTrue(cli.out().contains(dir.resolve("traces/run-0001.ndjson") + ": valid"), shown);
      assertTrue(cli.out().contains("1 file is not a trace"), shown);
      assertEquals(List.of(), cli.tempEntries(), "left in the child's temporary directory");
    } finally {
      cli.destroyIfAlive();
    }
  }

  @Test
  void aDirectoryWithBadScenariosStillRunsTheOthersAndExits2(@TempDir Path dir) throws Exception {
    writeInputs(dir);
    Path scenarios = dir.resolve("huge-arg");
    Files.copy(dir.resolve("binary.ndjson"), scenarios.resolve("binary.scenario"));
    Files.writeString(
        scenarios.resolve("a-good.scenario"),
        SCENARIO_HEAD + "  DriverSriovDisable\n  expect vfEnable = FALSE\n");
    Files.writeString(
        scenarios.resolve("word.scenario"),
        SCENARIO_HEAD + "  DriverSubmitAdmin c=one t=2 op=setMac arg=1\n");
    CliProcess cli =
        CliProcess.start(
            Files.createDirectories(dir.resolve("child")), "scenarios", scenarios.toString());
    try {
      int exit = cli.waitFor();
      String shown = "stdout: " + cli.out() + "\nstderr: " + cli.err();
      assertEquals(2, exit, shown);
      assertTrue(cli.out().contains("PASS a-good"), shown);
      assertTrue(cli.out().contains("1/4 scenarios pass"), shown);
      assertEquals(
          List.of(
              "admincvq: "
                  + scenarios.resolve("binary.scenario")
                  + ":1:8: not UTF-8 text (a binary file?)",
              "admincvq: "
                  + scenarios.resolve("huge.scenario")
                  + ":5: '99999999999999999999' is out of range: TLC's integers are from -2147483648 to 2147483647",
              "admincvq: "
                  + scenarios.resolve("word.scenario")
                  + ":5: c=\"one\": the model's c is an integer (such as 1), not a string"),
          cli.err().lines().toList(),
          shown);
      assertEquals(List.of(), cli.tempEntries(), "left in the child's temporary directory");
    } finally {
      cli.destroyIfAlive();
    }
  }

  @Test
  void theReadmeDocumentsEveryCodeTheCliDefinesAndNever255() throws Exception {
    Set<Integer> documented = documentedCodes();
    assertFalse(documented.contains(255), "255 documented: " + documented);
    for (int code : new int[] {Exit.MISMATCH, Exit.USAGE, Exit.FAILURE, Exit.INTERRUPTED}) {
      assertTrue(documented.contains(code), code + " (Exit) is not in the README's table");
    }
    assertTrue(documented.containsAll(Set.of(0, 1, 2, 130, 143, 150, 151)), documented.toString());
  }

  /** The codes of the README's exit-code table (first column; "10, 11, 12" lists several). */
  static Set<Integer> documentedCodes() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf("## Exit codes");
    assertTrue(start >= 0, "README has no Exit codes section");
    int end = readme.indexOf("\n## ", start + 1);
    Set<Integer> codes = new TreeSet<>();
    Matcher row =
        Pattern.compile("(?m)^\\| ([0-9, ]+) \\|")
            .matcher(readme.substring(start, end < 0 ? readme.length() : end));
    while (row.find()) {
      Arrays.stream(String.valueOf(row.group(1)).split(","))
          .map(String::trim)
          .map(Integer::parseInt)
          .forEach(codes::add);
    }
    return codes;
  }
}
