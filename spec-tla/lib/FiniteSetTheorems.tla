------------------------- MODULE FiniteSetTheorems -------------------------
(***************************************************************************)
(* A stand-in, written for this project, for the TLA+ Proof System's       *)
(* library module of the same name, so that a spec or proof that EXTENDS   *)
(* it parses with SANY and checks with TLC.  The theorems are this         *)
(* project's statements of the documented facts, without proofs (PROOF     *)
(* OMITTED): TLC does not check theorems, and with TLAPS installed its own *)
(* module is used instead of this one.                                     *)
(***************************************************************************)
EXTENDS Integers, FiniteSets, Functions, WellFoundedInduction

THEOREM FS_CardinalityType ==
  ASSUME NEW S, IsFiniteSet(S)
  PROVE  Cardinality(S) \in Nat
PROOF OMITTED

THEOREM FS_EmptySet ==
  /\ IsFiniteSet({})
  /\ Cardinality({}) = 0
  /\ \A S : IsFiniteSet(S) => (Cardinality(S) = 0 <=> S = {})
PROOF OMITTED

THEOREM FS_Singleton ==
  /\ \A x : IsFiniteSet({x}) /\ Cardinality({x}) = 1
  /\ \A S : IsFiniteSet(S) => (Cardinality(S) = 1 <=> \E x : S = {x})
PROOF OMITTED

THEOREM FS_Interval ==
  ASSUME NEW a \in Int, NEW b \in Int
  PROVE  /\ IsFiniteSet(a..b)
         /\ Cardinality(a..b) = IF a > b THEN 0 ELSE b - a + 1
PROOF OMITTED

THEOREM FS_AddElement ==
  ASSUME NEW S, NEW x, IsFiniteSet(S)
  PROVE  /\ IsFiniteSet(S \cup {x})
         /\ Cardinality(S \cup {x}) = IF x \in S THEN Cardinality(S) ELSE Cardinality(S) + 1
PROOF OMITTED

THEOREM FS_RemoveElement ==
  ASSUME NEW S, NEW x, IsFiniteSet(S)
  PROVE  /\ IsFiniteSet(S \ {x})
         /\ Cardinality(S \ {x}) = IF x \in S THEN Cardinality(S) - 1 ELSE Cardinality(S)
PROOF OMITTED

THEOREM FS_Subset ==
  ASSUME NEW S, NEW T, IsFiniteSet(S), T \subseteq S
  PROVE  /\ IsFiniteSet(T)
         /\ Cardinality(T) <= Cardinality(S)
         /\ Cardinality(T) = Cardinality(S) => T = S
PROOF OMITTED

THEOREM FS_Union ==
  ASSUME NEW S, NEW T, IsFiniteSet(S), IsFiniteSet(T)
  PROVE  /\ IsFiniteSet(S \cup T)
         /\ Cardinality(S \cup T) = Cardinality(S) + Cardinality(T) - Cardinality(S \cap T)
PROOF OMITTED

THEOREM FS_Intersection ==
  ASSUME NEW S, NEW T, IsFiniteSet(S) \/ IsFiniteSet(T)
  PROVE  IsFiniteSet(S \cap T)
PROOF OMITTED

THEOREM FS_Difference ==
  ASSUME NEW S, NEW T, IsFiniteSet(S)
  PROVE  /\ IsFiniteSet(S \ T)
         /\ Cardinality(S \ T) = Cardinality(S) - Cardinality(S \cap T)
PROOF OMITTED

THEOREM FS_UNION ==
  ASSUME NEW S, IsFiniteSet(S), \A T \in S : IsFiniteSet(T)
  PROVE  IsFiniteSet(UNION S)
PROOF OMITTED

THEOREM FS_SUBSET ==
  ASSUME NEW S, IsFiniteSet(S)
  PROVE  /\ IsFiniteSet(SUBSET S)
         /\ Cardinality(SUBSET S) = 2 ^ Cardinality(S)
PROOF OMITTED

THEOREM FS_Product ==
  ASSUME NEW S, NEW T, IsFiniteSet(S), IsFiniteSet(T)
  PROVE  /\ IsFiniteSet(S \X T)
         /\ Cardinality(S \X T) = Cardinality(S) * Cardinality(T)
PROOF OMITTED

THEOREM FS_Image ==
  ASSUME NEW S, NEW f(_), IsFiniteSet(S)
  PROVE  /\ IsFiniteSet({f(x) : x \in S})
         /\ Cardinality({f(x) : x \in S}) <= Cardinality(S)
PROOF OMITTED

THEOREM FS_Injection ==
  ASSUME NEW S, NEW T, IsFiniteSet(T), ExistsInjection(S, T)
  PROVE  /\ IsFiniteSet(S)
         /\ Cardinality(S) <= Cardinality(T)
PROOF OMITTED

THEOREM FS_Surjection ==
  ASSUME NEW S, NEW T, IsFiniteSet(S), ExistsSurjection(S, T)
  PROVE  /\ IsFiniteSet(T)
         /\ Cardinality(T) <= Cardinality(S)
PROOF OMITTED

THEOREM FS_Bijection ==
  ASSUME NEW S, NEW T, IsFiniteSet(S), ExistsBijection(S, T)
  PROVE  /\ IsFiniteSet(T)
         /\ Cardinality(S) = Cardinality(T)
PROOF OMITTED

THEOREM FS_CountingElements ==
  ASSUME NEW S, IsFiniteSet(S)
  PROVE  ExistsBijection(1..Cardinality(S), S)
PROOF OMITTED

THEOREM FS_NatBijection ==
  ASSUME NEW S
  PROVE  IsFiniteSet(S) <=> \E n \in Nat : ExistsBijection(1..n, S)
PROOF OMITTED

\* Two majorities of a finite set have an element in common.
THEOREM FS_MajoritiesIntersect ==
  ASSUME NEW S, NEW A, NEW B, IsFiniteSet(S), A \subseteq S, B \subseteq S,
         Cardinality(A) + Cardinality(B) > Cardinality(S)
  PROVE  A \cap B # {}
PROOF OMITTED

\* Induction over finite sets: from the empty set, one element at a time.
THEOREM FS_Induction ==
  ASSUME NEW S, IsFiniteSet(S), NEW P(_), P({}),
         ASSUME NEW T, NEW x, IsFiniteSet(T), P(T), x \notin T
         PROVE  P(T \cup {x})
  PROVE  P(S)
PROOF OMITTED

\* Strict subsets of a finite set are a well-founded order.
THEOREM FS_StrictSubsetOrderingWellFounded ==
  ASSUME NEW S, IsFiniteSet(S)
  PROVE  IsWellFoundedOn(StrictSubsetOrdering(S), SUBSET S)
PROOF OMITTED
=============================================================================
