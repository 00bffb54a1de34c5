------------------------ MODULE WellFoundedInduction ------------------------
(***************************************************************************)
(* A stand-in, written for this project, for the TLA+ Proof System's       *)
(* library module of the same name, so that a spec or proof that EXTENDS   *)
(* it parses with SANY and checks with TLC.  The definitions are this      *)
(* project's own; the theorems are stated without proofs (PROOF OMITTED):  *)
(* TLC does not check theorems, and with TLAPS installed its own module is *)
(* used instead of this one.                                               *)
(***************************************************************************)
EXTENDS Naturals

\* R is a relation: a set of pairs <<x, y>>, read "x precedes y".
\* The elements of S that precede x in R.
SetLessThan(x, R, S) == {y \in S : <<y, x>> \in R}

\* R is well-founded on S: every non-empty subset of S has an element that
\* no element of that subset precedes.
IsWellFoundedOn(R, S) ==
  \A T \in SUBSET S : T # {} => \E x \in T : \A y \in T : <<y, x>> \notin R

\* The strict order < on the naturals, and the strict subset relation on
\* the subsets of S, as relations.
NatLessThan == {<<i, j>> \in Nat \X Nat : i < j}
StrictSubsetOrdering(S) == {<<A, B>> \in (SUBSET S) \X (SUBSET S) : A \subseteq B /\ A # B}

\* R restricted to S is transitive.
IsTransitivelyClosedOn(R, S) ==
  \A x, y, z \in S : <<x, y>> \in R /\ <<y, z>> \in R => <<x, z>> \in R

\* The preimage of T under f: the elements of S that f maps into T.
PreImage(f(_), S, T) == {s \in S : f(s) \in T}

\* The relation on S that compares images under f in R.
OpaqueRelation(f(_), S, R) == {<<x, y>> \in S \X S : <<f(x), f(y)>> \in R}

\* A definition by recursion along R on S: f is defined at x from its
\* values at the elements that precede x.
WFDefOn(R, S, Def(_, _)) ==
  \A g, h : \A x \in S :
    (\A y \in SetLessThan(x, R, S) : g[y] = h[y]) => Def(g, x) = Def(h, x)

WFInductiveDefines(f, S, Def(_, _)) == f = [x \in S |-> Def(f, x)]
WFInductiveUnique(S, Def(_, _)) ==
  \A g, h : WFInductiveDefines(g, S, Def) /\ WFInductiveDefines(h, S, Def) => g = h

THEOREM NatLessThanWellFounded == IsWellFoundedOn(NatLessThan, Nat)
PROOF OMITTED

THEOREM WFMin ==
  ASSUME NEW R, NEW S, IsWellFoundedOn(R, S), NEW T, T \subseteq S, T # {}
  PROVE  \E x \in T : \A y \in T : <<y, x>> \notin R
PROOF OMITTED

THEOREM WFInduction ==
  ASSUME NEW P(_), NEW R, NEW S, IsWellFoundedOn(R, S),
         \A x \in S : (\A y \in SetLessThan(x, R, S) : P(y)) => P(x)
  PROVE  \A x \in S : P(x)
PROOF OMITTED

THEOREM WFInductiveDef ==
  ASSUME NEW R, NEW S, NEW Def(_, _), IsWellFoundedOn(R, S), WFDefOn(R, S, Def)
  PROVE  WFInductiveDefines(CHOOSE g : WFInductiveDefines(g, S, Def), S, Def)
PROOF OMITTED

THEOREM WFInductiveUniqueness ==
  ASSUME NEW R, NEW S, NEW Def(_, _), IsWellFoundedOn(R, S), WFDefOn(R, S, Def)
  PROVE  WFInductiveUnique(S, Def)
PROOF OMITTED

THEOREM WFSubset ==
  ASSUME NEW R, NEW S, NEW T, T \subseteq S, IsWellFoundedOn(R, S)
  PROVE  IsWellFoundedOn(R, T)
PROOF OMITTED

THEOREM WFPreImage ==
  ASSUME NEW f(_), NEW S, NEW T, NEW R, \A s \in S : f(s) \in T, IsWellFoundedOn(R, T)
  PROVE  IsWellFoundedOn(OpaqueRelation(f, S, R), S)
PROOF OMITTED
=============================================================================
