----------------------- MODULE MCTraceAdminCvqActors -----------------------
(***************************************************************************)
(* The evaluation forms of TraceAdminCvqActors checked against the         *)
(* definitions they replace when a trace is validated, over every state a  *)
(* model of the matrix reaches: "in each of those, each form equals the    *)
(* definition it replaces" (TraceAdminCvqActors, "Evaluation forms").      *)
(* EvaluationFormsTest checks it with the constants of models of the       *)
(* matrix.  The steps are the model's own (MCNext); no trace is matched,   *)
(* so the trace's counter l stays 0.                                       *)
(***************************************************************************)
EXTENDS MCAdminCvqActors, TraceAdminCvqActors

NoLog == <<>>

FormsInit == l = 0 /\ Init
FormsNext == MCNext /\ UNCHANGED l

(* "in each of those, each form equals the definition it replaces": of    *)
(* the states, EvaluationFormsAgree is the invariant; of the steps:        *)
FormsAgreeInEveryStep == [][NewlyCompletedFormAgrees]_<<vars, l>>
=============================================================================
