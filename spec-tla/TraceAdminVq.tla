------------------------------ MODULE TraceAdminVq ------------------------------
(***************************************************************************)
(* Trace validation of the published administration virtqueue: does a run *)
(* of reference/adminvq, recorded as a log of events (one per step it      *)
(* took, in the order the steps took effect), form a behaviour of AdminVq? *)
(*                                                                         *)
(* The conventions of TraceAdminCvqActors: each event names the AdminVq    *)
(* action the implementation took, with its parameters, and carries what   *)
(* the acting actor computed or observed in that step (the status and      *)
(* status_qualifier the device wrote or the owner driver read, the         *)
(* commands a reset gave up or released); reference/TRACE-MAPPING.md lists *)
(* every field ("AdminVq.tla").  Step(e) takes the step the event names    *)
(* and requires every value the implementation reported to be the one the *)
(* spec computes.  Two actions are not deterministic once their            *)
(* parameters are fixed: DeviceTake and DeviceAnswerHeld under TryAgain    *)
(* ("\E o \in Results(r)": a success or EAGAIN); the status the event      *)
(* reports picks the step.  A log is accepted iff TraceSpec reaches        *)
(* l = Len(Log).                                                           *)
(*                                                                         *)
(* spec variable | trace field            | Java                           *)
(* res[c]        | status, qual           | AdminQueues.result(c), decoded *)
(* held          | DeviceTake's held      | AvqDevice.held()               *)
(* drvOut        | givenUp                | OwnerDriver.drvOut()           *)
(* held (of n)   | DeviceMemberResetDone's released | AvqDevice.held()     *)
(***************************************************************************)
EXTENDS AdminVq, TLC

CONSTANTS
    Log,      \* The events, a sequence of records [action |-> name, field |-> value, ...].
    Listed,   \* The run's start: TRUE is InitFrom(TRUE, Prepared), where the owner driver
              \* has done LIST_QUERY and LIST_USE for every group the device supports;
              \* FALSE is Init.
    Prepared  \* With Listed: it has also set the driver capability and created a device
              \* parts object of type SET (InitFrom's prepared).

ASSUME ListedType == Listed \in BOOLEAN /\ Prepared \in BOOLEAN /\ (Prepared => Listed)

VARIABLE l    \* How many events of Log have been matched.

traceVars == <<l, vars>>

(* The set of the elements of a sequence (for the id lists of an event).   *)
Range(s) == {s[i] : i \in DOMAIN s}

(* The spec action event e names, with the parameters it carries.          *)
Taken(e) ==
    \/ e.action = "DriverSubmit"          /\ DriverSubmit(e.c, e.q, e.g, e.op, e.n, e.v, e.stop)
    \/ e.action = "DriverSubmitCap"       /\ DriverSubmitCap(e.c, e.q, e.op, e.l)
    \/ e.action = "DriverSubmitObj"       /\ DriverSubmitObj(e.c, e.q, e.op, e.o, e.k)
    \/ e.action = "DriverCollect"         /\ DriverCollect(e.c)
    \/ e.action = "DriverSriovDisable"    /\ DriverSriovDisable
    \/ e.action = "DriverSriovEnable"     /\ DriverSriovEnable(e.k)
    \/ e.action = "DriverResetDevice"     /\ DriverResetDevice
    \/ e.action = "DriverRecover"         /\ DriverRecover
    \/ e.action = "MemberDriverReset"     /\ MemberDriverReset(e.n)
    \/ e.action = "MemberDriverFlr"       /\ MemberDriverFlr(e.n)
    \/ e.action = "DeviceMemberResetDone" /\ DeviceMemberResetDone(e.n)
    \/ e.action = "DeviceTake"            /\ DeviceTake(e.q, e.c)
    \/ e.action = "DeviceAnswerHeld"      /\ DeviceAnswerHeld(e.c)
    \/ e.action = "DeviceNeedsReset"      /\ DeviceNeedsReset

(* What the device wrote for c in this step: status and status_qualifier,  *)
(* or "none" for both while it holds c unanswered ("the device MUST        *)
(* respond ... after the member device completes FLR").                    *)
Answer(c) == IF res'[c] = NoResult THEN [status |-> "none", qual |-> "none"] ELSE res'[c]

(* What the implementation must report of that step, by the spec, as a    *)
(* record, or <<>> when the parameters are all there is:                   *)
(*  - DriverCollect: the status and status_qualifier the owner driver read *)
(*    from the used buffer;                                                *)
(*  - DriverResetDevice, DriverRecover: the commands it gave up, drvOut    *)
(*    ("every command not taken back");                                    *)
(*  - DeviceMemberResetDone: the held commands the reset or FLR releases   *)
(*    ("after the member device completes FLR");                           *)
(*  - DeviceTake: whether it holds c, else the result it wrote;            *)
(*  - DeviceAnswerHeld: the result it wrote.                               *)
Reported(e) ==
    CASE e.action = "DriverCollect" ->
             [status |-> res[e.c].status, qual |-> res[e.c].qual]
      [] e.action \in {"DriverResetDevice", "DriverRecover"} ->
             [givenUp |-> drvOut]
      [] e.action = "DeviceMemberResetDone" ->
             [released |-> {c \in held : req[c].member = e.n}]
      [] e.action = "DeviceTake" ->
             [held |-> e.c \in held', status |-> Answer(e.c).status,
              qual |-> Answer(e.c).qual]
      [] e.action = "DeviceAnswerHeld" ->
             [status |-> res'[e.c].status, qual |-> res'[e.c].qual]
      [] OTHER -> <<>>

(* The value event e reports for field f; the id lists are sets (their     *)
(* order is the implementation's).                                         *)
Observed(e, f) == IF f \in {"givenUp", "released"} THEN Range(e[f]) ELSE e[f]

(* The fields where the implementation and the spec disagree.              *)
Disagreements(e) ==
    LET r == Reported(e) IN {f \in DOMAIN r : r[f] # Observed(e, f)}

(* One event: the spec action it names, and every value the implementation *)
(* reported equal to the spec's.  r is bound by \E over {Reported(e)}, the *)
(* same as LET r == Reported(e): in a step TLC does not keep the value of  *)
(* a LET definition that reads primed variables, and a bound variable      *)
(* holds it, so Reported(e) is evaluated once, not once per field.         *)
Step(e) ==
    /\ Taken(e)
    /\ \E r \in {Reported(e)} : \A f \in DOMAIN r : r[f] = Observed(e, f)

(* Matching event e is one step of the spec and one event more matched.    *)
Accept(e) == l' = l + 1 /\ Step(e)

(* The step event e names, whatever the implementation reported (to tell   *)
(* a disabled action from wrong reported values when e is not accepted).   *)
Move(e) == l' = l + 1 /\ Taken(e)

TraceInit == l = 0 /\ InitFrom(Listed, Prepared)

(* After the last event the log is done: stuttering, so that TLC reports a *)
(* deadlock only where an event cannot be matched.                         *)
TraceNext ==
    \/ l < Len(Log) /\ Accept(Log[l + 1])
    \/ l = Len(Log) /\ UNCHANGED traceVars

TraceSpec == TraceInit /\ [][TraceNext]_traceVars
=============================================================================
