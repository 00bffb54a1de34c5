package dev.admincvq.tlc.answer;

/**
 * How often something named happened in a run: an action fired, an invariant was violated.
 *
 * @param name the spec's name for it
 * @param count how often
 */
public record CountAnswer(String name, long count) {}
