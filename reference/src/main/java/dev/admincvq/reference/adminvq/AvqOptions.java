package dev.admincvq.reference.adminvq;

import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.Immutable;
import dev.admincvq.reference.adminvq.wire.GroupType;
import dev.admincvq.reference.adminvq.wire.Opcode;
import java.util.Set;

/**
 * The constants of {@code AdminVq.tla} a system is built with: the device's make-up and the
 * readings the text leaves open (each quoted in the spec at its constant).
 *
 * @param maxVfs {@code MaxVFs}: TotalVFs, member ids 1..maxVfs
 * @param numAq {@code NumAq}: the number of administration virtqueues
 * @param deviceGroups {@code DeviceGroups}: the group types the device supports
 * @param sriovOps {@code SriovOps}: the opcodes it supports for the SR-IOV group
 * @param driverSync {@code DriverSync}
 * @param ordering {@code Ordering}
 * @param sriovRuleScope {@code SriovRuleScope}
 * @param usedListOnVfDisable {@code UsedListOnVfDisable}
 * @param memberResetMode {@code MemberResetMode}
 * @param tryAgain {@code TryAgain}: whether the device may answer EAGAIN instead of a success
 * @param objects the constants of the capability and resource object commands
 */
@Immutable
public record AvqOptions(
    int maxVfs,
    int numAq,
    ImmutableSet<GroupType> deviceGroups,
    ImmutableSet<Opcode> sriovOps,
    DriverSync driverSync,
    Ordering ordering,
    SriovRuleScope sriovRuleScope,
    UsedListOnVfDisable usedListOnVfDisable,
    MemberResetMode memberResetMode,
    boolean tryAgain,
    ObjectOptions objects) {

  /** The two list commands, "assumed to be used" after reset. */
  public static final ImmutableSet<Opcode> LIST_OPS =
      ImmutableSet.of(Opcode.LIST_QUERY, Opcode.LIST_USE);

  /** The commands for a member the spec models ({@code MemberOps}); they use group_member_id. */
  public static final ImmutableSet<Opcode> MEMBER_OPS =
      ImmutableSet.of(Opcode.LEGACY_DEV_CFG_WRITE, Opcode.DEV_MODE_SET, Opcode.DEV_PARTS_SET);

  /**
   * Checks the spec's {@code ASSUME}s.
   *
   * @throws IllegalArgumentException if one fails
   */
  public AvqOptions {
    if (maxVfs < 1 || numAq < 1) {
      throw new IllegalArgumentException(
          "MaxVFs and NumAq are at least 1: " + maxVfs + ", " + numAq);
    }
    if (!deviceGroups.contains(GroupType.SRIOV)) {
      throw new IllegalArgumentException("DeviceGroups contains the SR-IOV group: " + deviceGroups);
    }
    if (!sriovOps.containsAll(LIST_OPS) || !union(LIST_OPS, MEMBER_OPS).containsAll(sriovOps)) {
      throw new IllegalArgumentException(
          "SriovOps holds the list commands and member commands only: " + sriovOps);
    }
    boolean parts =
        sriovOps.contains(Opcode.DEV_MODE_SET) && sriovOps.contains(Opcode.DEV_PARTS_SET);
    boolean noParts =
        !sriovOps.contains(Opcode.DEV_MODE_SET) && !sriovOps.contains(Opcode.DEV_PARTS_SET);
    boolean caps = objects.selfOps().containsAll(ObjectOptions.CAP_OPS);
    boolean noCaps = ObjectOptions.CAP_OPS.stream().noneMatch(objects.selfOps()::contains);
    boolean objs = objects.hasObjects();
    boolean noObjs = ObjectOptions.OBJ_OPS.stream().noneMatch(objects.selfOps()::contains);
    if (!(caps || noCaps) || !((parts && objs && caps) || (noParts && noObjs))) {
      throw new IllegalArgumentException(
          "SupportAllOrNone: " + sriovOps + ", " + objects.selfOps());
    }
  }

  private static Set<Opcode> union(Set<Opcode> a, Set<Opcode> b) {
    return ImmutableSet.<Opcode>builder().addAll(a).addAll(b).build();
  }

  /** These options with {@code Ordering} set to {@code ordering}. */
  public AvqOptions withOrdering(Ordering ordering) {
    return new AvqOptions(
        maxVfs,
        numAq,
        deviceGroups,
        sriovOps,
        driverSync,
        ordering,
        sriovRuleScope,
        usedListOnVfDisable,
        memberResetMode,
        tryAgain,
        objects);
  }

  /** These options with {@code UsedListOnVfDisable} set to {@code onDisable}. */
  public AvqOptions withUsedListOnVfDisable(UsedListOnVfDisable onDisable) {
    return new AvqOptions(
        maxVfs,
        numAq,
        deviceGroups,
        sriovOps,
        driverSync,
        ordering,
        sriovRuleScope,
        onDisable,
        memberResetMode,
        tryAgain,
        objects);
  }

  /** {@code Supported(g)}: the opcodes the device supports for group {@code g}. */
  public ImmutableSet<Opcode> supported(GroupType g) {
    return g == GroupType.SRIOV ? sriovOps : objects.selfOps();
  }

  /** {@code DriverSync}: whether the owner driver keeps the SR-IOV group's driver rule. */
  public enum DriverSync {
    /** "none": it clears VF Enable whenever it chooses. */
    NONE("none"),
    /** "virtio13": only while no SR-IOV command of its is outstanding. */
    VIRTIO13("virtio13");

    private final String specName;

    DriverSync(String specName) {
      this.specName = specName;
    }

    /** The spec's string. */
    public String specName() {
      return specName;
    }
  }

  /** {@code Ordering}: the order of processing on one administration virtqueue. */
  public enum Ordering {
    /** "complete": a held command holds every later command of its queue. */
    COMPLETE("complete"),
    /** "start": taken in queue order; a held command does not hold later ones. */
    START("start"),
    /** "any": "consumed with no order constraints". */
    ANY("any");

    private final String specName;

    Ordering(String specName) {
      this.specName = specName;
    }

    /** The spec's string. */
    public String specName() {
      return specName;
    }
  }

  /** {@code SriovRuleScope}: which commands the SR-IOV group's device rule applies to. */
  public enum SriovRuleScope {
    /** "all": every command of the group, the list commands included. */
    ALL("all"),
    /** "memberCommands": only the commands that use group_member_id. */
    MEMBER_COMMANDS("memberCommands");

    private final String specName;

    SriovRuleScope(String specName) {
      this.specName = specName;
    }

    /** The spec's string. */
    public String specName() {
      return specName;
    }
  }

  /** {@code UsedListOnVfDisable}: what clearing VF Enable does to the SR-IOV group's used list. */
  public enum UsedListOnVfDisable {
    /** "kept". */
    KEPT("kept"),
    /** "dropped": back to the two list commands. */
    DROPPED("dropped");

    private final String specName;

    UsedListOnVfDisable(String specName) {
      this.specName = specName;
    }

    /** The spec's string. */
    public String specName() {
      return specName;
    }
  }

  /** {@code MemberResetMode}: what a member reset or FLR does to a stopped member. */
  public enum MemberResetMode {
    /** "kept": it stays stopped until a DEV_MODE_SET resumes it. */
    KEPT("kept"),
    /** "active": it returns to operation. */
    ACTIVE("active");

    private final String specName;

    MemberResetMode(String specName) {
      this.specName = specName;
    }

    /** The spec's string. */
    public String specName() {
      return specName;
    }
  }
}
