package dev.admincvq.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The boundaries the architecture draws, checked on the source tree: only {@code tlc.inside} uses
 * TLC (it alone runs in a run's class loader), the records crossing that boundary use the JDK
 * alone, {@code reference/} uses neither TLC nor model-check, and no two packages of model-check
 * use each other (directly or through others). The scan is shown to catch each kind of violation in
 * synthetic sources.
 */
class ArchitectureTest {
  private static final Path MODEL_CHECK = Path.of("src/main/java");
  private static final Path REFERENCE = Path.of("../reference/src/main/java");

  @Test
  void onlyTheInsidePackageUsesTlcAndTheSharedRecordsUseTheJdkAlone() {
    List<ImportScan.Source> sources = ImportScan.scanTree(MODEL_CHECK);
    assertTrue(sources.size() > 100, "the model-check sources are found: " + sources.size());
    assertTrue(
        sources.stream()
            .anyMatch(s -> s.pkg().equals(Boundaries.INSIDE) && !s.tlcNames().isEmpty()),
        "the inside package is scanned and uses TLC");
    assertEquals(List.of(), Boundaries.modelCheck(sources));
  }

  /**
   * A main source file of model-check stays small enough to read in one sitting: at most 420 lines
   * as google-java-format lays it out (the build enforces that format).
   */
  @Test
  void noMainSourceFileOfModelCheckIsOver420Lines() throws Exception {
    List<String> over;
    try (Stream<Path> files = Files.walk(MODEL_CHECK)) {
      over =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> lines(f) > 420)
              .map(f -> MODEL_CHECK.relativize(f) + " (" + lines(f) + " lines)")
              .toList();
    }
    assertEquals(List.of(), over);
  }

  private static long lines(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void noTwoPackagesOfModelCheckUseEachOther() {
    assertEquals(List.of(), Boundaries.packageCycles(ImportScan.scanTree(MODEL_CHECK)));
  }

  @Test
  void aCycleThroughAThirdPackageIsNamedWithItsPath() {
    List<ImportScan.Source> sources =
        List.of(
            ImportScan.scan("A.java", "package p.a;\nimport p.b.B;\nimport java.util.List;\n"),
            ImportScan.scan("B.java", "package p.b;\nimport p.c.C;\n"),
            ImportScan.scan("C.java", "package p.c;\nimport p.a.A;\nimport p.c.Other;\n"),
            ImportScan.scan("D.java", "package p.d;\nimport p.a.A;\n"));
    assertEquals(
        List.of("p.a -> p.b -> p.c -> p.a", "p.b -> p.c -> p.a -> p.b", "p.c -> p.a -> p.b -> p.c"),
        Boundaries.packageCycles(sources));
  }

  @Test
  void referenceUsesNeitherTlcNorModelCheck() {
    assertTrue(Files.isDirectory(REFERENCE), "reference/ lies beside model-check/");
    Set<String> modelCheck = ImportScan.packages(ImportScan.scanTree(MODEL_CHECK));
    assertEquals(List.of(), Boundaries.reference(ImportScan.scanTree(REFERENCE), modelCheck));
  }

  @Test
  void aTlcImportOutsideTheInsidePackageIsCaught() {
    ImportScan.Source review =
        ImportScan.scan(
            "Review.java", "package dev.admincvq.review;\nimport tlc2.TLC;\nclass Review {}\n");
    assertEquals(
        List.of("Review.java: uses TLC (tlc2.TLC) outside dev.admincvq.tlc.inside"),
        Boundaries.modelCheck(List.of(review)));
  }

  @Test
  void aQualifiedTlcNameOrTlcsUtilOutsideTheInsidePackageIsCaughtButNotInCommentsOrStrings() {
    ImportScan.Source tlc =
        ImportScan.scan(
            "Front.java",
            """
            package dev.admincvq.tlc;
            import java.util.List;
            /** Runs {@code tlc2.TLC}. */
            class Front {
              String name = "tla2sany.SANY";
              Object o = util.ToolIO.out; // tlc2.Nothing
              Class<?> c = tla2sany.drivers.SANY.class;
              List<String> l = java.util.List.of();
            }
            """);
    assertEquals(List.of("util.ToolIO", "tla2sany.drivers"), tlc.tlcNames());
    assertEquals(2, Boundaries.modelCheck(List.of(tlc)).size());
  }

  @Test
  void tlcInsideTheInsidePackageIsAllowed() {
    ImportScan.Source inside =
        ImportScan.scan(
            "RunEntry.java",
            "package dev.admincvq.tlc.inside;\nimport tlc2.TLC;\nimport util.ToolIO;\n");
    assertEquals(List.of(), Boundaries.modelCheck(List.of(inside)));
  }

  @Test
  void aSharedRecordImportingMoreThanTheJdkIsCaught() {
    ImportScan.Source shared =
        ImportScan.scan(
            "RunAnswer.java",
            "package dev.admincvq.tlc.answer;\nimport java.util.List;\nimport dev.admincvq.model.State;\n");
    assertEquals(
        List.of(
            "RunAnswer.java: imports dev.admincvq.model.State into the shared records of dev.admincvq.tlc.answer"),
        Boundaries.modelCheck(List.of(shared)));
  }

  @Test
  void referenceImportingModelCheckOrTlcIsCaught() {
    ImportScan.Source device =
        ImportScan.scan(
            "Device.java",
            """
            package dev.admincvq.reference.device;
            import dev.admincvq.model.TlaValue;
            import dev.admincvq.tlc.*;
            import dev.admincvq.reference.Outcome;
            import tlc2.value.IValue;
            """);
    assertEquals(
        List.of(
            "Device.java: reference/ uses TLC (tlc2.value)",
            "Device.java: reference/ imports dev.admincvq.model.TlaValue of model-check",
            "Device.java: reference/ imports dev.admincvq.tlc of model-check"),
        Boundaries.reference(List.of(device), Set.of("dev.admincvq.model", "dev.admincvq.tlc")));
  }
}
