package dev.admincvq.properties;

/**
 * A statement a property's comment quotes, with where it comes from.
 *
 * @param text the quoted words, whitespace collapsed
 * @param source where the comment says the words come from; when it names none: {@code "normative
 *     spec text"} for words with an RFC 2119 keyword in capitals (MUST, SHOULD, MAY), else {@code
 *     "the thread"} (the 2021 virtio-comment thread the spec models)
 */
public record Citation(String text, String source) {}
