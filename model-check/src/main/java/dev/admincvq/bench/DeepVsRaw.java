package dev.admincvq.bench;

import java.util.List;

/**
 * One design of the deep tier that holds every invariant, checked again in this JVM and by {@code
 * java tlc2.TLC} in a process of its own on the same configuration: issue 13's "states/s per model
 * against raw {@code java tlc2.TLC} on the same model (ratio, same run)". Only complete searches
 * are compared: a design that violates an invariant stops at its first violation, in a few seconds
 * that are mostly start-up.
 *
 * @param design the design's name in the manifest
 * @param embedded its run in this JVM, on the configuration the tier derived
 * @param raw the process's run of the same configuration with the same workers, at the same time
 */
public record DeepVsRaw(String design, Measured embedded, Measured raw) {
  /** This JVM's distinct states per second. */
  public double embeddedStatesPerSecond() {
    return embedded.distinct() / embedded.seconds();
  }

  /** The process's distinct states per second (its JVM's start included). */
  public double rawStatesPerSecond() {
    return raw.distinct() / raw.seconds();
  }

  /** This JVM's states per second over the process's: above 1, this JVM was faster. */
  public double statesPerSecondVsRaw() {
    return embeddedStatesPerSecond() / rawStatesPerSecond();
  }

  /** How the two runs differ ({@link Measured#differencesFrom}): exit code, states, violation. */
  public List<String> differences() {
    return embedded.differencesFrom(raw);
  }

  /** Whether both runs found the same: no {@link #differences}. */
  public boolean agrees() {
    return differences().isEmpty();
  }
}
