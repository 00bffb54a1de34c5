------------------------------ MODULE MCAdminVq ------------------------------
(***************************************************************************)
(* Bounds for model checking AdminVq, and nothing else.  Constants are     *)
(* bound by the definitions below (cfg: MaxVFs <- OneVF); the spec's       *)
(* actions are bounded by wrapping them, and MCNext is the spec's Next     *)
(* with the wrapped actions in their places and the environment's events   *)
(* each model asks for.  The spec itself is never edited.                  *)
(***************************************************************************)
EXTENDS AdminVq

CONSTANTS
    MaxInc,       \* bound on member incarnations: VF Enable is set again only while every
                  \* member id it creates stays within it
    DriverOps,    \* the opcodes the owner driver submits in the model (the list commands
                  \* are submitted only if named here)
    DriverGroups, \* the group types the owner driver sends commands for
    DriverVals,   \* the values it writes (a subset of Val)
    Listed,       \* TRUE: start where the owner driver has done LIST_QUERY and LIST_USE
                  \* for every group the device supports (InitFrom(TRUE, Prepared), a state
                  \* Init reaches); FALSE: start from Init
    Prepared,     \* with Listed: start where it has also set the driver capability and
                  \* created a device parts object of type SET (InitFrom's prepared)
    Events        \* the environment's events the model lets happen: a subset of
                  \* {"vfCycle", "memberReset", "memberFlr", "ownerReset", "needsReset"}

ASSUME MCType ==
    /\ MaxInc \in Nat \ {0}
    /\ DriverOps \subseteq OpName
    /\ DriverGroups \subseteq GroupName
    /\ DriverVals \subseteq Val
    /\ Listed \in BOOLEAN
    /\ Prepared \in BOOLEAN
    /\ Prepared => Listed /\ ObjOps \subseteq SelfOps /\ PreparedObj < PartsObjLimit
    /\ Events \subseteq {"vfCycle", "memberReset", "memberFlr", "ownerReset", "needsReset"}

OneVF      == 1
TwoVFs     == 2
OneAq      == 1
TwoAqs     == 2
TwoCmds    == 1..2
ThreeCmds  == 1..3
FourCmds   == 1..4
MCVal      == {1, 2}
MCDefault  == 0
OneVal     == {1}
\* A 1.3 device: the SR-IOV group only, and a legacy command for the members.
Groups13   == {"sriov"}
Ops13      == {"LIST_QUERY", "LIST_USE", "CFG_WRITE"}
\* A 1.4 device: the Self group too, and the device mode and parts commands.
Groups14   == {"self", "sriov"}
Ops14      == {"LIST_QUERY", "LIST_USE", "DEV_MODE_SET", "DEV_PARTS_SET"}
\* The Self group's commands: the list commands only (1.3), or with the capability and
\* resource object commands (1.4 with device parts).
Self13     == ListOps
Self14     == ListOps \cup CapOps \cup ObjOps
\* Resource ids.
OneObj     == {0}
TwoObjs    == {0, 1}
\* What the owner driver submits in a model.
SriovOnly  == {"sriov"}
CfgOnly    == {"CFG_WRITE"}
ModeOnly   == {"DEV_MODE_SET"}
ModeParts  == {"DEV_MODE_SET", "DEV_PARTS_SET"}
CreateDestroy == {"RESOURCE_OBJ_CREATE", "RESOURCE_OBJ_DESTROY"}
QueryDestroy  == {"RESOURCE_OBJ_QUERY", "RESOURCE_OBJ_DESTROY"}
CreateOnly    == {"RESOURCE_OBJ_CREATE"}
CapSetOnly    == {"DRIVER_CAP_SET"}
CapsObjs      == {"DEVICE_CAP_GET", "DRIVER_CAP_SET", "RESOURCE_OBJ_CREATE",
                  "RESOURCE_OBJ_MODIFY", "RESOURCE_OBJ_QUERY", "RESOURCE_OBJ_DESTROY"}
ObjsParts     == {"RESOURCE_OBJ_CREATE", "RESOURCE_OBJ_DESTROY", "DEV_MODE_SET",
                  "DEV_PARTS_SET"}

\* The driver submits only the opcodes, groups and values the model names.
MCDriverSubmit(c, q, g, op, n, v, stop) ==
    /\ op \in DriverOps
    /\ g \in DriverGroups
    /\ v \in DriverVals \cup {DefaultVal}
    /\ DriverSubmit(c, q, g, op, n, v, stop)

\* Likewise for the capability and resource object commands (Self group).
MCDriverSubmitCap(c, q, op, l) == op \in DriverOps /\ DriverSubmitCap(c, q, op, l)
MCDriverSubmitObj(c, q, op, o, k) == op \in DriverOps /\ DriverSubmitObj(c, q, op, o, k)

\* Submissions, the device's work and the owner driver's reaping.
MCCore ==
    \/ \E c \in CmdId, q \in 1..NumAq, g \in GroupName, op \in OpName, n \in MemberId,
          v \in PartsVal, stop \in BOOLEAN : MCDriverSubmit(c, q, g, op, n, v, stop)
    \/ \E c \in CmdId, q \in 1..NumAq, op \in CapOps, l \in CapVal : MCDriverSubmitCap(c, q, op, l)
    \/ \E c \in CmdId, q \in 1..NumAq, op \in ObjOps, o \in ObjId, k \in ObjState :
          MCDriverSubmitObj(c, q, op, o, k)
    \/ \E c \in CmdId : DriverCollect(c)
    \/ \E n \in VF : DeviceMemberResetDone(n)
    \/ \E q \in 1..NumAq, c \in CmdId : DeviceTake(q, c)
    \/ \E c \in CmdId : DeviceAnswerHeld(c)

\* The environment's events, each only where the model asks for it; SR-IOV
\* enable starts a new incarnation of members 1..k, at most MaxInc each.
MCDriverSriovDisable   == "vfCycle" \in Events /\ DriverSriovDisable
MCDriverSriovEnable(k) == /\ "vfCycle" \in Events
                          /\ \A n \in 1..k : inc[n] < MaxInc
                          /\ DriverSriovEnable(k)
MCMemberDriverReset(n) == "memberReset" \in Events /\ MemberDriverReset(n)
MCMemberDriverFlr(n)   == "memberFlr" \in Events /\ MemberDriverFlr(n)
MCDriverResetDevice    == "ownerReset" \in Events /\ DriverResetDevice
MCDeviceNeedsReset     == "needsReset" \in Events /\ DeviceNeedsReset
MCDriverRecover        == "needsReset" \in Events /\ DriverRecover

MCEvents ==
    \/ MCDriverSriovDisable
    \/ \E k \in 1..MaxVFs : MCDriverSriovEnable(k)
    \/ \E n \in VF : MCMemberDriverReset(n) \/ MCMemberDriverFlr(n)
    \/ MCDriverResetDevice
    \/ MCDeviceNeedsReset
    \/ MCDriverRecover

MCInit == InitFrom(Listed, Prepared)
MCNext == MCCore \/ MCEvents
MCSpec == MCInit /\ [][MCNext]_vars /\ Fairness
=============================================================================
