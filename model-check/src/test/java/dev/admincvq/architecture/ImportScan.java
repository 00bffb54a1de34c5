package dev.admincvq.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A plain scan of Java sources for what they refer to: their package, their imports, and the
 * qualified names in their code (comments and string literals left out).
 */
final class ImportScan {
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
  private static final Pattern IMPORT =
      Pattern.compile("(?m)^\\s*import\\s+(?:static\\s+)?([\\w.]+)(?:\\.\\*)?\\s*;");
  private static final Pattern TLC_NAME =
      Pattern.compile("(?<![\\w.])(tlc2|tla2sany)\\.\\w+|(?<![\\w.])util\\.[A-Z]\\w*");
  private static final Pattern COMMENTS_AND_STRINGS =
      // Unrolled loops ([^"\\]* between escapes): an alternation inside a repeated group recurses
      // once per character in java.util.regex, and a long text block overflowed the stack.
      Pattern.compile(
          "/\\*.*?\\*/|//[^\\n]*|\"\"\".*?\"\"\"|\"[^\"\\\\\\n]*(?:\\\\.[^\"\\\\\\n]*)*\"|'[^'\\\\\\n]*(?:\\\\.[^'\\\\\\n]*)*'",
          Pattern.DOTALL);

  private ImportScan() {}

  /**
   * One source file as scanned.
   *
   * @param file where it lies (or a name for a synthetic source)
   * @param pkg its package
   * @param imports what it imports (for {@code import a.b.*;}, {@code a.b})
   * @param tlcNames the names of TLC's packages ({@code tlc2}, {@code tla2sany}, TLC's {@code
   *     util}) it imports or names in its code
   */
  record Source(String file, String pkg, List<String> imports, List<String> tlcNames) {}

  static Source scan(String file, String text) {
    Matcher p = PACKAGE.matcher(text);
    String pkg = p.find() ? String.valueOf(p.group(1)) : "";
    List<String> imports = new ArrayList<>();
    Matcher i = IMPORT.matcher(text);
    while (i.find()) {
      imports.add(String.valueOf(i.group(1)));
    }
    List<String> tlc = new ArrayList<>();
    Matcher t = TLC_NAME.matcher(COMMENTS_AND_STRINGS.matcher(text).replaceAll(" "));
    while (t.find()) {
      tlc.add(t.group());
    }
    return new Source(file, pkg, imports, tlc);
  }

  /** Every {@code .java} file under {@code root}, scanned. */
  static List<Source> scanTree(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      List<Source> out = new ArrayList<>();
      for (Path f : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        out.add(scan(root.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sources under " + root, e);
    }
  }

  /** The packages of {@code sources}. */
  static Set<String> packages(List<Source> sources) {
    Set<String> out = new TreeSet<>();
    for (Source s : sources) {
      out.add(s.pkg());
    }
    return out;
  }
}
