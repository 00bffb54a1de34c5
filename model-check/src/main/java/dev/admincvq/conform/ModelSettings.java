package dev.admincvq.conform;

import dev.admincvq.model.State;
import dev.admincvq.model.TlaValue;
import dev.admincvq.reference.DeviceCheck;
import dev.admincvq.reference.DriverSync;
import dev.admincvq.reference.Options;
import dev.admincvq.reference.ResetNotice;
import dev.admincvq.reference.SpecVariable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reference machine's {@link Options} for a model of {@code AdminCvqActors}: the design options
 * and the readings of the open points as the configuration assigns them ({@code DriverSync =
 * "barrier"}, {@code InOrder = TRUE}), {@code MaxVFs} as the size of {@code vfState}'s domain in
 * the initial state (the configuration binds it by definition, {@code MaxVFs <- OneVF}).
 */
public final class ModelSettings {
  private ModelSettings() {}

  /**
   * The options of the model {@code configText} configures, whose initial state is {@code init}.
   *
   * @throws IllegalArgumentException if a constant is not assigned a value in the config, or the
   *     value is not one the spec allows
   */
  public static Options of(String configText, State init) {
    Map<String, String> assigned = Assigned.in(configText);
    TlaValue vfState =
        init.get(SpecVariable.VF_STATE.specName())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no variable "
                            + SpecVariable.VF_STATE.specName()
                            + ": not a model of AdminCvqActors"));
    int maxVfs = vfState.isFunction() ? vfState.entries().size() : 0;
    return new Options(
        maxVfs,
        Assigned.option(DriverSync.values(), DriverSync::specName, assigned, "DriverSync"),
        Assigned.option(DeviceCheck.values(), DeviceCheck::specName, assigned, "DeviceCheck"),
        Assigned.bool(assigned, "InOrder"),
        Assigned.bool(assigned, "NeedsResetDestroys"),
        Assigned.bool(assigned, "VfResetKeepsConfig"),
        Assigned.bool(assigned, "NumVFsFixed"),
        Assigned.option(ResetNotice.values(), ResetNotice::specName, assigned, "ResetNotice"));
  }

  /** {@code o} by the spec's constant names, in the spec's order, values as TLA+ writes them. */
  public static Map<String, String> named(Options o) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("MaxVFs", String.valueOf(o.maxVfs()));
    out.put("DriverSync", o.driverSync().specName());
    out.put("DeviceCheck", o.deviceCheck().specName());
    out.put("InOrder", tla(o.inOrder()));
    out.put("NeedsResetDestroys", tla(o.needsResetDestroys()));
    out.put("VfResetKeepsConfig", tla(o.vfResetKeepsConfig()));
    out.put("NumVFsFixed", tla(o.numVfsFixed()));
    out.put("ResetNotice", o.resetNotice().specName());
    return out;
  }

  private static String tla(boolean b) {
    return b ? "TRUE" : "FALSE";
  }
}
