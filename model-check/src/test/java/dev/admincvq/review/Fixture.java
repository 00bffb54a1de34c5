package dev.admincvq.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.admincvq.tlc.TempDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Sides for review tests: a fresh copy of the project's current {@code spec-tla/}, and the same
 * with a fixture patch ({@code src/test/resources/review/NAME.patch}) applied by {@code git apply}.
 */
final class Fixture {
  static final Path ROOT = Path.of(System.getProperty("admincvq.root", ".."));

  private Fixture() {}

  /**
   * A copy of the current {@code spec-tla/} under {@code dir/name/}, with its own {@code
   * models/manifest.json}: the fixtures patch {@code AdminCvqActors.tla}, and a review compares the
   * models of the manifest it is asked for ({@code --model}).
   */
  static Side current(Path dir, String name) {
    Path spec = dir.resolve(name).resolve("spec-tla");
    TempDirectory.copyTree(ROOT.resolve("spec-tla"), spec);
    return new Side(name, spec.toAbsolutePath());
  }

  /**
   * A copy of the current {@code spec-tla/} with the fixture {@code patch} applied, under {@code
   * dir/patch/}.
   */
  static Side patched(Path dir, String patch) {
    Side side = current(dir, patch);
    apply(dir.resolve(patch), patchText(patch));
    return side;
  }

  static String patchText(String patch) {
    return resource(patch + ".patch");
  }

  /** A file under src/test/resources/review/. */
  static String resource(String name) {
    try (InputStream in = Fixture.class.getResourceAsStream("/review/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource review/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Applies a unified diff in {@code checkout}; fails naming the patch when it no longer applies.
   */
  static void apply(Path checkout, String patch) {
    Path file = checkout.resolve("change.patch");
    try {
      Files.writeString(file, patch, StandardCharsets.UTF_8);
      Process p =
          new ProcessBuilder(List.of("git", "apply", "--unsafe-paths", "change.patch"))
              .directory(checkout.toFile())
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(
          0, p.waitFor(), "the fixture patch no longer applies to spec-tla/ (refresh it):\n" + out);
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A scratch directory removed by the caller. */
  static Path scratch() {
    return TempDirectory.create("admincvq-review-test-");
  }
}
