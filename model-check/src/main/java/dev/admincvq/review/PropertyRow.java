package dev.admincvq.review;

import java.util.Optional;

/**
 * One property of one model: its verdict on each side that checks it, and what changed.
 *
 * @param property the invariant or property, as the configuration names it
 * @param base its verdict on BASE, if BASE's model checks it
 * @param head its verdict on HEAD, if HEAD's model checks it
 */
public record PropertyRow(String property, Optional<Outcome> base, Optional<Outcome> head) {

  /** What changed from BASE to HEAD. */
  public enum Change {
    SAME("unchanged"),
    WORSE("NOW FAILS"),
    BETTER("now holds"),
    CHANGED("changed"),
    ADDED("added"),
    REMOVED("removed");

    private final String word;

    Change(String word) {
      this.word = word;
    }

    /** The report's word for it. */
    public String word() {
      return word;
    }
  }

  public Change change() {
    if (base.isEmpty()) {
      return Change.ADDED;
    }
    if (head.isEmpty()) {
      return Change.REMOVED;
    }
    Outcome b = base.get();
    Outcome h = head.get();
    if (b.kind() == Outcome.Kind.HOLDS && h.kind() != Outcome.Kind.HOLDS) {
      return Change.WORSE;
    }
    if (b.kind() != Outcome.Kind.HOLDS && h.kind() == Outcome.Kind.HOLDS) {
      return Change.BETTER;
    }
    return b.cell().equals(h.cell()) ? Change.SAME : Change.CHANGED;
  }
}
