package dev.admincvq.tlc.answer;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * One invariant evaluated in every state of a graph.
 *
 * @param name the invariant
 * @param firstViolation the index of the first state (breadth-first: one of least depth) where it
 *     is false; empty when it holds everywhere or could not be evaluated
 * @param error why it could not be evaluated, if so
 */
public record InvariantAnswer(String name, OptionalInt firstViolation, Optional<String> error) {}
