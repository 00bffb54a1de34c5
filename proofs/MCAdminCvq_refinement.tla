------------------------- MODULE MCAdminCvq_refinement -------------------------
(***************************************************************************)
(* TLC check of Spec => AtomicSpec (AdminCvq_refinement.tla) on the bounds *)
(* of the spec's matrix models (spec-tla/MCAdminCvq.tla: one VF,           *)
(* Mac = {1, 2}, CmdId = 1..2, MaxInc = 2, only trust grants), with the    *)
(* same bounded MCSpec.  The mapping and the properties are those of      *)
(* AdminCvq_refinement; the only definition here is MCUnfairSpec: the     *)
(* submissions and device steps (MCCore) without fairness, for the model   *)
(* that shows TLC checks AtomicSpec's liveness part                        *)
(* (models/refinement_drain_unfair.cfg).                                   *)
(***************************************************************************)
EXTENDS MCAdminCvq, AdminCvq_refinement

MCUnfairSpec == Init /\ [][MCCore]_vars
=============================================================================
