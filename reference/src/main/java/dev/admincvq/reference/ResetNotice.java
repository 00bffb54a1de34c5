package dev.admincvq.reference;

/**
 * The spec's constant {@code ResetNotice}: how the management driver learns of a VF reset that
 * re-created the VF.
 */
public enum ResetNotice {
  /** {@code "late"}: a notification it takes some time after the reset. */
  LATE("late"),
  /** {@code "none"}: never (a guest's device-status write reaches no host code). */
  NONE("none");

  private final String specName;

  ResetNotice(String specName) {
    this.specName = specName;
  }

  /** The spec's string. */
  public String specName() {
    return specName;
  }
}
