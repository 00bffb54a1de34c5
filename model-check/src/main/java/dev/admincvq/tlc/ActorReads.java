package dev.admincvq.tlc;

import dev.admincvq.model.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which state variables each action of a spec reads, by actor, against what each actor observes
 * ({@link SpecReadsAnalyzer} states the rules).
 *
 * @param module the spec analysed
 * @param problem SANY's error, if the module did not parse
 * @param variables the spec's state variables, in declaration order
 * @param history the history variables, sorted
 * @param views each actor's view, by actor prefix: its member variables, sorted
 * @param actions each action of the next-state relation, in order of appearance
 * @param incomplete what kept the analysis from covering the spec (a missing view, an action of no
 *     actor), one line each
 */
public record ActorReads(
    Path module,
    Optional<Problem> problem,
    List<String> variables,
    List<String> history,
    Map<String, List<String>> views,
    List<Action> actions,
    List<String> incomplete) {
  public ActorReads {
    variables = List.copyOf(variables);
    history = List.copyOf(history);
    views = Map.copyOf(views);
    actions = List.copyOf(actions);
    incomplete = List.copyOf(incomplete);
  }

  /**
   * One read of a state variable.
   *
   * @param actor the prefix of the actor it is attributed to
   * @param variable the variable read
   * @param primed read as {@code x'}
   * @param path the operators from the action down to the read, the action first
   * @param location where in the module, as SANY gives it
   */
  public record Read(
      String actor, String variable, boolean primed, List<String> path, String location) {
    public Read {
      path = List.copyOf(path);
    }
  }

  /**
   * An action and its reads.
   *
   * @param name the operator's name, e.g. {@code DriverCollect}
   * @param parameters the operator's formal parameters, in order, e.g. {@code [c]}
   * @param actor the prefix of its actor, e.g. {@code Driver}
   */
  public record Action(String name, List<String> parameters, String actor, List<Read> reads) {
    public Action {
      parameters = List.copyOf(parameters);
      reads = List.copyOf(reads);
    }

    /** The variables read, by the actor they are attributed to. */
    public SortedMap<String, SortedSet<String>> readsByActor() {
      SortedMap<String, SortedSet<String>> by = new TreeMap<>();
      reads.forEach(r -> by.computeIfAbsent(r.actor(), a -> new TreeSet<>()).add(r.variable()));
      return by;
    }
  }

  /** Why a read breaks the rules. */
  public enum Kind {
    /** a history variable read outside the update of a history variable */
    READS_HISTORY,
    /** a variable outside the view of the actor the read is attributed to */
    OUTSIDE_VIEW
  }

  /** A read that breaks the rules, in the action it occurs in. */
  public record Violation(String action, Kind kind, Read read) {
    @Override
    public String toString() {
      return action
          + ": "
          + (kind == Kind.READS_HISTORY
              ? "reads history variable "
              : "reads outside the view of " + read.actor() + ": ")
          + read.variable()
          + (read.primed() ? "'" : "")
          + " via "
          + String.join(" > ", read.path())
          + " at "
          + read.location();
    }
  }

  /** Every read that breaks the rules: of a history variable, or outside its actor's view. */
  public List<Violation> violations() {
    Set<String> historyVariables = Set.copyOf(history);
    List<Violation> found = new ArrayList<>();
    for (Action action : actions) {
      for (Read read : action.reads()) {
        if (historyVariables.contains(read.variable())) {
          found.add(new Violation(action.name(), Kind.READS_HISTORY, read));
        } else if (!views.getOrDefault(read.actor(), List.of()).contains(read.variable())) {
          found.add(new Violation(action.name(), Kind.OUTSIDE_VIEW, read));
        }
      }
    }
    return List.copyOf(found);
  }

  /** A table: per action and attributed actor, the variables read and those outside the view. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "%-22s %-10s %s%n", "action", "actor", "reads  [outside view or history: !]"));
    for (Action action : actions) {
      action
          .readsByActor()
          .forEach(
              (actor, read) -> {
                List<String> shown = new ArrayList<>();
                for (String variable : read) {
                  boolean bad =
                      history.contains(variable)
                          || !views.getOrDefault(actor, List.of()).contains(variable);
                  shown.add(bad ? "!" + variable : variable);
                }
                out.append(
                    String.format(
                        "%-22s %-10s %s%n", action.name(), actor, String.join(" ", shown)));
              });
    }
    views.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            v ->
                out.append(
                    String.format(
                        "view of %-14s %s%n", v.getKey(), String.join(" ", v.getValue()))));
    out.append("history: ").append(String.join(" ", history)).append(System.lineSeparator());
    return out.toString();
  }
}
