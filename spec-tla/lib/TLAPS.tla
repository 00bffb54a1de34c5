------------------------------- MODULE TLAPS --------------------------------
(***************************************************************************)
(* A minimal stand-in for the TLA+ Proof System's TLAPS module, written    *)
(* for this project, so that proof modules that EXTENDS TLAPS parse with   *)
(* SANY and can be checked with TLC.  For TLAPS each operator below names  *)
(* a back-end prover or a proof pragma (used as "BY SMT", "BY ZenonT(30)", *)
(* "BY PTL", "BY SetExtensionality"); for TLC they are all TRUE, so that   *)
(* citing them in a proof step changes no meaning.  With the real TLAPS    *)
(* installed, its own TLAPS.tla is used instead of this one.               *)
(***************************************************************************)

\* SMT solvers (default and with a timeout in seconds).
SMT       == TRUE
SMTT(X)   == TRUE
CVC3      == TRUE
CVC3T(X)  == TRUE
CVC4      == TRUE
CVC4T(X)  == TRUE
Yices     == TRUE
YicesT(X) == TRUE
veriT     == TRUE
veriTT(X) == TRUE
Z3        == TRUE
Z3T(X)    == TRUE
Spass     == TRUE
SpassT(X) == TRUE

\* Zenon (first-order tableau prover).
Zenon     == TRUE
ZenonT(X) == TRUE

\* Isabelle/TLA+ (default tactic, with a timeout, with a tactic, both).
Isa          == TRUE
IsaT(X)      == TRUE
IsaM(X)      == TRUE
IsaMT(X, Y)  == TRUE

\* All back-ends in turn.
AllProvers     == TRUE
AllProversT(X) == TRUE

\* Temporal logic: LS4 decides propositional temporal logic; PTL is its name
\* in proofs.
LS4                        == TRUE
PTL                        == TRUE
PropositionalTemporalLogic == TRUE

\* Arithmetic (Cooper's algorithm).
SimpleArithmetic == TRUE

\* Pragmas (facts to cite) about sets.
SetExtensionality        == TRUE
NoSetContainsEverything  == TRUE
IsaWithSetExtensionality == TRUE

\* Names kept for compatibility with older proofs.
SlowZenon       == TRUE
SlowerZenon     == TRUE
VerySlowZenon   == TRUE
SlowestZenon    == TRUE
Auto            == TRUE
Force           == TRUE
Blast           == TRUE
SimplifyAndSolve == TRUE
Simplification  == TRUE
AutoBlast       == TRUE

\* Not a prover: states that two sets are equal, as a fact to cite.
SameSet(S, T) == S = T
=============================================================================
