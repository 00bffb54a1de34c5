package dev.admincvq.reference.v1.trace;

/** The sink that is off ({@link TraceSink#NONE}). */
enum NoTraceSink implements TraceSink {
  INSTANCE;

  @Override
  public boolean enabled() {
    return false;
  }

  @Override
  public void emit(TraceEvent event) {
    // Off: emitters do not call this (they test enabled() first); nothing to record if they do.
  }
}
