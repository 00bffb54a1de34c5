------------------------- MODULE MCAdminCvq_inductive -------------------------
(***************************************************************************)
(* TLC check that IInv (AdminCvq_proof.tla) is inductive, on small bounds: *)
(*                                                                         *)
(*   one VF (ids 0 = PF, 1 = VF), CmdId = 1..NumCmds with NumCmds = 2,     *)
(*   Mac = {1}, DefaultMac = 0, incarnations 0..MaxInc with MaxInc = 2     *)
(*   (bounded type below).                                                 *)
(*                                                                         *)
(* The initial states are ALL states satisfying BTypeOK /\ IInv, where     *)
(* BTypeOK is TypeOK with every unbounded set cut to the bounds above      *)
(* (Nat -> 0..MaxInc; Seq(CmdId) -> sequences of length <= 2, which loses *)
(* nothing given IInv's conjunct 4, no command twice on a queue;           *)
(* completions -> 0..1, which loses nothing given conjunct 8).  The next-  *)
(* state relation is the spec's own Next, unbounded: TLC checks IInv on    *)
(* every successor of every initial state, including successors outside   *)
(* the bounds (e.g. SR-IOV enable to incarnation 3).  The state constraint *)
(* Bounds (BTypeOK, except in the model dropping TypeOK) only stops TLC    *)
(* from exploring further from those; a successor inside the bounds that   *)
(* satisfies IInv is an initial state already.  So                         *)
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
(*     records conjuncts 7, 10 and 12 allow;                               *)
(*   - effects \in SUBSET EffectCandidates, where EffectCandidates are the *)
(*     effect records conjunct 15 (InvEffectsOfOk) and conjunct 9          *)
(*     (NoStaleEffect) allow for the commands acked OK;                   *)
(*   - completions \in [CmdId -> 0..1] (conjunct 8).                       *)
(* BTypeOK /\ IInv implies each of them (conjuncts 2-4, 7-10, 12, 14 and *)
(* 15), so IndInit is equivalent to BTypeOK /\ IInv.  That implication is  *)
(* checked by reading, not by a tool.                                      *)
(*                                                                         *)
(* Dropping one conjunct k (constant Drop = k; 0 = none): IInvWithout is  *)
(* IInv without conjunct k, and IndInitWithout generates states of         *)
(* Bounds /\ IInvWithout, the generators widened where conjunct k had      *)
(* narrowed them (partially where noted below).  Three kinds of model:     *)
(*   cti_k   INVARIANT IInvWithout, expected to fail in two states: a      *)
(*           counterexample to induction, so IInv needs conjunct k;       *)
(*   nocti_k INVARIANT IInvWithout, expected to succeed: no                *)
(*           counterexample to induction among the states generated;       *)
(*   goal_k  INVARIANT the property conjunct k is (or contains), expected  *)
(*           to fail in an initial state: the rest of IInv does not imply  *)
(*           it.                                                           *)
(* These models use bounds as small as their point allows (NumCmds = 1 or  *)
(* 2, MaxInc = 1 or 2); each cfg states them.  A counterexample found      *)
(* among some states of the weakened invariant is a counterexample; a      *)
(* "no counterexample" result holds only for the states generated.        *)
(***************************************************************************)
EXTENDS AdminCvq_proof, Integers

NumConjuncts == 20  \* the conjuncts of IInv

CONSTANTS
    MaxInc,   \* bound on incarnation numbers in the initial states
    NumCmds,  \* CmdId = 1..NumCmds
    Drop      \* the conjunct of IInv a model drops (0: none)
ASSUME MaxInc \in Nat \ {0}
ASSUME NumCmds \in Nat \ {0}
ASSUME Drop \in 0..NumConjuncts

IndNumVFs     == 1
IndMac        == {1}
IndDefaultMac == 0
IndCmdId      == 1..NumCmds

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

(* TypeOK (AdminCvq.tla) on the bounds, completions ranging over Compl.    *)
BTypeOKWith(Compl) ==
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
    /\ completions \in [CmdId -> Compl]

BTypeOK == BTypeOKWith(Incs)

(* The state constraint: BTypeOK, except that the model dropping conjunct  *)
(* 1 (TypeOK) also keeps states whose completions count is -1, which      *)
(* TypeOK (completions \in [CmdId -> Nat]) excludes.                       *)
Bounds == BTypeOKWith(IF Drop = 1 THEN -1..MaxInc ELSE Incs)

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

(* FailOnGone (conjunct 10) for one record.                                *)
GoneErrRec(r) == r.gone => r.status = "ERR"

(* The command records conjuncts 7, 10 and 12 allow.                       *)
GoodRec == {r \in BCmdRec : PfIncZeroRec(r) /\ CmdShapeRec(r) /\ GoneErrRec(r)}

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
(* Dropping one conjunct.  Conjunct(k) is conjunct k of IInv, in IInv's   *)
(* order; IInvIsItsConjuncts (an invariant of the inductive_* models)      *)
(* checks that IInv is exactly Conjunct(1) /\ ... /\ Conjunct(20).         *)
(* IInvWithout is IInv without conjunct Drop.                              *)
(***************************************************************************)
Conjunct(k) ==
    CASE k = 1  -> TypeOK
      [] k = 2  -> InvQueuedSubmitted
      [] k = 3  -> InvQueueStatus
      [] k = 4  -> InvQueuesDistinct
      [] k = 5  -> InvVfqCurrent
      [] k = 6  -> InvDisabledNoVfs
      [] k = 7  -> InvPfIncZero
      [] k = 8  -> ExactlyOnceCompletion
      [] k = 9  -> NoStaleEffect
      [] k = 10 -> FailOnGone
      [] k = 11 -> InvSubmittedPrefix
      [] k = 12 -> InvCmdShape
      [] k = 13 -> InvIncBound
      [] k = 14 -> InvOutstandingQueued
      [] k = 15 -> InvEffectsOfOk
      [] k = 16 -> InvDevMac
      [] k = 17 -> InvTrusted
      [] k = 18 -> InvDrvLast
      [] k = 19 -> InvDrvMac
      [] k = 20 -> InvSyncedDestroy

IInvIsItsConjuncts == IInv = \A k \in 1..NumConjuncts : Conjunct(k)

IInvWithout == \A k \in 1..NumConjuncts : k = Drop \/ Conjunct(k)

(* The generators of IndInit, widened where conjunct Drop narrowed them.  *)
(* Where noted, the widening is partial: it adds the states a             *)
(* counterexample to induction needs, not all states of the weakened      *)
(* invariant (a counterexample among some states is a counterexample).     *)
(* Without 12 (partial): a record of any shape except a VF CVQ command to *)
(* the PF, which would make conjunct 14 (vfq[PF]) undefined.               *)
DropRec == {r \in BCmdRec : /\ Drop = 7  \/ PfIncZeroRec(r)
                            /\ Drop = 10 \/ GoneErrRec(r)
                            /\ IF Drop = 12 THEN r.target = PF => r.chan = "admin"
                                            ELSE CmdShapeRec(r)}

(* completions: -1 (not a Nat) without 1 (partial: -1 is the one non-Nat  *)
(* value tried), any bounded count without 8.                             *)
ComplGen == CASE Drop = 1 -> -1..1
              [] Drop = 8 -> Incs
              [] OTHER    -> 0..1

(* A queue whose own commands (by conjuncts 3 and 14) are K.  Without 3:  *)
(* any submitted commands, once each (4); without 4: K's commands, more    *)
(* than once; without 14: any subset of K.  Without 2 (partial): the       *)
(* admin CVQ's available ring may also hold unused identities behind a     *)
(* submitted head (no step reads their record; on the other queues, or at *)
(* the head, conjunct 5 or the next step would apply a record field to     *)
(* NotSubmitted, which TLC cannot evaluate).                               *)
Unused == {c \in CmdId : ~Submitted(c)}
AnyOrders(S) == UNION {Orders(T) : T \in SUBSET S}
QGen(K) ==
    CASE Drop = 3  -> AnyOrders({c \in CmdId : Submitted(c)})
      [] Drop = 4  -> UNION {[1..n -> K] : n \in 0..Cardinality(CmdId)}
      [] Drop = 14 -> AnyOrders(K)
      [] OTHER     -> Orders(K)
AdminQGen(K) ==
    IF Drop = 2
    THEN Orders(K) \cup {q \o u : q \in Orders(K) \ {<<>>}, u \in AnyOrders(Unused)}
    ELSE QGen(K)

(* effects: without 9 an effect may be on any incarnation (one per OK     *)
(* command, by 15).                                                        *)
OkCmds == {d \in CmdId : Submitted(d) /\ cmd[d].status = "OK"}
EffectOf(c, on, b) ==
    [cmd |-> c, op |-> cmd[c].op, target |-> cmd[c].target, cmdInc |-> cmd[c].inc,
     onInc |-> on, chan |-> cmd[c].chan, trusted |-> b]
EffectGen ==
    IF Drop = 9
    THEN {{EffectOf(c, f[c][1], f[c][2]) : c \in OkCmds} : f \in [OkCmds -> Incs \X BOOLEAN]}
    ELSE SUBSET EffectCandidates

IndInitWithout ==
    /\ cmd \in [CmdId -> DropRec \cup {NotSubmitted}]
    /\ Drop = 11 \/ InvSubmittedPrefix
    /\ vfEnable \in BOOLEAN
    /\ vfState \in [VF -> VfStates]
    /\ inc \in [VF -> Incs]
    /\ Drop = 13 \/ InvIncBound
    /\ completions \in [CmdId -> ComplGen]
    /\ adminQ \in AdminQGen(AdminWith("queued"))
    /\ inflight \in QGen(AdminWith("fetched"))
    /\ vfq \in [VF -> UNION {QGen(OwnCvqOf(v)) : v \in VF}]
    /\ Drop = 8 \/ ExactlyOnceCompletion
    /\ Drop = 2 \/ InvQueuedSubmitted
    /\ Drop = 3 \/ InvQueueStatus
    /\ Drop = 4 \/ InvQueuesDistinct
    /\ Drop = 5 \/ InvVfqCurrent
    /\ Drop = 6 \/ InvDisabledNoVfs
    /\ Drop = 14 \/ InvOutstandingQueued
    /\ Drop = 20 \/ InvSyncedDestroy
    /\ effects \in EffectGen
    /\ Drop = 9 \/ NoStaleEffect
    /\ Drop = 15 \/ InvEffectsOfOk
    /\ devMac \in [Target -> Mac \cup {DefaultMac}]
    /\ Drop = 16 \/ InvDevMac
    /\ trusted \in [VF -> BOOLEAN]
    /\ Drop = 17 \/ InvTrusted
    /\ drvMac \in [Target -> Mac \cup {DefaultMac}]
    /\ Drop = 19 \/ InvDrvMac
    /\ drvLast \in [Target -> CmdId \cup {NoCmd}]
    /\ Drop = 18 \/ InvDrvLast
    /\ Bounds
    /\ IInvWithout
=============================================================================
