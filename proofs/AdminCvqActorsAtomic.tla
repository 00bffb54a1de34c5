------------------------- MODULE AdminCvqActorsAtomic -------------------------
(***************************************************************************)
(* The abstract admin CVQ that design A refines: every command, admin or  *)
(* on a VF's own CVQ, either takes effect atomically on the generation of  *)
(* its target it was submitted for, or fails.  There are no queues, no    *)
(* rings, no driver bookkeeping: a command is pending, then OK or ERR in   *)
(* one step.  It may fail at any time (the concrete device fails a command *)
(* whose wire generation is stale although the VF is current); it         *)
(* succeeds only while its target is usable at the generation it was      *)
(* meant for ("the command won't be effective any more even if it is      *)
(* re-created later"), and a VF-CVQ command only while the VF is trusted.  *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    MaxVFs,       \* as in AdminCvqActors: VFs 1..MaxVFs, PF = 0
    Mac,          \* the MACs a driver may set
    DefaultMac,   \* the provisioned MAC of a target after creation
    CmdId,        \* identities of submissions
    NotSubmitted  \* cmd[c] for an identity not yet used

ASSUME MaxVFs \in Nat \ {0}
ASSUME IsFiniteSet(Mac) /\ Mac # {} /\ DefaultMac \notin Mac
ASSUME IsFiniteSet(CmdId) /\ CmdId \subseteq Nat

PF     == 0
VF     == 1..MaxVFs
Target == 0..MaxVFs
Chans  == {"admin", "vf"}
Status == {"pending", "OK", "ERR"}

VARIABLES
    usable,    \* [VF -> BOOLEAN]: the VF exists and works (not absent, not NEEDS_RESET)
    exists,    \* [VF -> BOOLEAN]: the VF exists
    gen,       \* [VF -> Nat]: generation of each VF id, +1 on every (re)creation
    provMac,   \* [Target -> Mac \cup {DefaultMac}]: the MAC provisioned for each target
    trusted,   \* [VF -> BOOLEAN]: whether the device obeys the VF's own CVQ
    cmd        \* [CmdId -> CmdRec \cup {NotSubmitted}]: every submission and its outcome

avars == <<usable, exists, gen, provMac, trusted, cmd>>

CmdRec ==
    [target : Target, meant : Nat, chan : Chans, op : {"setMac"}, arg : Mac, status : Status]
    \cup
    [target : VF, meant : Nat, chan : {"admin"}, op : {"setTrust"}, arg : BOOLEAN,
     status : Status]

TypeOK ==
    /\ usable \in [VF -> BOOLEAN]
    /\ exists \in [VF -> BOOLEAN]
    /\ gen \in [VF -> Nat]
    /\ provMac \in [Target -> Mac \cup {DefaultMac}]
    /\ trusted \in [VF -> BOOLEAN]
    /\ cmd \in [CmdId -> CmdRec \cup {NotSubmitted}]

GenOf(t)    == IF t = PF THEN 0 ELSE gen[t]
Usable(t)   == t = PF \/ usable[t]
Pending(c)  == cmd[c] # NotSubmitted /\ cmd[c].status = "pending"

(* The pending VF-CVQ commands to the VFs in T fail (their queue is gone). *)
FailVfCmds(T) ==
    cmd' = [c \in CmdId |-> IF Pending(c) /\ cmd[c].chan = "vf" /\ cmd[c].target \in T
                            THEN [cmd[c] EXCEPT !.status = "ERR"] ELSE cmd[c]]

-----------------------------------------------------------------------------
Init ==
    /\ usable = [v \in VF |-> TRUE]
    /\ exists = [v \in VF |-> TRUE]
    /\ gen = [v \in VF |-> 1]
    /\ provMac = [t \in Target |-> DefaultMac]
    /\ trusted = [v \in VF |-> FALSE]
    /\ cmd = [c \in CmdId |-> NotSubmitted]

(* A driver submits a command meant for t's current generation: the       *)
(* management driver to any existing target, a VF's driver to its usable  *)
(* VF.                                                                     *)
Submit(c, t, ch, op, arg) ==
    /\ cmd[c] = NotSubmitted
    /\ IF ch = "admin" THEN t = PF \/ exists[t] ELSE t \in VF /\ usable[t]
    /\ \/ op = "setMac" /\ arg \in Mac
       \/ op = "setTrust" /\ arg \in BOOLEAN /\ t \in VF /\ ch = "admin"
    /\ cmd' = [cmd EXCEPT ![c] = [target |-> t, meant |-> GenOf(t), chan |-> ch, op |-> op,
                                  arg |-> arg, status |-> "pending"]]
    /\ UNCHANGED <<usable, exists, gen, provMac, trusted>>

(* A pending command takes effect atomically on the generation it was      *)
(* meant for, which is usable now (and, on a VF's CVQ, trusted).           *)
Succeed(c) ==
    /\ Pending(c)
    /\ LET r == cmd[c] t == r.target IN
       /\ Usable(t) /\ GenOf(t) = r.meant
       /\ r.chan = "vf" => trusted[t]
       /\ cmd' = [cmd EXCEPT ![c].status = "OK"]
       /\ provMac' = IF r.chan = "admin" /\ r.op = "setMac"
                     THEN [provMac EXCEPT ![t] = r.arg] ELSE provMac
       /\ trusted' = IF r.op = "setTrust" THEN [trusted EXCEPT ![t] = r.arg] ELSE trusted
    /\ UNCHANGED <<usable, exists, gen>>

(* A pending command fails, changing nothing.                              *)
Fail(c) ==
    /\ Pending(c)
    /\ cmd' = [cmd EXCEPT ![c].status = "ERR"]
    /\ UNCHANGED <<usable, exists, gen, provMac, trusted>>

(* The VFs in T are destroyed: their configuration goes, the pending       *)
(* commands on their own CVQs fail.                                        *)
Destroy(T) ==
    /\ \A v \in T : exists[v]
    /\ usable' = [v \in VF |-> IF v \in T THEN FALSE ELSE usable[v]]
    /\ exists' = [v \in VF |-> IF v \in T THEN FALSE ELSE exists[v]]
    /\ provMac' = [t \in Target |-> IF t \in T THEN DefaultMac ELSE provMac[t]]
    /\ trusted' = [v \in VF |-> IF v \in T THEN FALSE ELSE trusted[v]]
    /\ FailVfCmds(T)
    /\ UNCHANGED gen

(* The VFs in T are created afresh: a new generation of each.              *)
Create(T) ==
    /\ \A v \in T : ~exists[v]
    /\ usable' = [v \in VF |-> IF v \in T THEN TRUE ELSE usable[v]]
    /\ exists' = [v \in VF |-> IF v \in T THEN TRUE ELSE exists[v]]
    /\ gen' = [v \in VF |-> IF v \in T THEN gen[v] + 1 ELSE gen[v]]
    /\ UNCHANGED <<provMac, trusted, cmd>>

(* VF v is re-created in one step (a reset that does not keep its          *)
(* configuration): destroyed and created again.                            *)
Recreate(v) ==
    /\ exists[v]
    /\ usable' = [usable EXCEPT ![v] = TRUE]
    /\ gen' = [gen EXCEPT ![v] = @ + 1]
    /\ provMac' = [provMac EXCEPT ![v] = DefaultMac]
    /\ trusted' = [trusted EXCEPT ![v] = FALSE]
    /\ FailVfCmds({v})
    /\ UNCHANGED exists

(* VF v stops working (DEVICE_NEEDS_RESET, counted as destroyed).          *)
Break(v) ==
    /\ usable[v]
    /\ usable' = [usable EXCEPT ![v] = FALSE]
    /\ UNCHANGED <<exists, gen, provMac, trusted, cmd>>

Next ==
    \/ \E c \in CmdId, t \in Target, ch \in Chans :
          \/ \E m \in Mac : Submit(c, t, ch, "setMac", m)
          \/ \E b \in BOOLEAN : Submit(c, t, ch, "setTrust", b)
    \/ \E c \in CmdId : Succeed(c) \/ Fail(c)
    \/ Destroy(VF) \/ Create(VF)
    \/ \E v \in VF : Recreate(v) \/ Break(v)

(* Every step is one of these atomic steps (or changes none of avars).     *)
StepsAreAtomic == [][Next]_avars

(* Every pending command is eventually decided.                            *)
EveryCommandDecided == \A c \in CmdId : WF_avars(Succeed(c) \/ Fail(c))

Spec == Init /\ StepsAreAtomic /\ EveryCommandDecided
=============================================================================
