------------------- MODULE MCAdminCvqActors_refinement ---------------------
(***************************************************************************)
(* The refinement of AdminCvqActors_refinement on the spec's own bounds    *)
(* (spec-tla/MCAdminCvqActors.tla): MCSpec must imply AtomicSpec.  Nothing *)
(* is defined here; the cfgs bind the constants.                           *)
(***************************************************************************)
EXTENDS MCAdminCvqActors, AdminCvqActors_refinement
=============================================================================
