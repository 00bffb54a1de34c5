package dev.admincvq.properties;

import java.util.List;

/**
 * A property of the spec: a definition without parameters in the spec's properties section (the
 * section after {@code Spec ==}), with the comment above it.
 *
 * @param name the definition's name, e.g. {@code NoStaleEffect}
 * @param line the 1-based line of its definition
 * @param comment the comment above it (or above the helper definitions just before it), as one line
 *     of text
 * @param citations the statements that comment quotes
 */
public record SpecProperty(String name, int line, String comment, List<Citation> citations) {
  public SpecProperty {
    citations = List.copyOf(citations);
  }
}
