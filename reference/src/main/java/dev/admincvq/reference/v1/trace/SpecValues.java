package dev.admincvq.reference.v1.trace;

import dev.admincvq.reference.v1.wire.CtrlCommand;
import dev.admincvq.reference.v1.wire.Mac;

/**
 * Java values as the spec's values in trace fields: a MAC with a spec value is its integer
 * ({@link Mac#specValue()}), any other MAC its usual string; a trust argument is a boolean; an RX
 * mode argument (outside the spec) a string such as {@code "promisc=on"}.
 */
public final class SpecValues {

  private SpecValues() {}

  /** The spec's MAC value, or the address's string if it has none. */
  public static JsonValue mac(Mac mac) {
    var n = mac.specValue();
    return n.isPresent() ? new JsonValue.Num(n.getAsInt()) : new JsonValue.Str(mac.toString());
  }

  /** The spec's {@code arg} of a command. */
  public static JsonValue arg(CtrlCommand command) {
    if (command instanceof CtrlCommand.SetMac m) {
      return mac(m.mac());
    }
    if (command instanceof CtrlCommand.SetTrust t) {
      return new JsonValue.Bool(t.trusted());
    }
    if (command instanceof CtrlCommand.SetRxMode r) {
      return new JsonValue.Str(r.flag().name().toLowerCase(java.util.Locale.ROOT) + (r.on() ? "=on" : "=off"));
    }
    throw new IllegalArgumentException("unknown command " + command);
  }
}
