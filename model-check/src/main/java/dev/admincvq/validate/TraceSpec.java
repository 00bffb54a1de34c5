package dev.admincvq.validate;

import dev.admincvq.reference.SpecAction;
import dev.admincvq.reference.SpecVariable;
import dev.admincvq.reference.adminvq.AvqAction;
import dev.admincvq.reference.adminvq.AvqVariable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The trace specs traces are validated against, each with what its traces hold and what its TLC
 * model needs beyond the constants a trace's header names: the model values, the default value and
 * the set of values commands carry ({@code Mac}: the MACs the drivers set; {@code Val}: the values
 * DriverSubmit writes).
 */
public enum TraceSpec {
  /** {@code TraceAdminCvqActors.tla}: traces of {@code reference/}'s machine. */
  ACTORS,
  /**
   * {@code TraceAdminVq.tla}: traces of {@code reference/adminvq}, the published admin virtqueue.
   */
  ADMINVQ;

  /** The spec named {@code name} on the command line ({@code actors}, {@code adminvq}), if any. */
  public static Optional<TraceSpec> named(String name) {
    return Arrays.stream(values()).filter(s -> s.optionName().equals(name)).findFirst();
  }

  /** Its name on the command line. */
  public String optionName() {
    return this == ACTORS ? "actors" : "adminvq";
  }

  /** The trace spec's module name ({@code TraceAdminVq}). */
  public String traceModule() {
    return "Trace" + specModule();
  }

  private String specModule() {
    return this == ACTORS ? "AdminCvqActors" : "AdminVq";
  }

  /** The modules a model of it needs beside the generated root, as file names. */
  List<String> moduleFiles() {
    return List.of(traceModule() + ".tla", specModule() + ".tla");
  }

  /**
   * The definitions its model replaces by their evaluation forms ({@code FreshId <- TraceFreshId}):
   * forms TLC evaluates without reading every command identity, each equal to the definition in
   * every state a trace reaches ({@code TraceAdminCvqActors.tla}, "Evaluation forms"; {@code
   * EvaluationFormsTest} has TLC check it).
   */
  List<String> evaluationForms() {
    return this == ACTORS
        ? List.of(
            "FreshId <- TraceFreshId",
            "Addressable <- TraceAddressable",
            "AckedErr <- TraceAckedErr",
            "CountedOnce <- TraceCountedOnce",
            "NewlyCompleted <- QueuedNewlyCompleted")
        : List.of();
  }

  /** The lines its traces may hold. */
  EventSchema schema() {
    return this == ACTORS ? EventSchema.ACTORS : EventSchema.ADMINVQ;
  }

  /**
   * The constants bound to model values of their own name ({@code NotSubmitted = NotSubmitted}).
   */
  List<String> modelValues() {
    return this == ACTORS
        ? List.of("NotSubmitted", "NoCmd", "NoEffect")
        : List.of("NotSubmitted", "NoResult", "NoEffect", "NoSet", "NoCap");
  }

  /** The constant of the default value, bound to 0, which no command carries. */
  String defaultConstant() {
    return "Default" + valuesConstant();
  }

  /** The constant of the values commands carry ({@code Mac}, {@code Val}). */
  String valuesConstant() {
    return this == ACTORS ? "Mac" : "Val";
  }

  /** The field of the events (by action) that carries a command's value. */
  Optional<String> valueField(String action) {
    Map<String, String> fields =
        this == ACTORS
            ? Map.of(
                SpecAction.DRIVER_SUBMIT_ADMIN.specName(),
                "arg",
                SpecAction.VF_DRIVER_SUBMIT.specName(),
                "arg")
            : Map.of(AvqAction.DRIVER_SUBMIT.specName(), "v");
    return Optional.ofNullable(fields.get(action));
  }

  /**
   * The variables that are functions of the command identity (shown for the event's command only).
   */
  Set<String> perCommand() {
    return this == ACTORS
        ? SpecVariable.specNames(
            SpecVariable.REQ,
            SpecVariable.ACK,
            SpecVariable.FETCH_GEN,
            SpecVariable.MEANT_FOR,
            SpecVariable.EFFECT_ON,
            SpecVariable.COMPLETIONS)
        : AvqVariable.specNames(
            AvqVariable.REQ,
            AvqVariable.RES,
            AvqVariable.MEANT_INC,
            AvqVariable.EFFECT_INC,
            AvqVariable.COMPLETIONS);
  }
}
