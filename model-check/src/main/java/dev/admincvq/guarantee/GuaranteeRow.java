package dev.admincvq.guarantee;

import dev.admincvq.matrix.ModelEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

  /**
   * How the verdicts differ from those the manifest records for the model, one line per property;
   * empty when it records none or the same.
   */
  public List<String> mismatches() {
    if (model.guarantees().isEmpty()) {
      return List.of();
    }
    Map<String, String> now = GuaranteeTable.cells(this);
    List<String> out = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>(model.guarantees().keySet());
    names.addAll(now.keySet());
    for (String p : names) {
      String recorded = model.guarantees().getOrDefault(p, "-");
      String found = now.getOrDefault(p, "-");
      if (!recorded.equals(found)) {
        out.add(p + ": the manifest records " + recorded + ", the check gives " + found);
      }
    }
    return List.copyOf(out);
  }

  /** Whether the option satisfies every property of its model. */
  public boolean satisfiesAll() {
    return verdicts.stream().allMatch(PropertyVerdict::holds);
  }
}
