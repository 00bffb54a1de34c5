package dev.admincvq.tlc.answer;

import java.util.List;

/**
 * What the actor-reads analysis of a spec is asked ({@code SpecReads} inside a run).
 *
 * @param next the name of the next-state relation; the operators it applies are the actions
 * @param historyTuple the name of the tuple of history variables
 * @param actors each actor's operator-name prefix and view (a name that starts with two prefixes
 *     goes to the longer)
 * @param exempt operators whose bodies are not walked (e.g. the model's identity allocator)
 */
public record ReadsQuery(
    String next, String historyTuple, List<ActorQuery> actors, List<String> exempt) {
  public ReadsQuery {
    actors = List.copyOf(actors);
    exempt = List.copyOf(exempt);
  }

  /**
   * One actor: the prefix of the names of its operators, and the tuple of what it observes.
   *
   * @param prefix e.g. {@code Driver}
   * @param view the name of a tuple of variables (possibly of tuples), e.g. {@code DeviceView}
   */
  public record ActorQuery(String prefix, String view) {}
}
