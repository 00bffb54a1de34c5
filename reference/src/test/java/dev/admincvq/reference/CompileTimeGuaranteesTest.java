package dev.admincvq.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compile-time guarantees the build relies on are real: javac, run in-process with the build's
 * plugin set-up (Error Prone as {@code -Xplugin}, the Checker Framework's Nullness Checker as
 * processor, {@code -XDcompilePolicy=simple --should-stop=ifError=FLOW}), rejects a null
 * dereference and a mutable field in an {@code @Immutable} type, and accepts a clean control file.
 *
 * <p>The processor path is the test class path: {@code error_prone_core} and {@code checker} are
 * test-scoped dependencies of this module; surefire exposes the class path as {@code
 * java.class.path}; the JVM has the {@code jdk.compiler} exports in surefire's {@code argLine}.
 */
class CompileTimeGuaranteesTest {

  private record Result(boolean success, List<String> diagnostics) {}

  private Result compile(String resource, Path out) throws IOException, URISyntaxException {
    URL url = getClass().getResource("/compile-fail/" + resource);
    if (url == null) {
      throw new AssertionError("missing test resource " + resource);
    }
    Path source = Path.of(url.toURI());
    String classPath = System.getProperty("java.class.path", "");
    assertTrue(
        classPath.contains("error_prone_core") && classPath.contains("checker-"),
        "test class path lacks error_prone_core or checker: " + classPath);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      List<String> options =
          List.of(
              "--release",
              "17",
              "-d",
              out.toString(),
              "-classpath",
              classPath,
              "-processorpath",
              classPath,
              "-processor",
              "org.checkerframework.checker.nullness.NullnessChecker",
              "-XDcompilePolicy=simple",
              "--should-stop=ifError=FLOW",
              "-Xplugin:ErrorProne");
      StringWriter javacOut = new StringWriter();
      Boolean ok =
          javac
              .getTask(
                  javacOut,
                  files,
                  diagnostics,
                  options,
                  null,
                  files.getJavaFileObjects(source.toFile()))
              .call();
      List<String> messages =
          diagnostics.getDiagnostics().stream()
              .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
              .map(d -> d.getMessage(Locale.ROOT))
              .collect(Collectors.toList());
      return new Result(Boolean.TRUE.equals(ok), messages);
    }
  }

  @Test
  void nullDereferenceDoesNotCompile(@TempDir Path out) throws Exception {
    Result r = compile("NullDereference.java", out);
    assertTrue(!r.success(), "compiled: " + r);
    assertTrue(
        r.diagnostics().stream().anyMatch(m -> m.contains("dereference.of.nullable")),
        r.diagnostics().toString());
  }

  @Test
  void mutableFieldInImmutableTypeDoesNotCompile(@TempDir Path out) throws Exception {
    Result r = compile("MutableImmutable.java", out);
    assertTrue(!r.success(), "compiled: " + r);
    assertTrue(
        r.diagnostics().stream()
            .anyMatch(m -> m.contains("[Immutable]") && m.contains("non-final field 'count'")),
        r.diagnostics().toString());
  }

  @Test
  void cleanControlFileCompilesWithTheSameSetUp(@TempDir Path out) throws Exception {
    Result r = compile("Clean.java", out);
    assertEquals(List.of(), r.diagnostics());
    assertTrue(r.success());
    assertTrue(Files.exists(out.resolve("compilefail").resolve("Clean.class")));
    assertTrue(new File(out.toFile(), "compilefail").isDirectory());
  }
}
