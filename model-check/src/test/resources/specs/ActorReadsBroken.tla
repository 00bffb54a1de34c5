------------------------- MODULE ActorReadsBroken -------------------------
(* A small spec for ActorReadsTest: three actors as in AdminCvqActors.tla, *)
(* two actions that keep the rules and three that break them.            *)
EXTENDS Naturals

VARIABLES
    reg,      \* a register the driver writes and the device reads
    devState, \* the device's own state
    mailbox,  \* [{1} -> Nat]: shared memory
    drvSeen,  \* the driver's bookkeeping
    log       \* history

deviceVars  == <<devState>>
sharedVars  == <<reg, mailbox>>
driverVars  == <<drvSeen>>
historyVars == <<log>>
vars        == <<deviceVars, sharedVars, driverVars, historyVars>>

ManagementDriverView == <<reg, driverVars>>
VfDriverView         == <<devState>>
DeviceView           == <<deviceVars, sharedVars>>

Init == reg = 0 /\ devState = 0 /\ mailbox = [i \in {1} |-> 0] /\ drvSeen = 0 /\ log = 0

(* Exempt: no actor's, reads what it likes. *)
FreshId == devState = devState

(* The device's reaction to a register write: it reads the new value.     *)
DeviceLatches == devState' = reg'

(* Keeps the rules: reads its own state, the device reacts, the history   *)
(* variable's update reads anything.                                       *)
DriverWrite ==
    /\ FreshId
    /\ reg' = drvSeen + 1
    /\ DeviceLatches
    /\ log' = log + devState + mailbox[1]
    /\ UNCHANGED <<mailbox, drvSeen>>

(* Breaks the rules: the driver reads the device's state.                  *)
DriverPeek ==
    /\ drvSeen' = devState
    /\ UNCHANGED <<reg, devState, mailbox, log>>

(* Breaks the rules: an action reads a history variable (in a LET).        *)
DeviceCountsLog ==
    LET seen == log IN
    /\ seen > 2
    /\ mailbox' = [mailbox EXCEPT ![1] = devState]
    /\ UNCHANGED <<reg, devState, drvSeen, log>>

(* Breaks the rules: the EXCEPT's base is a read of shared memory the VF   *)
(* driver does not observe.                                                *)
VfDriverPoke(i) ==
    /\ devState = 0
    /\ mailbox' = [mailbox EXCEPT ![i] = 0]
    /\ UNCHANGED <<reg, devState, drvSeen, log>>

(* Keeps the rules: the device writes its own state from shared memory.    *)
DeviceTakes ==
    /\ devState' = mailbox[1]
    /\ UNCHANGED <<reg, mailbox, drvSeen, log>>

Next ==
    \/ DriverWrite
    \/ DriverPeek
    \/ DeviceCountsLog
    \/ \E i \in {1} : VfDriverPoke(i)
    \/ DeviceTakes
=============================================================================
