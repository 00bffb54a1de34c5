------------------------- MODULE MCAdminCvq_inductive -------------------------
(***************************************************************************)
(* TLC check that IInv (AdminCvq_proof.tla) is inductive, on small bounds: *)
(*                                                                         *)
(*   one VF (ids 0 = PF, 1 = VF), CmdId = 1..2, Mac = {1}, DefaultMac = 0, *)
(*   incarnations 0..MaxInc with MaxInc = 2 (bounded type below).          *)
(*                                                                         *)
(* The initial states are ALL states satisfying BTypeOK /\ IInv, where     *)
(* BTypeOK is TypeOK with every unbounded set cut to the bounds above      *)
(* (Nat -> 0..MaxInc; Seq(CmdId) -> sequences of length <= 2, which loses *)
(* nothing given IInv's conjunct 4, no command twice on a queue;           *)
(* completions -> 0..1, which loses nothing given conjunct 8).  The next-  *)
(* state relation is the spec's own Next, unbounded: TLC checks IInv on    *)
(* every successor of every initial state, including successors outside   *)
(* the bounds (e.g. SR-IOV enable to incarnation 3).  The state constraint *)
(* BTypeOK only stops TLC from exploring further from those; a successor   *)
(* inside the bounds that satisfies IInv is an initial state already.  So  *)
(* the check is exactly  BTypeOK /\ IInv /\ [Next]_vars => IInv'  over the *)
(* bounded states, and distinctStates = the number of such states.        *)
(*                                                                         *)
(* TLC enumerates the initial states through IndInit, the conjuncts of     *)
(* BTypeOK /\ IInv reordered so that each variable is generated just       *)
(* before the conjuncts that constrain it (TLC prunes as it goes), with    *)
(* generators narrower than BTypeOK's sets:                                *)
(*   - each queue \in Orders(the commands conjuncts 3 and 14 put on it),  *)
(*     orderings without repetition (conjunct 4);                          *)
(*   - cmd \in [CmdId -> GoodRec \cup {NotSubmitted}], GoodRec being the   *)
(*     records conjuncts 7 and 12 allow;                                   *)
(*   - effects \in SUBSET EffectCandidates, where EffectCandidates are the *)
(*     effect records conjunct 15 (InvEffectsOfOk) and conjunct 9          *)
(*     (NoStaleEffect) allow for the commands acked OK;                   *)
(*   - completions \in [CmdId -> 0..1] (conjunct 8).                       *)
(* BTypeOK /\ IInv implies each of them (conjuncts 2-4, 7-9, 12, 14 and  *)
(* 15), so IndInit is equivalent to BTypeOK /\ IInv.  That implication is  *)
(* checked by reading, not by a tool.                                      *)
(*                                                                         *)
(* The cti_* models drop one conjunct of IInv (IInvWithout) and expect a   *)
(* counterexample to induction: a two-state trace from a state satisfying *)
(* the weakened invariant to one violating it.                             *)
(***************************************************************************)
EXTENDS AdminCvq_proof

CONSTANTS
    MaxInc,  \* bound on incarnation numbers in the initial states
    Drop     \* the conjunct of IInv a cti_* model drops (0 in the inductive_* models: none)
ASSUME MaxInc \in Nat \ {0}
ASSUME Drop \in {0, 3, 4, 5, 6, 7}

IndNumVFs     == 1
IndMac        == {1}
IndDefaultMac == 0
IndCmdId      == 1..2

Incs == 0..MaxInc

(* CmdRec and EffectRec of AdminCvq with Nat cut to 0..MaxInc.             *)
BCmdRec ==
    [target : Target, inc : Incs, chan : Chans, op : {"setMac"}, arg : Mac,
     status : Status, seen : BOOLEAN, preBarrier : BOOLEAN, gone : BOOLEAN]
    \cup
    [target : VF, inc : Incs, chan : {"admin"}, op : {"setTrust"}, arg : BOOLEAN,
     status : Status, seen : BOOLEAN, preBarrier : BOOLEAN, gone : BOOLEAN]

BEffectRec == [cmd : CmdId, op : Ops, target : Target, cmdInc : Incs, onInc : Incs,
               chan : Chans, trusted : BOOLEAN]

BSeq(S) == UNION {[1..n -> S] : n \in 0..Cardinality(S)}

(* TypeOK (AdminCvq.tla) on the bounds.                                    *)
BTypeOK ==
    /\ vfEnable \in BOOLEAN
    /\ vfState \in [VF -> VfStates]
    /\ inc \in [VF -> Incs]
    /\ devMac \in [Target -> Mac \cup {DefaultMac}]
    /\ trusted \in [VF -> BOOLEAN]
    /\ cmd \in [CmdId -> BCmdRec \cup {NotSubmitted}]
    /\ adminQ \in BSeq(CmdId)
    /\ inflight \in BSeq(CmdId)
    /\ vfq \in [VF -> BSeq(CmdId)]
    /\ drvMac \in [Target -> Mac \cup {DefaultMac}]
    /\ drvLast \in [Target -> CmdId \cup {NoCmd}]
    /\ effects \subseteq BEffectRec
    /\ completions \in [CmdId -> Incs]

(* The effect records conjuncts 9 and 15 allow: one per command acked OK,  *)
(* with that command's fields, onInc = cmdInc, trusted either way.         *)
EffectCandidates ==
    {[cmd |-> c, op |-> cmd[c].op, target |-> cmd[c].target, cmdInc |-> cmd[c].inc,
      onInc |-> cmd[c].inc, chan |-> cmd[c].chan, trusted |-> b] :
        c \in {d \in CmdId : Submitted(d) /\ cmd[d].status = "OK"}, b \in BOOLEAN}

(* The orderings of a set of commands; the queued or fetched admin         *)
(* commands; the queued commands of VF v's own CVQ.                        *)
Orders(S) == {q \in [1..Cardinality(S) -> S] : Distinct(q)}
AdminWith(st) == {c \in CmdId : Submitted(c) /\ cmd[c].chan = "admin" /\ cmd[c].status = st}
OwnCvqOf(v) ==
    {c \in CmdId : Submitted(c) /\ cmd[c].chan = "vf" /\ cmd[c].target = v
                   /\ cmd[c].status = "queued"}

(* The command records conjuncts 7 and 12 allow (12 includes FailOnGone). *)
GoodRec == {r \in BCmdRec : PfIncZeroRec(r) /\ CmdShapeRec(r)}

(* BTypeOK /\ IInv, reordered for enumeration (see the header).            *)
IndInit ==
    /\ cmd \in [CmdId -> GoodRec \cup {NotSubmitted}]
    /\ InvSubmittedPrefix
    /\ vfEnable \in BOOLEAN
    /\ vfState \in [VF -> VfStates]
    /\ inc \in [VF -> Incs]
    /\ InvIncBound
    /\ completions \in [CmdId -> 0..1]
    /\ adminQ \in Orders(AdminWith("queued"))
    /\ inflight \in Orders(AdminWith("fetched"))
    /\ vfq \in [VF -> UNION {Orders(OwnCvqOf(v)) : v \in VF}]
    /\ ExactlyOnceCompletion
    /\ InvQueuedSubmitted /\ InvQueueStatus /\ InvQueuesDistinct /\ InvVfqCurrent
    /\ InvDisabledNoVfs /\ InvOutstandingQueued /\ InvSyncedDestroy
    /\ effects \in SUBSET EffectCandidates
    /\ NoStaleEffect /\ InvEffectsOfOk
    /\ devMac \in [Target -> Mac \cup {DefaultMac}]
    /\ InvDevMac
    /\ trusted \in [VF -> BOOLEAN]
    /\ InvTrusted
    /\ drvMac \in [Target -> Mac \cup {DefaultMac}]
    /\ InvDrvMac
    /\ drvLast \in [Target -> CmdId \cup {NoCmd}]
    /\ InvDrvLast
    /\ BTypeOK
    /\ IInv

(***************************************************************************)
(* Counterexamples to induction.  IInvWithout is IInv without conjunct     *)
(* k = Drop; IndInitWithout is IndInit without it.  (Conjuncts 2-7 are    *)
(* the ones the goals need.)                                               *)
(***************************************************************************)
(* Every conjunct of IInv but Drop.                                        *)
IInvWithout ==
    /\ TypeOK
    /\ InvQueuedSubmitted
    /\ Drop = 3 \/ InvQueueStatus
    /\ Drop = 4 \/ InvQueuesDistinct
    /\ Drop = 5 \/ InvVfqCurrent
    /\ Drop = 6 \/ InvDisabledNoVfs
    /\ Drop = 7 \/ InvPfIncZero
    /\ ExactlyOnceCompletion
    /\ NoStaleEffect
    /\ FailOnGone
    /\ InvSubmittedPrefix
    /\ InvCmdShape
    /\ InvIncBound
    /\ InvOutstandingQueued
    /\ InvEffectsOfOk
    /\ InvDevMac
    /\ InvTrusted
    /\ InvDrvLast
    /\ InvDrvMac
    /\ InvSyncedDestroy

(* The generator of a queue whose own commands (by conjuncts 3 and 14)    *)
(* are K: without conjunct 3 it may hold any submitted commands (once      *)
(* each, conjunct 4), without conjunct 4 its own commands more than once.  *)
QGen(K) ==
    CASE Drop = 3 -> UNION {Orders(T) : T \in SUBSET {c \in CmdId : Submitted(c)}}
      [] Drop = 4 -> UNION {[1..n -> K] : n \in 0..Cardinality(CmdId)}
      [] OTHER    -> Orders(K)

IndInitWithout ==
    /\ cmd \in [CmdId -> (IF Drop = 7 THEN {r \in BCmdRec : CmdShapeRec(r)} ELSE GoodRec)
                          \cup {NotSubmitted}]
    /\ InvSubmittedPrefix
    /\ vfEnable \in BOOLEAN
    /\ vfState \in [VF -> VfStates]
    /\ inc \in [VF -> Incs]
    /\ InvIncBound
    /\ completions \in [CmdId -> 0..1]
    /\ adminQ \in QGen(AdminWith("queued"))
    /\ inflight \in QGen(AdminWith("fetched"))
    /\ vfq \in [VF -> UNION {QGen(OwnCvqOf(v)) : v \in VF}]
    /\ ExactlyOnceCompletion
    /\ InvQueuedSubmitted /\ (Drop = 3 \/ InvQueueStatus) /\ (Drop = 4 \/ InvQueuesDistinct)
    /\ (Drop = 5 \/ InvVfqCurrent) /\ (Drop = 6 \/ InvDisabledNoVfs)
    /\ InvOutstandingQueued /\ InvSyncedDestroy
    /\ effects \in SUBSET EffectCandidates
    /\ NoStaleEffect /\ InvEffectsOfOk
    /\ devMac \in [Target -> Mac \cup {DefaultMac}]
    /\ InvDevMac
    /\ trusted \in [VF -> BOOLEAN]
    /\ InvTrusted
    /\ drvMac \in [Target -> Mac \cup {DefaultMac}]
    /\ InvDrvMac
    /\ drvLast \in [Target -> CmdId \cup {NoCmd}]
    /\ InvDrvLast
    /\ BTypeOK
    /\ IInvWithout
=============================================================================
