package dev.admincvq.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.cli.CliRun;
import dev.admincvq.reference.adminvq.AvqAction;
import dev.admincvq.reference.adminvq.AvqOptions;
import dev.admincvq.stress.AvqStressRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Implementation to model for the published admin virtqueue: traces of {@code reference/adminvq}
 * with the owner driver, the device and each member's driver on threads of their own are behaviours
 * of {@code AdminVq} ({@code TraceAdminVq.tla}), under a 1.4 device (EAGAIN; a stopped member stays
 * stopped through a reset) and a 1.3 device (two queues taken in any order, the driver breaking the
 * SR-IOV rule, the used list dropped with VF Enable, a reset resuming a member); a trace with a
 * wrong status, two steps swapped or a step the spec forbids is rejected at that event, saying why;
 * a malformed trace is a usage error naming file and line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // the traces are produced once for all tests
class AdminVqTraceValidationTest {
  private static final Path SPEC =
      Path.of(System.getProperty("admincvq.root", "..")).resolve("spec-tla");

  static final AvqOptions V14 = AvqStressRunner.device14(2);
  static final AvqOptions V13 = AvqStressRunner.device13(2);

  /** The class's temporary directory: the traces in {@code runs/}, the mutated ones beside. */
  private Path dir = Path.of("");

  private final List<Path> traces = new ArrayList<>();

  @BeforeAll
  void runTheImplementation(@TempDir Path tmp) throws IOException {
    dir = tmp;
    Files.createDirectories(dir.resolve("runs"));
    int i = 0;
    for (AvqOptions o : List.of(V14, V13)) {
      for (boolean listed : List.of(true, false)) {
        for (long seed = 1; seed <= 2; seed++) {
          Path file = dir.resolve("runs").resolve(String.format("avq-%02d.ndjson", ++i));
          new AvqStressRunner(o, listed, 40).run(file, seed);
          traces.add(file);
        }
      }
    }
  }

  private List<LoggedTrace> read(List<Path> files) {
    return files.stream().map(f -> TraceReader.read(f, TraceSpec.ADMINVQ)).toList();
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** A copy of {@code file} with its events changed by {@code change}, renumbered. */
  private Path mutated(Path file, String name, UnaryOperator<List<String>> change)
      throws IOException {
    List<String> events = change.apply(new ArrayList<>(lines(file).subList(1, lines(file).size())));
    List<String> out = new ArrayList<>();
    out.add(lines(file).get(0));
    for (int i = 0; i < events.size(); i++) {
      out.add(events.get(i).replaceFirst("\"seq\":\\d+", "\"seq\":" + (i + 1)));
    }
    return Files.write(dir.resolve(name), out, StandardCharsets.UTF_8);
  }

  private static int indexOf(List<String> events, String fragment) {
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).contains(fragment)) {
        return i;
      }
    }
    throw new AssertionError("no event with " + fragment);
  }

  private TraceVerdict verdictOf(Path file) {
    return new TraceValidator(SPEC).validate(read(List.of(file))).get(0);
  }

  @Test
  void tracesOfTheImplementationOnThreadsAreBehavioursOfAdminVq() {
    List<TraceVerdict> verdicts = new TraceValidator(SPEC).validate(read(traces));
    for (TraceVerdict v : verdicts) {
      assertTrue(v.accepted(), () -> ValidationText.verdict(v));
      assertEquals(v.events(), v.matched());
      assertTrue(v.events() > 40, v.file() + ": " + v.events() + " events");
    }
  }

  @Test
  void theTracesAreMadeOfAdminVqsActions() {
    Set<String> taken = new TreeSet<>();
    for (LoggedTrace t : read(traces)) {
      t.events().forEach(e -> taken.add(e.action()));
    }
    Set<String> all =
        Arrays.stream(AvqAction.values())
            .map(AvqAction::specName)
            .collect(Collectors.toCollection(TreeSet::new));
    assertTrue(all.containsAll(taken), taken.toString());
    // The others depend on the threads' interleaving: most runs have them, not every one.
    assertTrue(
        taken.containsAll(List.of("DriverSubmit", "DriverCollect", "DeviceTake")),
        taken.toString());
  }

  /** The fields of a DeviceTake that completed its command successfully. */
  private static final String TAKEN_OK = "\"held\":false,\"status\":\"OK\"";

  @Test
  void aWrongStatusIsRejectedAtThatEventNamingTheField() throws IOException {
    Path bad =
        mutated(
            traces.get(0),
            "mutated-status.ndjson",
            e -> {
              int i = indexOf(e, TAKEN_OK);
              e.set(i, e.get(i).replace(TAKEN_OK, "\"held\":false,\"status\":\"EINVAL\""));
              return e;
            });
    TraceVerdict v = verdictOf(bad);
    assertFalse(v.accepted());
    String text = ValidationText.verdict(v);
    List<String> original = lines(traces.get(0));
    int at = indexOf(original.subList(1, original.size()), TAKEN_OK);
    assertEquals(at, v.matched(), text);
    assertTrue(text.contains("REJECTED at event " + (at + 1) + " of "), text);
    assertTrue(v.rejection().orElseThrow().disagreements().contains("status"), text);
    assertTrue(
        text.contains(
            "DeviceTake is enabled, but the implementation reported what the spec does not"),
        text);
    assertTrue(text.contains("status: spec \"OK\", trace \"EINVAL\""), text);
  }

  @Test
  void aTakeMovedBeforeItsSubmissionIsRejectedWhereTheSpecCannotTakeIt() throws IOException {
    Path bad =
        mutated(
            traces.get(0),
            "mutated-order.ndjson",
            e -> {
              int take = indexOf(e, "\"action\":\"DeviceTake\"");
              Matcher c = Pattern.compile("\"c\":(\\d+)").matcher(e.get(take));
              assertTrue(c.find());
              int submit = indexOf(e, "\"action\":\"DriverSubmit\",\"c\":" + c.group(1) + ",");
              e.add(submit, e.remove(take));
              return e;
            });
    TraceVerdict v = verdictOf(bad);
    assertFalse(v.accepted());
    String text = ValidationText.verdict(v);
    assertEquals("DeviceTake", v.firstBad().orElseThrow().action(), text);
    assertTrue(
        text.contains(
            "the spec does not allow DeviceTake with these parameters in the state reached"),
        text);
  }

  @Test
  void aStepTheSpecForbidsIsRejected() throws IOException {
    // VF Enable is set in the initial state: setting it again is no step of AdminVq.
    Path bad =
        mutated(
            traces.get(0),
            "mutated-forbidden.ndjson",
            e -> {
              e.add(0, "{\"seq\":1,\"action\":\"DriverSriovEnable\",\"k\":1}");
              return e;
            });
    TraceVerdict v = verdictOf(bad);
    assertEquals(0, v.matched());
    String text = ValidationText.verdict(v);
    assertTrue(text.contains("REJECTED at event 1 of "), text);
    assertTrue(text.contains("the spec does not allow DriverSriovEnable"), text);
  }

  @Test
  void validateSpecAdminvqChecksADirectoryOfTraces() {
    CliRun r = CliRun.of("validate", "--spec", "adminvq", dir.resolve("runs").toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains(traces.size() + "/" + traces.size() + " traces valid"), r.out());
    assertTrue(r.out().contains("against spec-tla/TraceAdminVq.tla"), r.out());
  }

  @Test
  void aMalformedTraceIsAUsageErrorNamingFileAndLine() throws IOException {
    List<String> l = new ArrayList<>(lines(traces.get(0)));
    l.set(2, "{\"seq\":2,\"action\":\"DeviceTake\",\"q\":1}");
    Path bad = Files.write(dir.resolve("malformed.notatrace"), l, StandardCharsets.UTF_8);
    CliRun r = CliRun.of("validate", "--spec", "adminvq", bad.toString());
    assertEquals(2, r.exit(), r.out() + r.err());
    assertTrue(
        r.err().contains(bad + ":3:1: DeviceTake event without field \"c\" (an integer)"), r.err());
  }

  @Test
  void anActorsTraceIsNoTraceOfAdminVq() throws IOException {
    Path actors =
        Files.write(
            dir.resolve("actors.notatrace"),
            List.of(
                "{\"seq\":0,\"action\":\"Init\",\"MaxVFs\":1,\"DriverSync\":\"barrier\",\"DeviceCheck\":\"wireGen\",\"InOrder\":true,"
                    + "\"NeedsResetDestroys\":true,\"VfResetKeepsConfig\":false,\"NumVFsFixed\":true,\"ResetNotice\":\"late\"}"),
            StandardCharsets.UTF_8);
    CliRun r = CliRun.of("validate", "--spec", "adminvq", actors.toString());
    assertEquals(2, r.exit());
    assertTrue(
        r.err().contains(actors + ":1:1: Init event without field \"NumAq\" (an integer)"),
        r.err());
  }

  @Test
  void stressSpecAdminvqWritesTracesThatValidate() {
    Path out = dir.resolve("stress");
    CliRun stress =
        CliRun.of(
            "stress",
            "--spec",
            "adminvq",
            "--runs",
            "2",
            "--commands",
            "30",
            "--out",
            out.toString());
    assertEquals(0, stress.exit(), stress.out() + stress.err());
    assertTrue(stress.out().contains("run-0002.ndjson: "), stress.out());
    CliRun r = CliRun.of("validate", "--spec", "adminvq", out.toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("2/2 traces valid"), r.out());
  }
}
