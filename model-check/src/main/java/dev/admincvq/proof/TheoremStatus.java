package dev.admincvq.proof;

import dev.admincvq.matrix.MatrixRow;
import java.util.List;

/** A theorem with the outcome of each model that checks it. */
public record TheoremStatus(Theorem theorem, List<MatrixRow> rows, List<String> missingModels) {
  public TheoremStatus {
    rows = List.copyOf(rows);
    missingModels = List.copyOf(missingModels);
  }

  /** Every model named for the theorem exists and gave what its manifest records. */
  public boolean checkedAsRecorded() {
    return missingModels.isEmpty() && rows.stream().allMatch(MatrixRow::asExpected);
  }

  /** Pairs theorems with the rows of the models that check them. */
  public static List<TheoremStatus> of(List<Theorem> theorems, List<MatrixRow> rows) {
    return theorems.stream()
        .map(
            t ->
                new TheoremStatus(
                    t,
                    rows.stream().filter(r -> t.models().contains(r.model().name())).toList(),
                    t.models().stream()
                        .filter(m -> rows.stream().noneMatch(r -> r.model().name().equals(m)))
                        .toList()))
        .toList();
  }
}
