-------------------- MODULE MCAdminCvqActors_reachable ---------------------
(***************************************************************************)
(* IInv of AdminCvqActors_proof, and DriverDeviceAgreement, on the         *)
(* reachable states of the spec's own bounds (MCAdminCvqActors.tla:        *)
(* MaxInc, MCMac = {1, 2}, trust commands only grant), from Init: step     *)
(* <1>1 of ActorsInvariance (Init => IInv) and the invariant on every      *)
(* reachable state, with two MAC values, which the inductive models (Mac = *)
(* {1}) do not have.  The cfgs bind the constants and name MCNext and the  *)
(* invariants; OneCmd is the one bound added here, for the model small     *)
(* enough for the test (two commands: by hand).                            *)
(***************************************************************************)
EXTENDS MCAdminCvqActors, AdminCvqActors_proof

OneCmd == 1..1
=============================================================================
