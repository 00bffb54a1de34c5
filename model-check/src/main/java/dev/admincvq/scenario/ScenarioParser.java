package dev.admincvq.scenario;

import dev.admincvq.model.TextFile;
import dev.admincvq.model.TlaValue;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Reads scenario files.
 *
 * <pre>
 * # comment lines start with '#'
 * model: seed_none_none_staleEffect
 * description:
 *   One paragraph, on indented lines: who does what, and what should happen.
 * steps:
 *   DriverSubmitAdmin c=1 t=1 op=setMac arg=1
 *   impossible DriverCollect
 *   expect ack[1] = "none"
 *   expect violated NoStaleEffect
 * </pre>
 *
 * <p>The model is the name of an entry of the models' manifest. A step names a spec action and
 * gives every parameter ({@code name=value}: an integer, {@code TRUE}/{@code FALSE}, a {@code
 * "string"} or a bare word, which is a string), as the model's state graph labels its edges. {@code
 * impossible} asserts that the model cannot take the step here. {@code expect} lines are checked on
 * the model's state after the steps before them: {@code PATH = VALUE} (or {@code #}) on a
 * variable's value, {@code holds P} or {@code violated P} on a state predicate {@code P} of the
 * spec, which TLC evaluates. This parser checks the form only; which actions, parameters, variables
 * and predicates exist is the model's to say ({@link ScenarioRunner}). Errors are one line: {@code
 * file:line: message}.
 */
public final class ScenarioParser {
  private ScenarioParser() {}

  private static final String NAME = "[A-Za-z_][A-Za-z0-9_]*";
  private static final Pattern PATH =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)((?:\\[[^\\]\\s]+\\]|\\.[A-Za-z_][A-Za-z0-9_]*)*)");
  private static final Pattern VALUE_FACT = Pattern.compile("(\\S+?)\\s*([=#])\\s*(.+)");
  private static final Pattern PARAM = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\\S+)");

  /**
   * Reads and parses {@code file}.
   *
   * @throws ScenarioException if it is missing, not UTF-8 text or not a scenario, naming file and
   *     line
   */
  public static Scenario read(Path file) {
    String text;
    try {
      text = TextFile.read(file);
    } catch (TextFile.Unreadable e) {
      throw new ScenarioException(String.valueOf(e.getMessage()));
    }
    String fileName = String.valueOf(file.getFileName());
    String name =
        fileName.endsWith(".scenario")
            ? fileName.substring(0, fileName.length() - ".scenario".length())
            : fileName;
    return parse(name, file.toString(), text);
  }

  /**
   * Parses a scenario's text.
   *
   * @param name the scenario's name
   * @param file the file's name for messages
   * @param text its content
   * @throws ScenarioException on the first error, naming file and line
   */
  public static Scenario parse(String name, String file, String text) {
    Optional<String> model = Optional.empty();
    int modelLine = 0;
    StringBuilder description = new StringBuilder();
    boolean inDescription = false;
    boolean inSteps = false;
    List<Scenario.Line> lines = new ArrayList<>();
    String[] raw = text.split("\r?\n", -1);
    for (int i = 0; i < raw.length; i++) {
      int n = i + 1;
      String line = raw[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (inSteps) {
        lines.add(body(file, n, line));
      } else if (line.startsWith("model:")) {
        if (model.isPresent()) {
          throw error(file, n, "a second 'model:' line");
        }
        String m = line.substring("model:".length()).strip();
        if (!m.matches("[A-Za-z0-9_.-]+")) {
          throw error(
              file, n, "'model:' needs the name of a model of the manifest, found '" + m + "'");
        }
        model = Optional.of(m);
        modelLine = n;
        inDescription = false;
      } else if (line.startsWith("description:")) {
        inDescription = true;
        description.append(line.substring("description:".length()).strip());
      } else if (line.equals("steps:")) {
        inSteps = true;
      } else if (inDescription && Character.isWhitespace(raw[i].charAt(0))) {
        description.append(description.length() == 0 ? "" : " ").append(line);
      } else {
        throw error(
            file,
            n,
            "expected 'model:', 'description:' (then indented lines) or 'steps:', found '"
                + line
                + "'");
      }
    }
    int last = raw.length;
    if (model.isEmpty()) {
      throw error(file, last, "no 'model:' line");
    }
    if (description.length() == 0) {
      throw error(file, last, "no description");
    }
    if (!inSteps) {
      throw error(file, last, "no 'steps:' line");
    }
    if (lines.stream().noneMatch(l -> l instanceof Scenario.Step)) {
      throw error(file, last, "no steps");
    }
    return new Scenario(name, file, model.get(), modelLine, description.toString(), lines);
  }

  private static Scenario.Line body(String file, int n, String line) {
    if (line.startsWith("expect ")) {
      return expectation(file, n, line.substring("expect ".length()).strip());
    }
    boolean impossible = line.startsWith("impossible ");
    return step(
        file, n, impossible ? line.substring("impossible ".length()).strip() : line, impossible);
  }

  private static Scenario.Line expectation(String file, int n, String fact) {
    String[] words = fact.split("\\s+", -1);
    if (words.length == 2 && (words[0].equals("holds") || words[0].equals("violated"))) {
      if (!words[1].matches(NAME)) {
        throw error(file, n, "'" + words[1] + "' is no name of a definition of the spec");
      }
      return new Scenario.PropertyFact(n, words[1], words[0].equals("holds"));
    }
    Matcher m = VALUE_FACT.matcher(fact);
    if (!m.matches()) {
      throw error(
          file,
          n,
          "expected 'expect PATH = VALUE', 'expect PATH # VALUE', 'expect holds P' or 'expect violated P', found 'expect "
              + fact
              + "'");
    }
    String path = group(m, 1);
    Matcher p = PATH.matcher(path);
    if (!p.matches()) {
      throw error(file, n, "'" + path + "' is no path (variable, then [key] or .field)");
    }
    return new Scenario.ValueFact(n, path, group(m, 2).equals("="), group(m, 3).strip());
  }

  private static Scenario.Step step(String file, int n, String text, boolean impossible) {
    String[] words = text.split("\\s+", -1);
    if (!words[0].matches(NAME)) {
      throw error(
          file, n, "'" + words[0] + "' is no action name (a step is 'Action name=value ...')");
    }
    List<Scenario.Param> given = new ArrayList<>();
    for (int w = 1; w < words.length; w++) {
      Matcher m = PARAM.matcher(words[w]);
      if (!m.matches()) {
        throw error(file, n, "'" + words[w] + "' is no parameter (name=value)");
      }
      String p = group(m, 1);
      if (given.stream().anyMatch(x -> x.name().equals(p))) {
        throw error(file, n, "parameter '" + p + "' given twice");
      }
      given.add(new Scenario.Param(p, value(file, n, group(m, 2))));
    }
    return new Scenario.Step(n, words[0], given, impossible);
  }

  /** A literal: an integer, TRUE, FALSE, a "string", or a bare word (a string). */
  static TlaValue value(String file, int n, String text) {
    if (text.matches("-?[0-9]+")) {
      BigInteger big = new BigInteger(text);
      if (big.bitLength() >= Integer.SIZE) {
        throw error(
            file,
            n,
            "'"
                + text
                + "' is out of range: TLC's integers are from "
                + Integer.MIN_VALUE
                + " to "
                + Integer.MAX_VALUE);
      }
      return TlaValue.Int.of(big.longValue());
    }
    if (text.equals("TRUE") || text.equals("FALSE")) {
      return new TlaValue.Bool(text.equals("TRUE"));
    }
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      return new TlaValue.Str(text.substring(1, text.length() - 1));
    }
    if (text.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      return new TlaValue.Str(text);
    }
    throw error(file, n, "'" + text + "' is no value (integer, TRUE, FALSE, \"string\" or word)");
  }

  /** Group {@code g} of a match ("" if it did not take part). */
  static String group(Matcher m, int g) {
    @Nullable String s = m.group(g);
    return s == null ? "" : s;
  }

  private static ScenarioException error(String file, int line, String message) {
    return new ScenarioException(file + ":" + line + ": " + message);
  }
}
