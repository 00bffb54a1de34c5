--------------------------- MODULE AdminCvq_proof ---------------------------
(***************************************************************************)
(* Invariance proofs for AdminCvq, for the safe designs of the design-     *)
(* option table (spec-tla/RESULTS.md):                                     *)
(*                                                                         *)
(*   DriverSync \in {"drain", "barrier"}, DeviceCheck = "incarnation",     *)
(*   InOrder = TRUE                                                        *)
(*                                                                         *)
(*   THEOREM TypeCorrect == SafeDesign => (Spec => []TypeOK)               *)
(*   THEOREM Invariance  == SafeDesign => (Spec => []IInv)                 *)
(*   THEOREM Safety      == SafeDesign => (Spec => [](NoStaleEffect        *)
(*                              /\ FailOnGone /\ ExactlyOnceCompletion))   *)
(*                                                                         *)
(* IInv is an inductive invariant.  Each conjunct has one of three roles  *)
(* (proofs/conjuncts.json), each shown by a TLC model that drops it        *)
(* (MCAdminCvq_inductive.tla, Drop = k):                                   *)
(*   cti     (1-7, 9, 11-13, 20): without it IInv is not inductive; model  *)
(*           cti_k finds a two-state counterexample to induction;          *)
(*   goal    (8, 10, 15): without it the rest is still inductive (nocti_k  *)
(*           finds no counterexample), but IInv must imply it: it is, or   *)
(*           contains, a property of THEOREM Safety, and goal_k shows a    *)
(*           state of the rest that violates it;                           *)
(*   pinning (14, 16-19): without it the rest is still inductive and still *)
(*           implies the properties (nocti_k); it fixes a variable no      *)
(*           other conjunct constrains (devMac, drvLast, drvMac, trusted,  *)
(*           queue membership), so that the states of IInv are few enough *)
(*           for TLC to enumerate.  Dropping them all would leave an       *)
(*           invariant whose states TLC cannot enumerate on these bounds.  *)
(*                                                                         *)
(* WHAT IS CHECKED, AND BY WHAT.  TLAPS is not installed here: the proof   *)
(* steps below have NOT been run through the TLA+ Proof System.  SANY      *)
(* parses this module.  TLC checks, for the bounds of                      *)
(* MCAdminCvq_inductive.tla (one VF, CmdId = 1..2, MaxInc = 2, Mac = {1}), *)
(* that every state satisfying the bounded TypeOK /\ IInv has only         *)
(* successors (by the spec's unbounded Next) satisfying IInv (that is      *)
(* step <1>2 below, on those bounds) and that Init => IInv (step <1>1).    *)
(* The leaf steps name the definitions and backends TLAPS would need; they *)
(* are a plan for a TLAPS run, not a result of one.  See README.md.        *)
(***************************************************************************)
EXTENDS AdminCvq, TLAPS

(* The safe designs of the design-option table.                            *)
SafeDesign ==
    /\ DriverSync \in {"drain", "barrier"}
    /\ DeviceCheck = "incarnation"
    /\ InOrder = TRUE

-----------------------------------------------------------------------------
(* Helpers.                                                                *)
InAnyQueue(c) ==
    InSeq(adminQ, c) \/ InSeq(inflight, c) \/ \E v \in VF : InSeq(vfq[v], c)

Distinct(s) == \A i, j \in 1..Len(s) : i # j => s[i] # s[j]

(* The target t exists (the PF always; a VF unless SR-IOV destroyed it).   *)
Exists(t) == t = PF \/ vfState[t] # "absent"

(* The driver took c's OK as the new MAC of t's current incarnation        *)
(* (DriverCollect's condition, plus the incarnation).                      *)
CollectedOwn(c, t) ==
    /\ Submitted(c)
    /\ cmd[c].chan = "admin" /\ cmd[c].op = "setMac" /\ cmd[c].target = t
    /\ cmd[c].inc = IncOf(t)
    /\ cmd[c].seen /\ cmd[c].status = "OK" /\ ~cmd[c].preBarrier

(* The admin set-MACs the driver submitted to t's current incarnation.     *)
AdminSetMacs(t) ==
    {c \in CmdId : /\ Submitted(c)
                   /\ cmd[c].chan = "admin" /\ cmd[c].op = "setMac"
                   /\ cmd[c].target = t /\ cmd[c].inc = IncOf(t)}

Max(S) == CHOOSE m \in S : \A n \in S : n <= m

-----------------------------------------------------------------------------
(***************************************************************************)
(* The conjuncts of IInv.  Each is its own definition so that a model can  *)
(* drop one (models/cti_*.cfg).                                            *)
(***************************************************************************)

(* 2. Every command on a queue was submitted.  Role cti: without it an    *)
(* unused identity on the ring could be submitted and queued a second     *)
(* time (models/cti_2.cfg).                                                *)
InvQueuedSubmitted == \A c \in CmdId : InAnyQueue(c) => Submitted(c)

(* 3. A submitted command sits on the queue its state says: on the admin  *)
(* CVQ's available ring only queued admin commands, among the fetched ones *)
(* only fetched admin commands, on VF v's CVQ only queued commands of v's  *)
(* own driver.  Hence a completed command is on no queue and is never      *)
(* processed again: "The device writes an ack at most once"                *)
(* (ExactlyOnceCompletion).  Role cti (models/cti_3.cfg).                  *)
InvQueueStatus ==
    \A c \in CmdId : Submitted(c) =>
        /\ InSeq(adminQ, c)   => cmd[c].chan = "admin" /\ cmd[c].status = "queued"
        /\ InSeq(inflight, c) => cmd[c].chan = "admin" /\ cmd[c].status = "fetched"
        /\ \A v \in VF : InSeq(vfq[v], c) =>
               cmd[c].chan = "vf" /\ cmd[c].target = v /\ cmd[c].status = "queued"

(* 4. No queue holds a command twice (DeviceProcessVf removes only the     *)
(* head: a second copy would be completed a second time).  Role cti.      *)
InvQueuesDistinct ==
    /\ Distinct(adminQ)
    /\ Distinct(inflight)
    /\ \A v \in VF : Distinct(vfq[v])

(* 5. Every command on VF v's own CVQ belongs to v's current incarnation:  *)
(* destroying v flushes its CVQ (DestroyCmds).  So when the PF obeys it,   *)
(* it acts on its own incarnation (NoStaleEffect), and when v is gone it   *)
(* is because v is not live, so the PF refuses it (FailOnGone).  Role cti *)
(* (under barrier; under drain conjunct 20 implies it).                    *)
InvVfqCurrent ==
    \A v \in VF : \A i \in 1..Len(vfq[v]) : cmd[vfq[v][i]].inc = inc[v]

(* 6. With VF Enable clear no VF exists and no VF CVQ holds a command      *)
(* ("the group only exists when the VF Enable bit ... is set", virtio      *)
(* 1.3, DOMAIN.md).  SR-IOV enable then starts new incarnations on empty   *)
(* CVQs, which keeps 5 true.  Role cti.                                    *)
InvDisabledNoVfs ==
    ~vfEnable => \A v \in VF : vfState[v] = "absent" /\ vfq[v] = <<>>

(* 7. "Management device MUST reserve 0 for virtual_device_id to identify  *)
(* itself": a command to the PF is meant for incarnation 0, the PF's only  *)
(* one, so the PF's own effects are never stale (NoStaleEffect).  Role    *)
(* cti.                                                                    *)
PfIncZeroRec(r) == r.target = PF => r.inc = 0
InvPfIncZero == \A c \in CmdId : Submitted(c) => PfIncZeroRec(cmd[c])

(* 11. Identities are taken in order (FreshId): no identity is used before *)
(* a smaller one.  Role cti (conjunct 18's Max needs it).                  *)
InvSubmittedPrefix ==
    \A c, d \in CmdId : (c < d /\ Submitted(d)) => Submitted(c)

(* 12. The shape of a command record: the driver reaps only completed      *)
(* commands; only a barrier marks commands pre-barrier, and only commands  *)
(* to VFs; the PF never fails (incarnation check: the PF is never gone)    *)
(* and is never gone; VF CVQ commands are never "fetched"; commands to the *)
(* PF come only on the admin CVQ.  Role cti (a reaped command that is     *)
(* still outstanding breaks 19).                                           *)
CmdShapeRec(r) ==
    /\ r.seen => r.status \in {"OK", "ERR"}
    /\ r.preBarrier => DriverSync = "barrier" /\ r.target # PF
    /\ r.target = PF => r.chan = "admin" /\ r.status # "ERR" /\ ~r.gone
    /\ r.chan = "vf" => r.status # "fetched"
InvCmdShape == \A c \in CmdId : Submitted(c) => CmdShapeRec(cmd[c])

(* 13. Incarnations start at 1 and only grow; a command to a VF is meant   *)
(* for an incarnation that already exists or existed.  Role cti.           *)
InvIncBound ==
    /\ \A v \in VF : inc[v] >= 1
    /\ \A c \in CmdId : (Submitted(c) /\ cmd[c].target \in VF)
                           => cmd[c].inc \in 1..inc[cmd[c].target]

(* 14. Conversely to 3, an outstanding command is on its queue: a queued   *)
(* admin command on the available ring, a fetched one among the fetched,   *)
(* a VF CVQ command on its VF's CVQ.  Role pinning: no counterexample to  *)
(* induction without it (a command missing from its queue is never        *)
(* processed, a liveness matter); it fixes the queues' contents.           *)
InvOutstandingQueued ==
    \A c \in CmdId : Outstanding(c) =>
        /\ (cmd[c].chan = "admin" /\ cmd[c].status = "queued")  => InSeq(adminQ, c)
        /\ (cmd[c].chan = "admin" /\ cmd[c].status = "fetched") => InSeq(inflight, c)
        /\ cmd[c].chan = "vf" => InSeq(vfq[cmd[c].target], c)

(* 15. The effects are exactly those of the commands acked OK, one each,   *)
(* recorded with the command's own op, target, incarnation and queue; a    *)
(* PF effect is untrusted; an obeyed VF CVQ command was obeyed under the   *)
(* VF's own trust grant ("decide whether or not to accept commands from    *)
(* normal cvq for a virtual [device]": TrustGate).  Role goal: the clause *)
(* e.chan = "vf" => e.trusted is TrustGate; the rest pins effects.         *)
InvEffectsOfOk ==
    /\ \A e \in effects :
          /\ Submitted(e.cmd)
          /\ cmd[e.cmd].status = "OK"
          /\ e.op = cmd[e.cmd].op /\ e.target = cmd[e.cmd].target
          /\ e.cmdInc = cmd[e.cmd].inc /\ e.chan = cmd[e.cmd].chan
          /\ e.target = PF => ~e.trusted
          /\ e.chan = "vf" => e.trusted
    /\ \A e1, e2 \in effects : e1.cmd = e2.cmd => e1 = e2
    /\ \A c \in CmdId : (Submitted(c) /\ cmd[c].status = "OK")
                           => \E e \in effects : e.cmd = c

(* 16. A target's MAC differs from the default exactly when it exists and  *)
(* a set-MAC took effect on its current incarnation.  Role pinning (no    *)
(* other conjunct reads devMac).                                           *)
InvDevMac ==
    \A t \in Target :
        devMac[t] # DefaultMac <=>
            /\ Exists(t)
            /\ \E e \in effects : e.op = "setMac" /\ e.target = t /\ e.onInc = IncOf(t)

(* 17. A VF is trusted only if it exists and a trust command took effect   *)
(* on its current incarnation.  Role pinning.                              *)
InvTrusted ==
    \A v \in VF :
        trusted[v] => /\ vfState[v] # "absent"
                      /\ \E e \in effects : e.op = "setTrust" /\ e.target = v
                                            /\ e.onInc = inc[v]

(* 18. drvLast[t] is the last admin set-MAC submitted to t's current       *)
(* incarnation, if any.  Role pinning (no other conjunct reads drvLast).   *)
InvDrvLast ==
    \A t \in Target :
        drvLast[t] = IF AdminSetMacs(t) = {} THEN NoCmd ELSE Max(AdminSetMacs(t))

(* 19. The driver's view of t's MAC differs from the default exactly when  *)
(* it reaped an OK, non-pre-barrier set-MAC of t's current incarnation.    *)
(* Role pinning (no other conjunct reads drvMac).                          *)
InvDrvMac ==
    \A t \in Target :
        drvMac[t] # DefaultMac <=> \E c \in CmdId : CollectedOwn(c, t)

(* 20. The driver's synchronisation ("The driver should synchronize        *)
(* between the admin control vq processing and virtual devices             *)
(* create/destroy"): a command the driver still waits for, whose VF was    *)
(* destroyed after it was submitted, exists only under "barrier", and then *)
(* it is pre-barrier ("all commands for this VF before the barrier that    *)
(* have not been completed can be ignored").  Under "drain" there is none. *)
(* Role cti (without it the driver takes a stale OK as its view: 19).      *)
InvSyncedDestroy ==
    \A c \in CmdId :
        (Pending(c) /\ cmd[c].target \in VF
         /\ (cmd[c].inc # inc[cmd[c].target] \/ vfState[cmd[c].target] = "absent"))
            => DriverSync = "barrier" /\ cmd[c].preBarrier

(***************************************************************************)
(* The inductive invariant.  Conjuncts 1, 8-10 and (part of) 15 are the   *)
(* theorems' goals (8-10 and TrustGate cite the thread in AdminCvq.tla).   *)
(* Roles (cti / goal / pinning): see the header and conjuncts.json.        *)
(***************************************************************************)
IInv ==
    /\ TypeOK                  \* 1.  type correctness (AdminCvq!TypeOK)
    /\ InvQueuedSubmitted      \* 2.  queues hold submitted commands
    /\ InvQueueStatus          \* 3.  a queue holds only not-yet-completed commands of its kind
    /\ InvQueuesDistinct       \* 4.  no command twice on a queue
    /\ InvVfqCurrent           \* 5.  a VF CVQ holds only its current incarnation's commands
    /\ InvDisabledNoVfs        \* 6.  VF Enable clear: no VFs, empty VF CVQs
    /\ InvPfIncZero            \* 7.  commands to the PF are for incarnation 0
    /\ ExactlyOnceCompletion   \* 8.  goal (needed for the implication only): "acks written at most once"
    /\ NoStaleEffect           \* 9.  goal, and needed for induction: "the command won't be effective any more"
    /\ FailOnGone              \* 10. goal (needed for the implication only): "(PF) must fail the command"
    /\ InvSubmittedPrefix      \* 11. identities are used in order
    /\ InvCmdShape             \* 12. shape of a command record
    /\ InvIncBound             \* 13. commands are for existing or past incarnations
    /\ InvOutstandingQueued    \* 14. outstanding commands are on their queue
    /\ InvEffectsOfOk          \* 15. effects = one per OK command (implies TrustGate: goal)
    /\ InvDevMac               \* 16. device MAC vs effects
    /\ InvTrusted              \* 17. trust vs effects
    /\ InvDrvLast              \* 18. the driver's last set-MAC
    /\ InvDrvMac               \* 19. the driver's MAC view vs reaped commands
    /\ InvSyncedDestroy        \* 20. drain / barrier discipline

-----------------------------------------------------------------------------
(***************************************************************************)
(* Type correctness.  TypeOK alone is not inductive (a queue could hold an *)
(* unused identity, whose record processing would write); it is proved     *)
(* with conjuncts 2-3 of IInv, so THEOREM TypeCorrect follows from         *)
(* THEOREM Invariance.  Still, the type lemma is stated first and on its   *)
(* own, the way Lamport's examples do.                                     *)
(***************************************************************************)
TypeInv == TypeOK /\ InvQueuedSubmitted /\ InvQueueStatus

LEMMA TypeStep == SafeDesign /\ TypeInv /\ [Next]_vars => TypeOK'
  <1> SUFFICES ASSUME SafeDesign, TypeInv, [Next]_vars PROVE TypeOK'
      OBVIOUS
  <1>1. ASSUME NEW c \in CmdId, NEW t \in Target, NEW op \in Ops, NEW arg,
               DriverSubmitAdmin(c, t, op, arg)
        PROVE  TypeOK'
    BY <1>1 DEF TypeInv, TypeOK, DriverSubmitAdmin, CmdRec, FreshId, Submitted,
                Live, IncOf, PF, VF, Target, Ops, Chans, Status
  <1>2. ASSUME NEW c \in CmdId, NEW v \in VF, NEW m \in Mac, DriverSubmitVf(c, v, m)
        PROVE  TypeOK'
    BY <1>2 DEF TypeInv, TypeOK, DriverSubmitVf, CmdRec, FreshId, Submitted, VF, Target
  <1>3. ASSUME NEW c \in CmdId, DeviceFetch(c) PROVE TypeOK'
    BY <1>3, SMT DEF TypeInv, TypeOK, DeviceFetch, CmdRec, InSeq, Remove, InvQueuedSubmitted,
                     InAnyQueue, Submitted, Status
  <1>4. ASSUME NEW c \in CmdId, DeviceProcess(c) PROVE TypeOK'
    BY <1>4, SMT DEF TypeInv, TypeOK, DeviceProcess, CmdRec, EffectRec, InSeq, Remove,
                     InvQueuedSubmitted, InAnyQueue, Submitted, IncOf, PF, VF, Target, Status
  <1>5. ASSUME NEW c \in CmdId, DriverCollect(c) PROVE TypeOK'
    BY <1>5 DEF TypeInv, TypeOK, DriverCollect, CmdRec, Completed, Submitted
  <1>6. ASSUME NEW v \in VF, DeviceProcessVf(v) PROVE TypeOK'
    BY <1>6, SMT DEF TypeInv, TypeOK, DeviceProcessVf, CmdRec, EffectRec, InvQueuedSubmitted,
                     InvQueueStatus, InAnyQueue, InSeq, Submitted, TrustedOwn, VF, Target
  <1>7. ASSUME NEW v \in VF, VfNeedsReset(v) PROVE TypeOK'
    BY <1>7 DEF TypeOK, VfNeedsReset, VfStates
  <1>8. ASSUME NEW v \in VF, DriverResetVf(v) PROVE TypeOK'
    BY <1>8, SMT DEF TypeOK, DriverResetVf, DestroyCmds, Flushed, CmdRec, Submitted,
                     Outstanding, Pending, VfStates
  <1>9. CASE SriovDisable
    BY <1>9, SMT DEF TypeOK, SriovDisable, DestroyCmds, Flushed, CmdRec, Submitted,
                     Outstanding, Pending, VfStates
  <1>10. CASE SriovEnable
    BY <1>10 DEF TypeOK, SriovEnable, VfStates
  <1>11. CASE UNCHANGED vars
    BY <1>11 DEF TypeOK, vars, vfVars, queueVars, driverVars, historyVars
  <1>12. QED
    BY <1>1, <1>2, <1>3, <1>4, <1>5, <1>6, <1>7, <1>8, <1>9, <1>10, <1>11 DEF Next, Ops

-----------------------------------------------------------------------------
(***************************************************************************)
(* The invariance proof, in the skeleton of Lamport's TCommit_proof and    *)
(* TwoPhase_proof: Init => IInv, IInv /\ [Next]_vars => IInv' one step per *)
(* action plus stuttering, QED by PTL.  TLC checked <1>1 and <1>2 on the   *)
(* bounds of MCAdminCvq_inductive.tla (models/inductive_*.cfg); no TLAPS   *)
(* backend has run on them.                                                *)
(***************************************************************************)
THEOREM Invariance == SafeDesign => (Spec => []IInv)
  <1> SUFFICES ASSUME SafeDesign PROVE Spec => []IInv
      OBVIOUS
  <1>1. Init => IInv
    BY SMT DEF Init, IInv, TypeOK, CmdRec, EffectRec, InvQueuedSubmitted, InAnyQueue, InSeq,
               InvQueueStatus, InvQueuesDistinct, Distinct, InvVfqCurrent, InvDisabledNoVfs,
               InvPfIncZero, PfIncZeroRec, ExactlyOnceCompletion, Completed, NoStaleEffect, FailOnGone,
               Submitted, InvSubmittedPrefix, InvCmdShape, CmdShapeRec, InvIncBound, InvOutstandingQueued,
               Outstanding, InvEffectsOfOk, InvDevMac, Exists, InvTrusted, InvDrvLast,
               AdminSetMacs, InvDrvMac, CollectedOwn, InvSyncedDestroy, Pending,
               PF, VF, Target, IncOf
  <1>2. IInv /\ [Next]_vars => IInv'
    <2> SUFFICES ASSUME IInv, [Next]_vars PROVE IInv'
        OBVIOUS
    <2>. USE DEF SafeDesign
    <2>1. ASSUME NEW c \in CmdId, NEW t \in Target, NEW op \in Ops, NEW arg,
                 DriverSubmitAdmin(c, t, op, arg)
          PROVE  IInv'
      (* A fresh, least identity goes on the admin CVQ's available ring as *)
      (* queued (2-4, 11, 14); it is meant for the target's current        *)
      (* incarnation (7, 13, 20) and becomes the target's last set-MAC     *)
      (* (18).                                                             *)
      BY <2>1, TypeStep, SMT DEF IInv, TypeInv, DriverSubmitAdmin, FreshId, Live, IncOf,
         InvQueuedSubmitted, InAnyQueue, InSeq, InvQueueStatus, InvQueuesDistinct, Distinct,
         InvVfqCurrent, InvDisabledNoVfs, InvPfIncZero, PfIncZeroRec, ExactlyOnceCompletion, Completed,
         NoStaleEffect, FailOnGone, Submitted, InvSubmittedPrefix, InvCmdShape, CmdShapeRec, InvIncBound,
         InvOutstandingQueued, Outstanding, InvEffectsOfOk, InvDevMac, Exists, InvTrusted,
         InvDrvLast, AdminSetMacs, Max, InvDrvMac, CollectedOwn, InvSyncedDestroy, Pending
    <2>2. ASSUME NEW c \in CmdId, NEW v \in VF, NEW m \in Mac, DriverSubmitVf(c, v, m)
          PROVE  IInv'
      (* A fresh identity goes on the VF's own CVQ, meant for the VF's     *)
      (* current incarnation (5); the VF is live, so VF Enable is set (6). *)
      BY <2>2, TypeStep, SMT DEF IInv, TypeInv, DriverSubmitVf, FreshId,
         InvQueuedSubmitted, InAnyQueue, InSeq, InvQueueStatus, InvQueuesDistinct, Distinct,
         InvVfqCurrent, InvDisabledNoVfs, ExactlyOnceCompletion, Completed, Submitted,
         InvSubmittedPrefix, InvCmdShape, CmdShapeRec, InvIncBound, InvOutstandingQueued, Outstanding,
         InvEffectsOfOk, InvDrvLast, AdminSetMacs, InvDrvMac, CollectedOwn,
         InvSyncedDestroy, Pending
    <2>3. ASSUME NEW c \in CmdId, DeviceFetch(c) PROVE IInv'
      (* The head of the available ring moves, as fetched, to the fetched  *)
      (* commands (3, 4, 14); nothing completes.                           *)
      BY <2>3, TypeStep, SMT DEF IInv, TypeInv, DeviceFetch, InSeq, Remove,
         InvQueuedSubmitted, InAnyQueue, InvQueueStatus, InvQueuesDistinct, Distinct,
         ExactlyOnceCompletion, Completed, FailOnGone, Submitted, InvCmdShape,
         InvOutstandingQueued, Outstanding, InvEffectsOfOk, InvDrvLast, AdminSetMacs,
         InvDrvMac, CollectedOwn, InvSyncedDestroy, Pending
    <2>4. ASSUME NEW c \in CmdId, DeviceProcess(c) PROVE IInv'
      (* The key step.  c is fetched, so not completed (3, 8): its one     *)
      (* completion makes completions[c] = 1 and Remove takes it off the   *)
      (* fetched commands (8).  DeviceCheck = "incarnation": fail = gone,  *)
      (* so a gone command acks ERR (10) and an applied one acts on        *)
      (* IncOf(t) = r.inc, by the check for a VF and by 7 for the PF (9).  *)
      BY <2>4, TypeStep, SMT DEF IInv, TypeInv, DeviceProcess, InSeq, Remove, IncOf, PF,
         InvQueuedSubmitted, InAnyQueue, InvQueueStatus, InvQueuesDistinct, Distinct,
         InvVfqCurrent, InvPfIncZero, PfIncZeroRec, ExactlyOnceCompletion, Completed, NoStaleEffect,
         FailOnGone, Submitted, InvCmdShape, CmdShapeRec, InvIncBound, InvOutstandingQueued, Outstanding,
         InvEffectsOfOk, InvDevMac, Exists, InvTrusted, InvDrvLast, AdminSetMacs,
         InvDrvMac, CollectedOwn, InvSyncedDestroy, Pending
    <2>5. ASSUME NEW c \in CmdId, DriverCollect(c) PROVE IInv'
      (* Only seen changes; an OK, non-pre-barrier set-MAC of the current  *)
      (* incarnation (20) sets the driver's view (19).                     *)
      BY <2>5, TypeStep, SMT DEF IInv, TypeInv, DriverCollect, Completed, Submitted,
         InvQueueStatus, ExactlyOnceCompletion, FailOnGone, InvCmdShape,
         InvOutstandingQueued, Outstanding, InvEffectsOfOk, InvDrvLast, AdminSetMacs,
         InvDrvMac, CollectedOwn, InvSyncedDestroy, Pending, IncOf
    <2>6. ASSUME NEW v \in VF, DeviceProcessVf(v) PROVE IInv'
      (* The head of v's CVQ is queued (3) and there once (4): it completes *)
      (* once (8).  It is meant for inc[v] (5), so gone means v is not     *)
      (* live and the PF acks ERR (10); obeyed, it acts on its own         *)
      (* incarnation (9), under a trust grant for it (15, by 17 and 9).    *)
      BY <2>6, TypeStep, SMT DEF IInv, TypeInv, DeviceProcessVf, InSeq, TrustedOwn,
         InvQueuedSubmitted, InAnyQueue, InvQueueStatus, InvQueuesDistinct, Distinct,
         InvVfqCurrent, ExactlyOnceCompletion, Completed, NoStaleEffect, FailOnGone,
         Submitted, InvCmdShape, CmdShapeRec, InvIncBound, InvOutstandingQueued, Outstanding,
         InvEffectsOfOk, InvDevMac, Exists, InvTrusted, InvDrvLast, AdminSetMacs,
         InvDrvMac, CollectedOwn, InvSyncedDestroy, Pending, IncOf
    <2>7. ASSUME NEW v \in VF, VfNeedsReset(v) PROVE IInv'
      (* Only vfState[v] changes, live to needsReset: v still exists.      *)
      BY <2>7, TypeStep DEF IInv, TypeInv, VfNeedsReset, InvQueuedSubmitted, InAnyQueue,
         InvQueueStatus, InvQueuesDistinct, InvVfqCurrent, InvDisabledNoVfs, InvPfIncZero,
         ExactlyOnceCompletion, Completed, NoStaleEffect, FailOnGone, Submitted,
         InvSubmittedPrefix, InvCmdShape, CmdShapeRec, InvIncBound, InvOutstandingQueued, Outstanding,
         InvEffectsOfOk, InvDevMac, Exists, InvTrusted, InvDrvLast, AdminSetMacs,
         InvDrvMac, CollectedOwn, InvSyncedDestroy, Pending, IncOf
    <2>8. ASSUME NEW v \in VF, DriverResetVf(v) PROVE IInv'
      (* A new incarnation of v: v's CVQ is flushed with ERR, each flushed *)
      (* command completed once (5, 8); no command or effect is yet meant  *)
      (* for the new incarnation (13, 16-19); under "drain" nothing to v   *)
      (* is pending, under "barrier" every pending one becomes             *)
      (* pre-barrier (20).                                                 *)
      BY <2>8, TypeStep, SMT DEF IInv, TypeInv, DriverResetVf, SyncAllows, DestroyCmds,
         Flushed, InvQueuedSubmitted, InAnyQueue, InSeq, InvQueueStatus, InvQueuesDistinct,
         Distinct, InvVfqCurrent, InvDisabledNoVfs, InvPfIncZero, PfIncZeroRec, ExactlyOnceCompletion,
         Completed, NoStaleEffect, FailOnGone, Submitted, InvSubmittedPrefix, InvCmdShape,
         InvIncBound, InvOutstandingQueued, Outstanding, InvEffectsOfOk, InvDevMac, Exists,
         InvTrusted, InvDrvLast, AdminSetMacs, InvDrvMac, CollectedOwn, InvSyncedDestroy,
         Pending, IncOf
    <2>9. CASE SriovDisable
      (* All VFs destroyed, their CVQs flushed (6, 8); configs and trust   *)
      (* back to default (16, 17); pending commands: none (drain) or       *)
      (* pre-barrier (barrier) (20).                                       *)
      BY <2>9, TypeStep, SMT DEF IInv, TypeInv, SriovDisable, SyncAllows, DestroyCmds,
         Flushed, InvQueuedSubmitted, InAnyQueue, InSeq, InvQueueStatus, InvQueuesDistinct,
         Distinct, InvVfqCurrent, InvDisabledNoVfs, InvPfIncZero, PfIncZeroRec, ExactlyOnceCompletion,
         Completed, NoStaleEffect, FailOnGone, Submitted, InvSubmittedPrefix, InvCmdShape,
         InvIncBound, InvOutstandingQueued, Outstanding, InvEffectsOfOk, InvDevMac, Exists,
         InvTrusted, InvDrvLast, AdminSetMacs, InvDrvMac, CollectedOwn, InvSyncedDestroy,
         Pending, IncOf
    <2>10. CASE SriovEnable
      (* New incarnations on empty CVQs (6 gives 5); no command or effect  *)
      (* is meant for them yet (13, 16-19).                                *)
      BY <2>10, TypeStep, SMT DEF IInv, TypeInv, SriovEnable, InvQueuedSubmitted, InAnyQueue,
         InSeq, InvQueueStatus, InvQueuesDistinct, InvVfqCurrent, InvDisabledNoVfs,
         InvPfIncZero, PfIncZeroRec, ExactlyOnceCompletion, Completed, NoStaleEffect, FailOnGone,
         Submitted, InvSubmittedPrefix, InvCmdShape, CmdShapeRec, InvIncBound, InvOutstandingQueued,
         Outstanding, InvEffectsOfOk, InvDevMac, Exists, InvTrusted, InvDrvLast,
         AdminSetMacs, InvDrvMac, CollectedOwn, InvSyncedDestroy, Pending, IncOf
    <2>11. CASE UNCHANGED vars
      BY <2>11 DEF IInv, vars, vfVars, queueVars, driverVars, historyVars, TypeOK,
         InvQueuedSubmitted, InAnyQueue, InvQueueStatus, InvQueuesDistinct, InvVfqCurrent,
         InvDisabledNoVfs, InvPfIncZero, PfIncZeroRec, ExactlyOnceCompletion, Completed, NoStaleEffect,
         FailOnGone, Submitted, InvSubmittedPrefix, InvCmdShape, CmdShapeRec, InvIncBound,
         InvOutstandingQueued, Outstanding, InvEffectsOfOk, InvDevMac, Exists, InvTrusted,
         InvDrvLast, AdminSetMacs, InvDrvMac, CollectedOwn, InvSyncedDestroy, Pending, IncOf
    <2>12. QED
      BY <2>1, <2>2, <2>3, <2>4, <2>5, <2>6, <2>7, <2>8, <2>9, <2>10, <2>11 DEF Next, Ops
  <1>. QED  BY <1>1, <1>2, PTL DEF Spec

THEOREM TypeCorrect == SafeDesign => (Spec => []TypeOK)
  BY Invariance, PTL DEF IInv

(* The theorem of AdminCvq.tla for the safe designs, restricted to the     *)
(* three properties IInv contains (TrustGate too: conjunct 15).            *)
THEOREM Safety == SafeDesign => (Spec => [](NoStaleEffect /\ FailOnGone
                                            /\ ExactlyOnceCompletion /\ TrustGate))
  <1>1. IInv => NoStaleEffect /\ FailOnGone /\ ExactlyOnceCompletion /\ TrustGate
    BY DEF IInv, InvEffectsOfOk, TrustGate
  <1>. QED  BY <1>1, Invariance, PTL
=============================================================================
