----------------------------- MODULE Functions -----------------------------
(***************************************************************************)
(* This project's own definitions of operators on functions, under the     *)
(* names that the TLA+ community modules and the TLA+ Proof System's       *)
(* library give them, so that a spec that EXTENDS Functions checks with    *)
(* admincvq.  This is NOT the community module nor the TLAPS library       *)
(* module: each definition below is written here, in plain TLA+, for TLC   *)
(* to evaluate; where the originals differ, theirs is the reference.       *)
(***************************************************************************)

\* The function f with its domain cut down to the elements of S.
Restrict(f, S) == [x \in S |-> f[x]]

\* The set of values f takes.
Range(f) == {f[x] : x \in DOMAIN f}

\* f maps no two elements of its domain to the same value.
IsInjective(f) == \A a, b \in DOMAIN f : f[a] = f[b] => a = b

\* Every element of T is a value of f.
IsSurjective(f, T) == T \subseteq Range(f)

\* The functions from S to T that are injective, surjective, bijective.
Injection(S, T)  == {f \in [S -> T] : IsInjective(f)}
Surjection(S, T) == {f \in [S -> T] : IsSurjective(f, T)}
Bijection(S, T)  == Injection(S, T) \cap Surjection(S, T)

ExistsInjection(S, T)  == Injection(S, T) # {}
ExistsSurjection(S, T) == Surjection(S, T) # {}
ExistsBijection(S, T)  == Bijection(S, T) # {}

\* A function from S back to the domain of f: each element of S that f
\* takes goes to one element mapped to it; the others to any element of
\* the domain.
Inverse(f, S, T) ==
  [t \in T |-> CHOOSE s \in S : t \in Range(f) => f[s] = t]

\* The function from the range of an injective f back to its domain.
AntiFunction(f) == [y \in Range(f) |-> CHOOSE x \in DOMAIN f : f[x] = y]

\* f restricted to the elements of its domain that satisfy P, and to those
\* whose value satisfies P.
RestrictDomain(f, P(_)) == Restrict(f, {x \in DOMAIN f : P(x)})
RestrictValues(f, P(_)) == Restrict(f, {x \in DOMAIN f : P(f[x])})

\* Whether f takes the value v somewhere.
IsValueOf(v, f) == v \in Range(f)

\* Combines the values of f over the elements of S with op, starting at
\* base (the order of the elements is TLC's choice, so op should be
\* commutative and associative).
RECURSIVE FoldOver(_, _, _, _)
FoldOver(op(_, _), base, f, S) ==
  IF S = {} THEN base
  ELSE LET x == CHOOSE y \in S : TRUE
       IN  op(f[x], FoldOver(op, base, f, S \ {x}))

FoldFunction(op(_, _), base, f) == FoldOver(op, base, f, DOMAIN f)
FoldFunctionOnSet(op(_, _), base, f, S) == FoldOver(op, base, f, S)
=============================================================================
