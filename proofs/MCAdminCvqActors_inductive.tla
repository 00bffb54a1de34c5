--------------------- MODULE MCAdminCvqActors_inductive ---------------------
(***************************************************************************)
(* Inductiveness of IInv (designs A and B) of AdminCvqActors_proof,        *)
(* checked by TLC: the initial states are ALL states of the bounded        *)
(* TypeOK /\ IInv, the next-state relation is the spec's own, unbounded    *)
(* Next, and the invariant is IInv.                                        *)
(* A behaviour of two states that violates it is a counterexample to       *)
(* induction; none means: inductive on these bounds.                       *)
(*                                                                         *)
(* Bounds: one VF (ids 0 = PF, 1 = VF), CmdId = 1..NumCmds, Mac = {1},     *)
(* DefaultMac = 0, every Nat of TypeOK cut to 0..MaxInc (availIdx to       *)
(* 0..NumCmds, a request's pos to 0: "wireGen" never sets it), sequences   *)
(* to length <= NumCmds (BTypeOK).  Bounds is only a state constraint:     *)
(* successors outside it (a generation MaxInc + 1) are still checked       *)
(* against the invariant, not expanded.                                    *)
(*                                                                         *)
(* IndInit generates the states of Bounds /\ IInvWithout: each variable    *)
(* from a bounded set, each conjunct as a filter placed right after the    *)
(* variables it reads (TLC prunes as it goes).  The generators are         *)
(* BTypeOK's sets except these, narrowed by a conjunct and widened again   *)
(* when that conjunct is dropped: requests (ReqShapeRec, conjunct 8), the  *)
(* admin queues (cut from the sorted drvOut, conjunct 3) and the VF CVQ    *)
(* (sorted subsets of its own commands, conjunct 4); completions range     *)
(* over 0..1 (conjunct 7); pending notifications name generations from 2   *)
(* (conjunct 10); drvOut holds admin commands (conjunct 3, kept when 3 is  *)
(* dropped).  With Drop = 0 IndInit is exactly Bounds /\ IInv (the last    *)
(* two conjuncts of IndInit say so).                                       *)
(*                                                                         *)
(* Models (cfg per model, constant Drop = k):                              *)
(*   actors_inductive_*  Drop = 0, INVARIANT IInv and                      *)
(*                       DriverDeviceAgreement: success;                   *)
(*   actors_cti_k        INVARIANT IInvWithout: a two-state counterexample *)
(*                       to induction, so the invariant needs conjunct k;  *)
(*   actors_nocti_k      INVARIANT IInvWithout: success;                   *)
(*   actors_goal_k       INVARIANT the property conjunct k is (contains):  *)
(*                       fails in an initial state.                        *)
(***************************************************************************)
EXTENDS AdminCvqActors_proof

CONSTANTS
    MaxInc,   \* bound on generations (and every other Nat) in the initial states
    NumCmds,  \* CmdId = 1..NumCmds
    Drop      \* the conjunct a model drops (0: none)
ASSUME MaxInc \in Nat \ {0}
ASSUME NumCmds \in Nat \ {0}

NumConjuncts == 22
ASSUME Drop \in 0..NumConjuncts

IndMaxVFs     == 1
IndMac        == {1}
IndDefaultMac == 0
IndCmdId      == 1..NumCmds

Incs == 0..MaxInc

(* Req of AdminCvqActors with pos cut to 0 and wgen to 0..MaxInc.          *)
BReq ==
    [target : Target, chan : Chans, op : {"setMac"}, arg : Mac, pos : {0}, wgen : Incs]
    \cup
    [target : VF, chan : {"admin"}, op : {"setTrust"}, arg : BOOLEAN, pos : {0}, wgen : Incs]

BSeq(S) == UNION {[1..n -> S] : n \in 0..Cardinality(S)}

(* TypeOK (AdminCvqActors.tla) on the bounds.                              *)
BTypeOK ==
    /\ vfEnable \in BOOLEAN
    /\ numVfs \in 1..MaxVFs
    /\ vfState \in [VF -> VfStates]
    /\ gen \in [VF -> Incs]
    /\ fence \in [VF -> Incs]
    /\ provMac \in [Target -> MacVal]
    /\ trusted \in [VF -> BOOLEAN]
    /\ fetchGen \in [CmdId -> Incs]
    /\ req \in [CmdId -> BReq \cup {NotSubmitted}]
    /\ availIdx \in 0..NumCmds
    /\ adminQ \in BSeq(CmdId)
    /\ inflight \in BSeq(CmdId)
    /\ adminUsed \in BSeq(CmdId)
    /\ vfq \in [VF -> BSeq(CmdId)]
    /\ ack \in [CmdId -> Acks]
    /\ resetNotice \in [VF -> SUBSET Incs]
    /\ drvOut \subseteq CmdId
    /\ drvIgnore \subseteq CmdId
    /\ drvMac \in [Target -> MacVal]
    /\ drvLast \in [Target -> CmdId \cup {NoCmd}]
    /\ drvGen \in [VF -> Incs]
    /\ meantFor \in [CmdId -> Incs]
    /\ effectOn \in [CmdId -> Incs \cup {NoEffect}]
    /\ goneAt \subseteq CmdId
    /\ grantFor \in [VF -> Incs]
    /\ trustObeyed \subseteq CmdId
    /\ completions \in [CmdId -> Incs]

Bounds == BTypeOK

(***************************************************************************)
(* Conjunct(k) is conjunct k of IInv, in their order; IInvIsItsConjuncts   *)
(* (an invariant of the actors_inductive_* models) checks that IInv is     *)
(* exactly Conjunct(1) /\ ... /\ Conjunct(NumConjuncts).                   *)
(***************************************************************************)
Conjunct(k) ==
    CASE k = 1  -> TypeOK
      [] k = 2  -> InvSubmittedPrefix
      [] k = 3  -> InvAdminRing
      [] k = 4  -> InvVfqShape
      [] k = 5  -> InvVfqCurrent
      [] k = 6  -> InvAckQueued
      [] k = 7  -> ExactlyOnceCompletion
      [] k = 8  -> InvReqShape
      [] k = 9  -> InvUnusedFields
      [] k = 10 -> InvGen
      [] k = 11 -> InvEnable
      [] k = 12 -> InvNotice
      [] k = 13 -> NoStaleEffect
      [] k = 14 -> FailOnGone
      [] k = 15 -> InvEffects
      [] k = 16 -> InvTrusted
      [] k = 17 -> InvTrustObeyed
      [] k = 18 -> InvProvMac
      [] k = 19 -> InvDrvShape
      [] k = 20 -> InvSyncedDestroy
      [] k = 21 -> InvDrvLast
      [] k = 22 -> InvDrvMac

IInvIsItsConjuncts == IInv = \A k \in 1..NumConjuncts : Conjunct(k)

IInvWithout == \A k \in 1..NumConjuncts : k = Drop \/ Conjunct(k)

(* Conjunct k, unless it is dropped.                                       *)
Keep(k, P) == k = Drop \/ P

(* The generators narrowed by a conjunct, widened when it is dropped.      *)
(* Where noted, the widening is partial: it adds the states a              *)
(* counterexample to induction needs, not all states of the weakened       *)
(* invariant (a counterexample among some states is a counterexample).     *)
(* Requests without 8 (partial): any shape except a VF-CVQ request to the  *)
(* PF, for which vfq[PF] would be undefined.                               *)
ReqGen == IF Drop = 8 THEN {r \in BReq : r.chan = "vf" => r.target # PF}
                      ELSE {r \in BReq : ReqShapeRec(r)}

(* The admin queues: the sorted drvOut cut in three (conjunct 3).  Without *)
(* 3 (partial): any sequences of unreaped admin commands, repeats allowed  *)
(* (drvOut is still a set of admin commands: a queue holding an unused     *)
(* identity would make the device read NotSubmitted's fields, which TLC    *)
(* cannot evaluate).                                                       *)
RingCuts ==
    LET s == SortSeq(drvOut) IN
    UNION {{<<SubSeq(s, 1, i), SubSeq(s, i + 1, j), SubSeq(s, j + 1, Len(s))>> :
               j \in i..Len(s)} : i \in 0..Len(s)}
RingGen == IF Drop = 3 THEN BSeq(drvOut) \X BSeq(drvOut) \X BSeq(drvOut) ELSE RingCuts

(* VF v's CVQ: a sorted set of its own commands (conjunct 4).              *)
OwnVfCmds(v) == {c \in CmdId : Submitted(c) /\ req[c].chan = "vf" /\ req[c].target = v}
VfqGen == IF Drop = 4 THEN [VF -> BSeq(CmdId)]
                      ELSE {f \in [VF -> BSeq(CmdId)] :
                              \A v \in VF : \E S \in SUBSET OwnVfCmds(v) : f[v] = SortSeq(S)}

ComplGen == IF Drop = 7 THEN Incs ELSE 0..1

(* Pending notifications: generations from 2, which only a reset creates   *)
(* (conjunct 10).                                                          *)
NoticeGen == IF Drop = 10 THEN SUBSET Incs ELSE SUBSET (2..MaxInc)

(* Bounds /\ IInvWithout, reordered for enumeration (see the header).      *)
IndInit ==
    /\ req \in [CmdId -> ReqGen \cup {NotSubmitted}]
    /\ Keep(2, InvSubmittedPrefix)
    /\ vfEnable \in BOOLEAN
    /\ vfState \in [VF -> VfStates]
    /\ resetNotice \in [VF -> NoticeGen]
    /\ Keep(11, InvEnable)
    /\ gen \in [VF -> Incs]
    /\ drvGen \in [VF -> Incs]
    /\ Keep(12, InvNotice)
    /\ meantFor \in [CmdId -> Incs]
    /\ Keep(8, InvReqShape)
    /\ Keep(10, InvGen)
    /\ numVfs \in 1..MaxVFs
    /\ fence \in [VF -> Incs]
    /\ fetchGen \in [CmdId -> Incs]
    /\ availIdx \in 0..NumCmds
    /\ Keep(9, InvUnusedFields)
    /\ drvOut \in SUBSET {c \in CmdId : Adm(c)}
    /\ \E q \in RingGen : adminUsed = q[1] /\ inflight = q[2] /\ adminQ = q[3]
    /\ Keep(3, InvAdminRing)
    /\ vfq \in VfqGen
    /\ Keep(4, InvVfqShape)
    /\ Keep(5, InvVfqCurrent)
    /\ ack \in [CmdId -> Acks]
    /\ Keep(6, InvAckQueued)
    /\ completions \in [CmdId -> ComplGen]
    /\ Keep(7, ExactlyOnceCompletion)
    /\ effectOn \in [CmdId -> Incs \cup {NoEffect}]
    /\ Keep(13, NoStaleEffect)
    /\ Keep(15, InvEffects)
    /\ goneAt \in SUBSET CmdId
    /\ Keep(14, FailOnGone)
    /\ trusted \in [VF -> BOOLEAN]
    /\ grantFor \in [VF -> Incs]
    /\ Keep(16, InvTrusted)
    /\ trustObeyed \in SUBSET CmdId
    /\ Keep(17, InvTrustObeyed)
    /\ provMac \in [Target -> MacVal]
    /\ Keep(18, InvProvMac)
    /\ drvIgnore \in SUBSET CmdId
    /\ drvLast \in [Target -> CmdId \cup {NoCmd}]
    /\ drvMac \in [Target -> MacVal]
    /\ Keep(19, InvDrvShape)
    /\ Keep(20, InvSyncedDestroy)
    /\ Keep(21, InvDrvLast)
    /\ Keep(22, InvDrvMac)
    /\ Bounds
    /\ IInvWithout
=============================================================================
