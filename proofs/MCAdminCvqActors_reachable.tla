-------------------- MODULE MCAdminCvqActors_reachable ---------------------
(***************************************************************************)
(* IInv of AdminCvqActors_proof, and DriverDeviceAgreement, on the         *)
(* reachable states of the spec's own bounds (MCAdminCvqActors.tla:        *)
(* MaxInc, MCMac = {1, 2}, trust commands only grant), from Init: step     *)
(* <1>1 of ActorsInvariance (Init => IInv) and the invariant on every      *)
(* reachable state, with two MAC values, which the inductive models (Mac = *)
(* {1}) do not have.  Nothing is defined here: the cfgs bind the constants *)
(* and name MCNext and the invariants.                                     *)
(***************************************************************************)
EXTENDS MCAdminCvqActors, AdminCvqActors_proof
=============================================================================
