package dev.admincvq.model;

import java.util.Arrays;
import java.util.Optional;

/** What a model check concluded, named as in the manifest of tlaplus/Examples. */
public enum Verdict {
  SUCCESS("success"),
  SAFETY_FAILURE("safety failure"),
  LIVENESS_FAILURE("liveness failure"),
  DEADLOCK("deadlock"),
  ERROR("error");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  /** The manifest's word for this verdict, e.g. {@code safety failure}. */
  public String label() {
    return label;
  }

  /** The verdict a manifest word names. */
  public static Optional<Verdict> fromLabel(String label) {
    return Arrays.stream(values()).filter(v -> v.label.equals(label)).findFirst();
  }

  @Override
  public String toString() {
    return label;
  }
}
