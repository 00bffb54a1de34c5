package dev.admincvq.review;

import dev.admincvq.matrix.ModelConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a model's configuration says that a review compares: the constants it binds (as written:
 * {@code MaxInc = 2}, {@code CmdId <- MCCmdId}), the invariants and properties it checks, and the
 * same configuration checking other properties (or none).
 */
public record ConfigFacts(ModelConfig config, Map<String, String> constants) {
  public ConfigFacts {
    constants = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(constants));
  }

  public static ConfigFacts parse(String text) {
    ModelConfig config = ModelConfig.parse(text);
    Map<String, String> constants = new LinkedHashMap<>();
    for (ModelConfig.Section s : config.sections()) {
      if (!s.keyword().startsWith("CONSTANT")) {
        continue;
      }
      List<String> w = s.words();
      String name = null;
      StringBuilder value = new StringBuilder();
      for (int i = 0; i < w.size(); i++) {
        boolean starts =
            i + 1 < w.size() && (w.get(i + 1).equals("=") || w.get(i + 1).equals("<-"));
        if (starts) {
          if (name != null) {
            constants.put(name, value.toString().strip());
          }
          name = w.get(i);
          value = new StringBuilder(w.get(i + 1)).append(' ');
          i++;
        } else if (name != null) {
          value.append(w.get(i)).append(' ');
        }
      }
      if (name != null) {
        constants.put(name, value.toString().strip());
      }
    }
    return new ConfigFacts(config, constants);
  }

  /** The invariants, then the (temporal or action) properties, in the configuration's order. */
  public List<String> checked() {
    List<String> all = new ArrayList<>(config.invariants());
    for (String p : config.properties()) {
      if (!all.contains(p)) {
        all.add(p);
      }
    }
    return List.copyOf(all);
  }

  /**
   * The configuration checking only those of {@code names} it checks (none: just the behaviours).
   */
  public String checking(List<String> names) {
    StringBuilder out = new StringBuilder(config.withoutChecks());
    List<String> invariants = names.stream().filter(config.invariants()::contains).toList();
    List<String> properties =
        names.stream()
            .filter(n -> !config.invariants().contains(n) && config.properties().contains(n))
            .toList();
    if (!invariants.isEmpty()) {
      out.append("INVARIANTS ").append(String.join(" ", invariants)).append('\n');
    }
    if (!properties.isEmpty()) {
      out.append("PROPERTIES ").append(String.join(" ", properties)).append('\n');
    }
    return out.toString();
  }
}
