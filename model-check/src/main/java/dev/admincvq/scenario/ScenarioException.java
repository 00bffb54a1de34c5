package dev.admincvq.scenario;

/** A scenario file that cannot be read as one: the message is one line, {@code file:line: ...}. */
public final class ScenarioException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** An error with its one-line message. */
  public ScenarioException(String message) {
    super(message);
  }
}
