------------------------ MODULE SequencesExtTheorems ------------------------
(***************************************************************************)
(* A stand-in, written for this project, for the module of the same name   *)
(* that states facts of SequencesExt, so that a spec or proof that EXTENDS *)
(* it parses with SANY and checks with TLC.  The theorems are this         *)
(* project's statements of the documented facts, without proofs (PROOF     *)
(* OMITTED): TLC does not check theorems, and with TLAPS installed its own *)
(* module is used instead of this one.                                     *)
(***************************************************************************)
EXTENDS SequencesExt, SequenceTheorems

THEOREM ReverseProperties ==
  ASSUME NEW S, NEW s \in Seq(S)
  PROVE  /\ Reverse(s) \in Seq(S)
         /\ Len(Reverse(s)) = Len(s)
         /\ Reverse(Reverse(s)) = s
PROOF OMITTED

THEOREM ToSetProperties ==
  ASSUME NEW S, NEW s \in Seq(S)
  PROVE  /\ ToSet(s) \subseteq S
         /\ \A i \in 1..Len(s) : s[i] \in ToSet(s)
PROOF OMITTED

THEOREM FrontLastProperties ==
  ASSUME NEW S, NEW s \in Seq(S), s # << >>
  PROVE  /\ Front(s) \in Seq(S)
         /\ Last(s) \in S
         /\ s = Append(Front(s), Last(s))
PROOF OMITTED

THEOREM ConsProperties ==
  ASSUME NEW S, NEW s \in Seq(S), NEW e \in S
  PROVE  /\ Cons(e, s) \in Seq(S)
         /\ Head(Cons(e, s)) = e
         /\ Tail(Cons(e, s)) = s
PROOF OMITTED

THEOREM IsPrefixProperties ==
  ASSUME NEW S, NEW s \in Seq(S), NEW t \in Seq(S), IsPrefix(s, t)
  PROVE  /\ Len(s) <= Len(t)
         /\ \A i \in 1..Len(s) : s[i] = t[i]
PROOF OMITTED
=============================================================================
