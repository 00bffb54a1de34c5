package dev.admincvq.model;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A TLA+ value as TLC computed it, detached from TLC's classes.
 *
 * <p>Functions whose domain is {@code 1..n} are sequences, as in TLA+ itself; records keep their
 * field order. {@code toString()} prints the value in TLA+ syntax.
 *
 * <p>The records' {@code equals} compares shapes as TLC handed them over; TLA+'s {@code =} is
 * {@link #tlaEquals}, which compares {@linkplain #canonical() canonical forms}: a sequence, a
 * record and a function are all functions, and equal when they map equal arguments to equal values.
 * The accessors ({@link #apply}, {@link #field}, {@link #index}, {@link #asInt} ...) follow TLA+
 * too: a sequence's index and a record's field are function application.
 */
public sealed interface TlaValue {

  /**
   * This value in canonical form: every function (sequence, record or function) with a non-empty
   * domain of strings becomes a record with its fields sorted by name, any other non-empty function
   * a function with its pairs sorted by the text of their arguments, the empty function {@code
   * <<>>}; set elements are canonical, distinct and sorted by their text. Two values are equal in
   * TLA+ exactly when their canonical forms are {@code equals} (and so have one {@code hashCode}).
   */
  default TlaValue canonical() {
    return Canonical.of(this);
  }

  /**
   * TLA+'s {@code =}: whether this and {@code other} are the same TLA+ value, whatever their
   * shapes.
   */
  default boolean tlaEquals(TlaValue other) {
    return equals(other) || canonical().equals(other.canonical());
  }

  /** Whether this is a function: a sequence, a record or any other function. */
  default boolean isFunction() {
    return this instanceof Seq || this instanceof Rec || this instanceof Fcn;
  }

  /**
   * This function's arguments with their images, in its own order: a sequence's are {@code 1..n}, a
   * record's its field names as strings.
   *
   * @throws IllegalArgumentException if this is not a function
   */
  default List<Fcn.Pair> entries() {
    if (this instanceof Seq s) {
      List<Fcn.Pair> out = new ArrayList<>();
      for (int i = 0; i < s.elements().size(); i++) {
        out.add(new Fcn.Pair(Int.of(i + 1), s.elements().get(i)));
      }
      return List.copyOf(out);
    }
    if (this instanceof Rec r) {
      return r.fields().stream().map(f -> new Fcn.Pair(new Str(f.name()), f.value())).toList();
    }
    if (this instanceof Fcn f) {
      return f.pairs();
    }
    throw new IllegalArgumentException("not a function: " + this);
  }

  /**
   * This function's image of {@code argument} (compared as TLA+ values), if it is in the domain.
   *
   * @throws IllegalArgumentException if this is not a function
   */
  default Optional<TlaValue> lookup(TlaValue argument) {
    if (this instanceof Seq s) {
      if (argument instanceof Int i
          && i.value().signum() > 0
          && i.value().compareTo(BigInteger.valueOf(s.elements().size())) <= 0) {
        return Optional.of(s.elements().get(i.value().intValueExact() - 1));
      }
      return Optional.empty();
    }
    if (this instanceof Rec r) {
      return argument instanceof Str name
          ? r.fields().stream()
              .filter(f -> f.name().equals(name.value()))
              .map(Rec.Field::value)
              .findFirst()
          : Optional.empty();
    }
    return entries().stream()
        .filter(p -> p.key().tlaEquals(argument))
        .map(Fcn.Pair::value)
        .findFirst();
  }

  /**
   * TLA+'s {@code f[argument]}.
   *
   * @throws IllegalArgumentException if this is not a function or {@code argument} not in its
   *     domain
   */
  default TlaValue apply(TlaValue argument) {
    return lookup(argument)
        .orElseThrow(
            () -> new IllegalArgumentException(argument + " is not in the domain of " + this));
  }

  /**
   * TLA+'s {@code r.name}: a record's field (or a function's image of the string).
   *
   * @throws IllegalArgumentException if there is no such field
   */
  default TlaValue field(String name) {
    if (!isFunction()) {
      throw new IllegalArgumentException("not a record: " + this);
    }
    return lookup(new Str(name))
        .orElseThrow(() -> new IllegalArgumentException("no field " + name + " in " + this));
  }

  /**
   * TLA+'s {@code s[i]}: a sequence's element (or a function's image of the number).
   *
   * @throws IllegalArgumentException if {@code i} is not in the domain
   */
  default TlaValue index(long i) {
    return apply(Int.of(i));
  }

  /**
   * The elements of a set, or of a sequence (a function on {@code 1..n}) in order.
   *
   * @throws IllegalArgumentException if this is neither
   */
  default List<TlaValue> elements() {
    if (isFunction()) {
      List<Fcn.Pair> entries = entries();
      List<TlaValue> out = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) {
        out.add(
            lookup(Int.of(i + 1))
                .orElseThrow(() -> new IllegalArgumentException("not a sequence: " + this)));
      }
      return List.copyOf(out);
    }
    throw new IllegalArgumentException("not a set or sequence: " + this);
  }

  /**
   * This integer.
   *
   * @throws IllegalArgumentException if this is not an integer or does not fit in a {@code long}
   */
  default long asInt() {
    if (this instanceof Int i && i.value().bitLength() < Long.SIZE) {
      return i.value().longValue();
    }
    throw new IllegalArgumentException("not a number: " + this);
  }

  /**
   * This string's characters.
   *
   * @throws IllegalArgumentException if this is not a string
   */
  default String asString() {
    if (this instanceof Str s) {
      return s.value();
    }
    throw new IllegalArgumentException("not a string: " + this);
  }

  /**
   * This Boolean.
   *
   * @throws IllegalArgumentException if this is not {@code TRUE} or {@code FALSE}
   */
  default boolean asBool() {
    if (this instanceof Bool b) {
      return b.value();
    }
    throw new IllegalArgumentException("not a Boolean: " + this);
  }

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
      return elements.stream()
          .map(TlaValue::toString)
          .collect(Collectors.joining(", ", "<<", ">>"));
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
          .collect(Collectors.toUnmodifiableMap(Field::name, Field::value, (a, b) -> a));
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
