package dev.admincvq.reference;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;

/**
 * The state variables of {@code AdminCvqActors}, in the order its {@code VARIABLES} declares them:
 * the one list of the spec's variables for Java (the abstraction of the implementation's state,
 * conformance replay, trace validation, the sequence diagram). {@link #specName()} is the spec's
 * name exactly. {@code ActorReadsTest} compares this list with the spec as SANY parses it, so a
 * variable renamed, added or removed in the spec fails a test rather than a lookup at run time.
 */
public enum SpecVariable {
  /** {@code vfEnable}: VF Enable of the PF's SR-IOV capability (device). */
  VF_ENABLE("vfEnable"),
  /** {@code numVfs}: NumVFs of the PF's SR-IOV capability (device). */
  NUM_VFS("numVfs"),
  /** {@code vfState}: the device's state of each VF function. */
  VF_STATE("vfState"),
  /** {@code gen}: the device's generation of each member. */
  GEN("gen"),
  /**
   * {@code fence}: the available index when each member was last destroyed ({@code availFence}).
   */
  FENCE("fence"),
  /** {@code provMac}: the MAC the PF provisioned for each target. */
  PROV_MAC("provMac"),
  /** {@code trusted}: whether the device obeys each VF's own CVQ. */
  TRUSTED("trusted"),
  /**
   * {@code fetchGen}: the member's generation when the device fetched each command ({@code
   * inFlight}).
   */
  FETCH_GEN("fetchGen"),
  /** {@code req}: each request as on the wire (shared memory). */
  REQ("req"),
  /** {@code availIdx}: the admin CVQ's available index. */
  AVAIL_IDX("availIdx"),
  /** {@code adminQ}: available admin commands the device has not fetched. */
  ADMIN_Q("adminQ"),
  /** {@code inflight}: admin commands fetched and not completed. */
  INFLIGHT("inflight"),
  /** {@code adminUsed}: the admin CVQ's used ring, entries not yet reaped. */
  ADMIN_USED("adminUsed"),
  /** {@code vfq}: each VF's own CVQ. */
  VFQ("vfq"),
  /** {@code ack}: the ack the device wrote for each command. */
  ACK("ack"),
  /** {@code resetNotice}: VF-reset notifications not yet taken by the management driver. */
  RESET_NOTICE("resetNotice"),
  /** {@code drvOut}: the management driver's admin commands not yet reaped. */
  DRV_OUT("drvOut"),
  /** {@code drvIgnore}: its commands whose completion it will ignore ({@code barrier}). */
  DRV_IGNORE("drvIgnore"),
  /** {@code drvMac}: the MAC it believes each target is provisioned with. */
  DRV_MAC("drvMac"),
  /** {@code drvLast}: its last set-MAC to each target. */
  DRV_LAST("drvLast"),
  /** {@code drvGen}: the generation of each member as far as it knows. */
  DRV_GEN("drvGen"),
  /** {@code meantFor}: history: each command's target generation at submission. */
  MEANT_FOR("meantFor"),
  /** {@code effectOn}: history: the generation each command changed. */
  EFFECT_ON("effectOn"),
  /** {@code goneAt}: history: commands whose target generation was gone when processed. */
  GONE_AT("goneAt"),
  /** {@code grantFor}: history: the generation the trust in force was granted for. */
  GRANT_FOR("grantFor"),
  /**
   * {@code trustObeyed}: history: VF CVQ commands obeyed under a grant for their own generation.
   */
  TRUST_OBEYED("trustObeyed"),
  /** {@code completions}: history: how many times the device completed each command. */
  COMPLETIONS("completions");

  private final String specName;

  SpecVariable(String specName) {
    this.specName = specName;
  }

  /** The variable's name in {@code AdminCvqActors.tla}. */
  public String specName() {
    return specName;
  }

  /** The spec's names of {@code variables}. */
  public static ImmutableSet<String> specNames(SpecVariable... variables) {
    return Arrays.stream(variables)
        .map(SpecVariable::specName)
        .collect(ImmutableSet.toImmutableSet());
  }
}
