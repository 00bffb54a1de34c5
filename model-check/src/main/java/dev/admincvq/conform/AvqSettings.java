package dev.admincvq.conform;

import com.google.common.collect.ImmutableSet;
import dev.admincvq.model.State;
import dev.admincvq.model.TlaValue;
import dev.admincvq.reference.adminvq.AvqOptions;
import dev.admincvq.reference.adminvq.AvqVariable;
import dev.admincvq.reference.adminvq.ObjectOptions;
import dev.admincvq.reference.adminvq.wire.GroupType;
import dev.admincvq.reference.adminvq.wire.Opcode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reference system's {@link AvqOptions} for a model of {@code AdminVq} ({@code MCAdminVq.tla}):
 * the readings as the configuration assigns them ({@code Ordering = "complete"}), {@code MaxVFs}
 * and {@code NumAq} as the sizes of {@code mode}'s and {@code aq}'s domains in the initial state,
 * {@code DeviceGroups} and {@code SriovOps} by the definitions the configuration binds them to
 * ({@code Groups13}, {@code Groups14}, {@code Ops13}, {@code Ops14} of {@code MCAdminVq.tla}), and
 * whether the model starts listed ({@code Listed}) and prepared ({@code Prepared}); {@code SelfOps}
 * by {@code Self13} or {@code Self14}, {@code ObjId} as the size of {@code objs}'s domain, {@code
 * PartsObjLimit} as assigned.
 *
 * @param options the system's constants
 * @param listed {@code Listed}: start from {@code InitFrom(TRUE, prepared)}
 * @param prepared {@code Prepared}
 */
public record AvqSettings(AvqOptions options, boolean listed, boolean prepared) {

  /**
   * The settings of the model {@code configText} configures, whose initial state is {@code init}.
   *
   * @throws IllegalArgumentException if a constant is not assigned, or not a value the spec allows
   */
  public static AvqSettings of(String configText, State init) {
    Map<String, String> assigned = Assigned.in(configText);
    int maxVfs = size(init, AvqVariable.MODE);
    int numAq = size(init, AvqVariable.AQ);
    ImmutableSet<GroupType> groups =
        switch (Assigned.required(assigned, "DeviceGroups")) {
          case "Groups13" -> ImmutableSet.of(GroupType.SRIOV);
          case "Groups14" -> ImmutableSet.of(GroupType.SELF, GroupType.SRIOV);
          default ->
              throw new IllegalArgumentException(
                  "DeviceGroups <- " + assigned.get("DeviceGroups") + ": not Groups13 or Groups14");
        };
    ImmutableSet<Opcode> ops =
        switch (Assigned.required(assigned, "SriovOps")) {
          case "Ops13" ->
              ImmutableSet.of(Opcode.LIST_QUERY, Opcode.LIST_USE, Opcode.LEGACY_DEV_CFG_WRITE);
          case "Ops14" ->
              ImmutableSet.of(
                  Opcode.LIST_QUERY, Opcode.LIST_USE, Opcode.DEV_MODE_SET, Opcode.DEV_PARTS_SET);
          default ->
              throw new IllegalArgumentException(
                  "SriovOps <- " + assigned.get("SriovOps") + ": not Ops13 or Ops14");
        };
    ImmutableSet<Opcode> self =
        switch (Assigned.required(assigned, "SelfOps")) {
          case "Self13" -> AvqOptions.LIST_OPS;
          case "Self14" ->
              ImmutableSet.<Opcode>builder()
                  .addAll(AvqOptions.LIST_OPS)
                  .addAll(ObjectOptions.CAP_OPS)
                  .addAll(ObjectOptions.OBJ_OPS)
                  .build();
          default ->
              throw new IllegalArgumentException(
                  "SelfOps <- " + assigned.get("SelfOps") + ": not Self13 or Self14");
        };
    String limit = Assigned.required(assigned, "PartsObjLimit");
    if (!limit.matches("[0-9]{1,3}")) {
      throw new IllegalArgumentException("PartsObjLimit = " + limit + ": not a number");
    }
    ObjectOptions objects =
        new ObjectOptions(
            self,
            size(init, AvqVariable.OBJS),
            Integer.parseInt(limit),
            Assigned.option(
                ObjectOptions.ObjRules.values(),
                ObjectOptions.ObjRules::specName,
                assigned,
                "ObjRules"),
            Assigned.option(
                ObjectOptions.UnsetCapLimit.values(),
                ObjectOptions.UnsetCapLimit::specName,
                assigned,
                "UnsetCapLimit"));
    AvqOptions options =
        new AvqOptions(
            maxVfs,
            numAq,
            groups,
            ops,
            Assigned.option(
                AvqOptions.DriverSync.values(),
                AvqOptions.DriverSync::specName,
                assigned,
                "DriverSync"),
            Assigned.option(
                AvqOptions.Ordering.values(), AvqOptions.Ordering::specName, assigned, "Ordering"),
            Assigned.option(
                AvqOptions.SriovRuleScope.values(),
                AvqOptions.SriovRuleScope::specName,
                assigned,
                "SriovRuleScope"),
            Assigned.option(
                AvqOptions.UsedListOnVfDisable.values(),
                AvqOptions.UsedListOnVfDisable::specName,
                assigned,
                "UsedListOnVfDisable"),
            Assigned.option(
                AvqOptions.MemberResetMode.values(),
                AvqOptions.MemberResetMode::specName,
                assigned,
                "MemberResetMode"),
            Assigned.bool(assigned, "TryAgain"),
            objects);
    return new AvqSettings(
        options, Assigned.bool(assigned, "Listed"), Assigned.bool(assigned, "Prepared"));
  }

  /** The settings by the spec's constant names, in the spec's order, values as TLA+ writes them. */
  public Map<String, String> named() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("MaxVFs", String.valueOf(options.maxVfs()));
    out.put("NumAq", String.valueOf(options.numAq()));
    out.put("DeviceGroups", options.deviceGroups().toString());
    out.put("SriovOps", options.sriovOps().toString());
    out.put("DriverSync", options.driverSync().specName());
    out.put("Ordering", options.ordering().specName());
    out.put("SriovRuleScope", options.sriovRuleScope().specName());
    out.put("UsedListOnVfDisable", options.usedListOnVfDisable().specName());
    out.put("MemberResetMode", options.memberResetMode().specName());
    out.put("TryAgain", options.tryAgain() ? "TRUE" : "FALSE");
    out.put("SelfOps", options.objects().selfOps().toString());
    out.put("ObjId", "0.." + (options.objects().objIds() - 1));
    out.put("PartsObjLimit", String.valueOf(options.objects().partsObjLimit()));
    out.put("ObjRules", options.objects().objRules().specName());
    out.put("UnsetCapLimit", options.objects().unsetCapLimit().specName());
    out.put("Listed", listed ? "TRUE" : "FALSE");
    out.put("Prepared", prepared ? "TRUE" : "FALSE");
    return out;
  }

  private static int size(State init, AvqVariable variable) {
    TlaValue v =
        init.get(variable.specName())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no variable " + variable.specName() + ": not a model of AdminVq"));
    return v.isFunction() ? v.entries().size() : 0;
  }
}
