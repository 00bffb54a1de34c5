package dev.admincvq.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.admincvq.model.Problem;
import dev.admincvq.tlc.SanyParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SANY (syntax, semantic and level analysis, no model checking) accepts every module of {@code
 * spec-tla/} and {@code proofs/}, and rejects a module with an error, naming file, line and column.
 */
class SanyParseTest {
  private static final Path ROOT = Path.of(System.getProperty("admincvq.root", ".."));
  private static final SanyParser SANY = SanyParser.create();

  @Test
  void everySpecAndProofModuleParses() throws Exception {
    List<SanyParser.Result> results = ModuleParses.parseAll(ROOT, SANY);
    List<String> names =
        results.stream().map(r -> String.valueOf(r.module().getFileName())).toList();
    assertTrue(
        names.containsAll(
            List.of(
                "AdminCvqActors.tla",
                "MCAdminCvqActors.tla",
                "TLAPS.tla",
                "AdminCvqActors_proof.tla",
                "AdminCvqActorsAtomic.tla",
                "AdminCvqActors_refinement.tla",
                "MCAdminCvqActors_inductive.tla",
                "MCAdminCvqActors_reachable.tla",
                "MCAdminCvqActors_refinement.tla")),
        "modules found: " + names);
    for (SanyParser.Result r : results) {
      assertTrue(r.parsed(), () -> r.problem().map(Problem::toString).orElse(""));
      assertTrue(
          r.modules().contains(String.valueOf(r.module().getFileName()).replace(".tla", "")),
          r.module() + ": SANY loaded " + r.modules());
    }
    SanyParser.Result proof =
        results.stream()
            .filter(r -> r.module().endsWith("AdminCvqActors_proof.tla"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        proof.modules().containsAll(List.of("AdminCvqActors", "TLAPS", "Naturals")),
        proof.modules().toString());
  }

  @Test
  void anUndefinedOperatorIsASemanticErrorAtItsPosition(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("Undefined.tla");
    Files.writeString(
        bad,
        "---- MODULE Undefined ----\nEXTENDS Naturals\nFoo == 1 + Bar\n====\n",
        java.nio.charset.StandardCharsets.UTF_8);
    SanyParser.Result r = SANY.parse(bad, List.of());
    assertFalse(r.parsed());
    Problem p = r.problem().orElseThrow();
    assertEquals(bad.toString(), p.file());
    assertEquals(3, p.line(), p.toString());
    assertEquals(12, p.column(), p.toString());
    assertTrue(
        p.message().startsWith("semantic error:") && p.message().contains("Bar"), p.toString());
    assertTrue(p.toString().startsWith(bad + ":3:12: semantic error:"), p.toString());
  }

  @Test
  void aSyntaxErrorIsAParseErrorAtItsPosition(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("Broken.tla");
    Files.writeString(
        bad,
        "---- MODULE Broken ----\nEXTENDS Naturals\nFoo == 1 +\nBaz == 2\n====\n",
        java.nio.charset.StandardCharsets.UTF_8);
    SanyParser.Result r = SANY.parse(bad, List.of());
    Problem p = r.problem().orElseThrow();
    assertEquals(bad.toString(), p.file());
    assertTrue(p.line() >= 3 && p.column() > 0, p.toString());
    assertTrue(p.message().startsWith("parse error:"), p.toString());
  }

  @Test
  void anErrorInAnExtendedModuleNamesThatModulesFile(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("Lower.tla"),
        "---- MODULE Lower ----\nFoo == Missing\n====\n",
        java.nio.charset.StandardCharsets.UTF_8);
    Path upper = dir.resolve("Upper.tla");
    Files.writeString(
        upper,
        "---- MODULE Upper ----\nEXTENDS Lower\nBar == Foo\n====\n",
        java.nio.charset.StandardCharsets.UTF_8);
    Problem p = SANY.parse(upper, List.of()).problem().orElseThrow();
    assertEquals(dir.resolve("Lower.tla").toString(), p.file(), p.toString());
    assertEquals(2, p.line(), p.toString());
  }
}
