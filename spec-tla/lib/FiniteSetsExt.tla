--------------------------- MODULE FiniteSetsExt ---------------------------
(***************************************************************************)
(* This project's own definitions of operators on finite sets, under the   *)
(* names the TLA+ community module FiniteSetsExt gives them, so that a     *)
(* spec that EXTENDS FiniteSetsExt checks with admincvq.  This is NOT the  *)
(* community module: each definition is written here in plain TLA+ for     *)
(* TLC to evaluate (no Java overrides, so large sets are slower); where    *)
(* the community module differs, it is the reference.                      *)
(***************************************************************************)
EXTENDS Naturals, Integers, FiniteSets

\* Combines op(x) ... of the elements x of S with op, starting at base; the
\* order of the elements is TLC's choice, so op should be commutative and
\* associative.
RECURSIVE MapThenFoldSet(_, _, _, _, _)
MapThenFoldSet(op(_, _), base, f(_), choose(_), S) ==
  IF S = {} THEN base
  ELSE LET x == choose(S)
       IN  op(f(x), MapThenFoldSet(op, base, f, choose, S \ {x}))

FoldSet(op(_, _), base, S) ==
  MapThenFoldSet(op, base, LAMBDA x : x, LAMBDA T : CHOOSE t \in T : TRUE, S)

\* The sum and the product of a finite set of numbers.
SumSet(S)     == FoldSet(LAMBDA a, b : a + b, 0, S)
ProductSet(S) == FoldSet(LAMBDA a, b : a * b, 1, S)

\* The sum of f(x) over the elements x of S.
MapThenSumSet(f(_), S) ==
  MapThenFoldSet(LAMBDA a, b : a + b, 0, f, LAMBDA T : CHOOSE t \in T : TRUE, S)

\* The greatest and the least element of a non-empty finite set of numbers.
Max(S) == CHOOSE x \in S : \A y \in S : y <= x
Min(S) == CHOOSE x \in S : \A y \in S : x <= y

\* How many elements of S satisfy P.
Quantify(S, P(_)) == Cardinality({x \in S : P(x)})

\* The subsets of S with k elements.
kSubset(k, S) == {T \in SUBSET S : Cardinality(T) = k}

\* The elements in exactly one of A and B.
SymDiff(A, B) == (A \ B) \cup (B \ A)

\* The union of a set of sets (as UNION).
FlattenSet(S) == UNION S

\* The one element of S that satisfies P (TLC fails if there is none).
ChooseUnique(S, P(_)) == CHOOSE x \in S : P(x) /\ \A y \in S : P(y) => y = x

\* op folded over the elements of S from base, as FoldSet, base first.
ReduceSet(op(_, _), S, base) == FoldSet(op, base, S)
=============================================================================
