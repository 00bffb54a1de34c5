------------------------------ MODULE AdminVq ------------------------------
(***************************************************************************)
(* The administration virtqueue as PUBLISHED: virtio 1.3 ("Basic          *)
(* Facilities of a Virtio Device / Device groups", ".../ Administration   *)
(* Virtqueues") as extended by virtio 1.4 (device parts and device mode).  *)
(* Text read from github oasis-tcs/virtio-spec, tag v1.4-cs01 (commit      *)
(* 15f488c): admin.tex, admin-cmds-device-parts.tex,                       *)
(* admin-cmds-resource-objects.tex, content.tex; virtio 1.3 = tag          *)
(* v1.3-wd02 (b495841) admin.tex, which differs from 1.4's in the Self     *)
(* group, the opcodes 0x7-0x11 and the statuses ENXIO, EBUSY, ENOSPC only. *)
(* Quotations below are from v1.4-cs01 unless marked [1.3].                *)
(*                                                                         *)
(* The question (SR-IOV lifecycle, issue 14 item 3), in the standard's own *)
(* terms: what becomes of a command queued for member n when VF Enable is  *)
(* cleared and set again; when member n gets an FLR or its driver resets   *)
(* it; when the owner device is reset; and of a DEV_PARTS_SET racing a     *)
(* member reset.                                                           *)
(*                                                                         *)
(* Actors (ARCHITECTURE.md: an action reads only what its actor observes,  *)
(* never a history variable):                                              *)
(*  - the owner driver (Driver...): "the driver of the owner device" (the  *)
(*    PF's driver).  It submits commands on the administration virtqueues, *)
(*    reads their used buffers (status, status_qualifier), writes the      *)
(*    PF's SR-IOV registers (NumVFs, VF Enable) and the owner's device     *)
(*    status (reset), and reads the owner's device status                  *)
(*    (DEVICE_NEEDS_RESET).  It does not see a member's reset or FLR.      *)
(*  - a member driver (MemberDriver...): "the driver of a member device"   *)
(*    (a VF's driver, often in a guest).  It resets its member (device     *)
(*    status 0) or has it function-level reset (PCIe FLR) whenever it      *)
(*    chooses; nothing of the owner driver's state gates it.               *)
(*  - the device (Device...): the owner device and its member functions.   *)
(*    A register write by a driver and the device's reaction to it are one *)
(*    step; the reaction is a Device... definition called by the driver's  *)
(*    action.                                                              *)
(*                                                                         *)
(* The points where the text reads two ways are constants, each quoting    *)
(* both texts, so that every verdict is given under each reading:          *)
(* Ordering, SriovRuleScope, UsedListOnVfDisable, MemberResetMode,         *)
(* UnsetCapLimit.  The owner driver either keeps the SR-IOV group's driver *)
(* rule or breaks it (DriverSync), either keeps the resource-object and    *)
(* capability rules or breaks them (ObjRules); it keeps every other        *)
(* driver-normative statement modelled.                                    *)
(*                                                                         *)
(* Modelled: struct virtio_admin_cmd as opcode, group_type,                *)
(* group_member_id, one abstract command-specific argument, and the       *)
(* device-written status and status_qualifier; the Self group (0x0) and    *)
(* the SR-IOV group (0x1, members 1..NumVFs while VF Enable is set); the   *)
(* device's validation order and the statuses it yields; "the device state *)
(* MUST NOT change" on EINVAL; EAGAIN without side effects and the         *)
(* driver's retry; LIST_QUERY / LIST_USE; ordering on one and on several   *)
(* administration virtqueues; the SR-IOV group's driver and device rules;  *)
(* member reset and FLR racing commands; owner device reset and            *)
(* DEVICE_NEEDS_RESET with commands in flight; from 1.4 DEV_MODE_SET (the  *)
(* device stopped or resumed; the answer held while a member FLR or reset  *)
(* is in progress; idempotent) and DEV_PARTS_SET (stop before set, effect  *)
(* on resume, parts cleared by a member reset or FLR, naming a device      *)
(* parts resource object of type SET); device resource objects of type    *)
(* VIRTIO_RESOURCE_OBJ_DEV_PARTS (RESOURCE_OBJ_CREATE / MODIFY / QUERY /   *)
(* DESTROY with the Self group: ids, id reuse after destroy, EEXIST,       *)
(* ENXIO, ENOSPC, destruction by an owner reset) and the capability        *)
(* commands as far as they constrain them (CAP_ID_LIST_QUERY,              *)
(* DEVICE_CAP_GET, DRIVER_CAP_SET of VIRTIO_DEV_PARTS_CAP: set before use, *)
(* EBUSY on disabling it while objects exist, reset by an owner reset).   *)
(*                                                                         *)
(* The device takes a command and answers it in one step, except a        *)
(* command it holds: a reset or FLR that begins while the device executes *)
(* a command is, in the model, a reset after its answer.                   *)
(*                                                                         *)
(* Out of scope, and why:                                                  *)
(*  - the legacy interface commands (0x2-0x6) as register semantics: one   *)
(*    of them, LEGACY_DEV_CFG_WRITE (0x4), stands for every 1.3 command    *)
(*    with a side effect on a member ("CFG_WRITE": it writes one abstract  *)
(*    value of the member's configuration).  What a member reset does to   *)
(*    that configuration is not said by the text; it is kept.              *)
(*  - of device resource objects (0xa-0xd), every type but               *)
(*    VIRTIO_RESOURCE_OBJ_DEV_PARTS (the only type v1.4-cs01 defines), so  *)
(*    no object depends on another ("A resource object of one type may     *)
(*    depend on the resource object of another type": no defined type     *)
(*    does), and objects of the SR-IOV group type ("occasionally some      *)
(*    resource objects can be created for the SR-IOV group type as well.   *)
(*    Such sr-iov group type specific resource objects are listed where    *)
(*    such objects is defined": none is listed); of the capabilities       *)
(*    (0x7-0x9), every one but VIRTIO_DEV_PARTS_CAP's                      *)
(*    set_parts_resource_objects_limit, and the bitmap CAP_ID_LIST_QUERY   *)
(*    returns (it always reports that one capability).                     *)
(*  - DEV_PARTS_GET / DEV_PARTS_METADATA_GET and the device parts order:   *)
(*    their results and the order of parts are data layout, not lifecycle.*)
(*  - a "freeze" mode: v1.4-cs01 defines only                              *)
(*    "VIRTIO_ADMIN_CMD_DEV_MODE_F_STOPPED 0" ("When the command completes *)
(*    successfully and if the flags field is set to ... STOPPED (bit 0),   *)
(*    the device is stopped" / "if the flags field is set to zero, the     *)
(*    device resumes its operation"); no other mode is in the text.        *)
(*  - power management transitions ("after the device power management    *)
(*    state transition completes"): no D-state is modelled.                *)
(*  - buffer lengths, truncation and zero-extension: data layout.          *)
(*  - VF Migration Capable: a read-only bit of the SR-IOV Capabilities     *)
(*    register in PCIe, so no driver can clear it; the model's owner       *)
(*    device has it clear, which makes that half of the driver rule        *)
(*    always true.                                                         *)
(*  - what an owner device reset does to the members: the text says        *)
(*    nothing (only "Upon device reset, all resource objects created by    *)
(*    the driver are destroyed within the device"); the model leaves the   *)
(*    members as they are.                                                 *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS
    MaxVFs,        \* TotalVFs of the owner's SR-IOV capability: the member ids the SR-IOV
                   \* group can ever have are 1..MaxVFs.
    NumAq,         \* The number of administration virtqueues: "An owner device can have
                   \* more than one administration virtqueue."
    CmdId,         \* Identities of submissions, a modelling device: each submission takes
                   \* the least unused one (FreshId), which bounds the number of
                   \* submissions.  The owner driver knows its own (Linux: the cmd
                   \* pointer is the token).
    Val,           \* The values a command writes (member configuration, device parts).
    DefaultVal,    \* "the default value" of the device parts, and of a new member's
                   \* configuration.  No driver writes it.
    DeviceGroups,  \* The group types the owner device supports: {"sriov"} for a 1.3
                   \* device (group_type in 1.3: "1 - SR-IOV", "2-65535 - reserved");
                   \* {"self", "sriov"} for a 1.4 device ("0 - Self", "1 - SR-IOV").
    SriovOps,      \* The opcodes the device supports for the SR-IOV group (what
                   \* LIST_QUERY reports): LIST_QUERY and LIST_USE, and "CFG_WRITE" for
                   \* 1.3, "DEV_MODE_SET" and "DEV_PARTS_SET" for 1.4.
                   \* "The list of supported commands reported by the device MUST NOT
                   \* shrink (but MAY expand): after reporting a given command as supported
                   \* through VIRTIO_ADMIN_CMD_LIST_QUERY the device MUST NOT later report it
                   \* as unsupported."  A constant: the list never changes.
    NotSubmitted,  \* req[c] for an identity not yet used (a model value).
    NoResult,      \* res[c] while the device has not written status (a model value).
    NoEffect,      \* effectInc[c] when c changed nothing (history; a model value).
    NoSet,         \* lastSet[n] when no DEV_PARTS_SET succeeded for n since it was
                   \* last resumed or created (history; a model value).
    NoCap,         \* capLimit and drvCap while the driver capability is not set since the
                   \* last reset (a model value).
    DriverSync,    \* The owner driver's rule for the SR-IOV group:
                   \*  "virtio13": admin.tex (1.3 and 1.4), driver normative: "When sending
                   \*    commands with the SR-IOV group type, the driver specify a value
                   \*    for group_member_id between 1 and NumVFs inclusive, the driver
                   \*    MUST also make sure that as long as any such command is
                   \*    outstanding, VF Migration Capable is clear and VF Enable is
                   \*    set".  Outstanding ends when the device has used the buffer
                   \*    ("submitted to the device and has not yet completed processing
                   \*    by the device", LIST_USE rule).
                   \*  "none": the driver breaks that rule: it clears VF Enable whenever
                   \*    it chooses.
    Ordering,      \* Reading of the order of processing on one administration virtqueue.
                   \* Non-normative text: "It is the responsibility of the driver to
                   \* ensure strict request ordering for commands, because they will be
                   \* consumed with no order constraints."  Device normative: "The device
                   \* MUST process commands on a given administration virtqueue in the
                   \* order in which they are queued."  And 1.4 holds some answers: "the
                   \* device MUST respond to the commands VIRTIO_ADMIN_CMD_DEV_MODE_SET,
                   \* VIRTIO_ADMIN_CMD_DEV_PARTS_SET after the member device completes
                   \* FLR, if the FLR is in progress on the device when the device
                   \* receives any of these commands."
                   \*  "complete": "process ... in the order" includes completion: a held
                   \*    command holds every later command of its queue.
                   \*  "start": the device takes commands in queue order, but a held
                   \*    command does not hold later ones, which may complete first.
                   \*  "any": "consumed with no order constraints".
    SriovRuleScope, \* Reading of the SR-IOV group's device rule.  Generic rule: "otherwise,
                   \* if group_member_id is used by the specific command and is invalid,
                   \* status_qualifier MUST be set to VIRTIO_ADMIN_STATUS_Q_INVALID_MEMBER",
                   \* and for LIST_QUERY and LIST_USE "The group_member_id is unused. It is
                   \* set to zero by driver."  SR-IOV rule: "When processing a command
                   \* with the SR-IOV group type, if the device does not have an SR-IOV
                   \* Extended Capability or if VF Enable is clear then the device
                   \* MUST fail all commands with status set to VIRTIO_ADMIN_STATUS_EINVAL
                   \* and status_qualifier set to VIRTIO_ADMIN_STATUS_Q_INVALID_GROUP;
                   \* otherwise, if group_member_id is not between 1 and NumVFs inclusive,
                   \* the device MUST fail all commands with status set to
                   \* VIRTIO_ADMIN_STATUS_EINVAL and status_qualifier set to
                   \* VIRTIO_ADMIN_STATUS_Q_INVALID_MEMBER".
                   \*  "all": as written, every command of the SR-IOV group, LIST_QUERY and
                   \*    LIST_USE included.
                   \*  "memberCommands": only the commands that use group_member_id.
    UsedListOnVfDisable, \* Reading of what clearing VF Enable does to the SR-IOV group's
                   \* list of commands in use.  "the group only exists when the VF Enable
                   \* bit in the SR-IOV Control Register within the SR-IOV Extended
                   \* Capability of the owner device is set", against "After reset, if
                   \* the device supports a given group type and before receiving
                   \* VIRTIO_ADMIN_CMD_LIST_USE for this group type the device MUST assume
                   \* that the list of legal commands used by the driver consists of the
                   \* two commands VIRTIO_ADMIN_CMD_LIST_QUERY and
                   \* VIRTIO_ADMIN_CMD_LIST_USE" and "After completing
                   \* VIRTIO_ADMIN_CMD_LIST_USE successfully, the device MUST set the list
                   \* of legal commands used by the driver to the one supplied in
                   \* command_specific_data" (only a reset is said to undo it).
                   \*  "kept": the list survives VF Enable cleared and set again.
                   \*  "dropped": a group that ceased to exist starts again with the two
                   \*    list commands.
    MemberResetMode, \* Reading of what a member reset or FLR does to a stopped member.
                   \* "For the SR-IOV group type, the device MUST clear all the device
                   \* parts to the default value when the member device is reset or
                   \* undergo an PCI FLR." (the device mode is not among the parts of the
                   \* "Device parts order" table), against "When the command completes
                   \* successfully and if the flags field is set to
                   \* VIRTIO_ADMIN_CMD_DEV_MODE_F_STOPPED (bit 0), the device is stopped."
                   \* (nothing says until when).
                   \*  "kept": the member stays stopped until a DEV_MODE_SET resumes it.
                   \*  "active": a reset or FLR returns the member to operation.
    TryAgain,      \* Whether the device may answer a command it would complete
                   \* successfully with VIRTIO_ADMIN_STATUS_EAGAIN (status_qualifier
                   \* VIRTIO_ADMIN_STATUS_Q_TRYAGAIN, "command blocks for too long: should
                   \* retry") instead.
    SelfOps,       \* The opcodes the device supports for the Self group: LIST_QUERY and
                   \* LIST_USE, and for a 1.4 device with device parts the capability and
                   \* resource object commands.  "If the device supports capabilities, it
                   \* MUST support the commands VIRTIO_ADMIN_CMD_CAP_ID_LIST_QUERY,
                   \* VIRTIO_ADMIN_CMD_DRIVER_CAP_SET, and VIRTIO_ADMIN_CMD_DEVICE_CAP_GET."
                   \* "A device MUST either support all of, or none of
                   \* VIRTIO_ADMIN_CMD_DEV_PARTS_METADATA_GET, VIRTIO_ADMIN_CMD_DEV_PARTS_GET,
                   \* VIRTIO_ADMIN_CMD_DEV_PARTS_SET, VIRTIO_ADMIN_CMD_RESOURCE_OBJ_CREATE,
                   \* VIRTIO_ADMIN_CMD_RESOURCE_OBJ_DESTROY, VIRTIO_ADMIN_CMD_RESOURCE_OBJ_MODIFY
                   \* VIRTIO_ADMIN_CMD_RESOURCE_OBJ_QUERY, and VIRTIO_ADMIN_CMD_DEV_MODE_SET
                   \* commands, where resource commands apply to the resource object
                   \* VIRTIO_RESOURCE_OBJ_DEV_PARTS."  (SupportAllOrNone.)
    ObjId,         \* The resource ids of VIRTIO_RESOURCE_OBJ_DEV_PARTS objects the owner
                   \* driver may name (a bound): "a driver-assigned number in the range of 0
                   \* to limit - 1".
    PartsObjLimit, \* The device capability VIRTIO_DEV_PARTS_CAP's
                   \* set_parts_resource_objects_limit ("indicates the supported device
                   \* parts resource objects for restoring the device parts"), which
                   \* DEVICE_CAP_GET reports.  A constant: the device's capability never
                   \* changes.
    ObjRules,      \* The owner driver's rules for capabilities and resource objects:
                   \*  "virtio14": it keeps the driver-normative statements: "The driver MUST
                   \*    send the command VIRTIO_ADMIN_CMD_DRIVER_CAP_SET before using any
                   \*    resources related to such capability."; "The driver MUST NOT set
                   \*    the capability related to the resource objects if the resource
                   \*    objects have been created using the command
                   \*    VIRTIO_ADMIN_CMD_RESOURCE_OBJ_CREATE and not yet destroyed."; "The
                   \*    driver MUST not create a second resource object of the same type
                   \*    with same ID using command VIRTIO_ADMIN_CMD_RESOURCE_OBJ_CREATE
                   \*    before destroying the previously created resource object."; "The
                   \*    driver SHOULD NOT modify, query and destroy the resource object
                   \*    which is already destroyed previously by the driver."  It sends one
                   \*    command at a time for an object and waits for it (see
                   \*    DriverObjRulesKept).
                   \*  "none": it sends any capability or resource object command whenever
                   \*    it chooses.
    UnsetCapLimit  \* Reading of how many objects the device lets a driver create before
                   \* it set the driver capability.  "The device SHOULD treat the driver
                   \* resource limits as zero if the driver has not set such capability,
                   \* unless otherwise explicitly stated." against "When the device resets,
                   \* it starts with zero resources of each type; the driver can create
                   \* resources up to the published limit." (the limit the device
                   \* publishes is its capability).
                   \*  "zero": no object can be created before DRIVER_CAP_SET.
                   \*  "device": up to the device capability's limit.

ASSUME MaxVFsType   == MaxVFs \in Nat \ {0}
ASSUME NumAqType    == NumAq \in Nat \ {0}
ASSUME CmdIdType    == IsFiniteSet(CmdId) /\ CmdId \subseteq Nat
ASSUME ValType      == IsFiniteSet(Val) /\ Val # {} /\ DefaultVal \notin Val
ASSUME GroupsType   == /\ DeviceGroups \subseteq {"self", "sriov"}
                       /\ "sriov" \in DeviceGroups
ASSUME SriovOpsType == /\ {"LIST_QUERY", "LIST_USE"} \subseteq SriovOps
                       /\ SriovOps \subseteq {"LIST_QUERY", "LIST_USE", "CFG_WRITE",
                                              "DEV_MODE_SET", "DEV_PARTS_SET"}
ASSUME MarkerType   == NoResult \notin Nat /\ NoEffect \notin Nat /\ NoSet \notin Val
                       /\ NoCap \notin Nat
ASSUME ReadingsType == /\ DriverSync \in {"none", "virtio13"}
                       /\ Ordering \in {"complete", "start", "any"}
                       /\ SriovRuleScope \in {"all", "memberCommands"}
                       /\ UsedListOnVfDisable \in {"kept", "dropped"}
                       /\ MemberResetMode \in {"kept", "active"}
                       /\ TryAgain \in BOOLEAN
                       /\ ObjRules \in {"virtio14", "none"}
                       /\ UnsetCapLimit \in {"zero", "device"}
ASSUME ObjIdType    == IsFiniteSet(ObjId) /\ ObjId \subseteq Nat /\ ObjId # {}
ASSUME LimitType    == PartsObjLimit \in Nat

(* group_type: "0 - Self", "1 - SR-IOV", "2-65535 - reserved".            *)
GroupName == {"self", "sriov"}

(* opcode (admin.tex table): 0x0000 VIRTIO_ADMIN_CMD_LIST_QUERY, 0x0001    *)
(* VIRTIO_ADMIN_CMD_LIST_USE, 0x0004 VIRTIO_ADMIN_CMD_LEGACY_DEV_CFG_WRITE *)
(* (here CFG_WRITE), 0x0010 VIRTIO_ADMIN_CMD_DEV_PARTS_SET, 0x0011         *)
(* VIRTIO_ADMIN_CMD_DEV_MODE_SET.                                          *)
(* 0x0007 VIRTIO_ADMIN_CMD_CAP_ID_LIST_QUERY, 0x0008                      *)
(* VIRTIO_ADMIN_CMD_DEVICE_CAP_GET, 0x0009 VIRTIO_ADMIN_CMD_DRIVER_CAP_SET, *)
(* 0x000a VIRTIO_ADMIN_CMD_RESOURCE_OBJ_CREATE, RESOURCE_OBJ_MODIFY and    *)
(* RESOURCE_OBJ_QUERY (0x000b and 0x000c, which the opcode table and the   *)
(* commands' sections give the other way round), 0x000d                    *)
(* VIRTIO_ADMIN_CMD_RESOURCE_OBJ_DESTROY.                                  *)
ListOps   == {"LIST_QUERY", "LIST_USE"}
MemberOps == {"CFG_WRITE", "DEV_MODE_SET", "DEV_PARTS_SET"}
CapOps    == {"CAP_ID_LIST_QUERY", "DEVICE_CAP_GET", "DRIVER_CAP_SET"}
ObjOps    == {"RESOURCE_OBJ_CREATE", "RESOURCE_OBJ_MODIFY", "RESOURCE_OBJ_QUERY",
              "RESOURCE_OBJ_DESTROY"}
OpName    == ListOps \cup MemberOps \cup CapOps \cup ObjOps

(* "The device and driver capabilities commands are currently defined for *)
(* self group type."  "If the device supports capabilities, it MUST        *)
(* support the commands VIRTIO_ADMIN_CMD_CAP_ID_LIST_QUERY,                *)
(* VIRTIO_ADMIN_CMD_DRIVER_CAP_SET, and VIRTIO_ADMIN_CMD_DEVICE_CAP_GET."  *)
(* "A device MUST either support all of, or none of ... where resource     *)
(* commands apply to the resource object VIRTIO_RESOURCE_OBJ_DEV_PARTS":   *)
(* the device parts come with their capability (VIRTIO_DEV_PARTS_CAP) and  *)
(* their resource object commands, or not at all.                          *)
PartsOps == {"DEV_MODE_SET", "DEV_PARTS_SET"}
SupportAllOrNone ==
    /\ \/ CapOps \subseteq SelfOps
       \/ CapOps \cap SelfOps = {}
    /\ \/ PartsOps \subseteq SriovOps /\ ObjOps \cup CapOps \subseteq SelfOps
       \/ PartsOps \cap SriovOps = {} /\ ObjOps \cap SelfOps = {}
ASSUME SelfOpsType == /\ ListOps \subseteq SelfOps
                      /\ SelfOps \subseteq ListOps \cup CapOps \cup ObjOps
                      /\ SupportAllOrNone

(* "Commands ... VIRTIO_ADMIN_CMD_CAP_ID_LIST_QUERY ... are currently      *)
(* defined for self group type"; the Self group's commands are SelfOps,   *)
(* the capability and resource object commands among them ("virtio        *)
(* provides Device resource objects that the driver can create, modify,    *)
(* and destroy using administration commands with the self group type").  *)
(* A capability command for the SR-IOV group is not supported for it, so   *)
(* it fails validation with EINVAL: "The device MUST complete the commands *)
(* VIRTIO_ADMIN_CMD_CAP_ID_LIST_QUERY, VIRTIO_ADMIN_CMD_DRIVER_CAP_GET,    *)
(* and VIRTIO_ADMIN_CMD_DRIVER_CAP_SET with status set to                  *)
(* VIRTIO_ADMIN_STATUS_EINVAL if the commands are not for the self group   *)
(* type." / "The device SHOULD complete the commands                       *)
(* VIRTIO_ADMIN_CMD_CAP_ID_LIST_QUERY, VIRTIO_ADMIN_CMD_DRIVER_CAP_GET,    *)
(* VIRTIO_ADMIN_CMD_DRIVER_CAP_SET with status set to                      *)
(* VIRTIO_ADMIN_STATUS_EINVAL if the commands are not for the self group   *)
(* type."  "If the device supports multiple group                          *)
(* types, commands for each group type MUST operate independently of each *)
(* other, in particular, the device MAY return different results for       *)
(* VIRTIO_ADMIN_CMD_LIST_QUERY for different group types."                 *)
Supported(g) == IF g = "sriov" THEN SriovOps ELSE SelfOps

(* The member id a command is for: "The member identifier for this group   *)
(* has a value of 0x0" (Self); "A member identifier for this group can     *)
(* have a value from 0x1 to NumVFs" (SR-IOV).  0 also for the list         *)
(* commands: "The group_member_id is unused. It is set to zero by driver." *)
VF       == 1..MaxVFs
MemberId == 0..MaxVFs


(* status (decimal) and status_qualifier as the tables of admin.tex name   *)
(* them, without the VIRTIO_ADMIN_STATUS_ prefix.  "EUNNAMED" /            *)
(* "Q_UNNAMED": a failure for which the text names no status ("The device  *)
(* SHOULD respond with an error status for the command                     *)
(* VIRTIO_ADMIN_CMD_DEV_PARTS_SET if the device is not stopped"); the      *)
(* status table's last row: status "other", "group administration command *)
(* error".  ENXIO (06, "no such capability or resource"), EBUSY (16,      *)
(* "device busy"), ENOSPC (28, "resources exhausted on device") and EEXIST *)
(* (named by the resource objects' section, missing from the table) come   *)
(* with no qualifier the text names: Q_UNNAMED.                            *)
Status    == {"OK", "EAGAIN", "EINVAL", "EUNNAMED", "ENXIO", "EBUSY", "ENOSPC", "EEXIST"}
Qualifier == {"Q_OK", "Q_INVALID_OPCODE", "Q_INVALID_GROUP", "Q_INVALID_MEMBER",
              "Q_TRYAGAIN", "Q_UNNAMED"}
Result    == [status : Status, qual : Qualifier]

Modes     == {"active", "stopped"}
Resets    == {"none", "reset", "flr"}   \* a member reset or FLR in progress, or none
PartsVal  == Val \cup {DefaultVal}

(* A VIRTIO_RESOURCE_OBJ_DEV_PARTS object's resource_obj_specific_data,   *)
(* struct virtio_resource_obj_dev_parts: "#define                          *)
(* VIRTIO_RESOURCE_OBJ_DEV_PARTS_TYPE_GET 0" / "... _TYPE_SET 1"; "none":  *)
(* no object with that id.                                                  *)
ObjKind   == {"GET", "SET"}
ObjState  == ObjKind \cup {"none"}

(* The driver capability's set_parts_resource_objects_limit as the device  *)
(* holds it: NoCap when the driver has not set it since the last reset.  *)
CapVal    == 0..PartsObjLimit

-----------------------------------------------------------------------------
VARIABLES
    \* --- device: the owner's registers and state, and its members ---
    vfEnable,     \* VF Enable of the owner's SR-IOV Control Register
    numVfs,       \* NumVFs of the owner's SR-IOV capability (written while VF Enable is clear)
    needsReset,   \* DEVICE_NEEDS_RESET in the owner's device status
    listUsed,     \* [GroupName -> BOOLEAN]: whether the device's list of commands used by
                  \* the driver for the group is the one a LIST_USE supplied (TRUE) or the
                  \* two list commands assumed after reset (FALSE).  The driver's LIST_USE
                  \* supplies every supported opcode, so the list is one of the two.
    mode,         \* [VF -> Modes]: whether each member is stopped (DEV_MODE_SET)
    parts,        \* [VF -> PartsVal]: each member's device parts (one abstract value)
    cfg,          \* [VF -> PartsVal]: each member's configuration written by CFG_WRITE
    memberReset,  \* [VF -> Resets]: a reset or FLR in progress on each member
    held,         \* SUBSET CmdId: commands received and not answered, held until the
                  \* member's FLR or reset in progress at their receipt completes
    ready,        \* SUBSET CmdId: held commands whose FLR or reset has completed, not yet
                  \* answered
    objs,         \* [ObjId -> ObjState]: the VIRTIO_RESOURCE_OBJ_DEV_PARTS objects the
                  \* device holds, by resource id, with their type (GET or SET)
    capLimit,     \* CapVal \cup {NoCap}: the driver capability VIRTIO_DEV_PARTS_CAP's
                  \* set_parts_resource_objects_limit as the device holds it
    \* --- shared memory: what the owner driver wrote and the device reads, and back ---
    req,          \* [CmdId -> Req \cup {NotSubmitted}]: the device-readable part
    aq,           \* [1..NumAq -> Seq(CmdId)]: each administration virtqueue's available
                  \* buffers the device has not consumed, in queue order
    res,          \* [CmdId -> Result \cup {NoResult}]: the device-writable part
    done,         \* SUBSET CmdId: used buffers the driver has not taken yet
    \* --- the owner driver's own bookkeeping ---
    drvOut,       \* SUBSET CmdId: its commands it has not taken back from a used buffer
                  \* (nor given up in a reset)
    drvList,      \* [GroupName -> {"none", "queried", "used"}]: how far it got with
                  \* LIST_QUERY / LIST_USE for the group since the last reset
    drvMode,      \* [VF -> Modes \cup {"unknown"}]: the mode it believes each member has
    drvObjs,      \* [ObjId -> ObjState]: the resource objects it believes exist, from the
                  \* used buffers of its CREATE, MODIFY and DESTROY commands
    drvCap,       \* CapVal \cup {NoCap}: the limit its last successful DRIVER_CAP_SET set
    drvDevCap,    \* BOOLEAN: it has read the device capability (DEVICE_CAP_GET succeeded)
    \* --- history, read by the properties only, never by an action ---
    inc,          \* [VF -> Nat]: each member id's incarnation, +1 when VF Enable is set
    meantInc,     \* [CmdId -> Nat]: the incarnation of the command's member at submission
    effectInc,    \* [CmdId -> Nat \cup {NoEffect}]: the incarnation whose state (mode,
                  \* parts or configuration) the command changed
    abandoned,    \* SUBSET CmdId: commands not completed when the owner device was reset
    givenUp,      \* SUBSET CmdId: commands the owner driver had not taken back when it
                  \* reset the owner device (completed or not)
    completions,  \* [CmdId -> Nat]: how many times the device completed each command
    lastSet,      \* [VF -> PartsVal \cup {NoSet}]: the parts of the last successful
                  \* DEV_PARTS_SET since the member was last resumed or created
    staleResume,  \* SUBSET CmdId: resumes that completed successfully while the member's
                  \* parts differed from the last successful DEV_PARTS_SET
    created       \* [ObjId -> Nat]: how many times an object with each id was created

deviceVars  == <<vfEnable, numVfs, needsReset, listUsed, mode, parts, cfg, memberReset, held,
                ready, objs, capLimit>>
sharedVars  == <<req, aq, res, done>>
driverVars  == <<drvOut, drvList, drvMode, drvObjs, drvCap, drvDevCap>>
historyVars == <<inc, meantInc, effectInc, abandoned, givenUp, completions, lastSet,
                 staleResume, created>>
vars        == <<deviceVars, sharedVars, driverVars, historyVars>>

(* What each actor observes.  An action of an actor reads only these       *)
(* variables; a Device... definition called from a driver's step is the   *)
(* device's reaction to that driver's write and reads as the device.       *)
(* FreshId, the model's allocator of submission identities, is no actor's.*)
OwnerDriverView ==
    <<vfEnable, numVfs, needsReset, req, aq, res, done, driverVars>>
        \* vfEnable, numVfs: registers it writes; needsReset: the owner's device
        \* status it reads; aq: the available rings it appends to
MemberDriverView == <<vfEnable, numVfs, memberReset>>
        \* whether its function exists, and its own reset or FLR (it reads its device
        \* status back as 0, or waits out the FLR)
DeviceView == <<deviceVars, sharedVars>>

-----------------------------------------------------------------------------
(* The device-readable part of struct virtio_admin_cmd as modelled: of   *)
(* its fields opcode, group_type, reserved1[12], group_member_id and       *)
(* command_specific_data[], the reserved bytes are left out ("ignored by   *)
(* the device") and command_specific_data is two fields: val, the value    *)
(* CFG_WRITE or DEV_PARTS_SET writes (DefaultVal for other commands), and  *)
(* stop, bit 0 of DEV_MODE_SET's flags ("#define                           *)
(* VIRTIO_ADMIN_CMD_DEV_MODE_F_STOPPED 0"; FALSE: flags zero, "the device  *)
(* resumes its operation"; FALSE for other commands); obj, the id of the   *)
(* resource object header ("struct virtio_admin_cmd_resource_obj_cmd_hdr   *)
(* { le16 type; u8 reserved[2]; le32 id; }", type always                   *)
(* VIRTIO_RESOURCE_OBJ_DEV_PARTS) of the resource object commands and of   *)
(* DEV_PARTS_SET (0 for other commands); kind, the object type GET or SET *)
(* a CREATE or MODIFY supplies in resource_obj_specific_data ("none" for   *)
(* other commands); lim, the set_parts_resource_objects_limit a           *)
(* DRIVER_CAP_SET supplies (0 for other commands); and the administration  *)
(* virtqueue it was placed on.                                             *)
Req == [op : OpName, group : GroupName, member : MemberId, val : PartsVal, stop : BOOLEAN,
        obj : ObjId \cup {0}, kind : ObjState, lim : CapVal, aq : 1..NumAq]

TypeOK ==
    /\ vfEnable \in BOOLEAN
    /\ numVfs \in 0..MaxVFs
    /\ needsReset \in BOOLEAN
    /\ listUsed \in [GroupName -> BOOLEAN]
    /\ mode \in [VF -> Modes]
    /\ parts \in [VF -> PartsVal]
    /\ cfg \in [VF -> PartsVal]
    /\ memberReset \in [VF -> Resets]
    /\ held \subseteq CmdId
    /\ ready \subseteq CmdId
    /\ objs \in [ObjId -> ObjState]
    /\ capLimit \in CapVal \cup {NoCap}
    /\ req \in [CmdId -> Req \cup {NotSubmitted}]
    /\ aq \in [1..NumAq -> Seq(CmdId)]
    /\ res \in [CmdId -> Result \cup {NoResult}]
    /\ done \subseteq CmdId
    /\ drvOut \subseteq CmdId
    /\ drvList \in [GroupName -> {"none", "queried", "used"}]
    /\ drvMode \in [VF -> Modes \cup {"unknown"}]
    /\ drvObjs \in [ObjId -> ObjState]
    /\ drvCap \in CapVal \cup {NoCap}
    /\ drvDevCap \in BOOLEAN
    /\ inc \in [VF -> Nat]
    /\ meantInc \in [CmdId -> Nat]
    /\ effectInc \in [CmdId -> Nat \cup {NoEffect}]
    /\ abandoned \subseteq CmdId
    /\ givenUp \subseteq CmdId
    /\ completions \in [CmdId -> Nat]
    /\ lastSet \in [VF -> PartsVal \cup {NoSet}]
    /\ staleResume \subseteq CmdId
    /\ created \in [ObjId -> Nat]

Submitted(c) == req[c] # NotSubmitted
Completed(c) == res[c] # NoResult
InSeq(s, c)  == \E i \in 1..Len(s) : s[i] = c
Remove(s, c) == SelectSeq(s, LAMBDA x : x # c)

(* Each submission takes the least unused identity, so identity order is   *)
(* submission order (a modelling device, see CmdId).                       *)
FreshId(c) == ~Submitted(c) /\ \A d \in CmdId : d < c => Submitted(d)

(* Member n exists: "the group only exists when the VF Enable bit ... is   *)
(* set", and "A member identifier for this group can have a value from 0x1 *)
(* to NumVFs".                                                             *)
MemberExists(n) == vfEnable /\ n \in 1..numVfs

(* "if group_member_id is used by the specific command": the list commands *)
(* do not use it.                                                          *)
UsesMember(op) == op \in MemberOps

(* The commands a member's reset or FLR holds: "the device MUST respond to *)
(* the commands VIRTIO_ADMIN_CMD_DEV_MODE_SET,                             *)
(* VIRTIO_ADMIN_CMD_DEV_PARTS_SET after the member device completes FLR,   *)
(* if the FLR is in progress on the device when the device receives any of *)
(* these commands" and "the member device MUST respond to the commands     *)
(* VIRTIO_ADMIN_CMD_DEV_MODE_SET and VIRTIO_ADMIN_CMD_DEV_PARTS_SET after  *)
(* the device reset completes in the device, if the device reset is in     *)
(* progress when the device receives any of these commands".               *)
HeldOps == {"DEV_MODE_SET", "DEV_PARTS_SET"}

-----------------------------------------------------------------------------
(* The owner driver's view of its commands.                                *)

(* Submitted and not yet used by the device: it reads the used ring, so it *)
(* observes completion before it takes the buffer back.                    *)
DriverOutstanding == {c \in drvOut : c \notin done}

(* Its outstanding commands of group g, or with opcode in O for member n.  *)
DriverOutstandingIn(g) == {c \in DriverOutstanding : req[c].group = g}
DriverPendingFor(n, O) ==
    {c \in drvOut : req[c].group = "sriov" /\ req[c].member = n /\ req[c].op \in O}

(* The objects it believes to be of type SET, and the one its              *)
(* DEV_PARTS_SET names (the least): "Before performing any get or set      *)
(* operation for the device parts, the driver creates the device parts     *)
(* resource object VIRTIO_RESOURCE_OBJ_DEV_PARTS using the administration *)
(* command VIRTIO_ADMIN_CMD_RESOURCE_OBJ_CREATE."                          *)
DriverSetObjs == {o \in ObjId : drvObjs[o] = "SET"}
PartsObj == CHOOSE o \in DriverSetObjs : \A p \in DriverSetObjs : o <= p

(* Its commands not taken back that act on object o (resource object       *)
(* commands), or that use it (DEV_PARTS_SET too).                           *)
DriverObjPending(o) == {d \in drvOut : req[d].op \in ObjOps /\ req[d].obj = o}
DriverObjInUse(o) ==
    {d \in drvOut : req[d].op \in ObjOps \cup {"DEV_PARTS_SET"} /\ req[d].obj = o}

(* Under "virtio14", DRIVER_CAP_SET only while no object exists and no     *)
(* command related to the capability is pending: "The driver MUST NOT set *)
(* the capability related to the resource objects if the resource objects *)
(* have been created using the command VIRTIO_ADMIN_CMD_RESOURCE_OBJ_CREATE *)
(* and not yet destroyed."; "The driver MUST NOT disable any of the driver *)
(* capability using the command VIRTIO_ADMIN_CMD_DRIVER_CAP_SET when      *)
(* related resource objects are created but not destroyed."; "The driver  *)
(* is allowed to set the capability at any time, provided there are no    *)
(* pending operations at the device level associated with that            *)
(* capability."                                                            *)
DriverCapRulesKept ==
    /\ \A o \in ObjId : drvObjs[o] = "none" /\ DriverObjInUse(o) = {}
    /\ \A d \in drvOut : req[d].op # "DRIVER_CAP_SET"

(* Under "virtio14", a resource object command for id o only after a       *)
(* successful DRIVER_CAP_SET whose limit makes o valid, and one command at *)
(* a time per object, for an object it believes to exist (CREATE: not to   *)
(* exist): "The driver MUST send the command VIRTIO_ADMIN_CMD_DRIVER_CAP_SET *)
(* before using any resources related to such capability." / "The driver  *)
(* MUST send the command VIRTIO_ADMIN_CMD_DRIVER_CAP_SET before using any  *)
(* resource objects that depend on such a capability."; "Each resource    *)
(* object has a unique resource object ID - a driver-assigned number in    *)
(* the range of 0 to limit - 1, where the limit is the maximum number set  *)
(* by the driver for this resource object type."; "The driver MUST NOT     *)
(* create more resource objects of a specified type using command          *)
(* VIRTIO_ADMIN_CMD_RESOURCE_OBJ_CREATE than the maximum limit set by the  *)
(* driver capability."; "The driver MUST not create a second resource      *)
(* object of the same type with same ID using command                      *)
(* VIRTIO_ADMIN_CMD_RESOURCE_OBJ_CREATE before destroying the previously   *)
(* created resource object."; "The driver SHOULD NOT modify, query and     *)
(* destroy the resource object which is already destroyed previously by   *)
(* the driver."  A DESTROY waits for the DEV_PARTS_SETs that name the      *)
(* object ("the driver can wait for the processing of a first command by   *)
(* the device to be completed before submitting another command depending *)
(* on the first one").                                                     *)
DriverObjRulesKept(op, o) ==
    /\ drvCap # NoCap
    /\ o < drvCap
    /\ \A d \in drvOut : req[d].op # "DRIVER_CAP_SET"
    /\ DriverObjInUse(o) = {}
    /\ IF op = "RESOURCE_OBJ_CREATE" THEN drvObjs[o] = "none" ELSE drvObjs[o] # "none"

-----------------------------------------------------------------------------
(* The device's validation of a request r, from its own state: the         *)
(* status_qualifier it must set, or "Q_OK" if r passes.  "The device MUST  *)
(* validate opcode, group_type and group_member_id, and if any of these    *)
(* has an invalid or unsupported value, set status to                      *)
(* VIRTIO_ADMIN_STATUS_EINVAL and set status_qualifier accordingly:        *)
(*  - if group_type is invalid, status_qualifier MUST be set to            *)
(*    VIRTIO_ADMIN_STATUS_Q_INVALID_GROUP;                                 *)
(*  - otherwise, if opcode is invalid, status_qualifier MUST be set to     *)
(*    VIRTIO_ADMIN_STATUS_Q_INVALID_OPCODE;                                *)
(*  - otherwise, if group_member_id is used by the specific command and is *)
(*    invalid, status_qualifier MUST be set to                             *)
(*    VIRTIO_ADMIN_STATUS_Q_INVALID_MEMBER."                               *)
(* "The device MUST validate commands against the list used by the driver *)
(* and MUST fail any commands not in the list with status set to           *)
(* VIRTIO_ADMIN_STATUS_EINVAL and status_qualifier set to                  *)
(* VIRTIO_ADMIN_STATUS_Q_INVALID_OPCODE."  The SR-IOV rule (see            *)
(* SriovRuleScope) is the group's clause of the first and third items.     *)
UsedOps(g) == IF listUsed[g] THEN Supported(g) ELSE ListOps

SriovRuleApplies(r) == SriovRuleScope = "all" \/ UsesMember(r.op)

DeviceValidates(r) ==
    CASE r.group \notin DeviceGroups                                  -> "Q_INVALID_GROUP"
      [] r.group = "sriov" /\ SriovRuleApplies(r) /\ ~vfEnable        -> "Q_INVALID_GROUP"
      [] r.op \notin Supported(r.group) \/ r.op \notin UsedOps(r.group) -> "Q_INVALID_OPCODE"
      [] r.group = "self" /\ UsesMember(r.op) /\ r.member # 0          -> "Q_INVALID_MEMBER"
      [] r.group = "sriov" /\ SriovRuleApplies(r) /\ r.member \notin 1..numVfs
                                                                      -> "Q_INVALID_MEMBER"
      [] OTHER                                                        -> "Q_OK"

(* A success, and a failure with the status given and no qualifier the     *)
(* text names.                                                             *)
OkResult == [status |-> "OK", qual |-> "Q_OK"]
Failed(status) == [status |-> status, qual |-> "Q_UNNAMED"]

(* The number of resource objects the device lets the driver create: the  *)
(* driver capability's limit once set ("When a capability represents a     *)
(* number of resource objects, the device SHOULD allow creating as many    *)
(* resource objects as represented by the driver capability"), and before  *)
(* that as UnsetCapLimit reads "The device SHOULD treat the driver         *)
(* resource limits as zero if the driver has not set such capability,     *)
(* unless otherwise explicitly stated."                                    *)
ObjLimit ==
    IF capLimit # NoCap THEN capLimit
    ELSE IF UnsetCapLimit = "zero" THEN 0 ELSE PartsObjLimit

(* The outcome of a capability or resource object command r that passed   *)
(* validation:                                                             *)
(*  - DRIVER_CAP_SET: "The device MAY complete the command                 *)
(*    VIRTIO_ADMIN_CMD_DRIVER_CAP_SET with status set to                   *)
(*    VIRTIO_ADMIN_STATUS_EINVAL, if the capability resource object limit  *)
(*    is larger than the value reported by the device's capability" and    *)
(*    "The device SHOULD complete the command                              *)
(*    VIRTIO_ADMIN_CMD_DRIVER_CAP_SET with status set to                   *)
(*    VIRTIO_ADMIN_STATUS_EBUSY if the command requests to disable a       *)
(*    capability while the device still has valid resource objects related *)
(*    to the capability being disabled" (a limit of zero disables it);     *)
(*    otherwise "the device MUST support the setting of resource object    *)
(*    limit driver capability to a value that is same as or smaller than   *)
(*    the one reported in the device capability".                          *)
(*  - RESOURCE_OBJ_CREATE: "The device SHOULD complete the command         *)
(*    VIRTIO_ADMIN_CMD_RESOURCE_OBJ_CREATE with status set to              *)
(*    VIRTIO_ADMIN_STATUS_EEXIST if a resource object already exists with  *)
(*    supplied resource id for the specified type."; an id not below the   *)
(*    limit ("A valid resource object id is limit - 1", "the valid         *)
(*    resource object id range for the device and the driver is 0 to 7")   *)
(*    fails as "The device SHOULD set status to VIRTIO_ADMIN_STATUS_ENOSPC *)
(*    for the command VIRTIO_ADMIN_CMD_RESOURCE_OBJ_CREATE if the device   *)
(*    fail to create the resource object." (the text names no status for   *)
(*    an id out of range); otherwise it succeeds: "The device MUST allow   *)
(*    recreating the resource object using the command                     *)
(*    VIRTIO_ADMIN_CMD_RESOURCE_OBJ_CREATE which was previously destroyed  *)
(*    using the command VIRTIO_ADMIN_CMD_RESOURCE_OBJ_DESTROY respectively *)
(*    without undergoing a device reset." and "The device SHOULD allow     *)
(*    creating the resource object using the command                       *)
(*    VIRTIO_ADMIN_CMD_RESOURCE_OBJ_CREATE with any resource id as long as *)
(*    the resource object is not created."  The model's device does not    *)
(*    use "The device MAY fail the command                                 *)
(*    VIRTIO_ADMIN_CMD_RESOURCE_OBJ_CREATE even if the resources within    *)
(*    the device have not reached up to the max_limit".                    *)
(*  - RESOURCE_OBJ_MODIFY, _QUERY, _DESTROY: "The device SHOULD complete   *)
(*    the commands VIRTIO_ADMIN_CMD_RESOURCE_OBJ_MODIFY,                   *)
(*    VIRTIO_ADMIN_CMD_RESOURCE_QUERY and                                  *)
(*    VIRTIO_ADMIN_CMD_RESOURCE_OBJ_DESTROY with status set to             *)
(*    VIRTIO_ADMIN_STATUS_ENXIO if the specified resource object does not  *)
(*    exist."  Their EBUSY ("if other resource objects depend on the       *)
(*    resource object being modified or destroyed") never applies: no      *)
(*    object depends on a VIRTIO_RESOURCE_OBJ_DEV_PARTS object.             *)
(*  - CAP_ID_LIST_QUERY and DEVICE_CAP_GET succeed: the one capability     *)
(*    modelled is always reported.                                         *)
CapObjOutcome(r) ==
    CASE r.op = "DRIVER_CAP_SET" /\ r.lim > PartsObjLimit       -> Failed("EINVAL")
      [] r.op = "DRIVER_CAP_SET" /\ r.lim = 0
                                /\ \E o \in ObjId : objs[o] # "none" -> Failed("EBUSY")
      [] r.op = "RESOURCE_OBJ_CREATE" /\ objs[r.obj] # "none"     -> Failed("EEXIST")
      [] r.op = "RESOURCE_OBJ_CREATE" /\ r.obj >= ObjLimit        -> Failed("ENOSPC")
      [] r.op \in ObjOps \ {"RESOURCE_OBJ_CREATE"} /\ objs[r.obj] = "none"
                                                                  -> Failed("ENXIO")
      [] OTHER                                                    -> OkResult

(* The result of a command that passed validation, before a possible       *)
(* EAGAIN: DEV_PARTS_SET to a member that is not stopped fails ("The       *)
(* device SHOULD respond with an error status ... if the device is not     *)
(* stopped"; no status named), everything else succeeds. The device        *)
(* supports DEV_PARTS_SET any number of times: "The device MUST support    *)
(* the command VIRTIO_ADMIN_CMD_DEV_PARTS_SET, allowing the same or        *)
(* different device parts to be set multiple times."  A LIST_USE that      *)
(* passes validation succeeds, after a reset too: "after a device or       *)
(* system reset the device SHOULD complete successfully any following      *)
(* calls to VIRTIO_ADMIN_CMD_LIST_USE with the same list of commands".     *)
(* DEV_PARTS_SET names its device parts resource object: "The resource     *)
(* object type in the hdr is set to VIRTIO_RESOURCE_OBJ_DEV_PARTS and id   *)
(* is set to the ID of the device parts resource object."; "When type is  *)
(* set to VIRTIO_RESOURCE_OBJ_DEV_PARTS_TYPE_SET, the driver can use the  *)
(* object to restore the device parts."  It fails if that object is not   *)
(* one of type SET (the text names no status) or the member is not        *)
(* stopped.                                                                *)
Outcome(r) ==
    CASE r.op \in CapOps \cup ObjOps -> CapObjOutcome(r)
      [] r.op = "DEV_PARTS_SET" /\ (mode[r.member] # "stopped" \/ objs[r.obj] # "SET")
                                                              -> Failed("EUNNAMED")
      [] OTHER                                                -> OkResult

(* The results the device may write for request r: the validation's        *)
(* EINVAL, else the outcome; under TryAgain a success may instead be       *)
(* EAGAIN, which "MUST NOT have any side effects, making it safe to        *)
(* retry".  "When status is VIRTIO_ADMIN_STATUS_OK, status_qualifier is    *)
(* reserved and set to zero by the device."                                *)
Results(r) ==
    LET q == DeviceValidates(r) IN
    IF q # "Q_OK" THEN {[status |-> "EINVAL", qual |-> q]}
    ELSE IF Outcome(r) = OkResult /\ TryAgain
         THEN {OkResult, [status |-> "EAGAIN", qual |-> "Q_TRYAGAIN"]}
         ELSE {Outcome(r)}

(* The device completes command c with result o: it writes status and      *)
(* status_qualifier, uses the buffer, and applies the command's effect iff *)
(* o is OK ("If a command fails, the device state generally SHOULD NOT     *)
(* change, as far as possible.").  "If status is set to                    *)
(* VIRTIO_ADMIN_STATUS_EINVAL, the device state MUST NOT change"; "When    *)
(* the command fails with a status other than VIRTIO_ADMIN_STATUS_OK, the  *)
(* device does not have any side effects" (DEV_PARTS_SET); "If the command *)
(* completes with an error, it does not produce any side effects on the    *)
(* device" (DEV_MODE_SET).  Effects:                                       *)
(*  - LIST_USE: "After completing VIRTIO_ADMIN_CMD_LIST_USE successfully,  *)
(*    the device MUST set the list of legal commands used by the driver to *)
(*    the one supplied in command_specific_data."                          *)
(*  - DEV_MODE_SET: "if the flags field is set to                          *)
(*    VIRTIO_ADMIN_CMD_DEV_MODE_F_STOPPED (bit 0), the device is stopped"; *)
(*    "if the flags field is set to zero, the device resumes its           *)
(*    operation".  Idempotent: "When the flags is set to                   *)
(*    VIRTIO_ADMIN_CMD_DEV_MODE_FLAGS_STOPPED in the command               *)
(*    VIRTIO_ADMIN_CMD_DEV_MODE_SET, and if the device is already stopped  *)
(*    before, the device MUST complete the command successfully." and      *)
(*    "When the VIRTIO_ADMIN_CMD_DEV_MODE_FLAGS_STOPPED flags clear, in    *)
(*    the command VIRTIO_ADMIN_CMD_DEV_MODE_SET, and if the device is not  *)
(*    stopped before, the device MUST complete the command successfully."  *)
(*  - DEV_PARTS_SET: "When the command completes successfully, the device  *)
(*    has updated device parts to the value supplied".                     *)
(*  - CFG_WRITE: writes the member's configuration.                        *)
(*  - DRIVER_CAP_SET: "When the command completes successfully, the driver *)
(*    capability is updated to the values supplied in cap_specific_data."  *)
(*  - RESOURCE_OBJ_CREATE: "When the command completes successfully, the   *)
(*    resource object is created by the device and the device can          *)
(*    immediately begin using it."                                         *)
(*  - RESOURCE_OBJ_MODIFY: "When the command completes successfully,       *)
(*    attributes of the resource object is set to the values supplied in   *)
(*    resource_obj_specific_data." and "The device MUST NOT have any side  *)
(*    effects on the resource object when the command                      *)
(*    VIRTIO_ADMIN_CMD_RESOURCE_OBJ_MODIFY fails."                         *)
(*  - RESOURCE_OBJ_DESTROY: "When the command completes successfully, the  *)
(*    resource object is destroyed from the device."                       *)
(*  - RESOURCE_OBJ_QUERY changes nothing; what it returns is objs[r.obj],  *)
(*    the type of the last CREATE or MODIFY: "The device MUST complete the *)
(*    command VIRTIO_ADMIN_CMD_RESOURCE_OBJ_QUERY with                     *)
(*    resource_obj_specific_data which is matching the                     *)
(*    resource_obj_specific_data of last                                   *)
(*    VIRTIO_ADMIN_CMD_RESOURCE_OBJ_CREATE or                              *)
(*    VIRTIO_ADMIN_CMD_RESOURCE_OBJ_MODIFY command."                       *)
DeviceCompletes(c, o) ==
    LET r  == req[c]
        n  == r.member
        ok == o.status = "OK"
    IN /\ res' = [res EXCEPT ![c] = o]
       /\ done' = done \cup {c}
       /\ listUsed' = IF ok /\ r.op = "LIST_USE"
                      THEN [listUsed EXCEPT ![r.group] = TRUE] ELSE listUsed
       /\ mode' = IF ok /\ r.op = "DEV_MODE_SET"
                  THEN [mode EXCEPT ![n] = IF r.stop THEN "stopped" ELSE "active"]
                  ELSE mode
       /\ parts' = IF ok /\ r.op = "DEV_PARTS_SET"
                   THEN [parts EXCEPT ![n] = r.val] ELSE parts
       /\ cfg' = IF ok /\ r.op = "CFG_WRITE" THEN [cfg EXCEPT ![n] = r.val] ELSE cfg
       /\ capLimit' = IF ok /\ r.op = "DRIVER_CAP_SET" THEN r.lim ELSE capLimit
       /\ objs' = IF ok /\ r.op \in {"RESOURCE_OBJ_CREATE", "RESOURCE_OBJ_MODIFY"}
                  THEN [objs EXCEPT ![r.obj] = r.kind]
                  ELSE IF ok /\ r.op = "RESOURCE_OBJ_DESTROY"
                  THEN [objs EXCEPT ![r.obj] = "none"]
                  ELSE objs
       \* history
       /\ completions' = [completions EXCEPT ![c] = @ + 1]
       /\ effectInc' = IF /\ ok /\ r.op \in MemberOps
                          /\ <<mode'[n], parts'[n], cfg'[n]>> # <<mode[n], parts[n], cfg[n]>>
                       THEN [effectInc EXCEPT ![c] = inc[n]] ELSE effectInc
       /\ lastSet' = IF ok /\ r.op = "DEV_PARTS_SET" THEN [lastSet EXCEPT ![n] = r.val]
                     ELSE IF ok /\ r.op = "DEV_MODE_SET" /\ ~r.stop
                     THEN [lastSet EXCEPT ![n] = NoSet]
                     ELSE lastSet
       /\ staleResume' = IF /\ ok /\ r.op = "DEV_MODE_SET" /\ ~r.stop
                            /\ lastSet[n] # NoSet /\ parts[n] # lastSet[n]
                         THEN staleResume \cup {c} ELSE staleResume
       /\ created' = IF ok /\ r.op = "RESOURCE_OBJ_CREATE"
                     THEN [created EXCEPT ![r.obj] = @ + 1] ELSE created

(* Device reactions to register writes.                                    *)

(* VF Enable cleared: the members cease to exist; commands still held for  *)
(* them may be answered (no FLR or reset is in progress any more).  Under  *)
(* "dropped" the SR-IOV group's used list starts again.                    *)
DeviceRemovesMembers ==
    /\ memberReset' = [n \in VF |-> "none"]
    /\ held' = {}
    /\ ready' = ready \cup held
    /\ listUsed' = IF UsedListOnVfDisable = "dropped"
                   THEN [listUsed EXCEPT !["sriov"] = FALSE] ELSE listUsed

(* VF Enable set with NumVFs = k: members 1..k appear as new functions, in *)
(* their reset state (PCIe: a VF comes up as after an FLR): operating,     *)
(* default parts and configuration.                                        *)
DeviceCreatesMembers(k) ==
    /\ mode' = [n \in VF |-> "active"]
    /\ parts' = [n \in VF |-> DefaultVal]
    /\ cfg' = [n \in VF |-> DefaultVal]
    \* history
    /\ inc' = [n \in VF |-> IF n <= k THEN inc[n] + 1 ELSE inc[n]]
    /\ lastSet' = [n \in VF |-> NoSet]

(* The owner device is reset (device status written 0): "A device MUST     *)
(* reinitialize device status to 0 after receiving a reset" and "MUST NOT  *)
(* send notifications or interact with the queues after indicating         *)
(* completion of the reset": every buffer on its administration            *)
(* virtqueues, held or not, is dropped unanswered.  "After reset ... the    *)
(* device MUST assume that the list of legal commands used by the driver   *)
(* consists of the two commands".  The members are left as they are (the   *)
(* text says nothing).  "Upon device reset, all resource objects created  *)
(* by the driver are destroyed within the device." / "On device reset,    *)
(* the device MUST destroy all the resource objects which have been       *)
(* created." and "Upon a device reset, the device MUST reset all driver    *)
(* capabilities."                                                          *)
DeviceResetsOwner ==
    /\ needsReset' = FALSE
    /\ objs' = [o \in ObjId |-> "none"]
    /\ capLimit' = NoCap
    /\ listUsed' = [g \in GroupName |-> FALSE]
    /\ held' = {}
    /\ ready' = {}
    /\ aq' = [q \in 1..NumAq |-> <<>>]
    /\ done' = {}

-----------------------------------------------------------------------------
(* Initial state: the owner device live (DRIVER_OK), VF Enable set with    *)
(* NumVFs = MaxVFs, every member new and operating.  listed: whether the   *)
(* owner driver has already done LIST_QUERY and LIST_USE for every group   *)
(* it uses (the state Init reaches by LIST_QUERY, its completion,          *)
(* LIST_USE, its completion, for each group: Linux's                       *)
(* vp_modern_avq_activate at DRIVER_OK); Init is the state before.         *)
(* prepared (with listed, on a device with the resource object commands): *)
(* it has also read the device capability (DEVICE_CAP_GET), set the driver *)
(* capability to it (DRIVER_CAP_SET) and created the device parts object   *)
(* of type SET with the least id (RESOURCE_OBJ_CREATE), each completed.    *)
PreparedObj == CHOOSE o \in ObjId : \A p \in ObjId : o <= p

InitFrom(listed, prepared) ==
    /\ vfEnable = TRUE
    /\ numVfs = MaxVFs
    /\ needsReset = FALSE
    /\ listUsed = [g \in GroupName |-> listed /\ g \in DeviceGroups]
    /\ mode = [n \in VF |-> "active"]
    /\ parts = [n \in VF |-> DefaultVal]
    /\ cfg = [n \in VF |-> DefaultVal]
    /\ memberReset = [n \in VF |-> "none"]
    /\ held = {}
    /\ ready = {}
    /\ objs = [o \in ObjId |-> IF prepared /\ o = PreparedObj THEN "SET" ELSE "none"]
    /\ capLimit = IF prepared THEN PartsObjLimit ELSE NoCap
    /\ req = [c \in CmdId |-> NotSubmitted]
    /\ aq = [q \in 1..NumAq |-> <<>>]
    /\ res = [c \in CmdId |-> NoResult]
    /\ done = {}
    /\ drvOut = {}
    /\ drvList = [g \in GroupName |-> IF listed /\ g \in DeviceGroups THEN "used" ELSE "none"]
    /\ drvMode = [n \in VF |-> "active"]
    /\ drvObjs = objs
    /\ drvCap = capLimit
    /\ drvDevCap = prepared
    /\ inc = [n \in VF |-> 1]
    /\ meantInc = [c \in CmdId |-> 0]
    /\ effectInc = [c \in CmdId |-> NoEffect]
    /\ abandoned = {}
    /\ givenUp = {}
    /\ completions = [c \in CmdId |-> 0]
    /\ lastSet = [n \in VF |-> NoSet]
    /\ staleResume = {}
    /\ created = [o \in ObjId |-> IF prepared /\ o = PreparedObj THEN 1 ELSE 0]

Init == InitFrom(FALSE, FALSE)

-----------------------------------------------------------------------------
(* The request a driver writes (Req).                                      *)
Request(op, g, n, v, stop, o, k, l, q) ==
    [op |-> op, group |-> g, member |-> n, val |-> v, stop |-> stop, obj |-> o, kind |-> k,
     lim |-> l, aq |-> q]

(* Owner driver: what every submission of command c needs: the next       *)
(* identity, and no DEVICE_NEEDS_RESET seen ("The driver SHOULD NOT rely   *)
(* on completion of operations of a device if DEVICE_NEEDS_RESET is set"). *)
DriverMaySubmit(c) == FreshId(c) /\ ~needsReset

(* Owner driver: a command other than LIST_QUERY and LIST_USE for group g: *)
(* "The driver MUST issue VIRTIO_ADMIN_CMD_LIST_USE and wait for it to be  *)
(* completed with status VIRTIO_ADMIN_STATUS_OK before issuing any         *)
(* commands (except for the initial VIRTIO_ADMIN_CMD_LIST_QUERY and        *)
(* VIRTIO_ADMIN_CMD_LIST_USE)."                                            *)
DriverListUsed(g) ==
    /\ drvList[g] = "used"
    /\ \A d \in DriverOutstandingIn(g) : req[d].op # "LIST_USE"

(* Owner driver: it places request r as command c on its queue r.aq.  A     *)
(* submission changes the shared memory and its own list of commands.      *)
DriverPlaces(c, r) ==
    /\ req' = [req EXCEPT ![c] = r]
    /\ aq' = [aq EXCEPT ![r.aq] = Append(@, c)]
    /\ drvOut' = drvOut \cup {c}
    /\ meantInc' = [meantInc EXCEPT ![c] = IF r.member \in VF THEN inc[r.member] ELSE 0]
    /\ UNCHANGED <<deviceVars, res, done, drvList, drvMode, drvObjs, drvCap, drvDevCap, inc,
                   effectInc, abandoned, givenUp, completions, lastSet, staleResume, created>>

(* Owner driver: it places command c on administration virtqueue q: opcode *)
(* op for group g and member n, writing value v or stopping (stop).  "The driver enqueues      *)
(* requests to an arbitrary administration virtqueue".  It keeps the       *)
(* driver-normative statements:                                            *)
(*  - LIST_QUERY first: "The driver issues the command                     *)
(*    VIRTIO_ADMIN_CMD_LIST_QUERY to query the list of commands valid for  *)
(*    this group and before sending any commands for any member of a       *)
(*    group."  Its member id: "The group_member_id is unused. It is set to *)
(*    zero by driver."                                                     *)
(*  - LIST_USE: "The driver MUST NOT request (via                          *)
(*    VIRTIO_ADMIN_CMD_LIST_USE) the use of any commands not previously    *)
(*    reported as supported for the same group type by                     *)
(*    VIRTIO_ADMIN_CMD_LIST_QUERY" and "MUST NOT issue                     *)
(*    VIRTIO_ADMIN_CMD_LIST_USE commands if any other command has been     *)
(*    submitted to the device and has not yet completed processing by the  *)
(*    device."  It requests every supported command.                       *)
(*  - other commands: "The driver MUST issue VIRTIO_ADMIN_CMD_LIST_USE and *)
(*    wait for it to be completed with status VIRTIO_ADMIN_STATUS_OK       *)
(*    before issuing any commands (except for the initial                  *)
(*    VIRTIO_ADMIN_CMD_LIST_QUERY and VIRTIO_ADMIN_CMD_LIST_USE)."         *)
(*  - SR-IOV: a member between 1 and NumVFs, with VF Enable set (registers *)
(*    it wrote); see DriverSync.                                           *)
(*  - DEV_PARTS_SET: "The driver MUST set the mode to                      *)
(*    VIRTIO_ADMIN_CMD_DEV_MODE_F_STOPPED in the command                   *)
(*    VIRTIO_ADMIN_CMD_DEV_MODE_SET before setting parts using the command *)
(*    VIRTIO_ADMIN_CMD_DEV_PARTS_SET": it believes the member stopped.     *)
(*  - a command that depends on another waits for it: "if consistency is  *)
(*    required then the driver can wait for the processing of a first      *)
(*    command by the device to be completed before submitting another      *)
(*    command depending on the first one."  It has at most one DEV_MODE_SET*)
(*    or DEV_PARTS_SET for a member unreaped, which also makes the         *)
(*    ordering readings differ only across members.                        *)
(*  - the same, across queues: "If multiple administration virtqueues have *)
(*    been configured, the driver MUST ensure ordering for commands placed *)
(*    on different administration virtqueues."                             *)
(*  - discovery: it may send LIST_QUERY for a group type the device does   *)
(*    not support ("The driver MAY discover whether device supports a      *)
(*    specific group type by issuing VIRTIO_ADMIN_CMD_LIST_QUERY with the  *)
(*    matching group_type").                                               *)
(* It submits nothing while it sees DEVICE_NEEDS_RESET ("The driver SHOULD *)
(* NOT rely on completion of operations of a device if DEVICE_NEEDS_RESET  *)
(* is set").                                                               *)
DriverSubmit(c, q, g, op, n, v, stop) ==
    /\ DriverMaySubmit(c)
    /\ op \in (ListOps \cup MemberOps) \cap Supported(g)
    /\ CASE op = "LIST_QUERY" -> n = 0
         [] op = "LIST_USE"   -> /\ n = 0
                                 /\ drvList[g] \in {"queried", "used"}
                                 /\ DriverOutstanding = {}
         [] OTHER             -> DriverListUsed(g)
    /\ g = "sriov" => /\ vfEnable
                      /\ op \in MemberOps => n \in 1..numVfs
    /\ g = "self" => n = 0
    /\ v \in IF op \in {"CFG_WRITE", "DEV_PARTS_SET"} THEN Val ELSE {DefaultVal}
    /\ stop => op = "DEV_MODE_SET"
    /\ op = "DEV_MODE_SET"  => DriverPendingFor(n, HeldOps) = {}
    /\ op = "DEV_PARTS_SET" => /\ drvMode[n] = "stopped"
                               /\ DriverPendingFor(n, HeldOps) = {}
                               /\ DriverSetObjs # {}
                               /\ DriverObjPending(PartsObj) = {}
    /\ DriverPlaces(c, Request(op, g, n, v, stop,
                               IF op = "DEV_PARTS_SET" THEN PartsObj ELSE 0, "none", 0, q))

(* Owner driver: it places capability command op on queue q; a            *)
(* DRIVER_CAP_SET sets the limit l.  "The device and driver capabilities   *)
(* commands are currently defined for self group type." and for each      *)
(* "group_member_id is set to zero".  It never sets a limit above the      *)
(* device's: "In VIRTIO_ADMIN_CMD_DRIVER_CAP_SET command, the driver MUST  *)
(* NOT set the resource object limit value larger than the value reported  *)
(* by the device in the command VIRTIO_ADMIN_CMD_DEVICE_CAP_GET"; under   *)
(* "virtio14" it has read that value first and keeps the rules of         *)
(* DriverCapRulesKept.                                                     *)
DriverSubmitCap(c, q, op, l) ==
    /\ DriverMaySubmit(c)
    /\ op \in CapOps \cap Supported("self")
    /\ DriverListUsed("self")
    /\ l \in IF op = "DRIVER_CAP_SET" THEN CapVal ELSE {0}
    /\ ObjRules = "virtio14" /\ op = "DRIVER_CAP_SET" => /\ drvDevCap
                                                        /\ DriverCapRulesKept
    /\ DriverPlaces(c, Request(op, "self", 0, DefaultVal, FALSE, 0, "none", l, q))

(* Owner driver: it places resource object command op for the             *)
(* VIRTIO_RESOURCE_OBJ_DEV_PARTS object with id o on queue q; a CREATE or  *)
(* MODIFY supplies type k.  The resource object commands go to the Self    *)
(* group: "virtio provides Device resource objects that the driver can     *)
(* create, modify, and destroy using administration commands with the     *)
(* self group type"; "group_member_id is set to zero for self-group type". *)
(* Under "virtio14" it keeps DriverObjRulesKept.                           *)
DriverSubmitObj(c, q, op, o, k) ==
    /\ DriverMaySubmit(c)
    /\ op \in ObjOps \cap Supported("self")
    /\ DriverListUsed("self")
    /\ o \in ObjId
    /\ k \in IF op \in {"RESOURCE_OBJ_CREATE", "RESOURCE_OBJ_MODIFY"} THEN ObjKind ELSE {"none"}
    /\ ObjRules = "virtio14" => DriverObjRulesKept(op, o)
    /\ DriverPlaces(c, Request(op, "self", 0, DefaultVal, FALSE, o, k, 0, q))

(* Owner driver: it takes back the used buffer of its command c and reads  *)
(* status.  A successful LIST_QUERY or LIST_USE advances its list state;   *)
(* a successful DEV_MODE_SET becomes its view of the member's mode; a      *)
(* successful CREATE, MODIFY or DESTROY its view of the object, a          *)
(* successful DRIVER_CAP_SET its view of the capability; after a          *)
(* successful DEVICE_CAP_GET it knows the device capability.  A            *)
(* failed command changed nothing ("If status is set to                    *)
(* VIRTIO_ADMIN_STATUS_EINVAL, the device state MUST NOT change"); after   *)
(* EAGAIN it may submit the command again ("The driver SHOULD retry a      *)
(* command that completed with status VIRTIO_ADMIN_STATUS_EAGAIN").        *)
(* It handles every status other than OK alike, and every qualifier of a   *)
(* failure alike: "The driver MUST handle a command error with a reserved  *)
(* status value in the same way as status set to                           *)
(* VIRTIO_ADMIN_STATUS_EINVAL (except possibly for different error         *)
(* reporting/diagnostic messages)." and "The driver MUST handle a command  *)
(* error with a reserved status_qualifier value in the same way as         *)
(* status_qualifier set to VIRTIO_ADMIN_STATUS_Q_INVALID_COMMAND (except   *)
(* possibly for different error reporting/diagnostic messages)."           *)
DriverCollect(c) ==
    /\ c \in done
    /\ LET r  == req[c]
           ok == res[c].status = "OK"
       IN /\ drvList' = IF ok /\ r.op = "LIST_QUERY" /\ drvList[r.group] = "none"
                        THEN [drvList EXCEPT ![r.group] = "queried"]
                        ELSE IF ok /\ r.op = "LIST_USE"
                        THEN [drvList EXCEPT ![r.group] = "used"]
                        ELSE drvList
          /\ drvMode' = IF ok /\ r.op = "DEV_MODE_SET"
                        THEN [drvMode EXCEPT ![r.member] =
                                IF r.stop THEN "stopped" ELSE "active"]
                        ELSE drvMode
          /\ drvObjs' = IF ok /\ r.op \in {"RESOURCE_OBJ_CREATE", "RESOURCE_OBJ_MODIFY"}
                        THEN [drvObjs EXCEPT ![r.obj] = r.kind]
                        ELSE IF ok /\ r.op = "RESOURCE_OBJ_DESTROY"
                        THEN [drvObjs EXCEPT ![r.obj] = "none"]
                        ELSE drvObjs
          /\ drvCap' = IF ok /\ r.op = "DRIVER_CAP_SET" THEN r.lim ELSE drvCap
          /\ drvDevCap' = (drvDevCap \/ (ok /\ r.op = "DEVICE_CAP_GET"))
    /\ done' = done \ {c}
    /\ drvOut' = drvOut \ {c}
    /\ UNCHANGED <<deviceVars, req, aq, res, historyVars>>

(* Owner driver: it clears VF Enable (SR-IOV disable).  Under "virtio13"   *)
(* only while no command of the SR-IOV group is outstanding ("as long as   *)
(* any such command is outstanding, ... VF Enable is set").                *)
DriverSriovDisable ==
    /\ vfEnable
    /\ DriverSync = "virtio13" => DriverOutstandingIn("sriov") = {}
    /\ vfEnable' = FALSE
    /\ DeviceRemovesMembers
    /\ UNCHANGED <<numVfs, needsReset, mode, parts, cfg, objs, capLimit, sharedVars,
                   driverVars, historyVars>>

(* Owner driver: it writes NumVFs = k and sets VF Enable (SR-IOV enable);  *)
(* the members 1..k appear new, and it knows them to be operating.         *)
DriverSriovEnable(k) ==
    /\ ~vfEnable
    /\ k \in 1..MaxVFs
    /\ vfEnable' = TRUE
    /\ numVfs' = k
    /\ DeviceCreatesMembers(k)
    /\ drvMode' = [n \in VF |-> "active"]
    /\ UNCHANGED <<needsReset, listUsed, memberReset, held, ready, objs, capLimit, sharedVars,
                   drvOut, drvList, drvObjs, drvCap, drvDevCap, meantInc, effectInc,
                   abandoned, givenUp, completions, staleResume, created>>

(* Owner driver: it resets the owner device (writes device status 0, reads *)
(* it back as 0: "The driver SHOULD consider a driver-initiated reset      *)
(* complete when it reads device status as 0") and initializes it again up *)
(* to DRIVER_OK, in one step (the device consumes no buffer before         *)
(* DRIVER_OK and the driver submits none).  It gives up every command not  *)
(* taken back (Linux: vp_modern_avq_cleanup completes each with -EIO); it  *)
(* no longer knows the mode of a member whose DEV_MODE_SET it gave up.     *)
(* It starts LIST_QUERY / LIST_USE again.                                  *)
DriverResetDevice ==
    /\ DeviceResetsOwner
    /\ drvOut' = {}
    /\ drvList' = [g \in GroupName |-> "none"]
    /\ drvMode' = [n \in VF |-> IF DriverPendingFor(n, {"DEV_MODE_SET"}) # {}
                                THEN "unknown" ELSE drvMode[n]]
    /\ abandoned' = abandoned \cup {c \in drvOut : ~Completed(c)}
    /\ givenUp' = givenUp \cup drvOut
    /\ drvObjs' = [o \in ObjId |-> "none"]
    /\ drvCap' = NoCap
    /\ UNCHANGED <<vfEnable, numVfs, mode, parts, cfg, memberReset, req, res, drvDevCap,
                   inc, meantInc, effectInc, completions, lastSet, staleResume, created>>

(* Owner driver: it sees DEVICE_NEEDS_RESET and recovers by a reset ("A    *)
(* good implementation will try to recover by issuing a reset").           *)
DriverRecover == needsReset /\ DriverResetDevice

-----------------------------------------------------------------------------
(* Member driver: it resets member n (writes its device status 0) or has   *)
(* it function-level reset.  The device completes the reset or FLR in a    *)
(* later step (DeviceMemberResetDone); until then it is "in progress".     *)
MemberDriverReset(n) ==
    /\ MemberExists(n)
    /\ memberReset[n] = "none"
    /\ memberReset' = [memberReset EXCEPT ![n] = "reset"]
    /\ UNCHANGED <<vfEnable, numVfs, needsReset, listUsed, mode, parts, cfg, held, ready,
                   objs, capLimit, sharedVars, driverVars, historyVars>>

MemberDriverFlr(n) ==
    /\ MemberExists(n)
    /\ memberReset[n] = "none"
    /\ memberReset' = [memberReset EXCEPT ![n] = "flr"]
    /\ UNCHANGED <<vfEnable, numVfs, needsReset, listUsed, mode, parts, cfg, held, ready,
                   objs, capLimit, sharedVars, driverVars, historyVars>>

-----------------------------------------------------------------------------
(* Device: member n's reset or FLR completes.  "For the SR-IOV group type, *)
(* the device MUST clear all the device parts to the default value when    *)
(* the member device is reset or undergo an PCI FLR."  A stopped member    *)
(* stays stopped or resumes (MemberResetMode).  The commands this reset    *)
(* held may now be answered ("after the member device completes FLR"),     *)
(* even if another reset of n begins before the device answers them.      *)
DeviceMemberResetDone(n) ==
    /\ memberReset[n] # "none"
    /\ memberReset' = [memberReset EXCEPT ![n] = "none"]
    /\ parts' = [parts EXCEPT ![n] = DefaultVal]
    /\ mode' = IF MemberResetMode = "active" THEN [mode EXCEPT ![n] = "active"] ELSE mode
    /\ held' = {c \in held : req[c].member # n}
    /\ ready' = ready \cup {c \in held : req[c].member = n}
    /\ UNCHANGED <<vfEnable, numVfs, needsReset, listUsed, cfg, objs, capLimit, sharedVars,
                   driverVars, historyVars>>

(* Device: the command it may take next from queue q.  "complete" and      *)
(* "start": the head ("MUST process commands on a given administration     *)
(* virtqueue in the order in which they are queued"); "complete" only when *)
(* no earlier command of q is held.  "any": any ("consumed with no order   *)
(* constraints").  "If multiple administration virtqueues have been        *)
(* configured, device MAY process commands on distinct virtqueues with no  *)
(* order constraints": each queue on its own.                              *)
Takeable(q, c) ==
    IF Ordering = "any"
    THEN InSeq(aq[q], c)
    ELSE /\ aq[q] # <<>>
         /\ c = Head(aq[q])
         /\ Ordering = "complete" => \A h \in held \cup ready : req[h].aq # q

(* Device: it takes command c from queue q and validates it.  A            *)
(* DEV_MODE_SET or DEV_PARTS_SET that passes validation for a member whose *)
(* FLR or reset is in progress is held; any other command is completed at  *)
(* once with one of its possible results.  ("The device MUST NOT consume   *)
(* buffers ... before DRIVER_OK": the owner is always past DRIVER_OK here.)*)
DeviceTake(q, c) ==
    /\ Takeable(q, c)
    /\ aq' = [aq EXCEPT ![q] = Remove(@, c)]
    /\ LET r == req[c] IN
       IF /\ DeviceValidates(r) = "Q_OK"
          /\ r.op \in HeldOps
          /\ memberReset[r.member] # "none"
       THEN /\ held' = held \cup {c}
            /\ UNCHANGED <<listUsed, mode, parts, cfg, objs, capLimit, res, done,
                           completions, effectInc, lastSet, staleResume, created>>
       ELSE /\ \E o \in Results(r) : DeviceCompletes(c, o)
            /\ UNCHANGED held
    /\ UNCHANGED <<vfEnable, numVfs, needsReset, memberReset, ready, req, driverVars, inc,
                   meantInc, abandoned, givenUp>>

(* Device: the FLR or reset that held command c is over; it answers c,     *)
(* validating it again against its state now.                              *)
DeviceAnswerHeld(c) ==
    /\ c \in ready
    /\ ready' = ready \ {c}
    /\ \E o \in Results(req[c]) : DeviceCompletes(c, o)
    /\ UNCHANGED <<vfEnable, numVfs, needsReset, memberReset, held, req, aq, driverVars,
                   inc, meantInc, abandoned, givenUp>>

(* Device: the owner device enters an error state that needs a reset: "The *)
(* device SHOULD set DEVICE_NEEDS_RESET when it enters an error state that *)
(* a reset is needed."  It may still complete commands, or not: "the       *)
(* driver can't assume requests in flight will be completed if             *)
(* DEVICE_NEEDS_RESET is set, nor can it assume that they have not been    *)
(* completed".                                                             *)
DeviceNeedsReset ==
    /\ ~needsReset
    /\ needsReset' = TRUE
    /\ UNCHANGED <<vfEnable, numVfs, listUsed, mode, parts, cfg, memberReset, held, ready,
                   objs, capLimit, sharedVars, driverVars, historyVars>>

-----------------------------------------------------------------------------
Next ==
    \/ \E c \in CmdId, q \in 1..NumAq, g \in GroupName, op \in OpName, n \in MemberId,
          v \in PartsVal, stop \in BOOLEAN : DriverSubmit(c, q, g, op, n, v, stop)
    \/ \E c \in CmdId, q \in 1..NumAq, op \in CapOps, l \in CapVal : DriverSubmitCap(c, q, op, l)
    \/ \E c \in CmdId, q \in 1..NumAq, op \in ObjOps, o \in ObjId, k \in ObjState :
          DriverSubmitObj(c, q, op, o, k)
    \/ \E c \in CmdId : DriverCollect(c)
    \/ DriverSriovDisable
    \/ \E k \in 1..MaxVFs : DriverSriovEnable(k)
    \/ DriverResetDevice
    \/ \E n \in VF : MemberDriverReset(n) \/ MemberDriverFlr(n)
    \/ \E n \in VF : DeviceMemberResetDone(n)
    \/ \E q \in 1..NumAq, c \in CmdId : DeviceTake(q, c)
    \/ \E c \in CmdId : DeviceAnswerHeld(c)
    \/ DeviceNeedsReset

(* The device keeps taking and answering commands while it is not in       *)
(* DEVICE_NEEDS_RESET, and finishes every member reset or FLR; the owner   *)
(* driver takes back every used buffer and recovers from                   *)
(* DEVICE_NEEDS_RESET.  Nothing forces a submission, an SR-IOV change or a *)
(* reset.                                                                  *)
DeviceTakes(q)  == ~needsReset /\ \E c \in CmdId : DeviceTake(q, c)
DeviceAnswers   == ~needsReset /\ \E c \in CmdId : DeviceAnswerHeld(c)

Fairness ==
    /\ \A q \in 1..NumAq : WF_vars(DeviceTakes(q))
    /\ WF_vars(DeviceAnswers)
    /\ \A n \in VF : WF_vars(DeviceMemberResetDone(n))
    /\ \A c \in CmdId : WF_vars(DriverCollect(c))
    /\ WF_vars(DriverRecover)

Spec == Init /\ [][Next]_vars /\ Fairness

-----------------------------------------------------------------------------
(* Properties.  Each quotes the statement it encodes; where a property is  *)
(* this project's reading of what a statement is for, it says so.         *)

(* "If a command completes successfully, the device MUST set status to     *)
(* VIRTIO_ADMIN_STATUS_OK." / "If a command fails, the device MUST set     *)
(* status to a value different from VIRTIO_ADMIN_STATUS_OK." / "When       *)
(* status is VIRTIO_ADMIN_STATUS_OK, status_qualifier is reserved and set  *)
(* to zero by the device."  A failure's qualifier is not Q_OK.             *)
StatusQualifierInv ==
    \A c \in CmdId : Completed(c) => (res[c].status = "OK" <=> res[c].qual = "Q_OK")

(* "The device MUST initialize status and status_qualifier in struct       *)
(* virtio_admin_cmd", once per command: the device completes a command at  *)
(* most once, and a completed command is on no queue and not held.         *)
ExactlyOnceCompletionInv ==
    \A c \in CmdId :
        /\ completions[c] <= 1
        /\ completions[c] = 1 <=> Completed(c)
        /\ Completed(c) => /\ \A q \in 1..NumAq : ~InSeq(aq[q], c)
                           /\ c \notin held \cup ready

(* "A device MUST NOT send notifications or interact with the queues after *)
(* indicating completion of the reset by reinitializing device status to   *)
(* 0, until the driver re-initializes the device."  A command the owner    *)
(* reset found uncompleted is never completed.                             *)
NoCompletionAfterResetInv == \A c \in abandoned : ~Completed(c)

(* "If status is set to VIRTIO_ADMIN_STATUS_EINVAL, the device state MUST  *)
(* NOT change, that is the command MUST NOT have any side effects on the   *)
(* device, in particular the device MUST NOT enter an error state as a     *)
(* result of this command." / "If the device sets status to either         *)
(* VIRTIO_ADMIN_STATUS_EAGAIN or VIRTIO_ADMIN_STATUS_ENOMEM, then the      *)
(* command MUST NOT have any side effects, making it safe to retry."       *)
NoSideEffectOnErrorProp ==
    [][\A c \in CmdId :
          (~Completed(c) /\ Completed(c)' /\ res'[c].status \in {"EINVAL", "EAGAIN"})
              => UNCHANGED <<needsReset, listUsed, mode, parts, cfg, objs, capLimit>>]_vars

(* "the device MUST respond to the commands VIRTIO_ADMIN_CMD_DEV_MODE_SET, *)
(* VIRTIO_ADMIN_CMD_DEV_PARTS_SET after the member device completes FLR,   *)
(* if the FLR is in progress on the device when the device receives any of *)
(* these commands" and likewise "after the device reset completes".  A     *)
(* command held for a reset is answered only after that reset completed:  *)
(* it leaves held only when its member's reset completes or the member     *)
(* ceases to exist, and a held command is never answered.                  *)
HeldUntilResetDoneProp ==
    [][\A c \in held : \/ ~Completed(c)'
                       \/ /\ c \notin held'
                          /\ \/ memberReset[req[c].member] # "none"
                                /\ memberReset'[req[c].member] = "none"
                             \/ ~vfEnable']_vars

(* "The device MUST process commands on a given administration virtqueue  *)
(* in the order in which they are queued", read as completion order: of   *)
(* two commands on one queue, the later completes only after the earlier   *)
(* (or after the earlier was given up in an owner reset).                  *)
InOrderCompletionInv ==
    \A c1, c2 \in CmdId :
        (/\ c1 < c2
         /\ Submitted(c1) /\ Submitted(c2)
         /\ req[c1].aq = req[c2].aq
         /\ Completed(c2)) => (Completed(c1) \/ c1 \in abandoned)

(* This project's property, not the text's: a member's FLR or reset delays *)
(* only the commands for that member.  When a command held for member m is *)
(* from queue q and a command for another member heads q, the device can   *)
(* take it.                                                                *)
NoCrossMemberWaitInv ==
    \A q \in 1..NumAq :
        (/\ ~needsReset
         /\ aq[q] # <<>>
         /\ \E h \in held : req[h].aq = q /\ req[h].member # req[Head(aq[q])].member)
            => ENABLED (\E c \in CmdId : DeviceTake(q, c))

(* The list commands are usable as the text tells the driver to send them: *)
(* "The group_member_id is unused. It is set to zero by driver." and       *)
(* "Initially (after reset), only two commands are assumed to be used:     *)
(* VIRTIO_ADMIN_CMD_LIST_QUERY and VIRTIO_ADMIN_CMD_LIST_USE."  No list    *)
(* command is failed for its member id.                                    *)
ListCommandsAcceptedInv ==
    \A c \in CmdId :
        (Submitted(c) /\ req[c].op \in ListOps /\ Completed(c))
            => res[c].qual # "Q_INVALID_MEMBER"

(* "After completing VIRTIO_ADMIN_CMD_LIST_USE successfully, the device    *)
(* MUST set the list of legal commands used by the driver to the one       *)
(* supplied in command_specific_data" and the driver "MUST NOT use any     *)
(* commands for a given group type before sending                          *)
(* VIRTIO_ADMIN_CMD_LIST_USE with the correct list of command opcodes and  *)
(* group type".  A driver that keeps these rules never meets               *)
(* VIRTIO_ADMIN_STATUS_Q_INVALID_OPCODE.                                   *)
UsedListHonouredInv ==
    \A c \in CmdId : Completed(c) => res[c].qual # "Q_INVALID_OPCODE"

(* This project's reading of what the SR-IOV group's driver rule ("as long *)
(* as any such command is outstanding, ... VF Enable is set") and "the     *)
(* group only exists when the VF Enable bit ... is set" are for: a command *)
(* changes only the incarnation of its member that existed when it was     *)
(* submitted.                                                              *)
NoStaleEffectInv ==
    \A c \in CmdId : effectInc[c] # NoEffect => effectInc[c] = meantInc[c]

(* "When the command completes successfully and if the flags field is set  *)
(* to VIRTIO_ADMIN_CMD_DEV_MODE_F_STOPPED (bit 0), the device is stopped." *)
(* Once the owner driver has taken back the last DEV_MODE_SET it sent to   *)
(* an existing member and knows its outcome, the member's mode is the one  *)
(* it believes.                                                            *)
OwnerKnowsModeInv ==
    \A n \in VF :
        (/\ MemberExists(n)
         /\ drvMode[n] # "unknown"
         /\ DriverPendingFor(n, {"DEV_MODE_SET"}) = {})
            => drvMode[n] = mode[n]

(* "The device parts set by this command take effect when the device is    *)
(* resumed using the VIRTIO_ADMIN_CMD_DEV_MODE_SET command."  A successful *)
(* resume finds the parts of the last successful DEV_PARTS_SET before it.  *)
ResumeAppliesSetPartsInv == staleResume = {}

(* A driver that keeps the capability and resource object rules            *)
(* (ObjRules = "virtio14") never meets the statuses the device gives when  *)
(* they are broken: EEXIST ("if a resource object already exists with      *)
(* supplied resource id for the specified type"), ENXIO ("if the specified *)
(* resource object does not exist"), ENOSPC ("if the device fail to create *)
(* the resource object") and EBUSY ("if the command requests to disable a *)
(* capability while the device still has valid resource objects related   *)
(* to the capability being disabled").  This project's reading of what     *)
(* the driver rules are for.                                               *)
ObjectRulesHonouredInv ==
    \A c \in CmdId : Completed(c) => res[c].status \notin {"EEXIST", "ENXIO", "ENOSPC", "EBUSY"}

(* Every object the device holds has an id the driver capability makes     *)
(* valid: "Each resource object has a unique resource object ID - a        *)
(* driver-assigned number in the range of 0 to limit - 1, where the limit  *)
(* is the maximum number set by the driver for this resource object        *)
(* type."  It fails when a driver creates an object before DRIVER_CAP_SET  *)
(* and the device lets it (UnsetCapLimit = "device").                      *)
ObjectsWithinDriverCapInv ==
    \A o \in ObjId : objs[o] # "none" => capLimit # NoCap /\ o < capLimit

(* "Upon device reset, all resource objects created by the driver are      *)
(* destroyed within the device."  Once the owner driver has taken back     *)
(* every capability and resource object command it sent, the objects and  *)
(* the driver capability it believes are the device's, across owner        *)
(* resets too.                                                             *)
OwnerKnowsObjectsInv ==
    (\A d \in drvOut : req[d].op \notin CapOps \cup ObjOps)
        => drvObjs = objs /\ drvCap = capLimit

(* Reachability, expected violated: an id is created a second time, after  *)
(* its object was destroyed ("Destroying a resource object allows for the *)
(* reuse of its ID for another resource object of the same type.").        *)
DebugIdReusedInv == \A o \in ObjId : created[o] <= 1

(* A command the owner driver gave up when it reset the owner device had   *)
(* no effect.  Not a statement of the text, which denies it for            *)
(* DEVICE_NEEDS_RESET ("the driver can't assume requests in flight will be *)
(* completed if DEVICE_NEEDS_RESET is set, nor can it assume that they     *)
(* have not been completed") and says nothing of a reset with commands in  *)
(* flight; expected violated, its trace answers "when the owner device is  *)
(* reset".                                                                 *)
GivenUpHadNoEffectInv == \A c \in givenUp : effectInc[c] = NoEffect

(* Every command the owner driver submits is completed, or given up by an  *)
(* owner reset: the driver does not wait forever (Linux waits with         *)
(* "wait_for_completion(&cmd->completion) (uninterruptible, no timeout)",  *)
(* DOMAIN.md section 5a).                                                  *)
EveryCommandAnsweredProp ==
    \A c \in CmdId : Submitted(c) ~> (Completed(c) \/ c \in abandoned)

-----------------------------------------------------------------------------
THEOREM Spec => []TypeOK
THEOREM Spec => []StatusQualifierInv
THEOREM Spec => []ExactlyOnceCompletionInv
THEOREM Spec => []NoCompletionAfterResetInv
THEOREM Spec => NoSideEffectOnErrorProp
THEOREM Spec => HeldUntilResetDoneProp
=============================================================================
