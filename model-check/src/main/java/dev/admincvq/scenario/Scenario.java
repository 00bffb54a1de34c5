package dev.admincvq.scenario;

import dev.admincvq.model.TlaValue;
import java.util.List;
import java.util.Map;

/**
 * A parsed scenario file.
 *
 * @param name the file's name without {@code .scenario}
 * @param file the file, as given (for messages)
 * @param model the model it runs under: a name of {@code spec-tla/models} without {@code .cfg}
 * @param description what the situation is and what should happen, one paragraph
 * @param lines the steps and expectations, in file order
 */
public record Scenario(String name, String file, String model, String description, List<Line> lines) {
  public Scenario {
    lines = List.copyOf(lines);
  }

  /** The spec's actions and their parameters, in the order the spec declares them. */
  public static final Map<String, List<String>> ACTIONS =
      Map.of(
          "DriverSubmitAdmin", List.of("c", "t", "op", "arg"),
          "DriverSubmitVf", List.of("c", "v", "arg"),
          "DeviceFetch", List.of("c"),
          "DeviceProcess", List.of("c"),
          "DeviceProcessVf", List.of("v"),
          "DriverCollect", List.of("c"),
          "SriovDisable", List.of(),
          "SriovEnable", List.of(),
          "VfNeedsReset", List.of("v"),
          "DriverResetVf", List.of("v"));

  /** The number of steps (possible or asserted impossible). */
  public long steps() {
    return lines.stream().filter(l -> l instanceof Step).count();
  }

  /** The number of expectations. */
  public long expectations() {
    return lines.stream().filter(l -> !(l instanceof Step)).count();
  }

  /** One meaningful line of the file. */
  public sealed interface Line {
    /** The line's number in the file (1 = first). */
    int number();
  }

  /**
   * One spec action with every parameter.
   *
   * @param number the line number
   * @param action the action's name
   * @param parameters its parameters in declaration order (name, value)
   * @param impossible the file asserts the model cannot take this step here
   */
  public record Step(int number, String action, List<Param> parameters, boolean impossible) implements Line {
    public Step {
      parameters = List.copyOf(parameters);
    }

    /** {@code DriverSubmitAdmin c=1 t=1 op="setMac" arg=1}, as a file would say it. */
    @Override
    public String toString() {
      StringBuilder b = new StringBuilder(impossible ? "impossible " : "").append(action);
      for (Param p : parameters) {
        b.append(' ').append(p.name()).append('=').append(p.value());
      }
      return b.toString();
    }
  }

  /** A parameter's name and value. */
  public record Param(String name, TlaValue value) {}

  /**
   * {@code expect PATH = VALUE} (or {@code #}): a value of the model's state after the steps so far.
   *
   * @param number the line number
   * @param path the variable and the way into it: {@code cmd[1].status}
   * @param equal {@code =} (else {@code #})
   * @param value the expected value, as written
   */
  public record ValueFact(int number, String path, boolean equal, String value) implements Line {
    @Override
    public String toString() {
      return path + (equal ? " = " : " # ") + value;
    }
  }

  /**
   * {@code expect holds P} or {@code expect violated P}: a state invariant of the spec on the
   * model's state after the steps so far.
   *
   * @param number the line number
   * @param property the invariant's name
   * @param holds whether it must hold (else it must be violated)
   */
  public record PropertyFact(int number, String property, boolean holds) implements Line {
    @Override
    public String toString() {
      return (holds ? "holds " : "violated ") + property;
    }
  }
}
