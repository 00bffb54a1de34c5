package dev.admincvq.simulate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One constant bound differently from the model's configuration: {@code NAME=VALUE} (a number, a
 * string, {@code TRUE}, {@code FALSE}, a model value, or a set of them) or {@code NAME<-DEFINITION}
 * (a definition of the spec, e.g. {@code CmdId<-ThreeCmds}).
 *
 * @param name the constant
 * @param binding {@code =} or {@code <-}
 * @param value the value or definition, as the configuration writes it
 */
public record ConstantOverride(String name, String binding, String value) {
  private static final String IDENT = "[A-Za-z_][A-Za-z0-9_]*";
  private static final String SCALAR = "-?\\d+|\"[^\"\\\\]*\"|" + IDENT;
  private static final Pattern FORM = Pattern.compile("\\s*(" + IDENT + ")\\s*(=|<-)\\s*(.*?)\\s*");
  private static final Pattern VALUE =
      Pattern.compile(
          "(?:" + SCALAR + ")|\\{\\s*(?:(?:" + SCALAR + ")(?:\\s*,\\s*(?:" + SCALAR + "))*)?\\s*}");
  private static final Pattern DEFINITION = Pattern.compile(IDENT);

  /**
   * The override {@code text} gives.
   *
   * @throws IllegalArgumentException saying what is wrong with it, in one line
   */
  public static ConstantOverride parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not NAME=VALUE or NAME<-DEFINITION");
    }
    String name = group(m, 1);
    String binding = group(m, 2);
    String value = group(m, 3);
    boolean ok =
        binding.equals("=") ? VALUE.matcher(value).matches() : DEFINITION.matcher(value).matches();
    if (!ok) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "': "
              + (binding.equals("=")
                  ? "not a configuration value (a number, a \"string\", TRUE, FALSE, a model value, or a set {..} of them)"
                  : "not a definition name"));
    }
    return new ConstantOverride(name, binding, value.replaceAll("\\s+", " "));
  }

  private static String group(Matcher m, int n) {
    String g = m.group(n);
    return g == null ? "" : g;
  }

  /** The binding as a configuration line writes it, e.g. {@code MaxVFs = 3}. */
  String line() {
    return name + " " + binding + " " + value;
  }
}
