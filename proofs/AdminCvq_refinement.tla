------------------------- MODULE AdminCvq_refinement -------------------------
(***************************************************************************)
(* AdminCvq implements AdminCvqAtomic, for the safe designs:               *)
(*                                                                         *)
(*   THEOREM Refinement == SafeDesign => (Spec => AtomicSpec)              *)
(*                                                                         *)
(* where AtomicSpec is AdminCvqAtomic!Spec under the refinement mapping    *)
(* below: every command, however long it sits on the admin CVQ, fetched    *)
(* or not, behaves as if it took effect atomically on the incarnation it   *)
(* was issued for, or failed because that incarnation was gone.            *)
(*                                                                         *)
(* WHAT IS CHECKED, AND BY WHAT.  SANY parses this module.  TLC checks     *)
(* Spec => AtomicSpec (safety and liveness) as a temporal property on the  *)
(* bounded models of MCAdminCvq_refinement.tla for both safe designs, and  *)
(* finds a counterexample for the unsafe design none / none / in order     *)
(* (models/refinement_*.cfg).  The proof below is a skeleton for TLAPS:    *)
(* it has not been run through TLAPS, and its liveness step is OMITTED.    *)
(***************************************************************************)
EXTENDS AdminCvq_proof

(***************************************************************************)
(* The refinement mapping.  AdminCvqAtomic's constants are AdminCvq's of   *)
(* the same names.  Its variables:                                         *)
(*   vfEnable, vfState, inc  <- the same: the VF lifecycle (VF Enable,     *)
(*        live / DEVICE_NEEDS_RESET / absent, incarnation number) is the   *)
(*        device's and is not abstracted;                                  *)
(*   devMac, trusted         <- the same: the config a command changes;    *)
(*   effects                 <- the same: the history of config changes,   *)
(*        so that "on which incarnation did c act" is compared exactly;    *)
(*   req                     <- ReqOf: each submission with its target,    *)
(*        incarnation, queue, op and argument; its status is "pending"     *)
(*        while it is queued on a CVQ or fetched by the PF (AbsStatus),    *)
(*        and the ack the device wrote once it is written.                 *)
(* Hidden (no abstract counterpart): adminQ, inflight, vfq (where a        *)
(* pending command waits), completions (how many acks), drvMac, drvLast   *)
(* and the seen / preBarrier / gone fields (the driver's bookkeeping and   *)
(* history).  So DeviceFetch and DriverCollect are abstract stuttering     *)
(* steps; DeviceProcess and DeviceProcessVf are Execute.                   *)
(***************************************************************************)
AbsStatus(s) == IF s \in {"queued", "fetched"} THEN "pending" ELSE s

ReqOf ==
    [c \in CmdId |->
        IF cmd[c] = NotSubmitted THEN NotSubmitted
        ELSE [target |-> cmd[c].target, inc |-> cmd[c].inc, chan |-> cmd[c].chan,
              op |-> cmd[c].op, arg |-> cmd[c].arg, status |-> AbsStatus(cmd[c].status)]]

A == INSTANCE AdminCvqAtomic WITH req <- ReqOf

AtomicSpec == A!Spec

-----------------------------------------------------------------------------
THEOREM Refinement == SafeDesign => (Spec => AtomicSpec)
  <1> SUFFICES ASSUME SafeDesign PROVE Spec => AtomicSpec
      OBVIOUS
  <1>1. Init => A!Init
    BY DEF Init, A!Init, ReqOf
  <1>2. IInv /\ IInv' /\ [Next]_vars => [A!Next]_(A!avars)
    <2> SUFFICES ASSUME IInv, IInv', [Next]_vars PROVE [A!Next]_(A!avars)
        OBVIOUS
    <2>. USE DEF SafeDesign
    <2>1. ASSUME NEW c \in CmdId, NEW t \in Target, NEW op \in Ops, NEW arg,
                 DriverSubmitAdmin(c, t, op, arg)
          PROVE  A!Submit(c, t, "admin", op, arg)
      BY <2>1 DEF DriverSubmitAdmin, A!Submit, FreshId, Submitted, ReqOf, AbsStatus,
                  Live, A!Live, IncOf, A!IncOf
    <2>2. ASSUME NEW c \in CmdId, NEW v \in VF, NEW m \in Mac, DriverSubmitVf(c, v, m)
          PROVE  A!Submit(c, v, "vf", "setMac", m)
      BY <2>2 DEF DriverSubmitVf, A!Submit, FreshId, Submitted, ReqOf, AbsStatus,
                  A!Live, A!IncOf
    <2>3. ASSUME NEW c \in CmdId, DeviceFetch(c) PROVE UNCHANGED A!avars
      (* queued -> fetched: both "pending".                                *)
      BY <2>3 DEF DeviceFetch, A!avars, ReqOf, AbsStatus, IInv, InvQueueStatus, InSeq
    <2>4. ASSUME NEW c \in CmdId, DeviceProcess(c) PROVE A!Execute(c)
      (* fail = gone = ~Current(t, r.inc) under the incarnation check;     *)
      (* c was fetched, so pending (IInv 3).                               *)
      BY <2>4, SMT DEF DeviceProcess, A!Execute, A!Pending, A!Current, A!Live, A!IncOf,
                       A!TrustedOwn, ReqOf, AbsStatus, IInv, InvQueueStatus,
                       InvQueuedSubmitted, InAnyQueue, InSeq, Submitted, IncOf, PF, A!PF
    <2>5. ASSUME NEW c \in CmdId, DriverCollect(c) PROVE UNCHANGED A!avars
      BY <2>5 DEF DriverCollect, A!avars, ReqOf, AbsStatus
    <2>6. ASSUME NEW v \in VF, DeviceProcessVf(v) PROVE A!Execute(Head(vfq[v]))
      (* The head of v's CVQ is queued (IInv 3) and for inc[v] (IInv 5):   *)
      (* obey = live /\ trusted = Current(v, r.inc) /\ trusted.            *)
      BY <2>6, SMT DEF DeviceProcessVf, A!Execute, A!Pending, A!Current, A!Live, A!IncOf,
                       A!TrustedOwn, TrustedOwn, ReqOf, AbsStatus, IInv, InvQueueStatus,
                       InvQueuedSubmitted, InAnyQueue, InvVfqCurrent, InSeq, Submitted
    <2>7. ASSUME NEW v \in VF, VfNeedsReset(v) PROVE A!VfNeedsReset(v)
      BY <2>7 DEF VfNeedsReset, A!VfNeedsReset, ReqOf
    <2>8. ASSUME NEW v \in VF, DriverResetVf(v) PROVE A!ResetVf(v)
      (* Flushed = pending VF-CVQ commands to v: A!Destroy({v}).           *)
      BY <2>8, SMT DEF DriverResetVf, DestroyCmds, Flushed, Outstanding, Submitted,
                       A!ResetVf, A!Destroy, A!Pending, ReqOf, AbsStatus
    <2>9. CASE SriovDisable
      BY <2>9, SMT DEF SriovDisable, DestroyCmds, Flushed, Outstanding, Submitted,
                       A!SriovDisable, A!Destroy, A!Pending, ReqOf, AbsStatus
    <2>10. CASE SriovEnable
      BY <2>10 DEF SriovEnable, A!SriovEnable, ReqOf
    <2>11. CASE UNCHANGED vars
      BY <2>11 DEF vars, vfVars, queueVars, historyVars, A!avars, ReqOf
    <2>12. QED
      BY <2>1, <2>2, <2>3, <2>4, <2>5, <2>6, <2>7, <2>8, <2>9, <2>10, <2>11
         DEF Next, A!Next, Ops
  <1>3. Spec => \A c \in CmdId : WF_(A!avars)(A!Execute(c))
    (* From Fairness: a pending admin command is fetched and processed     *)
    (* (WF of DeviceFetch, DeviceProcess, InOrder queues); a pending       *)
    (* VF-CVQ command is processed (WF of DeviceProcessVf) or flushed.     *)
    (* Checked by TLC on the bounded models only.                          *)
    PROOF OMITTED
  <1>. QED
    BY <1>1, <1>2, <1>3, Invariance, PTL DEF Spec, AtomicSpec, A!Spec
=============================================================================
