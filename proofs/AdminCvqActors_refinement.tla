--------------------- MODULE AdminCvqActors_refinement ---------------------
(***************************************************************************)
(* Design A of AdminCvqActors refines AdminCvqActorsAtomic: every command  *)
(* takes effect atomically on the generation it was submitted for, or      *)
(* fails.                                                                  *)
(*                                                                         *)
(*   THEOREM ActorsRefinement == SafeDesignA => (Spec => AtomicSpec)       *)
(*                                                                         *)
(* Concrete steps and the abstract steps they map to: DriverSubmitAdmin    *)
(* and VfDriverSubmit -> Submit; DeviceProcess and DeviceProcessVf ->      *)
(* Succeed or Fail; DriverSriovDisable -> Destroy(VF) (flushed VF-CVQ      *)
(* commands fail with it); DriverSriovEnable -> Create(VF); VfDriverReset  *)
(* -> Recreate(v); DeviceVfNeedsReset -> Break(v); DeviceFetch,            *)
(* DriverCollect, DriverLearnVfReset -> stuttering (queues and the driver's*)
(* bookkeeping are not abstract state).                                    *)
(*                                                                         *)
(* TLAPS is not installed: no obligation below has been checked.  TLC      *)
(* checks AtomicSpec as a PROPERTY of MCSpec on the spec's bounds          *)
(* (MCAdminCvqActors_refinement.tla): with one command in the test         *)
(* (models/actors_refinement_A_oneCmd.cfg), with two by hand               *)
(* (models/actors_refinement_A.cfg).                                       *)
(***************************************************************************)
EXTENDS AdminCvqActors_proof

(* The refinement mapping, field by field.                                 *)
AUsable  == [v \in VF |-> vfState[v] = "live"]          \* NeedsResetDestroys: NEEDS_RESET is not usable
AExists  == [v \in VF |-> vfState[v] # "absent"]
ACmd     == [c \in CmdId |->
               IF ~Submitted(c) THEN NotSubmitted
               ELSE [target |-> req[c].target, meant |-> meantFor[c], chan |-> req[c].chan,
                     op |-> req[c].op, arg |-> req[c].arg,
                     status |-> IF ack[c] = "none" THEN "pending" ELSE ack[c]]]

A == INSTANCE AdminCvqActorsAtomic
         WITH usable <- AUsable, exists <- AExists, gen <- gen, provMac <- provMac,
              trusted <- trusted, cmd <- ACmd

AtomicSpec == A!Spec

THEOREM ActorsRefinement == SafeDesignA => (Spec => AtomicSpec)
  <1> SUFFICES ASSUME SafeDesignA PROVE Spec => AtomicSpec
      OBVIOUS
  <1>. USE DEF SafeDesignA, SafeDesign, AUsable, AExists, ACmd
  <1>1. Init => A!Init
    BY DEF Init, A!Init
  <1>2. IInv /\ IInv' /\ [Next]_vars => [A!Next]_A!avars
    (* One case per concrete action, as listed in the header; the key one  *)
    (* is DeviceProcess: wgen = gen[t] and InvGen give meantFor = gen[t].  *)
    PROOF OMITTED
  <1>3. Spec => A!Spec
    (* Safety from <1>1, <1>2 and ActorsInvariance; the fairness of        *)
    (* Succeed \/ Fail from that of DeviceFetch, DeviceProcess and         *)
    (* DeviceProcessVf (liveness: not attempted).                          *)
    PROOF OMITTED
  <1>. QED
    BY <1>3 DEF AtomicSpec
=============================================================================
