package dev.admincvq.reference;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * The actions of {@code AdminCvqActors}'s {@code Next}, in the order {@code Next} applies them,
 * grouped by the actor that takes them: the one list of the spec's actions for Java (trace events,
 * the trace schema, conformance replay). {@link #specName()} is the spec's name exactly; it names
 * trace events and refusals, and the Java method implementing the action is {@link #methodName()};
 * {@link #parameters()} are the operator's formal parameters, each also a field of the action's
 * trace events. {@code ActorReadsTest} compares this list with the spec as SANY parses it.
 */
public enum SpecAction {
  /** {@code DriverSubmitAdmin(c, t, op, arg)}: management driver. */
  DRIVER_SUBMIT_ADMIN("DriverSubmitAdmin", "c", "t", "op", "arg"),
  /** {@code DriverCollect}: management driver. */
  DRIVER_COLLECT("DriverCollect"),
  /** {@code DriverSriovDisable}: management driver. */
  DRIVER_SRIOV_DISABLE("DriverSriovDisable"),
  /** {@code DriverSriovEnable(n)}: management driver. */
  DRIVER_SRIOV_ENABLE("DriverSriovEnable", "n"),
  /**
   * {@code DriverLearnVfReset(v)}: management driver (the generation {@code g} is chosen inside).
   */
  DRIVER_LEARN_VF_RESET("DriverLearnVfReset", "v"),
  /** {@code VfDriverSubmit(c, v, arg)}: the VF's own driver. */
  VF_DRIVER_SUBMIT("VfDriverSubmit", "c", "v", "arg"),
  /** {@code VfDriverReset(v)}: the VF's own driver. */
  VF_DRIVER_RESET("VfDriverReset", "v"),
  /** {@code DeviceFetch(c)}: device. */
  DEVICE_FETCH("DeviceFetch", "c"),
  /** {@code DeviceProcess(c)}: device. */
  DEVICE_PROCESS("DeviceProcess", "c"),
  /** {@code DeviceProcessVf(v)}: device. */
  DEVICE_PROCESS_VF("DeviceProcessVf", "v"),
  /** {@code DeviceVfNeedsReset(v)}: device. */
  DEVICE_VF_NEEDS_RESET("DeviceVfNeedsReset", "v");

  private final String specName;
  private final ImmutableList<String> parameters;

  SpecAction(String specName, String... parameters) {
    this.specName = specName;
    this.parameters = ImmutableList.copyOf(parameters);
  }

  /**
   * The action the spec names {@code specName}, if it is one of {@code Next}'s.
   *
   * @param specName an action's name exactly as in the spec (a model's wrapper, such as {@code
   *     MCDriverSriovEnable}, is not)
   */
  public static Optional<SpecAction> ofSpecName(String specName) {
    for (SpecAction a : values()) {
      if (a.specName.equals(specName)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** The action's name in {@code AdminCvqActors.tla}. */
  public String specName() {
    return specName;
  }

  /** The operator's formal parameters in the spec, in order. */
  public ImmutableList<String> parameters() {
    return parameters;
  }

  /** The name of the Java method implementing it: the spec name in lower camel case. */
  public String methodName() {
    return Character.toLowerCase(specName.charAt(0)) + specName.substring(1);
  }
}
