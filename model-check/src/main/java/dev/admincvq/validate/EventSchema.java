package dev.admincvq.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.admincvq.reference.DeviceCheck;
import dev.admincvq.reference.DriverSync;
import dev.admincvq.reference.ResetNotice;
import dev.admincvq.reference.SpecAction;
import dev.admincvq.reference.adminvq.AvqAction;
import dev.admincvq.reference.adminvq.AvqOptions;
import dev.admincvq.reference.adminvq.AvqSpecNames;
import dev.admincvq.reference.adminvq.ObjectOptions;
import dev.admincvq.reference.adminvq.wire.GroupType;
import dev.admincvq.reference.adminvq.wire.Opcode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The lines a trace of one spec may hold, as {@code reference/TRACE-MAPPING.md} lists them: the
 * header's fields (the constants of the run, by the spec's names, with the values each may take)
 * and, per spec action ({@code SpecAction}, {@code AvqAction}: the spec's vocabulary), the fields
 * its events must carry, the action's parameters among them. Fields beyond these (such as {@code
 * DeviceProcess}'s {@code why}) are ignored.
 *
 * @param header the header's fields ({@code seq 0}, {@code action "Init"})
 * @param events each spec action's required fields
 */
record EventSchema(List<Field> header, Map<String, List<Field>> events) {

  EventSchema {
    header = List.copyOf(header);
    events = Map.copyOf(events);
  }

  /** The JSON type a field must have. */
  enum Kind {
    INT("an integer"),
    STRING("a string"),
    BOOL("a boolean"),
    INTS("an array of integers"),
    STRINGS("an array of strings"),
    /** {@code arg}: a MAC (integer) or a trust flag (boolean). */
    INT_OR_BOOL("an integer or a boolean");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    String description() {
      return description;
    }

    boolean accepts(JsonNode v) {
      return switch (this) {
        case INT -> isInt(v);
        case STRING -> v.isTextual();
        case BOOL -> v.isBoolean();
        case INTS -> v.isArray() && all(v, EventSchema::isInt);
        case STRINGS -> v.isArray() && all(v, JsonNode::isTextual);
        case INT_OR_BOOL -> isInt(v) || v.isBoolean();
      };
    }
  }

  private static boolean isInt(JsonNode v) {
    return v.isIntegralNumber() && v.canConvertToInt();
  }

  private static boolean all(JsonNode array, Predicate<JsonNode> p) {
    for (JsonNode e : array) {
      if (!p.test(e)) {
        return false;
      }
    }
    return true;
  }

  /**
   * One required field.
   *
   * @param name its name
   * @param kind its JSON type
   * @param allowed the strings a string field (or each element of an array of strings) may be;
   *     empty: any
   */
  record Field(String name, Kind kind, List<String> allowed) {
    Field {
      allowed = List.copyOf(allowed);
    }
  }

  /** The events of {@code AdminCvqActors} and its header. */
  static final EventSchema ACTORS =
      new EventSchema(
          List.of(
              f("MaxVFs", Kind.INT),
              named("DriverSync", DriverSync.values(), DriverSync::specName),
              named("DeviceCheck", DeviceCheck.values(), DeviceCheck::specName),
              f("InOrder", Kind.BOOL),
              f("NeedsResetDestroys", Kind.BOOL),
              f("VfResetKeepsConfig", Kind.BOOL),
              f("NumVFsFixed", Kind.BOOL),
              named("ResetNotice", ResetNotice.values(), ResetNotice::specName)),
          Map.ofEntries(
              actors(
                  SpecAction.DRIVER_SUBMIT_ADMIN,
                  f("c", Kind.INT),
                  f("t", Kind.INT),
                  f("op", Kind.STRING),
                  f("arg", Kind.INT_OR_BOOL),
                  f("pos", Kind.INT),
                  f("wgen", Kind.INT)),
              actors(
                  SpecAction.DRIVER_COLLECT,
                  f("c", Kind.INT),
                  f("t", Kind.INT),
                  f("ack", Kind.STRING),
                  f("ignored", Kind.BOOL)),
              actors(
                  SpecAction.DRIVER_SRIOV_DISABLE,
                  f("flushed", Kind.INTS),
                  f("ignored", Kind.INTS)),
              actors(SpecAction.DRIVER_SRIOV_ENABLE, f("n", Kind.INT), f("gen", Kind.INTS)),
              actors(
                  SpecAction.DRIVER_LEARN_VF_RESET,
                  f("v", Kind.INT),
                  f("g", Kind.INT),
                  f("news", Kind.BOOL),
                  f("ignored", Kind.INTS)),
              actors(
                  SpecAction.VF_DRIVER_SUBMIT,
                  f("c", Kind.INT),
                  f("v", Kind.INT),
                  f("arg", Kind.INT)),
              actors(SpecAction.VF_DRIVER_RESET, f("v", Kind.INT), f("flushed", Kind.INTS)),
              actors(SpecAction.DEVICE_FETCH, f("c", Kind.INT)),
              actors(
                  SpecAction.DEVICE_PROCESS,
                  f("c", Kind.INT),
                  f("t", Kind.INT),
                  f("ack", Kind.STRING),
                  f("applied", Kind.BOOL)),
              actors(
                  SpecAction.DEVICE_PROCESS_VF,
                  f("v", Kind.INT),
                  f("c", Kind.INT),
                  f("ack", Kind.STRING)),
              actors(SpecAction.DEVICE_VF_NEEDS_RESET, f("v", Kind.INT))));

  /**
   * The events of {@code AdminVq} and its header (the constants of {@code AdminVq} and {@code
   * TraceAdminVq}'s {@code Listed}), as {@code reference/adminvq} writes them ({@code AvqTrace}).
   */
  static final EventSchema ADMINVQ =
      new EventSchema(
          List.of(
              f("MaxVFs", Kind.INT),
              f("NumAq", Kind.INT),
              new Field(
                  "DeviceGroups",
                  Kind.STRINGS,
                  Arrays.stream(GroupType.values()).map(GroupType::specName).toList()),
              new Field(
                  "SriovOps",
                  Kind.STRINGS,
                  Arrays.stream(Opcode.values()).map(AvqSpecNames::op).toList()),
              named("DriverSync", AvqOptions.DriverSync.values(), AvqOptions.DriverSync::specName),
              named("Ordering", AvqOptions.Ordering.values(), AvqOptions.Ordering::specName),
              named(
                  "SriovRuleScope",
                  AvqOptions.SriovRuleScope.values(),
                  AvqOptions.SriovRuleScope::specName),
              named(
                  "UsedListOnVfDisable",
                  AvqOptions.UsedListOnVfDisable.values(),
                  AvqOptions.UsedListOnVfDisable::specName),
              named(
                  "MemberResetMode",
                  AvqOptions.MemberResetMode.values(),
                  AvqOptions.MemberResetMode::specName),
              f("TryAgain", Kind.BOOL),
              new Field(
                  "SelfOps",
                  Kind.STRINGS,
                  Arrays.stream(Opcode.values()).map(AvqSpecNames::op).toList()),
              f("ObjId", Kind.INTS),
              f("PartsObjLimit", Kind.INT),
              named("ObjRules", ObjectOptions.ObjRules.values(), ObjectOptions.ObjRules::specName),
              named(
                  "UnsetCapLimit",
                  ObjectOptions.UnsetCapLimit.values(),
                  ObjectOptions.UnsetCapLimit::specName),
              f("Listed", Kind.BOOL),
              f("Prepared", Kind.BOOL)),
          Map.ofEntries(
              avq(
                  AvqAction.DRIVER_SUBMIT,
                  f("c", Kind.INT),
                  f("q", Kind.INT),
                  f("g", Kind.STRING),
                  f("op", Kind.STRING),
                  f("n", Kind.INT),
                  f("v", Kind.INT),
                  f("stop", Kind.BOOL)),
              avq(
                  AvqAction.DRIVER_SUBMIT_CAP,
                  f("c", Kind.INT),
                  f("q", Kind.INT),
                  f("op", Kind.STRING),
                  f("l", Kind.INT)),
              avq(
                  AvqAction.DRIVER_SUBMIT_OBJ,
                  f("c", Kind.INT),
                  f("q", Kind.INT),
                  f("op", Kind.STRING),
                  f("o", Kind.INT),
                  f("k", Kind.STRING)),
              avq(
                  AvqAction.DRIVER_COLLECT,
                  f("c", Kind.INT),
                  f("status", Kind.STRING),
                  f("qual", Kind.STRING)),
              avq(AvqAction.DRIVER_SRIOV_DISABLE),
              avq(AvqAction.DRIVER_SRIOV_ENABLE, f("k", Kind.INT)),
              avq(AvqAction.DRIVER_RESET_DEVICE, f("givenUp", Kind.INTS)),
              avq(AvqAction.DRIVER_RECOVER, f("givenUp", Kind.INTS)),
              avq(AvqAction.MEMBER_DRIVER_RESET, f("n", Kind.INT)),
              avq(AvqAction.MEMBER_DRIVER_FLR, f("n", Kind.INT)),
              avq(AvqAction.DEVICE_MEMBER_RESET_DONE, f("n", Kind.INT), f("released", Kind.INTS)),
              avq(
                  AvqAction.DEVICE_TAKE,
                  f("q", Kind.INT),
                  f("c", Kind.INT),
                  f("held", Kind.BOOL),
                  f("status", Kind.STRING),
                  f("qual", Kind.STRING)),
              avq(
                  AvqAction.DEVICE_ANSWER_HELD,
                  f("c", Kind.INT),
                  f("status", Kind.STRING),
                  f("qual", Kind.STRING)),
              avq(AvqAction.DEVICE_NEEDS_RESET)));

  /** The required fields of {@code action}, or empty if it is no spec action. */
  Optional<List<Field>> fieldsOf(String action) {
    return Optional.ofNullable(events.get(action));
  }

  /** The spec actions, sorted (for error messages). */
  List<String> actions() {
    return events.keySet().stream().map(String::valueOf).sorted().toList();
  }

  private static Map.Entry<String, List<Field>> actors(SpecAction action, Field... fields) {
    return Map.entry(action.specName(), List.of(fields));
  }

  private static Map.Entry<String, List<Field>> avq(AvqAction action, Field... fields) {
    return Map.entry(action.specName(), List.of(fields));
  }

  private static <E> Field named(String name, E[] values, Function<E, String> specName) {
    return new Field(name, Kind.STRING, Arrays.stream(values).map(specName).toList());
  }

  private static Field f(String name, Kind kind) {
    return new Field(name, kind, List.of());
  }
}
