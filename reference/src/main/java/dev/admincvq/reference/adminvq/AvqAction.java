package dev.admincvq.reference.adminvq;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * The actions of {@code AdminVq.tla}, by the spec's names, in the order its {@code Next} applies
 * them, with {@code DriverRecover} after {@code DriverResetDevice} (an action of the spec's
 * fairness and of {@code MCAdminVq}'s {@code Next}, not of {@code Next}): the one list of the
 * spec's actions for Java (trace events, the trace schema, conformance replay). One Java method
 * implements each; {@link #parameters()} are the operator's formal parameters, each also a field of
 * the action's trace events. {@code AdminVqActorReadsTest} compares this list with the spec as SANY
 * parses it.
 */
public enum AvqAction {
  /** {@link OwnerDriver#driverSubmit}. */
  DRIVER_SUBMIT("DriverSubmit", "c", "q", "g", "op", "n", "v", "stop"),
  /** {@link OwnerDriver#driverSubmitCap}. */
  DRIVER_SUBMIT_CAP("DriverSubmitCap", "c", "q", "op", "l"),
  /** {@link OwnerDriver#driverSubmitObj}. */
  DRIVER_SUBMIT_OBJ("DriverSubmitObj", "c", "q", "op", "o", "k"),
  /** {@link OwnerDriver#driverCollect}. */
  DRIVER_COLLECT("DriverCollect", "c"),
  /** {@link OwnerDriver#driverSriovDisable}. */
  DRIVER_SRIOV_DISABLE("DriverSriovDisable"),
  /** {@link OwnerDriver#driverSriovEnable}. */
  DRIVER_SRIOV_ENABLE("DriverSriovEnable", "k"),
  /** {@link OwnerDriver#driverResetDevice}. */
  DRIVER_RESET_DEVICE("DriverResetDevice"),
  /** {@link OwnerDriver#driverRecover}. */
  DRIVER_RECOVER("DriverRecover"),
  /** {@link MemberDriver#memberDriverReset}. */
  MEMBER_DRIVER_RESET("MemberDriverReset", "n"),
  /** {@link MemberDriver#memberDriverFlr}. */
  MEMBER_DRIVER_FLR("MemberDriverFlr", "n"),
  /** {@link AvqDevice#deviceMemberResetDone}. */
  DEVICE_MEMBER_RESET_DONE("DeviceMemberResetDone", "n"),
  /** {@link AvqDevice#deviceTake}. */
  DEVICE_TAKE("DeviceTake", "q", "c"),
  /** {@link AvqDevice#deviceAnswerHeld}. */
  DEVICE_ANSWER_HELD("DeviceAnswerHeld", "c"),
  /** {@link AvqDevice#deviceNeedsReset}. */
  DEVICE_NEEDS_RESET("DeviceNeedsReset");

  private final String specName;
  private final ImmutableList<String> parameters;

  AvqAction(String specName, String... parameters) {
    this.specName = specName;
    this.parameters = ImmutableList.copyOf(parameters);
  }

  /**
   * The action {@code AdminVq.tla} names {@code specName}, if it is one of its actions.
   *
   * @param specName an action's name exactly as in the spec (a model's wrapper is not)
   */
  public static Optional<AvqAction> ofSpecName(String specName) {
    for (AvqAction a : values()) {
      if (a.specName.equals(specName)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** The action's name in {@code AdminVq.tla}. */
  public String specName() {
    return specName;
  }

  /** The operator's formal parameters in the spec, in order. */
  public ImmutableList<String> parameters() {
    return parameters;
  }

  /** Whether {@code Next} applies it ({@code DriverRecover} is of the fairness conditions only). */
  public boolean inNext() {
    return this != DRIVER_RECOVER;
  }
}
