package dev.admincvq.tlc;

import dev.admincvq.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains a run that TLC could not carry out as one {@link Problem}: the file at fault, the
 * position where TLC or SANY gives one, and the message on one line.
 *
 * <p>TLC's errors are found by their message class in the tool-mode framing ({@link ToolMessages}).
 * SANY reports parse and semantic errors as text only (its {@code Errors} keeps strings), so their
 * position is read from that text: the one place where TLC's human-readable output is read, and
 * only to point the user at a line, never to obtain a result.
 */
final class ProblemLocator {
  private static final Pattern SANY_POSITION =
      Pattern.compile(
          "line (\\d+), col(?:umn)? (\\d+)(?: to line \\d+, col \\d+)? of module (\\w+)");
  private static final Pattern PARSE_POSITION =
      Pattern.compile("Encountered \"(.*?)\" at line (\\d+), column (\\d+)");
  private static final Pattern PARSING_FILE = Pattern.compile("Parsing file (\\S+)");
  private static final Pattern MISSING_MODULE =
      Pattern.compile("Cannot find source file for module (\\w+) imported in module (\\w+)");
  private static final Pattern LINE_POSITION =
      Pattern.compile("line (\\d+)(?:, col(?:umn)? (\\d+))?");

  /** TLC_CONFIG_* (2222-2290) and CFG_* (5001-5099) message codes concern the configuration. */
  private static boolean concernsConfig(int code) {
    return (code >= 2222 && code <= 2290) || inConfigFile(code);
  }

  /**
   * CFG_* codes: TLC could not read the configuration file (also framed inside another message).
   */
  private static boolean inConfigFile(int code) {
    return code >= 5001 && code <= 5099;
  }

  private ProblemLocator() {}

  /**
   * The problem of a run on {@code spec} under {@code config}.
   *
   * @param output the run's text (TLC's or SANY's)
   * @param crash what TLC or SANY threw, if it did
   */
  static Problem locate(Path spec, Path config, String output, Optional<String> crash) {
    String sany = ToolMessages.unframed(output);
    Optional<Problem> parse = parseError(spec, sany);
    if (parse.isPresent()) {
      return parse.get();
    }
    Optional<Problem> semantic = semanticError(spec, sany);
    if (semantic.isPresent()) {
      return semantic.get();
    }
    Optional<Problem> module = missingModule(spec, sany);
    if (module.isPresent()) {
      return module.get();
    }
    List<ToolMessages.Message> messages = ToolMessages.parse(output);
    Optional<ToolMessages.Message> configError =
        messages.stream().filter(m -> inConfigFile(m.code())).findFirst();
    List<ToolMessages.Message> errors =
        configError.isPresent()
            ? List.of(configError.get())
            : messages.stream().filter(ToolMessages.Message::isError).toList();
    if (errors.isEmpty()) {
      return Problem.inFile(
          spec.toString(),
          crash.map(c -> "TLC failed: " + c).orElse("TLC failed without a message"));
    }
    ToolMessages.Message first = errors.get(0);
    if (concernsConfig(first.code())) {
      Matcher at = LINE_POSITION.matcher(first.text());
      if (at.find()) {
        return new Problem(
            config.toString(), number(at, 1), Math.max(1, number(at, 2)), oneLine(first.text()));
      }
      return Problem.inFile(config.toString(), oneLine(first.text()));
    }
    return Problem.inFile(spec.toString(), oneLine(first.text()));
  }

  private static Optional<Problem> parseError(Path spec, String sany) {
    Matcher parse = PARSE_POSITION.matcher(sany);
    if (!parse.find()) {
      return Optional.empty();
    }
    Matcher file = PARSING_FILE.matcher(sany.substring(0, parse.start()));
    String module = "";
    while (file.find()) {
      module = text(file, 1);
    }
    return Optional.of(
        new Problem(
            fileOf(spec, module).toString(),
            number(parse, 2),
            number(parse, 3),
            "parse error: unexpected " + text(parse, 1)));
  }

  /**
   * A module that a module extends or instantiates and SANY found nowhere: named with the line that
   * imports it and where SANY looked.
   */
  private static Optional<Problem> missingModule(Path spec, String sany) {
    Matcher missing = MISSING_MODULE.matcher(sany);
    if (!missing.find()) {
      return Optional.empty();
    }
    String name = text(missing, 1);
    Path importer = fileOf(spec, text(missing, 2));
    String message =
        "cannot find module "
            + name
            + " (looked beside "
            + importer.getFileName()
            + ", in the library paths and among TLC's standard modules)";
    try {
      List<String> lines = Files.readAllLines(importer);
      Pattern word = Pattern.compile("(?<![\\w!])" + Pattern.quote(name) + "(?!\\w)");
      for (int i = 0; i < lines.size(); i++) {
        Matcher at = word.matcher(lines.get(i));
        if (lines.get(i).matches(".*\\b(EXTENDS|INSTANCE)\\b.*") && at.find()) {
          return Optional.of(new Problem(importer.toString(), i + 1, at.start() + 1, message));
        }
      }
    } catch (IOException | RuntimeException e) {
      // no line to point at: the file alone
    }
    return Optional.of(Problem.inFile(importer.toString(), message));
  }

  private static Optional<Problem> semanticError(Path spec, String sany) {
    int start = sany.indexOf("Semantic errors:");
    if (start < 0) {
      return Optional.empty();
    }
    Matcher at = SANY_POSITION.matcher(sany.substring(start));
    if (!at.find()) {
      return Optional.empty();
    }
    String rest = sany.substring(start + at.end()).strip();
    String message = rest.lines().filter(l -> !l.isBlank()).findFirst().orElse("semantic error");
    return Optional.of(
        new Problem(
            fileOf(spec, text(at, 3)).toString(),
            number(at, 1),
            number(at, 2),
            "semantic error: " + message.strip()));
  }

  /** The file of a module: as SANY named it, else beside the spec. */
  private static Path fileOf(Path spec, String module) {
    if (module.isEmpty()) {
      return spec;
    }
    if (module.endsWith(".tla") && Files.exists(Path.of(module))) {
      return spec.getFileName() != null
              && Path.of(module).endsWith(String.valueOf(spec.getFileName()))
          ? spec
          : Path.of(module);
    }
    String name = module.endsWith(".tla") ? module : module + ".tla";
    Path dir = spec.getParent();
    Path candidate = dir == null ? Path.of(name) : dir.resolve(name);
    return Files.exists(candidate) ? candidate : Path.of(name);
  }

  private static String text(Matcher m, int group) {
    String g = m.group(group);
    return g == null ? "" : g;
  }

  private static int number(Matcher m, int group) {
    String g = m.group(group);
    return g == null ? 0 : Integer.parseInt(g);
  }

  /**
   * A message on one line: its lines joined, a sentence break put where TLC broke a line after a
   * sentence that lacks its full stop.
   */
  static String oneLine(String text) {
    StringBuilder line = new StringBuilder();
    for (String l : text.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
      if (line.length() > 0) {
        char last = line.charAt(line.length() - 1);
        boolean sentence = Character.isUpperCase(l.charAt(0)) && Character.isLetterOrDigit(last);
        line.append(sentence ? ". " : " ");
      }
      line.append(l);
    }
    return line.length() > 300 ? line.substring(0, 297) + "..." : line.toString();
  }
}
