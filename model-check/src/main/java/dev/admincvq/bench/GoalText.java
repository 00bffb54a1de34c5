package dev.admincvq.bench;

/** The line under a goal that is not met: why, in the run's own measures. */
final class GoalText {
  private GoalText() {}

  static String why(String reason) {
    return "  why NOT met: " + reason + System.lineSeparator();
  }
}
