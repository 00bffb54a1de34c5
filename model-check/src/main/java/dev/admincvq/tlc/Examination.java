package dev.admincvq.tlc;

import dev.admincvq.graph.StateGraph;
import dev.admincvq.model.CheckResult;
import dev.admincvq.tlc.answer.HookReport;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one examination of a model gives (see {@link GraphExplorer#examine}): TLC's check of the
 * properties its configuration names, the reachable state graph, and each invariant evaluated in
 * every state of that graph.
 *
 * @param check TLC's result for the configuration as run
 * @param graph the reachable state graph; empty when TLC could not set the model up ({@code check}
 *     says why)
 * @param invariants each invariant asked for, in the order asked (none without a graph)
 * @param graphFromSearch whether the graph was recorded during TLC's own search (when the search
 *     ran to its end) rather than explored again after it (when TLC stopped at a violation)
 * @param hooks the hooks into TLC's and the JDK's internals the run used, with whether each applied
 */
public record Examination(
    CheckResult check,
    Optional<StateGraph> graph,
    List<InvariantResult> invariants,
    boolean graphFromSearch,
    List<HookReport> hooks) {
  public Examination {
    invariants = List.copyOf(invariants);
    hooks = List.copyOf(hooks);
  }

  /**
   * One invariant over the graph.
   *
   * @param name the invariant, as the configuration names it
   * @param firstViolation the index in {@link StateGraph#states} of a state of least depth where it
   *     is false; empty when it holds in every state (or could not be evaluated)
   * @param error why it could not be evaluated, if so
   */
  public record InvariantResult(String name, OptionalInt firstViolation, Optional<String> error) {}
}
