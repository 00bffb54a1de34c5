package dev.admincvq.review;

import java.util.List;
import java.util.Optional;

/**
 * The review of one model present on either side.
 *
 * @param name the model's name (manifest)
 * @param onBase whether BASE has the model
 * @param onHead whether HEAD has the model
 * @param properties each property either side checks, with both verdicts
 * @param constants constants bound differently
 * @param comparison states and behaviours compared, when both sides have the model
 */
public record ModelReview(
    String name,
    boolean onBase,
    boolean onHead,
    List<PropertyRow> properties,
    List<ConstantChange> constants,
    Optional<Comparison> comparison) {
  public ModelReview {
    properties = List.copyOf(properties);
    constants = List.copyOf(constants);
  }

  /** {@code added}, {@code removed} or {@code on both sides}. */
  public String presence() {
    return onBase && onHead ? "on both sides" : onHead ? "added" : "removed";
  }

  /** Whether a property that held on BASE fails on HEAD. */
  public boolean worse() {
    return properties.stream().anyMatch(p -> p.change() == PropertyRow.Change.WORSE);
  }

  /** Whether any check failed to run. */
  public boolean errors() {
    return properties.stream()
        .anyMatch(
            p ->
                p.base().map(o -> o.kind() == Outcome.Kind.ERROR).orElse(false)
                    || p.head().map(o -> o.kind() == Outcome.Kind.ERROR).orElse(false));
  }

  /** Whether anything differs: presence, verdicts, constants, states or behaviours. */
  public boolean changed() {
    return !(onBase && onHead)
        || properties.stream().anyMatch(p -> p.change() != PropertyRow.Change.SAME)
        || !constants.isEmpty()
        || comparison
            .map(
                c ->
                    !c.sameBehaviours()
                        || !c.stateSpace().same()
                        || c.stateSpace().baseStates() != c.stateSpace().headStates())
            .orElse(false);
  }
}
