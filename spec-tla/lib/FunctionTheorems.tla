-------------------------- MODULE FunctionTheorems --------------------------
(***************************************************************************)
(* A stand-in, written for this project, for the TLA+ Proof System's       *)
(* library module of the same name, so that a spec or proof that EXTENDS   *)
(* it parses with SANY and checks with TLC.  The theorems are this         *)
(* project's statements of the documented facts, without proofs (PROOF     *)
(* OMITTED): TLC does not check theorems, and with TLAPS installed its own *)
(* module is used instead of this one.                                     *)
(***************************************************************************)
EXTENDS Functions

THEOREM Fun_RangeProperties ==
  ASSUME NEW S, NEW T, NEW f \in [S -> T]
  PROVE  /\ Range(f) \subseteq T
         /\ \A y \in Range(f) : \E x \in S : f[x] = y
PROOF OMITTED

THEOREM Fun_IsInj ==
  ASSUME NEW S, NEW T, NEW f \in [S -> T], \A a, b \in S : f[a] = f[b] => a = b
  PROVE  f \in Injection(S, T)
PROOF OMITTED

THEOREM Fun_IsSurj ==
  ASSUME NEW S, NEW T, NEW f \in [S -> T], \A y \in T : \E x \in S : f[x] = y
  PROVE  f \in Surjection(S, T)
PROOF OMITTED

THEOREM Fun_IsBij ==
  ASSUME NEW S, NEW T, NEW f, f \in Injection(S, T), f \in Surjection(S, T)
  PROVE  f \in Bijection(S, T)
PROOF OMITTED

THEOREM Fun_BijInverse ==
  ASSUME NEW S, NEW T, NEW f \in Bijection(S, T)
  PROVE  /\ Inverse(f, S, T) \in Bijection(T, S)
         /\ \A x \in S : Inverse(f, S, T)[f[x]] = x
PROOF OMITTED

THEOREM Fun_ExistsBijSymmetric ==
  ASSUME NEW S, NEW T, ExistsBijection(S, T)
  PROVE  ExistsBijection(T, S)
PROOF OMITTED

THEOREM Fun_ExistsBijTransitive ==
  ASSUME NEW S, NEW T, NEW U, ExistsBijection(S, T), ExistsBijection(T, U)
  PROVE  ExistsBijection(S, U)
PROOF OMITTED

\* Schroeder-Bernstein: injections both ways make a bijection.
THEOREM Fun_SchroederBernstein ==
  ASSUME NEW S, NEW T, ExistsInjection(S, T), ExistsInjection(T, S)
  PROVE  ExistsBijection(S, T)
PROOF OMITTED
=============================================================================
