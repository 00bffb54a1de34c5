package dev.admincvq.reference.adminvq;

import com.google.common.collect.ImmutableList;
import dev.admincvq.reference.adminvq.wire.GroupType;
import dev.admincvq.reference.trace.JsonValue;
import dev.admincvq.reference.trace.TraceEvent;
import dev.admincvq.reference.trace.TraceSink;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Trace events of {@code reference/adminvq}: one per {@code AdminVq.tla} action taken, named as the
 * action ({@link AvqAction#specName()}), with the fields {@code reference/TRACE-MAPPING.md} lists
 * ("AdminVq.tla"), and the header line naming the constants of the run.
 */
public final class AvqTrace {
  private AvqTrace() {}

  /**
   * The header line (no newline) for a system built with {@code options} and {@code listed}: {@code
   * {"seq":0,"action":"Init","MaxVFs":1,"NumAq":1,"DeviceGroups":["self","sriov"],...}}, one field
   * per constant of {@code AdminVq} and {@code Listed}, {@code Prepared} ({@code InitFrom(Listed,
   * Prepared)}), named as in the spec, values as the spec's; prepared iff listed and the device has
   * the resource object commands (as {@link AdminVqSystem}'s default).
   */
  public static String headerLine(AvqOptions options, boolean listed) {
    return headerLine(options, listed, listed && options.objects().hasObjects());
  }

  /** The header line of a system started with {@code InitFrom(listed, prepared)}. */
  public static String headerLine(AvqOptions options, boolean listed, boolean prepared) {
    TraceEvent.Builder b = TraceEvent.init();
    b.put("MaxVFs", options.maxVfs());
    b.put("NumAq", options.numAq());
    b.put(
        "DeviceGroups",
        strings(options.deviceGroups().stream().map(GroupType::specName).sorted().toList()));
    b.put("SriovOps", strings(options.sriovOps().stream().map(AvqSpecNames::op).sorted().toList()));
    b.put("DriverSync", options.driverSync().specName());
    b.put("Ordering", options.ordering().specName());
    b.put("SriovRuleScope", options.sriovRuleScope().specName());
    b.put("UsedListOnVfDisable", options.usedListOnVfDisable().specName());
    b.put("MemberResetMode", options.memberResetMode().specName());
    b.put("TryAgain", options.tryAgain());
    b.put(
        "SelfOps",
        strings(options.objects().selfOps().stream().map(AvqSpecNames::op).sorted().toList()));
    List<Integer> ids = new ArrayList<>();
    for (int o = 0; o < options.objects().objIds(); o++) {
      ids.add(o);
    }
    b.put("ObjId", ints(ids));
    b.put("PartsObjLimit", options.objects().partsObjLimit());
    b.put("ObjRules", options.objects().objRules().specName());
    b.put("UnsetCapLimit", options.objects().unsetCapLimit().specName());
    b.put("Listed", listed);
    b.put("Prepared", prepared);
    return b.build().toJson(0);
  }

  /**
   * Emits the event of {@code action} with the fields {@code fields} adds, if {@code sink} is on.
   */
  static void emit(TraceSink sink, AvqAction action, Consumer<TraceEvent.Builder> fields) {
    if (sink.enabled()) {
      TraceEvent.Builder b = TraceEvent.named(action.specName());
      fields.accept(b);
      sink.emit(b.build());
    }
  }

  /** A result's {@code status} and {@code qual} fields, by the spec's names. */
  static void result(TraceEvent.Builder b, AvqSpecNames.Result r) {
    b.put("status", r.status()).put("qual", r.qual());
  }

  /** A list of command identities or member ids, ascending. */
  static JsonValue ints(Collection<Integer> values) {
    return new JsonValue.Arr(
        values.stream()
            .sorted()
            .map(v -> (JsonValue) new JsonValue.Num(v))
            .collect(ImmutableList.toImmutableList()));
  }

  private static JsonValue strings(Collection<String> values) {
    return new JsonValue.Arr(
        values.stream()
            .map(v -> (JsonValue) new JsonValue.Str(v))
            .collect(ImmutableList.toImmutableList()));
  }
}
