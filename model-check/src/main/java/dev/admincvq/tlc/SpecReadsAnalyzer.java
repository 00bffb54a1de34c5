package dev.admincvq.tlc;

import dev.admincvq.model.Problem;
import dev.admincvq.tlc.answer.ReadsAnswer;
import dev.admincvq.tlc.answer.ReadsQuery;
import dev.admincvq.tlc.answer.ReadsQuery.ActorQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks, from a spec's syntax tree (SANY's semantic tree), that every action reads only what its
 * actor observes and no action reads a history variable. The parse and the walk run inside a fresh
 * class loader, set up as every run is ({@link RunSetup}).
 *
 * <p>The rules:
 *
 * <ul>
 *   <li>The actions are the spec's operators applied in the next-state relation; the actor of an
 *       operator is given by its name's prefix ({@link Rules#actors}); each actor's view is a tuple
 *       of variables (possibly of tuples named by definitions).
 *   <li>Each action's body is walked, the operators it calls expanded (LET definitions too); a
 *       callee whose name starts with another actor's prefix is attributed to that actor and
 *       checked against its view. Exempt operators ({@link Rules#exempt}) are not walked.
 *   <li>A read is any occurrence of a state variable, primed or not, except the left side of {@code
 *       x' = e}, anything inside {@code UNCHANGED}, and anything inside {@code e} of {@code h' = e}
 *       for a history variable {@code h}. The base of {@code [x EXCEPT ...]} is a read of {@code
 *       x}.
 *   <li>A violation is a read outside the attributed actor's view, or any read of a history
 *       variable.
 * </ul>
 */
public final class SpecReadsAnalyzer {
  private final IsolatedTlc tlc;
  private final LibraryModules library;

  private SpecReadsAnalyzer(IsolatedTlc tlc, LibraryModules library) {
    this.tlc = tlc;
    this.library = library;
  }

  /** An analyzer using this application's TLC (SANY) and the bundled library modules. */
  public static SpecReadsAnalyzer create() {
    return new SpecReadsAnalyzer(IsolatedTlc.fromApplicationClassPath(), LibraryModules.bundled());
  }

  /**
   * An actor.
   *
   * @param prefix the prefix of the names of its operators, e.g. {@code Driver}
   * @param view the name of the tuple of the variables it observes
   */
  public record Actor(String prefix, String view) {}

  /**
   * What to check.
   *
   * @param next the next-state relation
   * @param historyTuple the tuple of the history variables
   * @param actors the actors
   * @param exempt operators not walked, each no actor's
   */
  public record Rules(String next, String historyTuple, List<Actor> actors, List<String> exempt) {
    public Rules {
      actors = List.copyOf(actors);
      exempt = List.copyOf(exempt);
    }

    /**
     * The actors of {@code AdminCvqActors.tla}: the management driver, a VF's driver and the
     * device. {@code FreshId} is exempt: it is the model's allocator of submission identities (the
     * least unused one, a modelling device that bounds the submissions), not something any actor
     * does; a real driver knows its own free tokens.
     */
    public static Rules adminCvqActors() {
      return new Rules(
          "Next",
          "historyVars",
          List.of(
              new Actor("Driver", "ManagementDriverView"),
              new Actor("VfDriver", "VfDriverView"),
              new Actor("Device", "DeviceView")),
          List.of("FreshId"));
    }
  }

  private static List<ActorReads.Read> reads(List<ReadsAnswer.ReadAnswer> answers) {
    List<ActorReads.Read> reads = new ArrayList<>();
    for (ReadsAnswer.ReadAnswer r : answers) {
      reads.add(new ActorReads.Read(r.prefix(), r.variable(), r.primed(), r.path(), r.location()));
    }
    return reads;
  }

  /** The reads of every action of {@code module} under {@code rules}. */
  public ActorReads analyze(Path module, Rules rules) {
    if (!Files.isRegularFile(module)) {
      return new ActorReads(
          module,
          Optional.of(Problem.inFile(module.toString(), "no such file")),
          List.of(),
          List.of(),
          Map.of(),
          List.of(),
          List.of());
    }
    ReadsQuery query =
        new ReadsQuery(
            rules.next(),
            rules.historyTuple(),
            rules.actors().stream().map(a -> new ActorQuery(a.prefix(), a.view())).toList(),
            rules.exempt());
    ReadsAnswer answer =
        RunSetup.inRunDirectory(
                "admincvq-reads-",
                module,
                Optional.empty(),
                1,
                List.of(),
                library,
                dir -> tlc.reads(dir.input(), query))
            .answer();
    Optional<Problem> problem =
        answer.parse().ok()
            ? Optional.empty()
            : Optional.of(
                ProblemLocator.locate(
                    module, module, answer.parse().output(), answer.parse().crash()));
    Map<String, List<String>> views = new TreeMap<>();
    answer.views().forEach(v -> views.put(v.prefix(), v.variables()));
    List<ActorReads.Action> actions = new ArrayList<>();
    for (ReadsAnswer.ActionAnswer action : answer.actions()) {
      actions.add(
          new ActorReads.Action(
              action.action(), action.parameters(), action.prefix(), reads(action.reads())));
    }
    return new ActorReads(
        module, problem, answer.variables(), answer.history(), views, actions, answer.problems());
  }
}
