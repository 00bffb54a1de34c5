package dev.admincvq.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.graph.StateGraph;
import dev.admincvq.matrix.ModelConfig;
import dev.admincvq.model.State;
import dev.admincvq.model.TlaValue;
import dev.admincvq.tlc.answer.Binding;
import dev.admincvq.tlc.answer.ExaminationAnswer;
import dev.admincvq.tlc.answer.GraphAnswer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An examination's answer holds each distinct value once: equal values of different states (and
 * equal parts of different values) are one tagged object, so the answer and the graph decoded from
 * it grow with the distinct values, not with the states times their variables.
 */
class ExaminationAnswerSharingTest {
  /** Commands to one target in flight together: values repeated across many states. */
  private static final ModelConfig MODEL = model("seed_drain_inFlight.cfg");

  private static ModelConfig model(String name) {
    try {
      return ModelConfig.parse(Files.readString(ExaminationTest.MODELS.resolve(name)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The model's configuration with nothing checked, written under {@code dir}. */
  private static Path behaviours(Path dir) throws IOException {
    Path cfg = dir.resolve("model.cfg");
    Files.writeString(cfg, MODEL.withoutChecks());
    return cfg;
  }

  @Test
  void equalValuesOfTheRecordedStatesAreOneTaggedObject(@TempDir Path dir) throws IOException {
    Path cfg = behaviours(dir);
    ExaminationAnswer answer =
        RunSetup.inRunDirectory(
                "admincvq-sharing-",
                ExaminationTest.SPEC,
                Optional.of(cfg),
                1,
                List.of(),
                LibraryModules.bundled(),
                run ->
                    IsolatedTlc.fromApplicationClassPath()
                        .examine(run.input(), 1_000_000, MODEL.invariants()))
            .answer();
    GraphAnswer graph = answer.graph().orElseThrow();
    assertTrue(graph.states().size() > 100, "a graph with states to share values between");

    Set<Object> distinct = new HashSet<>();
    Set<Object> objects = Collections.newSetFromMap(new IdentityHashMap<>());
    int bindings = 0;
    for (List<Binding> state : graph.states()) {
      for (Binding b : state) {
        List<Object> parts = new ArrayList<>();
        parts(b.value(), parts);
        for (Object part : parts) {
          distinct.add(part);
          objects.add(part);
        }
        bindings++;
      }
    }
    assertEquals(
        distinct.size(),
        objects.size(),
        "one object per distinct value or part (over " + bindings + " bindings)");
  }

  @Test
  void equalValuesOfTheDecodedGraphAreOneObject(@TempDir Path dir) throws IOException {
    Path cfg = behaviours(dir);
    StateGraph graph =
        GraphExplorer.create()
            .examine(ExaminationTest.SPEC, cfg, 1_000_000, MODEL.invariants())
            .graph()
            .orElseThrow();
    assertTrue(graph.states().size() > 100, "a graph with states to share values between");

    Set<Object> distinct = new HashSet<>();
    Set<Object> objects = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Object> bindings = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Object> distinctBindings = new HashSet<>();
    for (State state : graph.states()) {
      for (State.Binding b : state.bindings()) {
        bindings.add(b);
        distinctBindings.add(b);
        List<TlaValue> parts = new ArrayList<>();
        parts(b.value(), parts);
        distinct.addAll(parts);
        objects.addAll(parts);
      }
    }
    assertEquals(distinct.size(), objects.size(), "one object per distinct value or part");
    assertEquals(distinctBindings.size(), bindings.size(), "one object per variable and value");
  }

  /** {@code value} and its structured parts, depth first. */
  private static void parts(TlaValue value, List<TlaValue> out) {
    if (value instanceof TlaValue.SetOf || value.isFunction()) {
      out.add(value);
      List<TlaValue> inner =
          value instanceof TlaValue.SetOf s
              ? s.elements()
              : value.entries().stream().map(TlaValue.Fcn.Pair::value).toList();
      for (TlaValue v : inner) {
        parts(v, out);
      }
    }
  }

  /** {@code tagged} and its parts that are structured (maps and lists), depth first. */
  private static void parts(Object tagged, List<Object> out) {
    if (tagged instanceof java.util.Map<?, ?> m) {
      out.add(tagged);
      for (Object v : m.values()) {
        if (v instanceof List<?> list) {
          for (Object e : list) {
            parts(e, out);
          }
        }
      }
    } else if (tagged instanceof List<?> pair) {
      for (Object e : pair) {
        parts(e, out);
      }
    }
  }
}
