---------------------------- MODULE SequencesExt ----------------------------
(***************************************************************************)
(* This project's own definitions of operators on sequences, under the     *)
(* names the TLA+ community module SequencesExt gives them, so that a spec *)
(* that EXTENDS SequencesExt checks with admincvq.  This is NOT the        *)
(* community module: each definition is written here in plain TLA+ for     *)
(* TLC to evaluate; where the community module differs, it is the          *)
(* reference.                                                              *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

\* The set of the elements of s.
ToSet(s) == {s[i] : i \in DOMAIN s}

\* A sequence of the elements of the finite set S, each once, in an order
\* TLC chooses.
SetToSeq(S) ==
  LET n == Cardinality(S)
  IN  CHOOSE f \in [1..n -> S] : \A i, j \in 1..n : f[i] = f[j] => i = j

\* The sequences of the elements of S, each once, in every order.
SetToSeqs(S) ==
  LET n == Cardinality(S)
  IN  {f \in [1..n -> S] : \A i, j \in 1..n : f[i] = f[j] => i = j}

\* The sequences of length at most n of elements of S.
BoundedSeq(S, n) == UNION {[1..m -> S] : m \in 0..n}
SeqOf(S, n) == BoundedSeq(S, n)

\* Whether e is an element of s.
Contains(s, e) == \E i \in DOMAIN s : s[i] = e

\* s backwards.
Reverse(s) == [i \in 1..Len(s) |-> s[Len(s) - i + 1]]

\* e put before the first element of s.
Cons(e, s) == <<e>> \o s

\* s without its last element, and its last element.
Front(s) == SubSeq(s, 1, Len(s) - 1)
Last(s)  == s[Len(s)]

\* Whether s is a prefix (a suffix) of t; strictly, when also s # t.
IsPrefix(s, t)       == Len(s) <= Len(t) /\ SubSeq(t, 1, Len(s)) = s
IsStrictPrefix(s, t) == IsPrefix(s, t) /\ s # t
IsSuffix(s, t)       == IsPrefix(Reverse(s), Reverse(t))
IsStrictSuffix(s, t) == IsSuffix(s, t) /\ s # t

\* The prefixes and the suffixes of s (the empty one included).
Prefixes(s) == {SubSeq(s, 1, n) : n \in 0..Len(s)}
Suffixes(s) == {SubSeq(s, n, Len(s)) : n \in 1..(Len(s) + 1)}

\* s with e inserted at position i, with its i-th element replaced by e,
\* without its i-th element.
InsertAt(s, i, e)  == SubSeq(s, 1, i - 1) \o <<e>> \o SubSeq(s, i, Len(s))
ReplaceAt(s, i, e) == [s EXCEPT ![i] = e]
RemoveAt(s, i)     == SubSeq(s, 1, i - 1) \o SubSeq(s, i + 1, Len(s))

\* s without any element equal to e.
Remove(s, e) == SelectSeq(s, LAMBDA x : x # e)

\* s with every element equal to old replaced by new.
ReplaceAll(s, old, new) == [i \in DOMAIN s |-> IF s[i] = old THEN new ELSE s[i]]

\* The positions of s whose element satisfies P.
Indices(s, P(_)) == {i \in DOMAIN s : P(s[i])}

\* The sequences of a sequence of sequences, concatenated.
RECURSIVE FlattenSeq(_)
FlattenSeq(ss) == IF ss = <<>> THEN <<>> ELSE Head(ss) \o FlattenSeq(Tail(ss))

\* Pairs of the elements at the same positions of s and t (as long as the
\* shorter one).
Zip(s, t) ==
  [i \in 1..(IF Len(s) <= Len(t) THEN Len(s) ELSE Len(t)) |-> <<s[i], t[i]>>]

\* op combined over the elements of s from the left (from the right),
\* starting at base.
RECURSIVE FoldLeft(_, _, _)
FoldLeft(op(_, _), base, s) ==
  IF s = <<>> THEN base ELSE FoldLeft(op, op(base, Head(s)), Tail(s))

RECURSIVE FoldRight(_, _, _)
FoldRight(op(_, _), s, base) ==
  IF s = <<>> THEN base ELSE op(Head(s), FoldRight(op, Tail(s), base))

\* f applied to every element of s.
SeqMap(f(_), s) == [i \in DOMAIN s |-> f(s[i])]

\* The longest sequence that is a prefix of every sequence of the
\* non-empty set S.
LongestCommonPrefix(S) ==
  CHOOSE p \in UNION {Prefixes(s) : s \in S} :
    /\ \A s \in S : IsPrefix(p, s)
    /\ \A q \in UNION {Prefixes(s) : s \in S} :
         (\A s \in S : IsPrefix(q, s)) => Len(q) <= Len(p)
=============================================================================
