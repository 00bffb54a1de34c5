package dev.admincvq.properties;

import java.util.List;
import java.util.Optional;

/**
 * One normative statement of the virtio text and what the spec does with it.
 *
 * @param id a short unique name ({@code admin-7}: the seventh statement of {@code admin.tex})
 * @param file the virtio-spec source file it is in
 * @param section the section it is in, as the text labels it
 * @param quote the sentence, verbatim (LaTeX markup reduced to the words shown)
 * @param encodedBy the definitions of the spec that encode it, each with how; empty when out of
 *     scope
 * @param outOfScope why the spec does not encode it; empty when it does
 * @param specQuotes the parts of {@code quote} the spec's comments quote; empty when they quote it
 *     whole
 * @param note what else a reader should know of the mapping
 */
public record Statement(
    String id,
    String file,
    String section,
    String quote,
    List<Encoding> encodedBy,
    Optional<String> outOfScope,
    List<String> specQuotes,
    Optional<String> note) {
  public Statement {
    encodedBy = List.copyOf(encodedBy);
    specQuotes = List.copyOf(specQuotes);
  }

  /** The kinds of encoding: how a definition encodes a statement. */
  public static final List<String> KINDS =
      List.of("property", "assumption", "action guard", "action effect", "option");

  /**
   * A definition that encodes a statement.
   *
   * @param definition the name of the spec's definition
   * @param kind one of {@link #KINDS}: an invariant or temporal property that checks it, an
   *     assumption or constant that fixes it, an enabling condition of an actor's action, what a
   *     device action does, or an option constant whose values are the statement's readings
   */
  public record Encoding(String definition, String kind) {}

  /** The parts of the quote the spec's comments must quote: {@link #specQuotes}, else the quote. */
  public List<String> quotedParts() {
    return specQuotes.isEmpty() ? List.of(quote) : specQuotes;
  }
}
