package dev.admincvq.guarantee;

import dev.admincvq.matrix.ModelEntry;

import java.util.List;

/**
 * One design option and, for each property of its model, whether it holds.
 *
 * @param model the design option's model
 * @param verdicts each property's verdict, in the configuration's order
 * @param distinctStates the reachable states of the model (its examined graph)
 */
public record GuaranteeRow(ModelEntry model, List<PropertyVerdict> verdicts, int distinctStates) {
  public GuaranteeRow {
    verdicts = List.copyOf(verdicts);
  }

  /** Whether the option satisfies every property of its model. */
  public boolean satisfiesAll() {
    return verdicts.stream().allMatch(PropertyVerdict::holds);
  }
}
