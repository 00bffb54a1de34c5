package dev.admincvq.tlc.answer;

import java.util.List;

/**
 * One edge of a state graph.
 *
 * @param from the source state's index
 * @param to the target state's index
 * @param action the spec action
 * @param parameters its parameters and their values
 */
public record EdgeAnswer(int from, int to, String action, List<Binding> parameters) {
  public EdgeAnswer {
    parameters = List.copyOf(parameters);
  }
}
