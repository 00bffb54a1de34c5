package dev.admincvq.reference.adminvq;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;

/**
 * The state variables of {@code AdminVq}, in the order its {@code VARIABLES} declares them: the one
 * list of the spec's variables for Java (the abstraction of the implementation's state, conformance
 * replay, trace validation). {@link #specName()} is the spec's name exactly. {@code
 * AdminVqActorReadsTest} compares this list with the spec as SANY parses it, so a variable renamed,
 * added or removed in the spec fails a test rather than a lookup at run time.
 */
public enum AvqVariable {
  /** {@code vfEnable}: VF Enable of the owner's SR-IOV Control Register (device). */
  VF_ENABLE("vfEnable"),
  /** {@code numVfs}: NumVFs of the owner's SR-IOV capability (device). */
  NUM_VFS("numVfs"),
  /** {@code needsReset}: DEVICE_NEEDS_RESET in the owner's device status. */
  NEEDS_RESET("needsReset"),
  /** {@code listUsed}: whether each group's list of commands is the one a LIST_USE supplied. */
  LIST_USED("listUsed"),
  /** {@code mode}: whether each member is stopped (DEV_MODE_SET). */
  MODE("mode"),
  /** {@code parts}: each member's device parts. */
  PARTS("parts"),
  /** {@code cfg}: each member's configuration written by CFG_WRITE. */
  CFG("cfg"),
  /** {@code memberReset}: a reset or FLR in progress on each member. */
  MEMBER_RESET("memberReset"),
  /** {@code held}: commands held until their member's FLR or reset completes. */
  HELD("held"),
  /** {@code ready}: held commands whose FLR or reset has completed. */
  READY("ready"),
  /** {@code objs}: the resource objects the device holds. */
  OBJS("objs"),
  /** {@code capLimit}: the driver capability's limit as the device holds it. */
  CAP_LIMIT("capLimit"),
  /** {@code req}: the device-readable part of each command (shared memory). */
  REQ("req"),
  /** {@code aq}: each administration virtqueue's available buffers. */
  AQ("aq"),
  /** {@code res}: the device-writable part of each command. */
  RES("res"),
  /** {@code done}: used buffers the driver has not taken yet. */
  DONE("done"),
  /** {@code drvOut}: the owner driver's commands not taken back. */
  DRV_OUT("drvOut"),
  /** {@code drvList}: how far it got with LIST_QUERY / LIST_USE for each group. */
  DRV_LIST("drvList"),
  /** {@code drvMode}: the mode it believes each member has. */
  DRV_MODE("drvMode"),
  /** {@code drvObjs}: the resource objects it believes exist. */
  DRV_OBJS("drvObjs"),
  /** {@code drvCap}: the limit its last successful DRIVER_CAP_SET set. */
  DRV_CAP("drvCap"),
  /** {@code drvDevCap}: whether it has read the device capability. */
  DRV_DEV_CAP("drvDevCap"),
  /** {@code inc}: history: each member id's incarnation. */
  INC("inc"),
  /** {@code meantInc}: history: the incarnation of each command's member at submission. */
  MEANT_INC("meantInc"),
  /** {@code effectInc}: history: the incarnation whose state each command changed. */
  EFFECT_INC("effectInc"),
  /** {@code abandoned}: history: commands not completed when the owner device was reset. */
  ABANDONED("abandoned"),
  /** {@code givenUp}: history: commands the owner driver gave up in a reset. */
  GIVEN_UP("givenUp"),
  /** {@code completions}: history: how many times the device completed each command. */
  COMPLETIONS("completions"),
  /** {@code lastSet}: history: the parts of the last successful DEV_PARTS_SET per member. */
  LAST_SET("lastSet"),
  /**
   * {@code staleResume}: history: resumes that completed while the parts differed from the last
   * set.
   */
  STALE_RESUME("staleResume"),
  /** {@code created}: history: how many times an object with each id was created. */
  CREATED("created");

  private final String specName;

  AvqVariable(String specName) {
    this.specName = specName;
  }

  /** The variable's name in {@code AdminVq.tla}. */
  public String specName() {
    return specName;
  }

  /** The spec's names of {@code variables}. */
  public static ImmutableSet<String> specNames(AvqVariable... variables) {
    return Arrays.stream(variables)
        .map(AvqVariable::specName)
        .collect(ImmutableSet.toImmutableSet());
  }
}
