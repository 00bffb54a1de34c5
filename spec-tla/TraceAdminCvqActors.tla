------------------------ MODULE TraceAdminCvqActors ------------------------
(***************************************************************************)
(* Trace validation: does a run of an implementation, recorded as a log of *)
(* events (one per step it took, in the order the steps took effect), form *)
(* a behaviour of AdminCvqActors?                                          *)
(*                                                                         *)
(* Each event names the spec action the implementation took, with its      *)
(* parameters, and carries what the acting actor computed or observed in   *)
(* that step (the ack the device wrote, the completion the management      *)
(* driver reaped, the commands a reset flushed...); see reference/         *)
(* TRACE-MAPPING.md for every field.  Every action of AdminCvqActors is    *)
(* deterministic once its parameters are fixed, so the event determines    *)
(* the spec's next state; Step(e) takes that step and requires every value *)
(* the implementation reported to be the one the spec computes.  A log is  *)
(* accepted iff TraceSpec reaches l = Len(Log): the implementation's run   *)
(* is a behaviour of Spec for the constants the log's header names.        *)
(*                                                                         *)
(* As for the earlier TraceAdminCvq, two tools use Step: admincvq's        *)
(* in-process validator (model-check, validate/) evaluates Accept(e) with  *)
(* TLC's own evaluator event after event, the spec parsed once for many    *)
(* logs; a separate TLC process per log checks TraceSpec with the log as a *)
(* constant and reports a deadlock at the first event that does not match. *)
(***************************************************************************)
EXTENDS AdminCvqActors, TLC

CONSTANT Log   \* The events, a sequence of records [action |-> name, field |-> value, ...].

VARIABLE l     \* How many events of Log have been matched.

traceVars == <<l, vars>>

(* The commands a step completed, and added to the driver's ignore set.    *)
NewlyCompleted == {c \in CmdId : completions'[c] > completions[c]}
NewlyIgnored   == drvIgnore' \ drvIgnore

(* The spec action event e names, with the parameters it carries.          *)
Taken(e) ==
    \/ e.action = "DriverSubmitAdmin"  /\ DriverSubmitAdmin(e.c, e.t, e.op, e.arg)
    \/ e.action = "DriverCollect"      /\ DriverCollect
    \/ e.action = "DriverSriovDisable" /\ DriverSriovDisable
    \/ e.action = "DriverSriovEnable"  /\ DriverSriovEnable(e.n)
    \/ e.action = "DriverLearnVfReset" /\ DriverLearnVfReset(e.v)
                                       /\ resetNotice[e.v] \ resetNotice'[e.v] = {e.g}
    \/ e.action = "VfDriverSubmit"     /\ VfDriverSubmit(e.c, e.v, e.arg)
    \/ e.action = "VfDriverReset"      /\ VfDriverReset(e.v)
    \/ e.action = "DeviceFetch"        /\ DeviceFetch(e.c)
    \/ e.action = "DeviceProcess"      /\ DeviceProcess(e.c)
    \/ e.action = "DeviceProcessVf"    /\ DeviceProcessVf(e.v)
    \/ e.action = "DeviceVfNeedsReset" /\ DeviceVfNeedsReset(e.v)

(* What the implementation must report of that step, by the spec: the      *)
(* event's other fields (reference/TRACE-MAPPING.md), as a record, or <<>> *)
(* when the parameters are all there is.  DriverSubmitAdmin's pos is the   *)
(* available index it was made available at, which every design has (only  *)
(* "availFence" keeps it in req); DeviceProcess's applied is the spec's    *)
(* apply.                                                                  *)
Reported(e) ==
    CASE e.action = "DriverSubmitAdmin" ->
             [pos |-> availIdx, wgen |-> req'[e.c].wgen]
      [] e.action = "DriverCollect" ->
             [c |-> Head(adminUsed), t |-> req[Head(adminUsed)].target,
              ack |-> ack[Head(adminUsed)], ignored |-> Head(adminUsed) \in drvIgnore]
      [] e.action = "DriverSriovDisable" ->
             [flushed |-> NewlyCompleted, ignored |-> NewlyIgnored]
      [] e.action = "DriverSriovEnable" ->
             [gen |-> drvGen']
      [] e.action = "DriverLearnVfReset" ->
             [news |-> NoticeIsNews(e.v, e.g), ignored |-> NewlyIgnored]
      [] e.action = "VfDriverReset" ->
             [flushed |-> NewlyCompleted]
      [] e.action = "DeviceProcess" ->
             [t |-> req[e.c].target, ack |-> ack'[e.c],
              applied |-> ~DeviceFails(req[e.c], e.c) /\ Exists(req[e.c].target)]
      [] e.action = "DeviceProcessVf" ->
             [c |-> Head(vfq[e.v]), ack |-> ack'[Head(vfq[e.v])]]
      [] OTHER -> <<>>

(* The value event e reports for field f; the id lists are sets (their     *)
(* order is the implementation's).                                         *)
Observed(e, f) ==
    IF f \in {"flushed", "ignored"} /\ e.action # "DriverCollect"
    THEN Range(e[f]) ELSE e[f]

(* The fields where the implementation and the spec disagree.              *)
Disagreements(e) ==
    LET r == Reported(e) IN {f \in DOMAIN r : r[f] # Observed(e, f)}

(* One event: the spec action it names, and every value the implementation *)
(* reported equal to the spec's.  r is bound by \E over {Reported(e)}, the *)
(* same as LET r == Reported(e), for TLC: in a step, it does not keep the  *)
(* value of a LET definition that reads primed variables, and evaluated    *)
(* Reported(e) once for DOMAIN r and again for each field (2.9 times per   *)
(* event on a long trace, by TLC's -coverage); a bound variable holds the  *)
(* value, so Reported(e) is evaluated once.                                *)
Step(e) ==
    /\ Taken(e)
    /\ \E r \in {Reported(e)} : \A f \in DOMAIN r : r[f] = Observed(e, f)

(* Matching event e is one step of the spec and one event more matched.    *)
Accept(e) == l' = l + 1 /\ Step(e)

(* The step event e names, whatever the implementation reported (to tell   *)
(* a disabled action from wrong reported values when e is not accepted).   *)
Move(e) == l' = l + 1 /\ Taken(e)

-----------------------------------------------------------------------------
(* Evaluation forms.  Validating a trace of hundreds of commands, TLC      *)
(* spent most of an event's time in four definitions that read every       *)
(* command identity, and in one that gave a step twice.  The configuration *)
(* admincvq writes for a trace (validate/TraceModel) replaces each by its  *)
(* form below, TLC's "FreshId <- TraceFreshId": one that reads only the    *)
(* identities concerned, or gives the step once.  A trace is matched from  *)
(* Init by the spec's own actions, so it visits only states Spec reaches;  *)
(* in each of those, each form equals the definition it replaces:          *)
(* EvaluationFormsAgree (states) and NewlyCompletedFormAgrees (steps) say  *)
(* so, and TLC checks both over the reachable states of the matrix's       *)
(* models (MCTraceAdminCvqActors, EvaluationFormsTest).                    *)

(* FreshId(c): c is the least unused identity.  Each submission takes the  *)
(* least unused one, so the submitted identities are always 1..k for some  *)
(* k; then, where CmdId is 1..n (the trace model's RunCmdId is), c is the  *)
(* least unused one iff c is unused and c - 1 is used or no identity.      *)
TraceFreshId(c) == ~Submitted(c) /\ (c - 1 \in CmdId => Submitted(c - 1))

(* AckedErr(S), CountedOnce(S): ack and completions changed at the         *)
(* commands of S alone, one EXCEPT per command of S (the definitions       *)
(* evaluate their body once per identity).  Equal in every state.          *)
RECURSIVE ErrAt(_, _), CountAt(_, _)
ErrAt(f, S)   == IF S = {} THEN f
                 ELSE LET c == CHOOSE x \in S : TRUE
                      IN ErrAt([f EXCEPT ![c] = "ERR"], S \ {c})
CountAt(f, S) == IF S = {} THEN f
                 ELSE LET c == CHOOSE x \in S : TRUE
                      IN CountAt([f EXCEPT ![c] = @ + 1], S \ {c})
TraceAckedErr(S)    == ErrAt(ack, S)
TraceCountedOnce(S) == CountAt(completions, S)

(* Addressable(t): its disjuncts overlap at t = PF while VF Enable is set, *)
(* so TLC gave a submission to the PF two equal next states, which the     *)
(* validator then told apart by fingerprinting both: a state of hundreds   *)
(* of commands.  As a conditional it gives one.  Equal in every state.     *)
TraceAddressable(t) == IF t = PF THEN TRUE
                       ELSE vfEnable /\ WithinNumVfs(t, numVfs)

(* NewlyCompleted: the device completes a command only as it takes it off  *)
(* a queue (inflight or a VF's CVQ: DeviceProcess, DeviceProcessVf, a      *)
(* flush), so only the commands queued before the step can be among them.  *)
Queued == Range(adminQ) \cup Range(inflight) \cup UNION {Range(vfq[v]) : v \in VF}
QueuedNewlyCompleted == {c \in Queued : completions'[c] > completions[c]}

EvaluationFormsAgree ==
    /\ \A c \in CmdId : TraceFreshId(c) <=> FreshId(c)
    /\ \A t \in Target : TraceAddressable(t) <=> Addressable(t)
    /\ \A S \in SUBSET CmdId : /\ TraceAckedErr(S) = AckedErr(S)
                               /\ TraceCountedOnce(S) = CountedOnce(S)
NewlyCompletedFormAgrees == QueuedNewlyCompleted = NewlyCompleted

-----------------------------------------------------------------------------
TraceInit == l = 0 /\ Init

(* After the last event the log is done: stuttering, so that TLC reports a *)
(* deadlock only where an event cannot be matched.                         *)
TraceNext ==
    \/ l < Len(Log) /\ Accept(Log[l + 1])
    \/ l = Len(Log) /\ UNCHANGED traceVars

TraceSpec == TraceInit /\ [][TraceNext]_traceVars
=============================================================================
