--------------------------- MODULE TraceAdminCvq ---------------------------
(***************************************************************************)
(* Trace validation: does a run of an implementation, recorded as a log of *)
(* events (one per step it took, in the order the steps took effect), form *)
(* a behaviour of AdminCvq?                                                *)
(*                                                                         *)
(* Each event names the spec action the implementation took and carries    *)
(* its parameters and the values the implementation computed (the acks,    *)
(* the incarnations, the commands a destroy flushed...); see reference/    *)
(* TRACE-MAPPING-v1.md for every field.  Every action of AdminCvq          *)
(* is deterministic once its parameters are fixed, so the event determines *)
(* the spec's next state; Step(e) takes that step and requires every value *)
(* the implementation reported to be the one the spec computes.  A log is  *)
(* accepted iff TraceSpec reaches l = Len(Log): the implementation's run   *)
(* is a behaviour of Spec (for the design the log's header names, which    *)
(* fixes the constants).                                                   *)
(*                                                                         *)
(* Two tools use Step.  admincvq's in-process validator (model-check,      *)
(* validate/) evaluates Accept(e) with TLC's own evaluator event after     *)
(* event, with the spec parsed once for many logs; a separate TLC process  *)
(* per log (the way CCF and etcd validate traces) checks TraceSpec with    *)
(* the log as a constant, and reports a deadlock at the first event that   *)
(* does not match.  Both evaluate the same operator, hence give the same   *)
(* verdicts; the benchmark measures that they do and how long each takes.  *)
(***************************************************************************)
EXTENDS AdminCvq, TLC

CONSTANT Log   \* The events, a sequence of records [action |-> name, field |-> value, ...].

VARIABLE l     \* How many events of Log have been matched.

traceVars == <<l, vars>>

(* The set of the elements of a sequence (for the id lists of an event).   *)
Range(s) == {s[i] : i \in DOMAIN s}

(* The commands a step newly marked pre-barrier, and newly completed.      *)
NewlyPreBarrier == {c \in CmdId : Submitted(c) /\ cmd'[c].preBarrier /\ ~cmd[c].preBarrier}
NewlyFlushed    == {c \in CmdId : completions'[c] > completions[c]}

(* The spec action event e names, with the parameters it carries.          *)
Taken(e) ==
    \/ e.action = "DriverSubmitAdmin" /\ DriverSubmitAdmin(e.c, e.t, e.op, e.arg)
    \/ e.action = "DriverSubmitVf"    /\ e.op = "setMac" /\ DriverSubmitVf(e.c, e.v, e.arg)
    \/ e.action = "DeviceFetch"       /\ DeviceFetch(e.c)
    \/ e.action = "DeviceProcess"     /\ DeviceProcess(e.c)
    \/ e.action = "DeviceProcessVf"   /\ DeviceProcessVf(e.v)
    \/ e.action = "DriverCollect"     /\ DriverCollect(e.c)
    \/ e.action = "SriovDisable"      /\ SriovDisable
    \/ e.action = "SriovEnable"       /\ SriovEnable
    \/ e.action = "VfNeedsReset"      /\ VfNeedsReset(e.v)
    \/ e.action = "DriverResetVf"     /\ DriverResetVf(e.v)

(* What the implementation must report of that step, by the spec: the      *)
(* event's other fields (reference/TRACE-MAPPING-v1.md), as a record, or   *)
(* <<>> when the parameters are all there is.                              *)
Reported(e) ==
    CASE e.action \in {"DriverSubmitAdmin", "DriverSubmitVf"} ->
             [inc |-> cmd'[e.c].inc]
      [] e.action = "DeviceProcess" ->
             [t |-> cmd[e.c].target, onInc |-> IncOf(cmd[e.c].target),
              status |-> cmd'[e.c].status, gone |-> cmd'[e.c].gone,
              applied |-> effects' # effects]
      [] e.action = "DeviceProcessVf" ->
             [c |-> Head(vfq[e.v]), status |-> cmd'[Head(vfq[e.v])].status,
              gone |-> cmd'[Head(vfq[e.v])].gone, applied |-> effects' # effects]
      [] e.action = "DriverCollect" ->
             [t |-> cmd[e.c].target, chan |-> cmd[e.c].chan, status |-> cmd[e.c].status,
              preBarrier |-> cmd[e.c].preBarrier, drvMac |-> drvMac'[cmd[e.c].target]]
      [] e.action = "SriovDisable" ->
             [flushed |-> NewlyFlushed, preBarrier |-> NewlyPreBarrier]
      [] e.action = "SriovEnable" ->
             [inc |-> inc']
      [] e.action = "DriverResetVf" ->
             [inc |-> inc'[e.v], flushed |-> NewlyFlushed, preBarrier |-> NewlyPreBarrier]
      [] OTHER -> <<>>

(* The value event e reports for field f; the id lists of a destroy are    *)
(* sets (their order is the implementation's).                             *)
Observed(e, f) ==
    IF e.action \in {"SriovDisable", "DriverResetVf"} /\ f \in {"flushed", "preBarrier"}
    THEN Range(e[f]) ELSE e[f]

(* The fields where the implementation and the spec disagree.              *)
Disagreements(e) ==
    LET r == Reported(e) IN {f \in DOMAIN r : r[f] # Observed(e, f)}

(* One event: the spec action it names, and every value the implementation *)
(* reported equal to the spec's.                                           *)
Step(e) ==
    /\ Taken(e)
    /\ LET r == Reported(e) IN \A f \in DOMAIN r : r[f] = Observed(e, f)

(* Matching event e is one step of the spec and one event more matched.    *)
Accept(e) == l' = l + 1 /\ Step(e)

(* The step event e names, whatever the implementation reported (to tell   *)
(* a disabled action from wrong reported values when e is not accepted).   *)
Move(e) == l' = l + 1 /\ Taken(e)

TraceInit == l = 0 /\ Init

(* After the last event the log is done: stuttering, so that TLC reports a *)
(* deadlock only where an event cannot be matched.                         *)
TraceNext ==
    \/ l < Len(Log) /\ Accept(Log[l + 1])
    \/ l = Len(Log) /\ UNCHANGED traceVars

TraceSpec == TraceInit /\ [][TraceNext]_traceVars
=============================================================================
