package dev.admincvq.reference.trace;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Immutable;
import dev.admincvq.reference.CmdId;
import dev.admincvq.reference.SpecAction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One step: the spec action taken and its fields (parameters, and the values it read or wrote that
 * a validator needs), in a fixed order.
 *
 * @param action the spec action's name ({@link SpecAction#specName()}), or {@code Init} for a
 *     trace's header
 * @param fields field name to value, in insertion order
 */
@Immutable
public record TraceEvent(String action, ImmutableMap<String, JsonValue> fields) {

  /** A builder for an event of {@code action}. */
  public static Builder of(SpecAction action) {
    return new Builder(action.specName());
  }

  /**
   * A builder for an event of the spec action named {@code specName}: an action of a spec other
   * than {@code AdminCvqActors} (those of {@code AdminVq.tla}: {@code AvqAction.specName()}).
   */
  public static Builder named(String specName) {
    return new Builder(specName);
  }

  /** A builder for a trace's header, the {@code Init} line. */
  public static Builder init() {
    return new Builder("Init");
  }

  /**
   * This event as one line of NDJSON (no newline): {@code {"seq":n,"action":"<spec name>", ...}}.
   *
   * @param seq the step number, 1 for the first step after {@code Init}
   * @return the JSON object
   */
  public String toJson(long seq) {
    StringBuilder out = new StringBuilder(64);
    out.append("{\"seq\":").append(seq).append(",\"action\":");
    new JsonValue.Str(action).appendTo(out);
    fields.forEach(
        (k, v) -> {
          out.append(',');
          new JsonValue.Str(k).appendTo(out);
          out.append(':');
          v.appendTo(out);
        });
    return out.append('}').toString();
  }

  /**
   * Builds a {@link TraceEvent}; field names must be distinct and not {@code seq}/{@code action}.
   */
  public static final class Builder {
    private final String action;
    private final Map<String, JsonValue> fields = new LinkedHashMap<>();

    private Builder(String action) {
      this.action = action;
    }

    /** Adds a field. */
    @CanIgnoreReturnValue
    public Builder put(String name, JsonValue value) {
      if (name.equals("seq") || name.equals("action") || fields.containsKey(name)) {
        throw new IllegalArgumentException("field name taken: " + name);
      }
      fields.put(name, value);
      return this;
    }

    /** Adds an integer field. */
    @CanIgnoreReturnValue
    public Builder put(String name, long value) {
      return put(name, new JsonValue.Num(value));
    }

    /** Adds a command identity as its number. */
    @CanIgnoreReturnValue
    public Builder put(String name, CmdId c) {
      return put(name, new JsonValue.Num(c.value()));
    }

    /** Adds a string field. */
    @CanIgnoreReturnValue
    public Builder put(String name, String value) {
      return put(name, new JsonValue.Str(value));
    }

    /** Adds a boolean field. */
    @CanIgnoreReturnValue
    public Builder put(String name, boolean value) {
      return put(name, new JsonValue.Bool(value));
    }

    /** Adds an array of command identities, as numbers. */
    @CanIgnoreReturnValue
    public Builder putCmds(String name, Iterable<CmdId> cmds) {
      ImmutableList.Builder<JsonValue> b = ImmutableList.builder();
      cmds.forEach(c -> b.add(new JsonValue.Num(c.value())));
      return put(name, new JsonValue.Arr(b.build()));
    }

    /** Adds an array of integers. */
    @CanIgnoreReturnValue
    public Builder putInts(String name, Iterable<Integer> values) {
      ImmutableList.Builder<JsonValue> b = ImmutableList.builder();
      values.forEach(v -> b.add(new JsonValue.Num(v)));
      return put(name, new JsonValue.Arr(b.build()));
    }

    /** The event. */
    public TraceEvent build() {
      return new TraceEvent(action, ImmutableMap.copyOf(fields));
    }
  }
}
