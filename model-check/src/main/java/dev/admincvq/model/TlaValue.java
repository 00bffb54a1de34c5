package dev.admincvq.model;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A TLA+ value as TLC computed it, detached from TLC's classes.
 *
 * <p>Functions whose domain is {@code 1..n} are sequences, as in TLA+ itself; records keep their
 * field order. {@code toString()} prints the value in TLA+ syntax.
 */
public sealed interface TlaValue {

  /** {@code TRUE} or {@code FALSE}. */
  record Bool(boolean value) implements TlaValue {
    @Override
    public String toString() {
      return value ? "TRUE" : "FALSE";
    }
  }

  /** An integer of any size. */
  record Int(BigInteger value) implements TlaValue {
    public static Int of(long v) {
      return new Int(BigInteger.valueOf(v));
    }

    @Override
    public String toString() {
      return value.toString();
    }
  }

  /** A string. */
  record Str(String value) implements TlaValue {
    @Override
    public String toString() {
      return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
  }

  /** A model value declared in a configuration (an uninterpreted constant). */
  record ModelValue(String name) implements TlaValue {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A finite set, its elements in TLC's normal order. */
  record SetOf(List<TlaValue> elements) implements TlaValue {
    public SetOf {
      elements = List.copyOf(elements);
    }

    @Override
    public String toString() {
      return elements.stream().map(TlaValue::toString).collect(Collectors.joining(", ", "{", "}"));
    }
  }

  /** A sequence (tuple), that is a function with domain {@code 1..n}. */
  record Seq(List<TlaValue> elements) implements TlaValue {
    public Seq {
      elements = List.copyOf(elements);
    }

    @Override
    public String toString() {
      return elements.stream().map(TlaValue::toString).collect(Collectors.joining(", ", "<<", ">>"));
    }
  }

  /** A record; fields in declaration order. */
  record Rec(List<Field> fields) implements TlaValue {
    public Rec {
      fields = List.copyOf(fields);
    }

    /** One field of a record. */
    public record Field(String name, TlaValue value) {}

    /** The fields as an ordered, unmodifiable map. */
    public Map<String, TlaValue> asMap() {
      return fields.stream()
          .collect(
              Collectors.toUnmodifiableMap(
                  Field::name, Field::value, (a, b) -> a));
    }

    @Override
    public String toString() {
      return fields.stream()
          .map(f -> f.name() + " |-> " + f.value())
          .collect(Collectors.joining(", ", "[", "]"));
    }
  }

  /** A function that is neither a sequence nor a record: its pairs in domain order. */
  record Fcn(List<Pair> pairs) implements TlaValue {
    public Fcn {
      pairs = List.copyOf(pairs);
    }

    /** One argument and its image. */
    public record Pair(TlaValue key, TlaValue value) {}

    @Override
    public String toString() {
      if (pairs.isEmpty()) {
        return "<<>>";
      }
      return pairs.stream()
          .map(p -> p.key() + " :> " + p.value())
          .collect(Collectors.joining(" @@ ", "(", ")"));
    }
  }

  /** A value TLC could not enumerate (an infinite set, a lambda); kept as TLC printed it. */
  record Opaque(String text) implements TlaValue {
    @Override
    public String toString() {
      return text;
    }
  }
}
