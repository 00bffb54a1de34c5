package dev.admincvq.tlc.answer;

/**
 * Whether one of the project's hooks into TLC's or the JDK's internals took effect in a run. A hook
 * that cannot apply (TLC of another shape, a package not opened to us) says so here instead of
 * falling back silently.
 *
 * @param hook the hook's name, e.g. {@code tlc.stateWriter}
 * @param applied whether it took effect
 * @param detail what it did, or why it could not
 */
public record HookReport(String hook, boolean applied, String detail) {
  public static HookReport applied(String hook, String detail) {
    return new HookReport(hook, true, detail);
  }

  public static HookReport failed(String hook, String why) {
    return new HookReport(hook, false, why);
  }
}
