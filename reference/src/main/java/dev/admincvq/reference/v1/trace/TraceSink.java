package dev.admincvq.reference.v1.trace;

/**
 * Receives one {@link TraceEvent} per spec action taken. Called under the machine lock, in step
 * order; implementations must not call back into the device or driver.
 */
public interface TraceSink {

  /** The sink that is off: no event is built, nothing is written. */
  TraceSink NONE = NoTraceSink.INSTANCE;

  /**
   * Whether events are wanted. Emitters build an event only if this is true, so a sink that is off
   * costs one call per step.
   */
  boolean enabled();

  /** Records one step. Called only if {@link #enabled()}. */
  void emit(TraceEvent event);
}
