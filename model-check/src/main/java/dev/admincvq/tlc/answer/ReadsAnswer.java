package dev.admincvq.tlc.answer;

import java.util.List;

/**
 * What the actor-reads analysis found in a spec's syntax tree (SANY's semantic tree).
 *
 * @param parse SANY's parse of the module; nothing else is filled when it failed
 * @param variables the module's state variables, in declaration order
 * @param history the variables of the history tuple, sorted
 * @param views each actor's view, as asked
 * @param actions each action of the next-state relation with its reads, in order of appearance
 * @param problems what made the analysis incomplete (a missing view, an action of no actor), one
 *     line each
 */
public record ReadsAnswer(
    ParseAnswer parse,
    List<String> variables,
    List<String> history,
    List<ViewAnswer> views,
    List<ActionAnswer> actions,
    List<String> problems) {
  public ReadsAnswer {
    variables = List.copyOf(variables);
    history = List.copyOf(history);
    views = List.copyOf(views);
    actions = List.copyOf(actions);
    problems = List.copyOf(problems);
  }

  /**
   * An actor's view.
   *
   * @param prefix the actor's operator-name prefix
   * @param view the view's name
   * @param variables the view tuple's member variables (nested tuples flattened), sorted
   */
  public record ViewAnswer(String prefix, String view, List<String> variables) {
    public ViewAnswer {
      variables = List.copyOf(variables);
    }
  }

  /**
   * One action and every read in it.
   *
   * @param action the operator's name
   * @param parameters the operator's formal parameters, in order
   * @param prefix the prefix of its actor
   * @param reads every occurrence read, in order of the walk
   */
  public record ActionAnswer(
      String action, List<String> parameters, String prefix, List<ReadAnswer> reads) {
    public ActionAnswer {
      parameters = List.copyOf(parameters);
      reads = List.copyOf(reads);
    }
  }

  /**
   * One read of a state variable.
   *
   * @param prefix the prefix of the actor it is attributed to
   * @param variable the variable read
   * @param primed read as {@code x'}
   * @param path the operators (and LET definitions) from the action down to the read, the action
   *     first
   * @param location where in the module, as SANY gives it ({@code line L, col C to line L2, col C2
   *     of module M})
   */
  public record ReadAnswer(
      String prefix, String variable, boolean primed, List<String> path, String location) {
    public ReadAnswer {
      path = List.copyOf(path);
    }
  }
}
