package dev.admincvq.conform.v1;

import dev.admincvq.matrix.ModelConfig;
import dev.admincvq.model.State;
import dev.admincvq.model.TlaValue;
import dev.admincvq.reference.v1.DeviceCheck;
import dev.admincvq.reference.v1.DriverSync;
import dev.admincvq.reference.v1.Settings;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference machine's {@link Settings} for a model: the design options as the configuration
 * assigns them ({@code DriverSync = "barrier"}), {@code NumVFs} as the size of {@code vfState}'s
 * domain in the initial state (the configuration may bind it by definition).
 */
public final class ModelSettings {
  private ModelSettings() {}

  /**
   * The settings of the model {@code configText} configures, whose initial state is {@code init}.
   *
   * @throws IllegalArgumentException if a design option is not assigned a value in the config
   */
  public static Settings of(String configText, State init) {
    Map<String, String> assigned = new HashMap<>();
    for (ModelConfig.Section s : ModelConfig.parse(configText).sections()) {
      if (!s.keyword().startsWith("CONSTANT")) {
        continue;
      }
      List<String> w = s.words();
      for (int i = 0; i + 2 < w.size(); i++) {
        if (w.get(i + 1).equals("=")) {
          assigned.put(w.get(i), unquote(w.get(i + 2)));
        }
      }
    }
    DriverSync sync = option(DriverSync.values(), DriverSync::specName, assigned, "DriverSync");
    DeviceCheck check = option(DeviceCheck.values(), DeviceCheck::specName, assigned, "DeviceCheck");
    String inOrder = required(assigned, "InOrder");
    TlaValue vfState = init.get("vfState").orElseThrow(() -> new IllegalArgumentException("no vfState"));
    int numVfs = vfState.isFunction() ? vfState.entries().size() : 0;
    return new Settings(numVfs, sync, check, inOrder.equals("TRUE"));
  }

  private static String unquote(String word) {
    return word.length() >= 2 && word.startsWith("\"") && word.endsWith("\"") ? word.substring(1, word.length() - 1) : word;
  }

  private static String required(Map<String, String> assigned, String name) {
    String v = assigned.get(name);
    if (v == null) {
      throw new IllegalArgumentException("the model does not assign " + name + " a value (NAME = value)");
    }
    return v;
  }

  private static <E> E option(E[] values, java.util.function.Function<E, String> name, Map<String, String> assigned, String constant) {
    String v = required(assigned, constant);
    return Arrays.stream(values)
        .filter(e -> name.apply(e).equals(v))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(constant + " = \"" + v + "\" is no design option"));
  }
}
