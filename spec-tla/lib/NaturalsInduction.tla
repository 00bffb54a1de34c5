------------------------- MODULE NaturalsInduction -------------------------
(***************************************************************************)
(* A stand-in, written for this project, for the TLA+ Proof System's       *)
(* library module of the same name, so that a spec or proof that EXTENDS   *)
(* it parses with SANY and checks with TLC.  The definitions are this      *)
(* project's own; the theorems are stated without proofs (PROOF OMITTED):  *)
(* TLC does not check theorems, and with TLAPS installed its own module is *)
(* used instead of this one.                                               *)
(***************************************************************************)
EXTENDS Naturals

\* P holds at 0, and at n + 1 whenever at n: then at every natural.
THEOREM NatInduction ==
  ASSUME NEW P(_), P(0), \A n \in Nat : P(n) => P(n + 1)
  PROVE  \A n \in Nat : P(n)
PROOF OMITTED

\* Strong (course-of-values) induction on the naturals.
THEOREM GeneralNatInduction ==
  ASSUME NEW P(_), \A n \in Nat : (\A m \in 0..(n - 1) : P(m)) => P(n)
  PROVE  \A n \in Nat : P(n)
PROOF OMITTED

\* P holds at a natural; then at a least one.
THEOREM SmallestNatural ==
  ASSUME NEW P(_), NEW n \in Nat, P(n)
  PROVE  \E m \in Nat : P(m) /\ \A k \in 0..(m - 1) : ~ P(k)
PROOF OMITTED

\* Induction downwards from e to s.
THEOREM DownwardNatInduction ==
  ASSUME NEW P(_), NEW s \in Nat, NEW e \in Nat, s <= e, P(e),
         \A n \in (s + 1)..e : P(n) => P(n - 1)
  PROVE  P(s)
PROOF OMITTED

\* f is defined on the naturals by f[0] = f0 and f[n] = Def(f[n - 1], n).
NatInductiveDefHypothesis(f, f0, Def(_, _)) ==
  f = CHOOSE g : g = [i \in Nat |-> IF i = 0 THEN f0 ELSE Def(g[i - 1], i)]

NatInductiveDefConclusion(f, f0, Def(_, _)) ==
  f = [i \in Nat |-> IF i = 0 THEN f0 ELSE Def(f[i - 1], i)]

THEOREM NatInductiveDef ==
  ASSUME NEW Def(_, _), NEW f, NEW f0, NatInductiveDefHypothesis(f, f0, Def)
  PROVE  NatInductiveDefConclusion(f, f0, Def)
PROOF OMITTED

\* The same on 0..n.
FiniteNatInductiveDefHypothesis(f, f0, Def(_, _), n) ==
  f = CHOOSE g : g = [i \in 0..n |-> IF i = 0 THEN f0 ELSE Def(g[i - 1], i)]

FiniteNatInductiveDefConclusion(f, f0, Def(_, _), n) ==
  f = [i \in 0..n |-> IF i = 0 THEN f0 ELSE Def(f[i - 1], i)]

THEOREM FiniteNatInductiveDef ==
  ASSUME NEW Def(_, _), NEW f, NEW f0, NEW n \in Nat, FiniteNatInductiveDefHypothesis(f, f0, Def, n)
  PROVE  FiniteNatInductiveDefConclusion(f, f0, Def, n)
PROOF OMITTED

\* A function defined by recursion on the naturals has its type.
THEOREM RecursiveFcnOfNatType ==
  ASSUME NEW S, NEW f0 \in S, NEW Def(_, _), NEW f,
         \A v \in S, n \in Nat \ {0} : Def(v, n) \in S,
         NatInductiveDefConclusion(f, f0, Def)
  PROVE  f \in [Nat -> S]
PROOF OMITTED
=============================================================================
