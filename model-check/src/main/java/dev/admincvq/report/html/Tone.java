package dev.admincvq.report.html;

/** How a table cell is marked: plainly, as good news, as bad news, or as a change to look at. */
public enum Tone {
  PLAIN(""),
  GOOD("good"),
  BAD("bad"),
  CHANGED("changed");

  private final String cssClass;

  Tone(String cssClass) {
    this.cssClass = cssClass;
  }

  /** The CSS class of the page's style sheet for this tone ({@code ""} for none). */
  public String cssClass() {
    return cssClass;
  }
}
