package dev.admincvq.matrix;

import java.util.List;

/** One design option and, for each property of its model, whether it holds. */
public record GuaranteeRow(ModelEntry model, List<PropertyVerdict> verdicts) {
  public GuaranteeRow {
    verdicts = List.copyOf(verdicts);
  }

  /** Whether the option satisfies every property of its model. */
  public boolean satisfiesAll() {
    return verdicts.stream().allMatch(PropertyVerdict::holds);
  }
}
