package dev.admincvq.findings;

import java.util.List;
import java.util.Optional;

/**
 * One finding as {@code spec-tla/findings-adminvq.json} records it.
 *
 * @param id a short unique name ({@code order-one-queue})
 * @param kind {@code contradiction}, {@code ambiguity}, {@code gap} or {@code defect}
 * @param section the section of the virtio text, as its headings name it
 * @param quote the statements concerned, verbatim
 * @param readings the readings the spec encodes as options (none for a gap or a defect)
 * @param model the model whose counterexample shows what can happen; empty for a defect of the text
 *     no behaviour shows (a misnamed status, a wrong opcode)
 * @param proposal the wording proposed
 * @param line the line of the finding in its file, for messages
 * @param column the column of the finding in its file
 */
public record Finding(
    String id,
    String kind,
    String section,
    List<String> quote,
    List<Reading> readings,
    Optional<String> model,
    String proposal,
    int line,
    int column) {
  public Finding {
    quote = List.copyOf(quote);
    readings = List.copyOf(readings);
  }
}
