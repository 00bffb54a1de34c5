package dev.admincvq.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.matrix.ModelConfig;
import dev.admincvq.model.CheckResult;
import dev.admincvq.model.State;
import dev.admincvq.model.Step;
import dev.admincvq.model.TlaValue;
import dev.admincvq.model.Trace;
import dev.admincvq.report.html.Svg;
import dev.admincvq.tlc.CheckRequest;
import dev.admincvq.tlc.TlcChecker;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SequenceDiagramTest {
  private static final Path SPEC_TLA =
      Path.of(System.getProperty("admincvq.root", "..")).resolve("spec-tla");

  private static CheckResult check(Path config) {
    return TlcChecker.create()
        .check(CheckRequest.of(SPEC_TLA.resolve("MCAdminCvqActors.tla"), config));
  }

  private static SequenceDiagram diagramOf(String model) {
    CheckResult r = check(SPEC_TLA.resolve("models/actors/" + model + ".cfg"));
    return CheckReport.diagram(r, r.trace().orElseThrow());
  }

  @Test
  void theThreadsScenarioShowsTheOldGenerationDestroyedAndTheStaleCommandActingOnTheNewOne() {
    SequenceDiagram d = diagramOf("seed_none_none_staleEffect");
    assertEquals(SequenceDiagram.Kind.ADMIN_CVQ, d.kind());
    String src = d.plantUml();
    assertTrue(
        src.contains(
            """
            participant "management driver" as D
            participant "admin CVQ" as Q
            participant "device" as PF
            participant "VF1 driver" as VD1
            participant "VF1 #1" as VF1_1
            """),
        src);
    assertTrue(src.contains("D -> Q : 2. #1 setMac(1) to VF1\n"), src);
    assertTrue(src.contains("Q -> PF : 3. fetch #1\n"), src);
    assertTrue(src.contains("D -> PF : 4. SR-IOV disable"), src);
    assertTrue(src.indexOf("destroy VF1_1") > src.indexOf("4. SR-IOV disable"), src);
    assertTrue(
        src.contains("create participant \"VF1 #2\" as VF1_2\nPF -> VF1_2 : 5. created\n"), src);
    // the device acks OK a command meant for the gone generation: a red arrow to VF1 #2
    assertTrue(
        src.contains(
            "PF -> VF1_2 <<staleOk>> : 6. #1 setMac(1) (meant for VF1 #1): OK although gone\n"),
        src);
    assertTrue(src.contains("note across #FFD7D5 : violated: NoStaleEffect\n"), src);
  }

  @Test
  void aVfResetByItsOwnDriverComesFromThatDriversLifelineAndReCreatesTheVf() {
    String src = diagramOf("drops_drain_none").plantUml();
    assertTrue(src.contains("VD1 -> VF1_1 : 4. resets VF1\n"), src);
    assertTrue(
        src.contains(
            "create participant \"VF1 #2\" as VF1_2\nPF -> VF1_2 : 4. re-created by the reset\n"),
        src);
    assertTrue(
        src.contains(
            "PF -> VF1_2 <<staleOk>> : 5. #1 setMac(1) (meant for VF1 #1): OK although gone\n"),
        src);
  }

  @Test
  void aVfInDeviceNeedsResetIsMarkedOnItsLifeline() {
    String src = diagramOf("keeps_none_virtio13").plantUml();
    assertTrue(
        src.contains("activate VF1_1 #FFB3B3\nhnote over VF1_1 #FFD7D5 : 4. DEVICE_NEEDS_RESET\n"),
        src);
    assertTrue(
        src.contains("PF -> VF1_1 <<staleOk>> : 5. #1 setMac(1) (NEEDS_RESET): OK although gone"),
        src);
    assertTrue(src.endsWith("violated: FailOnGone\n@enduml\n"), src);
  }

  @Test
  void commandsOnAVfsOwnCvqGoFromItsDriverToItsGenerationAndThePfActsOnThem(@TempDir Path dir)
      throws Exception {
    ModelConfig none =
        ModelConfig.parse(Files.readString(SPEC_TLA.resolve("models/actors/drops_none_none.cfg")));
    Path trustGate = dir.resolve("trustGate.cfg");
    Files.writeString(trustGate, none.withoutChecks() + "INVARIANT TrustGate\n");
    CheckResult r = check(trustGate);
    String src = CheckReport.diagram(r, r.trace().orElseThrow()).plantUml();
    assertTrue(
        src.matches("(?s).*\nVD1 -> VF1_\\d : \\d+\\. #\\d setMac\\(\\d\\) on its own CVQ\n.*"),
        src);
    assertTrue(
        src.matches(
            "(?s).*\nPF -> VF1_\\d : \\d+\\. #\\d setMac\\(\\d\\) from its own CVQ: OK\n.*"),
        src);
    assertTrue(src.contains("setTrust(TRUE) to VF1"), src);
    assertTrue(src.contains("violated: TrustGate"), src);
  }

  @Test
  void theSvgHoldsEveryParticipantAndTheViolatedProperty() {
    Svg svg = diagramOf("seed_none_none_staleEffect").svg();
    for (String text :
        List.of(
            ">management driver<",
            ">admin CVQ<",
            ">device<",
            ">VF1 driver<",
            ">VF1 #1<",
            ">VF1 #2<",
            "violated: NoStaleEffect")) {
      assertTrue(svg.markup().contains(text), text);
    }
  }

  @Test
  void aStaleOkIsTheOneThickRedArrowAndItsLabelIsBoldRed() {
    String svg = diagramOf("seed_none_none_staleEffect").svg().markup();
    Matcher thick =
        Pattern.compile("<line [^>]*style=\"stroke:#D1242F;stroke-width:3(\\.0)?;\"").matcher(svg);
    assertTrue(thick.find(), svg);
    assertFalse(thick.find(), "one stale OK, one thick arrow");
    assertTrue(
        Pattern.compile(
                "<text [^>]*fill=\"#D1242F\"[^>]*font-weight=\"700\"[^>]*>[^<]*OK although gone</text>")
            .matcher(svg)
            .find(),
        svg);
    assertFalse(
        Pattern.compile("<line [^>]*stroke:#181818;stroke-width:[2-9]").matcher(svg).find(),
        "every other arrow stays thin");
    String plain = diagramOf("drops_none_wireGen").svg().markup();
    assertFalse(
        plain.contains("stroke-width:3"),
        "wireGen fails every stale command: no stale OK, no thick arrow");
  }

  @Test
  void renderingIsSilentAndRepeatable() {
    SequenceDiagram d = diagramOf("seed_none_none");
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    Svg first;
    Svg second;
    try (PrintStream sink = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setOut(sink);
      System.setErr(sink);
      first = d.svg();
      second = d.svg();
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    assertEquals("", captured.toString(StandardCharsets.UTF_8));
    assertEquals(first, second);
  }

  private static State state(long n) {
    return new State(List.of(new State.Binding("n", TlaValue.Int.of(n))));
  }

  @Test
  void anyOtherSpecGetsOneLifelineWithOneMessagePerStep() {
    Trace t =
        new Trace(
            List.of(
                new Step(1, Step.INIT, List.of(), state(0)),
                new Step(2, "Tick", List.of(new State.Binding("k", TlaValue.Int.of(1))), state(1))),
            java.util.OptionalInt.of(1),
            false);
    SequenceDiagram d = SequenceDiagram.of("Counter", t, Optional.of("Bounded"));
    assertEquals(SequenceDiagram.Kind.GENERIC, d.kind());
    assertTrue(d.plantUml().contains("S -> S : 1. Init\nS -> S : 2. Tick(k = 1)\n"), d.plantUml());
    assertTrue(d.plantUml().contains("then back to state 1"), d.plantUml());
    assertTrue(d.svg().markup().contains("violated: Bounded"));
  }

  @Test
  void aLongLabelIsWrappedAtSpacesWholeAndOnlyAVeryLongOneIsCut() {
    List<State.Binding> params = new java.util.ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      params.add(new State.Binding("param" + i, TlaValue.Int.of(1_000_000L + i)));
    }
    List<State.Binding> many = new java.util.ArrayList<>();
    for (int i = 1; i <= 80; i++) {
      many.add(new State.Binding("p" + i, TlaValue.Int.of(1_000_000L + i)));
    }
    Trace t =
        Trace.finite(
            List.of(
                new Step(1, Step.INIT, List.of(), state(0)),
                new Step(2, "Tick", params, state(1)),
                new Step(3, "Tock", many, state(2))));
    SequenceDiagram d = SequenceDiagram.of("", t, Optional.empty());
    String svg = d.svg().markup();
    assertTrue(svg.contains("param12 = 1000012)") && !svg.contains("\\n"), "drawn on lines");
    String src = d.plantUml();
    String tick = src.lines().filter(l -> l.contains("2. Tick")).findFirst().orElseThrow();
    String[] lines = tick.substring("S -> S : ".length()).split("\\\\n", -1);
    assertTrue(lines.length > 1, tick);
    for (String l : lines) {
      assertTrue(l.length() <= SequenceDiagram.LABEL_LINE, l);
    }
    assertEquals(
        t.steps().get(1).number() + ". " + t.steps().get(1).actionCall(),
        String.join(" ", lines),
        "wrapped at spaces, nothing left out");
    String tock = src.lines().filter(l -> l.contains("3. Tock")).findFirst().orElseThrow();
    String[] cut = tock.substring("S -> S : ".length()).split("\\\\n", -1);
    assertEquals(SequenceDiagram.LABEL_LINES, cut.length, tock);
    assertTrue(cut[cut.length - 1].endsWith("..."), tock);
  }

  @Test
  void labelsAreTextNeverPlantUmlMarkupOrPreprocessorCalls() {
    String nasty = "%getenv(\"HOME\") <b>x</b> **y** !include /etc/passwd \\n";
    Trace t =
        Trace.finite(
            List.of(
                new Step(
                    1, "Do", List.of(new State.Binding("s", new TlaValue.Str(nasty))), state(0))));
    SequenceDiagram d = SequenceDiagram.of("t", t, Optional.empty());
    assertFalse(d.plantUml().contains("%getenv"), d.plantUml());
    assertFalse(d.plantUml().contains("!include"), d.plantUml());
    String svg = d.svg().markup();
    assertTrue(svg.contains("getenv"), "the call is shown as text");
    assertFalse(svg.contains(">x<"), "no bold x: <b> was not interpreted");
    String home = System.getProperty("user.home", "");
    assertFalse(!home.isEmpty() && svg.contains(home), "the call was not evaluated");
    assertTrue(svg.contains("&lt;b&gt;x&lt;/b&gt;") || svg.contains("&lt;b>x&lt;/b>"), svg);
  }

  @Test
  void anAdminCvqTraceOfAnotherShapeFallsBackToTheGenericLayout() {
    List<State.Binding> vars =
        java.util.stream.Stream.of("vfEnable", "vfState", "inc", "cmd", "adminQ", "inflight", "vfq")
            .map(v -> new State.Binding(v, TlaValue.Int.of(0)))
            .toList();
    Trace t =
        Trace.finite(
            List.of(
                new Step(1, Step.INIT, List.of(), new State(vars)),
                new Step(
                    2,
                    "DeviceFetch",
                    List.of(new State.Binding("c", TlaValue.Int.of(1))),
                    new State(vars))));
    assertEquals(SequenceDiagram.Kind.GENERIC, SequenceDiagram.of("", t, Optional.empty()).kind());
  }
}
