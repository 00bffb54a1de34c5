---------------------------- MODULE AdminCvqAtomic ----------------------------
(***************************************************************************)
(* The admin control virtqueue as the thread's answer wants it to look     *)
(* from outside: every command takes effect atomically on the incarnation  *)
(* it was issued for, or fails if that incarnation is gone.               *)
(*                                                                         *)
(*   "From device level: the effect of the command ties to the lifecycle   *)
(*   of the device (e.g VF). So if virtual device (VF) is destroyed (e.g   *)
(*   SR-IOV is disabled), the command won't be effective any more even if  *)
(*   it is re-created later. And if the virtual device is destroyed during *)
(*   processing the admin command, the management device (PF) must fail    *)
(*   the command."  "I guess the above virtual device destroy also         *)
(*   includes the case that the virtual device is already in NEEDS_RESET   *)
(*   status."  (seed thread, /work/shared/seed/)                           *)
(*                                                                         *)
(* There are no queues, no fetching, no acks being written and no driver   *)
(* view: a submitted command is pending until one atomic step, Execute,    *)
(* decides it against the target's state at that moment.  The VF          *)
(* lifecycle (SR-IOV disable/enable, DEVICE_NEEDS_RESET, VF reset) is that *)
(* of AdminCvq, without any driver synchronisation: the abstract spec      *)
(* allows destroying a VF at any time, and is safe anyway because          *)
(* Execute checks the incarnation.  Commands are executed in any order.    *)
(*                                                                         *)
(* AdminCvq_refinement.tla maps AdminCvq onto this spec.                   *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS
    NumVFs,       \* as in AdminCvq: VFs 1..NumVFs, PF = 0
    Mac,          \* the MACs a driver may set
    DefaultMac,   \* the MAC after creation or reset
    CmdId,        \* identities of submissions
    NotSubmitted  \* req[c] for an identity not yet used

ASSUME NumVFs \in Nat \ {0}
ASSUME IsFiniteSet(Mac) /\ Mac # {} /\ DefaultMac \notin Mac
ASSUME IsFiniteSet(CmdId) /\ CmdId \subseteq Nat

PF     == 0
VF     == 1..NumVFs
Target == 0..NumVFs
Ops    == {"setMac", "setTrust"}
Chans  == {"admin", "vf"}
VfStates == {"absent", "live", "needsReset"}

VARIABLES
    vfEnable,  \* the SR-IOV VF Enable bit of the PF
    vfState,   \* [VF -> VfStates]
    inc,       \* [VF -> Nat]: incarnation of each VF id, +1 on every creation
    devMac,    \* [Target -> Mac \cup {DefaultMac}]: each target's MAC
    trusted,   \* [VF -> BOOLEAN]: whether the PF obeys the VF's own CVQ
    req,       \* [CmdId -> ReqRec \cup {NotSubmitted}]: every submission and its outcome
    effects    \* history: every change of a target's config by a command

avars == <<vfEnable, vfState, inc, devMac, trusted, req, effects>>

(* A submitted command: target, the incarnation it is for, queue, op and   *)
(* argument, and its outcome: "pending" until executed, then "OK" or "ERR". *)
ReqStatus == {"pending", "OK", "ERR"}
ReqRec ==
    [target : Target, inc : Nat, chan : Chans, op : {"setMac"}, arg : Mac, status : ReqStatus]
    \cup
    [target : VF, inc : Nat, chan : {"admin"}, op : {"setTrust"}, arg : BOOLEAN, status : ReqStatus]

EffectRec == [cmd : CmdId, op : Ops, target : Target, cmdInc : Nat, onInc : Nat,
              chan : Chans, trusted : BOOLEAN]

TypeOK ==
    /\ vfEnable \in BOOLEAN
    /\ vfState \in [VF -> VfStates]
    /\ inc \in [VF -> Nat]
    /\ devMac \in [Target -> Mac \cup {DefaultMac}]
    /\ trusted \in [VF -> BOOLEAN]
    /\ req \in [CmdId -> ReqRec \cup {NotSubmitted}]
    /\ effects \subseteq EffectRec

IncOf(t) == IF t = PF THEN 0 ELSE inc[t]
Live(t)  == IF t = PF THEN TRUE ELSE vfState[t] = "live"
Pending(c) == req[c] # NotSubmitted /\ req[c].status = "pending"

(* The incarnation i of t is the one that exists now and works.            *)
Current(t, i) == Live(t) /\ IncOf(t) = i

(* As in AdminCvq: trusted by a grant meant for the current incarnation.   *)
TrustedOwn(v) ==
    /\ trusted[v]
    /\ \A e \in effects : (e.op = "setTrust" /\ e.target = v /\ e.onInc = inc[v])
                              => e.cmdInc = inc[v]

(* Destroying the VFs in T fails the pending commands of their own CVQs    *)
(* (reset clean-up); admin commands stay pending and will fail when        *)
(* executed.                                                               *)
Destroy(T) ==
    req' = [c \in CmdId |->
              IF Pending(c) /\ req[c].target \in T /\ req[c].chan = "vf"
              THEN [req[c] EXCEPT !.status = "ERR"] ELSE req[c]]

-----------------------------------------------------------------------------
Init ==
    /\ vfEnable = TRUE
    /\ vfState = [v \in VF |-> "live"]
    /\ inc = [v \in VF |-> 1]
    /\ devMac = [t \in Target |-> DefaultMac]
    /\ trusted = [v \in VF |-> FALSE]
    /\ req = [c \in CmdId |-> NotSubmitted]
    /\ effects = {}

(* A driver submits a command with an unused identity: on the admin CVQ to *)
(* an existing, working target (a trust command only to a VF), or on a     *)
(* working VF's own CVQ (set-MAC only).  It is for the target's current    *)
(* incarnation.                                                            *)
Submit(c, t, ch, op, arg) ==
    /\ req[c] = NotSubmitted
    /\ Live(t)
    /\ \/ ch = "admin" /\ op = "setMac" /\ arg \in Mac
       \/ ch = "admin" /\ op = "setTrust" /\ arg \in BOOLEAN /\ t \in VF
       \/ ch = "vf" /\ op = "setMac" /\ arg \in Mac /\ t \in VF
    /\ req' = [req EXCEPT ![c] = [target |-> t, inc |-> IncOf(t), chan |-> ch, op |-> op,
                                  arg |-> arg, status |-> "pending"]]
    /\ UNCHANGED <<vfEnable, vfState, inc, devMac, trusted, effects>>

(* The device executes a pending command in one step.  An admin command    *)
(* succeeds iff its incarnation is current (exists, works, same            *)
(* incarnation); a VF-CVQ command iff moreover the VF is trusted.  On      *)
(* success it changes the target's config, on that incarnation; on failure *)
(* nothing changes.                                                        *)
Execute(c) ==
    /\ Pending(c)
    /\ LET r  == req[c]
           t  == r.target
           ok == Current(t, r.inc) /\ (r.chan = "vf" => trusted[t])
       IN /\ req' = [req EXCEPT ![c].status = IF ok THEN "OK" ELSE "ERR"]
          /\ devMac' = IF ok /\ r.op = "setMac" THEN [devMac EXCEPT ![t] = r.arg] ELSE devMac
          /\ trusted' = IF ok /\ r.op = "setTrust" THEN [trusted EXCEPT ![t] = r.arg]
                        ELSE trusted
          /\ effects' = IF ok
                        THEN effects \cup
                               {[cmd |-> c, op |-> r.op, target |-> t, cmdInc |-> r.inc,
                                 onInc |-> IncOf(t), chan |-> r.chan,
                                 trusted |-> IF r.chan = "vf" THEN TrustedOwn(t)
                                             ELSE IF t = PF THEN FALSE ELSE trusted[t]]}
                        ELSE effects
    /\ UNCHANGED <<vfEnable, vfState, inc>>

(* SR-IOV disable: every VF destroyed, VF configs and trust reset.         *)
SriovDisable ==
    /\ vfEnable
    /\ vfEnable' = FALSE
    /\ vfState' = [v \in VF |-> "absent"]
    /\ devMac' = [t \in Target |-> IF t = PF THEN devMac[PF] ELSE DefaultMac]
    /\ trusted' = [v \in VF |-> FALSE]
    /\ Destroy(VF)
    /\ UNCHANGED <<inc, effects>>

(* SR-IOV enable: the VFs are created again, as new incarnations.          *)
SriovEnable ==
    /\ ~vfEnable
    /\ vfEnable' = TRUE
    /\ vfState' = [v \in VF |-> "live"]
    /\ inc' = [v \in VF |-> inc[v] + 1]
    /\ devMac' = [t \in Target |-> IF t = PF THEN devMac[PF] ELSE DefaultMac]
    /\ trusted' = [v \in VF |-> FALSE]
    /\ UNCHANGED <<req, effects>>

(* A working VF sets DEVICE_NEEDS_RESET: its incarnation is gone.          *)
VfNeedsReset(v) ==
    /\ vfState[v] = "live"
    /\ vfState' = [vfState EXCEPT ![v] = "needsReset"]
    /\ UNCHANGED <<vfEnable, inc, devMac, trusted, req, effects>>

(* A reset makes it work again as a new incarnation.                       *)
ResetVf(v) ==
    /\ vfState[v] = "needsReset"
    /\ vfState' = [vfState EXCEPT ![v] = "live"]
    /\ inc' = [inc EXCEPT ![v] = @ + 1]
    /\ devMac' = [devMac EXCEPT ![v] = DefaultMac]
    /\ trusted' = [trusted EXCEPT ![v] = FALSE]
    /\ Destroy({v})
    /\ UNCHANGED <<vfEnable, effects>>

Next ==
    \/ \E c \in CmdId, t \in Target :
          \/ \E m \in Mac : Submit(c, t, "admin", "setMac", m) \/ Submit(c, t, "vf", "setMac", m)
          \/ \E b \in BOOLEAN : Submit(c, t, "admin", "setTrust", b)
    \/ \E c \in CmdId : Execute(c)
    \/ SriovDisable
    \/ SriovEnable
    \/ \E v \in VF : VfNeedsReset(v) \/ ResetVf(v)

(* Every step is a submission, an atomic execution, or a lifecycle step   *)
(* (named, so that TLC names it when a refinement violates it).            *)
StepsAreAtomic == [][Next]_avars

(* Every pending command is eventually executed: no waiter blocks forever. *)
EveryRequestExecuted == \A c \in CmdId : WF_avars(Execute(c))

Spec == Init /\ StepsAreAtomic /\ EveryRequestExecuted

-----------------------------------------------------------------------------
(* The thread's device rule holds here by construction.                    *)
NoStaleEffect == \A e \in effects : e.onInc = e.cmdInc

THEOREM Spec => [](TypeOK /\ NoStaleEffect)
=============================================================================
