-------------------------- MODULE SequenceTheorems --------------------------
(***************************************************************************)
(* A stand-in, written for this project, for the TLA+ Proof System's       *)
(* library module of the same name, so that a spec or proof that EXTENDS   *)
(* it parses with SANY and checks with TLC.  The theorems are this         *)
(* project's statements of the documented facts, without proofs (PROOF     *)
(* OMITTED): TLC does not check theorems, and with TLAPS installed its own *)
(* module is used instead of this one.                                     *)
(***************************************************************************)
EXTENDS Naturals, Sequences

THEOREM ElementOfSeq ==
  ASSUME NEW S, NEW s \in Seq(S), NEW n \in 1..Len(s)
  PROVE  s[n] \in S
PROOF OMITTED

THEOREM EmptySeq ==
  ASSUME NEW S
  PROVE  /\ << >> \in Seq(S)
         /\ \A s \in Seq(S) : (s = << >>) <=> (Len(s) = 0)
PROOF OMITTED

THEOREM LenProperties ==
  ASSUME NEW S, NEW s \in Seq(S)
  PROVE  /\ Len(s) \in Nat
         /\ s \in [1..Len(s) -> S]
         /\ DOMAIN s = 1..Len(s)
PROOF OMITTED

THEOREM IsASeq ==
  ASSUME NEW n \in Nat, NEW e(_), NEW T, \A i \in 1..n : e(i) \in T
  PROVE  [i \in 1..n |-> e(i)] \in Seq(T)
PROOF OMITTED

THEOREM SeqEqual ==
  ASSUME NEW S, NEW s \in Seq(S), NEW t \in Seq(S),
         Len(s) = Len(t), \A i \in 1..Len(s) : s[i] = t[i]
  PROVE  s = t
PROOF OMITTED

THEOREM AppendProperties ==
  ASSUME NEW S, NEW s \in Seq(S), NEW x \in S
  PROVE  /\ Append(s, x) \in Seq(S)
         /\ Len(Append(s, x)) = Len(s) + 1
         /\ \A i \in 1..Len(s) : Append(s, x)[i] = s[i]
         /\ Append(s, x)[Len(s) + 1] = x
PROOF OMITTED

THEOREM ConcatProperties ==
  ASSUME NEW S, NEW s1 \in Seq(S), NEW s2 \in Seq(S)
  PROVE  /\ s1 \o s2 \in Seq(S)
         /\ Len(s1 \o s2) = Len(s1) + Len(s2)
         /\ \A i \in 1..Len(s1) : (s1 \o s2)[i] = s1[i]
         /\ \A i \in 1..Len(s2) : (s1 \o s2)[Len(s1) + i] = s2[i]
PROOF OMITTED

THEOREM HeadTailProperties ==
  ASSUME NEW S, NEW s \in Seq(S), s # << >>
  PROVE  /\ Head(s) \in S
         /\ Tail(s) \in Seq(S)
         /\ Len(Tail(s)) = Len(s) - 1
         /\ \A i \in 1..Len(Tail(s)) : Tail(s)[i] = s[i + 1]
PROOF OMITTED

THEOREM SubSeqProperties ==
  ASSUME NEW S, NEW s \in Seq(S), NEW m \in 1..(Len(s) + 1), NEW n \in (m - 1)..Len(s)
  PROVE  /\ SubSeq(s, m, n) \in Seq(S)
         /\ Len(SubSeq(s, m, n)) = n - m + 1
         /\ \A i \in 1..(n - m + 1) : SubSeq(s, m, n)[i] = s[m + i - 1]
PROOF OMITTED

THEOREM ExceptSeq ==
  ASSUME NEW S, NEW s \in Seq(S), NEW i \in 1..Len(s), NEW e \in S
  PROVE  /\ [s EXCEPT ![i] = e] \in Seq(S)
         /\ Len([s EXCEPT ![i] = e]) = Len(s)
PROOF OMITTED

THEOREM SelectSeqProperties ==
  ASSUME NEW S, NEW s \in Seq(S), NEW Test(_)
  PROVE  /\ SelectSeq(s, Test) \in Seq(S)
         /\ Len(SelectSeq(s, Test)) <= Len(s)
PROOF OMITTED

\* Induction over finite sequences: from the empty one, appending.
THEOREM SequencesInductionTail ==
  ASSUME NEW S, NEW P(_), P(<< >>),
         \A s \in Seq(S) : s # << >> /\ P(Tail(s)) => P(s)
  PROVE  \A s \in Seq(S) : P(s)
PROOF OMITTED

THEOREM SequencesInductionAppend ==
  ASSUME NEW S, NEW P(_), P(<< >>),
         \A s \in Seq(S), x \in S : P(s) => P(Append(s, x))
  PROVE  \A s \in Seq(S) : P(s)
PROOF OMITTED
=============================================================================
