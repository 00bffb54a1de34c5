package dev.admincvq.deep;

import dev.admincvq.matrix.ModelEntry;
import dev.admincvq.model.CheckResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One design of the matrix checked in a tier: its verdict there beside the one the quick tier
 * records. Only the verdict is compared: every quick-tier behaviour is one of the larger bounds
 * too, so a violation stays a violation, but TLC may meet another invariant's violation first.
 *
 * @param design the design as the manifest records it at the quick bounds
 * @param bounds the bounds it was checked at
 * @param result what TLC found there (invariants only)
 */
public record DeepRow(ModelEntry design, Map<String, Integer> bounds, CheckResult result) {
  public DeepRow {
    bounds = Collections.unmodifiableMap(new LinkedHashMap<>(bounds));
  }

  /** Why the verdict differs from the quick tier's; empty when it is the same. */
  public List<String> mismatches() {
    if (result.verdict() == design.expected()) {
      return List.of();
    }
    return List.of(
        "the quick tier gives "
            + design.expected()
            + ", this one "
            + result.verdict()
            + result.violated().map(v -> " of " + v).orElse("")
            + result.problem().map(p -> " (" + p + ")").orElse(""));
  }

  /** Whether the design gives the quick tier's verdict. */
  public boolean asExpected() {
    return mismatches().isEmpty();
  }

  /** The bounds as {@code MaxVFs 2, CmdId 3, MaxInc 2}. */
  public String boundsText() {
    StringJoiner out = new StringJoiner(", ");
    bounds.forEach((name, value) -> out.add(name + " " + value));
    return out.toString();
  }
}
