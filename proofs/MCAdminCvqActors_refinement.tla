------------------- MODULE MCAdminCvqActors_refinement ---------------------
(***************************************************************************)
(* The refinement of AdminCvqActors_refinement on the spec's own bounds    *)
(* (spec-tla/MCAdminCvqActors.tla): MCSpec must imply AtomicSpec.  The     *)
(* cfgs bind the constants; OneCmd is the one bound added here, for the    *)
(* model small enough for the test (the spec's own bounds: by hand).       *)
(***************************************************************************)
EXTENDS MCAdminCvqActors, AdminCvqActors_refinement

OneCmd == 1..1
=============================================================================
