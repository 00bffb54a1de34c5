package dev.admincvq.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One place where two TLA+ values differ, down to a part ({@code cmd[1].status} rather than the
 * whole of {@code cmd}), with both sides' values there: before and after a step, one spec's and
 * another's, or the model's and the implementation's.
 *
 * @param path the part: the path given to {@link #between} followed by {@code .field} for a
 *     record's field and {@code [argument]} for a function's or sequence's entry
 * @param left the first value's part (empty: the first value has no such part)
 * @param right the second value's part (empty: the second value has no such part)
 */
public record Difference(String path, Optional<TlaValue> left, Optional<TlaValue> right) {

  /** How far {@link #between} opens two differing functions before it reports them whole. */
  public enum Depth {
    /**
     * Every pair of functions, whatever their domains: an argument only one side has is reported
     * with the other side empty. Every difference is a leaf or a change of kind.
     */
    EVERY_ENTRY,
    /**
     * Functions and records with one domain; a sequence only if its elements are records,
     * functions, sequences or model values (a sequence of numbers reads better whole).
     */
    SAME_DOMAIN,
    /** As {@link #SAME_DOMAIN}, but a sequence of model values is reported whole too. */
    SAME_DOMAIN_COMPOUND;

    private boolean opens(TlaValue right, boolean sameDomain) {
      if (this == EVERY_ENTRY) {
        return true;
      }
      if (!sameDomain) {
        return false;
      }
      if (right instanceof TlaValue.Seq s && !s.elements().isEmpty()) {
        TlaValue first = s.elements().get(0);
        return first.isFunction() || (this == SAME_DOMAIN && first instanceof TlaValue.ModelValue);
      }
      return true;
    }
  }

  /** The first side's value as TLA+ text, or {@code (nothing)} if it has no such part. */
  public String leftText() {
    return left.map(TlaValue::toString).orElse("(nothing)");
  }

  /** The second side's value as TLA+ text, or {@code (nothing)} if it has no such part. */
  public String rightText() {
    return right.map(TlaValue::toString).orElse("(nothing)");
  }

  /**
   * Where {@code left} and {@code right} differ as TLA+ values (none when they are equal).
   *
   * <p>Two differing functions are opened as {@code depth} allows; then their parts come in {@code
   * right}'s order when both have one domain, else {@code left}'s arguments in its order followed
   * by those only {@code right} has. Anything not opened is one difference, reported with both
   * values as given.
   *
   * @param path the name of the whole (a variable)
   */
  public static List<Difference> between(String path, TlaValue left, TlaValue right, Depth depth) {
    List<Difference> out = new ArrayList<>();
    collect(path, left, right, depth, out);
    return List.copyOf(out);
  }

  private static void collect(
      String path, TlaValue left, TlaValue right, Depth depth, List<Difference> out) {
    if (left.tlaEquals(right)) {
      return;
    }
    if (left.isFunction() && right.isFunction()) {
      Map<TlaValue, Part> l = parts(left);
      Map<TlaValue, Part> r = parts(right);
      boolean sameDomain = l.keySet().equals(r.keySet());
      if (depth.opens(right, sameDomain)) {
        if (sameDomain) {
          for (Map.Entry<TlaValue, Part> e : r.entrySet()) {
            Part before = l.get(e.getKey());
            if (before != null) {
              collect(
                  path + e.getValue().segment(), before.value(), e.getValue().value(), depth, out);
            }
          }
          return;
        }
        l.forEach(
            (key, part) -> {
              Part other = r.get(key);
              if (other == null) {
                out.add(
                    new Difference(
                        path + part.segment(), Optional.of(part.value()), Optional.empty()));
              } else {
                collect(path + part.segment(), part.value(), other.value(), depth, out);
              }
            });
        r.forEach(
            (key, part) -> {
              if (!l.containsKey(key)) {
                out.add(
                    new Difference(
                        path + part.segment(), Optional.empty(), Optional.of(part.value())));
              }
            });
        return;
      }
    }
    out.add(new Difference(path, Optional.of(left), Optional.of(right)));
  }

  /** A function's parts by canonical argument, in its order. */
  private static Map<TlaValue, Part> parts(TlaValue function) {
    Map<TlaValue, Part> out = new LinkedHashMap<>();
    for (TlaValue.Fcn.Pair p : function.entries()) {
      String segment =
          function instanceof TlaValue.Rec ? "." + p.key().asString() : "[" + p.key() + "]";
      out.put(p.key().canonical(), new Part(segment, p.value()));
    }
    return out;
  }

  /** One part of a function: how its path goes on, and its value. */
  private record Part(String segment, TlaValue value) {}
}
