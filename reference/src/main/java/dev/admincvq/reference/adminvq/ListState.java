package dev.admincvq.reference.adminvq;

/** How far the owner driver got with LIST_QUERY / LIST_USE for a group ({@code drvList}). */
public enum ListState {
  /** "none". */
  NONE("none"),
  /** "queried": a LIST_QUERY succeeded. */
  QUERIED("queried"),
  /** "used": a LIST_USE succeeded. */
  USED("used");

  private final String specName;

  ListState(String specName) {
    this.specName = specName;
  }

  /** The spec's string. */
  public String specName() {
    return specName;
  }
}
