package dev.admincvq.scenario;

import dev.admincvq.model.TlaValue;
import java.util.List;

/**
 * A parsed scenario file.
 *
 * @param name the file's name without {@code .scenario}
 * @param file the file, as given (for messages)
 * @param model the model it runs under: the name of an entry of the models' manifest
 * @param modelLine the number of the file's {@code model:} line
 * @param description who does what and what should happen, one paragraph
 * @param lines the steps and expectations, in file order
 */
public record Scenario(
    String name, String file, String model, int modelLine, String description, List<Line> lines) {
  public Scenario {
    lines = List.copyOf(lines);
  }

  /** The number of steps (possible or asserted impossible). */
  public long steps() {
    return lines.stream().filter(l -> l instanceof Step).count();
  }

  /** The number of expectations. */
  public long expectations() {
    return lines.stream().filter(l -> !(l instanceof Step)).count();
  }

  /** The properties the expectations name, each once, in file order. */
  public List<String> properties() {
    return lines.stream()
        .filter(l -> l instanceof PropertyFact)
        .map(l -> ((PropertyFact) l).property())
        .distinct()
        .toList();
  }

  /** One meaningful line of the file. */
  public sealed interface Line {
    /** The line's number in the file (1 = first). */
    int number();
  }

  /**
   * One spec action with its parameters, as the model's state graph labels its edges.
   *
   * @param number the line number
   * @param action the spec action's name ({@code DriverSubmitAdmin})
   * @param parameters its parameters (name, value), in file order
   * @param impossible the file asserts the model cannot take this step here
   */
  public record Step(int number, String action, List<Param> parameters, boolean impossible)
      implements Line {
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
   * {@code expect PATH = VALUE} (or {@code #}): a value of the model's state after the steps so
   * far.
   *
   * @param number the line number
   * @param path the variable and the way into it: {@code req[1].target}
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
   * {@code expect holds P} or {@code expect violated P}: the spec's state predicate {@code P},
   * evaluated by TLC in the model's state after the steps so far.
   *
   * @param number the line number
   * @param property the definition's name in the spec
   * @param holds whether it must be TRUE (else FALSE)
   */
  public record PropertyFact(int number, String property, boolean holds) implements Line {
    @Override
    public String toString() {
      return (holds ? "holds " : "violated ") + property;
    }
  }
}
