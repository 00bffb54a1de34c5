package dev.admincvq.reference.trace;

import dev.admincvq.reference.wire.Command;
import dev.admincvq.reference.wire.Mac;

/**
 * Java values as the spec's values in trace fields: a MAC with a spec value is its integer ({@link
 * Mac#specValue()}), any other MAC its usual string; a trust argument is a boolean.
 */
public final class SpecValues {

  private SpecValues() {}

  /** The spec's MAC value, or the address's string if it has none. */
  public static JsonValue mac(Mac mac) {
    var n = mac.specValue();
    return n.isPresent() ? new JsonValue.Num(n.getAsInt()) : new JsonValue.Str(mac.toString());
  }

  /** The spec's {@code arg} of a command. */
  public static JsonValue arg(Command command) {
    if (command instanceof Command.SetMac m) {
      return mac(m.mac());
    }
    if (command instanceof Command.SetTrust t) {
      return new JsonValue.Bool(t.trusted());
    }
    throw new IllegalArgumentException("unknown command " + command);
  }
}
