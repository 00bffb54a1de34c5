package dev.admincvq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
  private static final Path README = Path.of(System.getProperty("admincvq.root", "..")).resolve("README.md");

  /** Writes the bad inputs into {@code dir}; the cases name them {@code DIR/name}. */
  private static void writeInputs(Path dir) throws IOException {
    Files.writeString(dir.resolve("Spec.tla"), "---- MODULE Spec ----\nEXTENDS Naturals\nCONSTANT Max\nVARIABLE x\nInit == x = 0\nNext == x' = (x + 1) % (Max + 1)\nInv == x <= Max\n====\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("Spec.cfg"), "CONSTANT Max = 2\nINIT Init\nNEXT Next\nINVARIANT Inv\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("Misspelt.cfg"), "CONSTANT Max = 2\nINIT Init\nNEXTT Next\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("NoValue.cfg"), "CONSTANT Max\nINIT Init\nNEXT Next\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("NoNext.cfg"), "CONSTANT Max = 2\nINIT Init\nNEXT Nxt\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("NoInv.cfg"), "CONSTANT Max = 2\nINIT Init\nNEXT Next\nINVARIANT NoSuchInv\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("Parse.tla"), "---- MODULE Parse ----\nVARIABLE x\nInit == x = \nNext == x' = x\n====\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("Parse.cfg"), "INIT Init\nNEXT Next\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("Extends.tla"), "---- MODULE Extends ----\nEXTENDS NoSuchModule\nVARIABLE x\nInit == x = 0\nNext == x' = x\n====\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("Extends.cfg"), "INIT Init\nNEXT Next\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("broken.json"), "{ not json");
    Files.writeString(dir.resolve("notes.txt"), "not a module\n", StandardCharsets.UTF_8);
  }

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
        Arguments.of(new String[] {"check", in("Spec.tla") + ":" + in("Missing.cfg")}, 151, "Missing.cfg: no such file"),
        Arguments.of(new String[] {"check", in("Spec.tla") + ":" + in("Misspelt.cfg")}, 151, "Misspelt.cfg:3:"),
        Arguments.of(new String[] {"check", in("Spec.tla") + ":" + in("NoValue.cfg")}, 151, "NoValue.cfg:"),
        Arguments.of(new String[] {"check", in("Spec.tla") + ":" + in("NoNext.cfg")}, 151, "NoNext.cfg"),
        Arguments.of(new String[] {"check", in("Spec.tla") + ":" + in("NoInv.cfg")}, 151, "NoSuchInv"),
        Arguments.of(new String[] {"check", "--constant", "Nope=1", in("Spec.tla")}, 2, "Nope"),
        Arguments.of(new String[] {"matrix", "--manifest", in("missing.json")}, 2, "missing.json: no such file"),
        Arguments.of(new String[] {"matrix", "--manifest", in("broken.json")}, 2, "broken.json:1:"),
        Arguments.of(new String[] {"scenarios", "--manifest", in("missing.json")}, 2, "missing.json"),
        Arguments.of(new String[] {"findings", "--findings", in("missing.json")}, 2, "missing.json: no such file"),
        Arguments.of(new String[] {"simulate", in("Missing.tla")}, 3, "Missing.tla: no such file"),
        Arguments.of(new String[] {"validate", in("missing.ndjson")}, 2, "missing.ndjson"),
        Arguments.of(new String[] {"conform", "--model", "no_such_model"}, 2, "no_such_model"));
  }

  @ParameterizedTest(name = "{0} exits {1}")
  @MethodSource("badInputs")
  void aBadInputEndsWithItsDocumentedCodeAndOneLineNamingIt(
      String[] cases, int code, String named, @TempDir Path dir) throws IOException {
    writeInputs(dir);
    String[] args = Arrays.stream(cases).map(a -> a.replace("DIR/", dir + "/")).toArray(String[]::new);
    CliRun r = CliRun.of(args);
    String shown = String.join(" ", args) + "\nstdout: " + r.out() + "\nstderr: " + r.err();
    assertEquals(code, r.exit(), shown);
    assertTrue(documentedCodes().contains(code), code + " is not in the README's table");
    assertTrue(r.err().startsWith("admincvq: "), shown);
    assertTrue(r.err().lines().findFirst().orElse("").contains(named), shown);
    assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), shown);
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
    Matcher row = Pattern.compile("(?m)^\\| ([0-9, ]+) \\|").matcher(readme.substring(start, end < 0 ? readme.length() : end));
    while (row.find()) {
      Arrays.stream(String.valueOf(row.group(1)).split(",")).map(String::trim).map(Integer::parseInt).forEach(codes::add);
    }
    return codes;
  }
}
