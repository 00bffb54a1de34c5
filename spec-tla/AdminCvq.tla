------------------------------ MODULE AdminCvq ------------------------------
(***************************************************************************)
(* The virtio-net admin control virtqueue proposed on virtio-comment in    *)
(* January 2021 ("[PATCH V2] virtio-net: introduce admin control           *)
(* virtqueue"), and the question asked in that thread:                     *)
(*                                                                         *)
(*   0. A VF with PCI address "xx:yy.z" exists                             *)
(*   1. The virtio driver commits an admin command with virtual_device_id  *)
(*      "xx:yy.z" admin queue                                              *)
(*   2. Before the device processes the command, the virtio driver         *)
(*      disables PF SRIOV, then re-enables it, and then creates a VF with  *)
(*      the same address as "xx:yy.z".                                     *)
(*   Now, should the command committed in step 1 still be considered as   *)
(*   valid after step 2?                                                   *)
(*                                                                         *)
(* The management device (the PF) owns one admin CVQ.  Every command on it *)
(* carries a virtual_device_id: 0 is the PF itself, 1..NumVFs are its VFs. *)
(* Each VF may also have its own CVQ, which the PF obeys only while the VF *)
(* is trusted (the V2 "trust command").  SR-IOV disable destroys all VFs,  *)
(* SR-IOV enable creates them again under the same ids; a VF whose device  *)
(* set DEVICE_NEEDS_RESET is, as the thread says, as good as destroyed and *)
(* comes back only through a reset.  Every (re)creation of a VF starts a   *)
(* new incarnation of that id.                                             *)
(*                                                                         *)
(* Three design options are constants: how the driver synchronises VF      *)
(* destruction with its outstanding admin commands (DriverSync), what the  *)
(* device checks when it processes an admin command (DeviceCheck), and     *)
(* whether the device processes the admin CVQ in order (InOrder).          *)
(*                                                                         *)
(* Modelled: the set-MAC command (VIRTIO_NET_CTRL_MAC_ADDR_SET, class 1    *)
(* command 1) on both queues and the trust command on the admin CVQ.       *)
(* Not modelled: descriptor layout, feature negotiation, PF reset, other   *)
(* classes, the 1.3 LIST_USE protocol, retries.                            *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS
    NumVFs,       \* NumVFs of the PF's SR-IOV capability: VFs 1..NumVFs exist while VF Enable is set.
    Mac,          \* The MAC addresses a driver may set (argument of setMac).
    DefaultMac,   \* The MAC of a target after creation or reset; no driver sets it.
    CmdId,        \* Identities of submissions.  Each submission takes a fresh, unused one.  Real
                  \* drivers reuse descriptor ids (Linux: the cmd pointer is the token); here the
                  \* identity is per submission, which bounds the number of submissions and lets
                  \* EveryCommandCompletes quantify over a constant set.
    NotSubmitted, \* cmd[c] for an identity not yet used (a model value).
    NoCmd,        \* drvLast[t] when the driver sent no setMac to t in t's current incarnation.
    DriverSync,   \* How the driver synchronises destroying VFs (SR-IOV disable, VF reset) with
                  \* commands it has outstanding for them:
                  \*  "none"    : it destroys VFs whenever, and trusts every completion;
                  \*  "drain"   : it first waits until no command to the VF is outstanding
                  \*              (virtio 1.3's driver rule: VF Enable stays set "as long as
                  \*              any such command is outstanding");
                  \*  "barrier" : it does not wait; the destroy is a barrier, and completions of
                  \*              commands submitted before it are ignored (the thread's
                  \*              "barrier" proposal).
    DeviceCheck,  \* What the device checks when it processes an admin command to a VF:
                  \*  "none"        : nothing; the command acts on whatever VF has that id now
                  \*                  (no VF: no effect, yet the device acks OK);
                  \*  "vfEnable"    : virtio 1.3: fail (ERR, no state change) if VF Enable is
                  \*                  clear at processing time;
                  \*  "incarnation" : the thread's answer: fail if the VF incarnation the command
                  \*                  was submitted for is gone (destroyed after queueing or while
                  \*                  being processed; DEVICE_NEEDS_RESET counts as destroyed).
    InOrder       \* TRUE: the device fetches only the head of the admin CVQ and processes
                  \* fetched commands FIFO ("The device MUST process commands on a given
                  \* administration virtqueue in the order in which they are queued").
                  \* FALSE: it fetches and processes them in any order ("they will be consumed
                  \* with no order constraints").  virtio 1.3 says both.

ASSUME NumVFsType      == NumVFs \in Nat \ {0}
ASSUME MacType         == IsFiniteSet(Mac) /\ Mac # {} /\ DefaultMac \notin Mac
ASSUME CmdIdType       == IsFiniteSet(CmdId) /\ CmdId \subseteq Nat
ASSUME MarkerType      == NoCmd \notin CmdId
ASSUME DriverSyncType  == DriverSync \in {"none", "drain", "barrier"}
ASSUME DeviceCheckType == DeviceCheck \in {"none", "vfEnable", "incarnation"}
ASSUME InOrderType     == InOrder \in BOOLEAN

(* virtual_device_id: "Management device MUST reserve 0 for                *)
(* virtual_device_id to identify itself."                                  *)
PF     == 0
VF     == 1..NumVFs
Target == 0..NumVFs

(* The trust command.  The thread names neither its class nor its number;  *)
(* this project calls the operation "setTrust" (argument: whether the      *)
(* VF's own CVQ is obeyed).  It is only sent on the admin CVQ, to a VF.    *)
Ops    == {"setMac", "setTrust"}
Chans  == {"admin", "vf"}   \* the PF's admin CVQ, or the VF's own CVQ
Status == {"queued", "fetched", "OK", "ERR"}
VfStates == {"absent", "live", "needsReset"}

-----------------------------------------------------------------------------
VARIABLES
    \* --- the PF's SR-IOV capability and the VFs (device side) ---
    vfEnable,  \* the SR-IOV VF Enable bit of the PF
    vfState,   \* [VF -> VfStates]: no VF, a working VF, or a VF with DEVICE_NEEDS_RESET
    inc,       \* [VF -> Nat]: incarnation of the VF at that id now (or last); +1 on every creation
    devMac,    \* [Target -> Mac \cup {DefaultMac}]: the device's MAC config of each target, PF included
    trusted,   \* [VF -> BOOLEAN]: whether the PF obeys the VF's own CVQ; a new incarnation is untrusted
    \* --- commands and queues ---
    cmd,       \* [CmdId -> CmdRec \cup {NotSubmitted}]: every submission, with its ack (status)
    adminQ,    \* Seq(CmdId): the available ring of the PF's admin CVQ, not yet fetched
    inflight,  \* Seq(CmdId): admin commands fetched by the device, being processed
    vfq,       \* [VF -> Seq(CmdId)]: each VF's own CVQ
    \* --- the driver's view (the PF's management driver) ---
    drvMac,    \* [Target -> Mac \cup {DefaultMac}]: the MAC the driver believes each target has
    drvLast,   \* [Target -> CmdId \cup {NoCmd}]: the last setMac the driver submitted to the target
               \* in its current incarnation
    \* --- history, for the properties only ---
    effects,   \* set of records: every change of a target's config by a command, with the
               \* incarnation it was meant for (cmdInc) and the one it changed (onInc)
    completions \* [CmdId -> Nat]: how many times each command was completed (ack written)

vfVars      == <<vfEnable, vfState, inc, devMac, trusted>>
queueVars   == <<cmd, adminQ, inflight, vfq>>
driverVars  == <<drvMac, drvLast>>
historyVars == <<effects, completions>>
vars        == <<vfVars, queueVars, driverVars, historyVars>>

-----------------------------------------------------------------------------
(* A submitted command.  inc: "A command belongs to the incarnation that   *)
(* existed when it was submitted" (the PF's incarnation is always 0).      *)
(* seen: the driver collected the completion.  preBarrier: a barrier was   *)
(* raised after it, so the driver ignores its completion.  gone (history): *)
(* its incarnation was gone when the device processed it.                  *)
(* (Two record sets, as TLC cannot compare MACs with booleans.)            *)
CmdRec ==
    [target : Target, inc : Nat, chan : Chans, op : {"setMac"}, arg : Mac,
     status : Status, seen : BOOLEAN, preBarrier : BOOLEAN, gone : BOOLEAN]
    \cup
    [target : VF, inc : Nat, chan : {"admin"}, op : {"setTrust"}, arg : BOOLEAN,
     status : Status, seen : BOOLEAN, preBarrier : BOOLEAN, gone : BOOLEAN]

EffectRec == [cmd : CmdId, op : Ops, target : Target, cmdInc : Nat, onInc : Nat,
              chan : Chans, trusted : BOOLEAN]

TypeOK ==
    /\ vfEnable \in BOOLEAN
    /\ vfState \in [VF -> VfStates]
    /\ inc \in [VF -> Nat]
    /\ devMac \in [Target -> Mac \cup {DefaultMac}]
    /\ trusted \in [VF -> BOOLEAN]
    /\ cmd \in [CmdId -> CmdRec \cup {NotSubmitted}]
    /\ adminQ \in Seq(CmdId)
    /\ inflight \in Seq(CmdId)
    /\ vfq \in [VF -> Seq(CmdId)]
    /\ drvMac \in [Target -> Mac \cup {DefaultMac}]
    /\ drvLast \in [Target -> CmdId \cup {NoCmd}]
    /\ effects \subseteq EffectRec
    /\ completions \in [CmdId -> Nat]

Submitted(c)   == cmd[c] # NotSubmitted
Completed(c)   == Submitted(c) /\ cmd[c].status \in {"OK", "ERR"}
Outstanding(c) == Submitted(c) /\ cmd[c].status \in {"queued", "fetched"}
(* The driver still waits for c: not yet collected.                        *)
Pending(c)     == Submitted(c) /\ ~cmd[c].seen

IncOf(t)       == IF t = PF THEN 0 ELSE inc[t]
Live(t)        == IF t = PF THEN TRUE ELSE vfState[t] = "live"
InSeq(s, c)    == \E i \in 1..Len(s) : s[i] = c
Remove(s, c)   == SelectSeq(s, LAMBDA x : x # c)

(* Each submission takes the least unused identity, so identity order is   *)
(* submission order.                                                       *)
FreshId(c) == ~Submitted(c) /\ \A d \in CmdId : d < c => Submitted(d)

(* A VF is trusted by a grant meant for its current incarnation: it is     *)
(* trusted, and every trust command that changed this incarnation was      *)
(* submitted for it.                                                       *)
TrustedOwn(v) ==
    /\ trusted[v]
    /\ \A e \in effects : (e.op = "setTrust" /\ e.target = v /\ e.onInc = inc[v])
                              => e.cmdInc = inc[v]

(* The driver may destroy the VFs in T: under "drain" only when none of    *)
(* its commands to them is pending.                                        *)
SyncAllows(T) ==
    DriverSync = "drain" => \A c \in CmdId : Pending(c) => cmd[c].target \notin T

(* What destroying the VFs in T does to the commands: commands still on    *)
(* a destroyed VF's own CVQ are completed with ERR (reset clean-up; Linux  *)
(* completes them with -EIO), and under "barrier" every pending command to *)
(* those VFs becomes pre-barrier.  Admin commands stay on the admin CVQ:   *)
(* the PF is not reset.                                                    *)
Flushed(c, T) ==
    Submitted(c) /\ cmd[c].target \in T /\ cmd[c].chan = "vf" /\ Outstanding(c)

DestroyCmds(T) ==
    /\ cmd' = [c \in CmdId |->
                 IF Submitted(c) /\ cmd[c].target \in T
                 THEN [cmd[c] EXCEPT
                         !.status     = IF Flushed(c, T) THEN "ERR" ELSE @,
                         !.preBarrier = @ \/ (DriverSync = "barrier" /\ Pending(c))]
                 ELSE cmd[c]]
    /\ completions' = [c \in CmdId |-> IF Flushed(c, T) THEN completions[c] + 1
                                                         ELSE completions[c]]
    /\ vfq' = [v \in VF |-> IF v \in T THEN <<>> ELSE vfq[v]]

-----------------------------------------------------------------------------
Init ==
    /\ vfEnable = TRUE
    /\ vfState = [v \in VF |-> "live"]
    /\ inc = [v \in VF |-> 1]
    /\ devMac = [t \in Target |-> DefaultMac]
    /\ trusted = [v \in VF |-> FALSE]
    /\ cmd = [c \in CmdId |-> NotSubmitted]
    /\ adminQ = <<>>
    /\ inflight = <<>>
    /\ vfq = [v \in VF |-> <<>>]
    /\ drvMac = [t \in Target |-> DefaultMac]
    /\ drvLast = [t \in Target |-> NoCmd]
    /\ effects = {}
    /\ completions = [c \in CmdId |-> 0]

(* The management driver places an admin command on the PF's admin CVQ:   *)
(* virtual_device_id t (0 for the PF itself, else a VF it sees working),   *)
(* a set-MAC, or a trust command to a VF.  It does not wait for earlier    *)
(* commands: several may be in flight, also to the same target.            *)
DriverSubmitAdmin(c, t, op, arg) ==
    /\ FreshId(c)
    /\ Live(t)
    /\ \/ op = "setMac" /\ arg \in Mac
       \/ op = "setTrust" /\ arg \in BOOLEAN /\ t \in VF
    /\ cmd' = [cmd EXCEPT ![c] = [target |-> t, inc |-> IncOf(t), chan |-> "admin",
                                  op |-> op, arg |-> arg, status |-> "queued",
                                  seen |-> FALSE, preBarrier |-> FALSE, gone |-> FALSE]]
    /\ adminQ' = Append(adminQ, c)
    /\ drvLast' = IF op = "setMac" THEN [drvLast EXCEPT ![t] = c] ELSE drvLast
    /\ UNCHANGED <<vfVars, inflight, vfq, drvMac, historyVars>>

(* The VF's own driver places a set-MAC command on the VF's own CVQ.       *)
DriverSubmitVf(c, v, arg) ==
    /\ FreshId(c)
    /\ vfState[v] = "live"
    /\ arg \in Mac
    /\ cmd' = [cmd EXCEPT ![c] = [target |-> v, inc |-> inc[v], chan |-> "vf",
                                  op |-> "setMac", arg |-> arg, status |-> "queued",
                                  seen |-> FALSE, preBarrier |-> FALSE, gone |-> FALSE]]
    /\ vfq' = [vfq EXCEPT ![v] = Append(@, c)]
    /\ UNCHANGED <<vfVars, adminQ, inflight, driverVars, historyVars>>

(* The PF fetches an available command from its admin CVQ: the head only   *)
(* if InOrder, else any.                                                   *)
DeviceFetch(c) ==
    /\ IF InOrder THEN adminQ # <<>> /\ c = Head(adminQ) ELSE InSeq(adminQ, c)
    /\ adminQ' = Remove(adminQ, c)
    /\ inflight' = Append(inflight, c)
    /\ cmd' = [cmd EXCEPT ![c].status = "fetched"]
    /\ UNCHANGED <<vfVars, vfq, driverVars, historyVars>>

(* The PF processes a fetched admin command (the oldest if InOrder) and    *)
(* writes its ack.  For a VF it first checks per DeviceCheck; on failure   *)
(* it acks ERR and changes nothing.  Otherwise the command acts on the VF  *)
(* that has the id now, whichever incarnation that is (no VF: no effect),  *)
(* and the device acks OK.  Commands to the PF (id 0) always succeed.      *)
DeviceProcess(c) ==
    /\ IF InOrder THEN inflight # <<>> /\ c = Head(inflight) ELSE InSeq(inflight, c)
    /\ LET r     == cmd[c]
           t     == r.target
           gone  == t # PF /\ (vfState[t] # "live" \/ inc[t] # r.inc)
           fail  == CASE DeviceCheck = "none"        -> FALSE
                      [] DeviceCheck = "vfEnable"    -> t # PF /\ ~vfEnable
                      [] DeviceCheck = "incarnation" -> gone
           apply == ~fail /\ (t = PF \/ vfState[t] # "absent")
       IN /\ inflight' = Remove(inflight, c)
          /\ cmd' = [cmd EXCEPT ![c].status = IF fail THEN "ERR" ELSE "OK",
                                ![c].gone   = gone]
          /\ completions' = [completions EXCEPT ![c] = @ + 1]
          /\ devMac' = IF apply /\ r.op = "setMac"
                       THEN [devMac EXCEPT ![t] = r.arg] ELSE devMac
          /\ trusted' = IF apply /\ r.op = "setTrust"
                        THEN [trusted EXCEPT ![t] = r.arg] ELSE trusted
          /\ effects' = IF apply
                        THEN effects \cup
                               {[cmd |-> c, op |-> r.op, target |-> t, cmdInc |-> r.inc,
                                 onInc |-> IncOf(t), chan |-> "admin",
                                 trusted |-> IF t = PF THEN FALSE ELSE trusted[t]]}
                        ELSE effects
    /\ UNCHANGED <<vfEnable, vfState, inc, adminQ, vfq, driverVars>>

(* The PF processes the oldest command on a VF's own CVQ: it obeys it iff  *)
(* the VF works and is trusted at that moment; else it acks ERR.           *)
DeviceProcessVf(v) ==
    /\ vfq[v] # <<>>
    /\ LET c    == Head(vfq[v])
           r    == cmd[c]
           obey == vfState[v] = "live" /\ trusted[v]
       IN /\ vfq' = [vfq EXCEPT ![v] = Tail(@)]
          /\ cmd' = [cmd EXCEPT ![c].status = IF obey THEN "OK" ELSE "ERR",
                                ![c].gone   = (vfState[v] # "live" \/ inc[v] # r.inc)]
          /\ completions' = [completions EXCEPT ![c] = @ + 1]
          /\ devMac' = IF obey THEN [devMac EXCEPT ![v] = r.arg] ELSE devMac
          /\ effects' = IF obey
                        THEN effects \cup
                               {[cmd |-> c, op |-> "setMac", target |-> v, cmdInc |-> r.inc,
                                 onInc |-> inc[v], chan |-> "vf", trusted |-> TrustedOwn(v)]}
                        ELSE effects
    /\ UNCHANGED <<vfEnable, vfState, inc, trusted, adminQ, inflight, driverVars>>

(* A driver reaps a completion (per target and queue in submission order,  *)
(* as it reads the used ring).  The management driver takes an OK set-MAC  *)
(* as the target's new MAC, unless the command is pre-barrier; an ERR      *)
(* means nothing changed.  The VF's own driver's completions do not change *)
(* the management driver's view.                                           *)
DriverCollect(c) ==
    /\ Completed(c)
    /\ ~cmd[c].seen
    /\ \A d \in CmdId : (d < c /\ Completed(d) /\ ~cmd[d].seen)
                          => (cmd[d].target # cmd[c].target \/ cmd[d].chan # cmd[c].chan)
    /\ cmd' = [cmd EXCEPT ![c].seen = TRUE]
    /\ LET r == cmd[c]
       IN drvMac' = IF r.chan = "admin" /\ r.op = "setMac" /\ r.status = "OK" /\ ~r.preBarrier
                    THEN [drvMac EXCEPT ![r.target] = r.arg] ELSE drvMac
    /\ UNCHANGED <<vfVars, adminQ, inflight, vfq, drvLast, historyVars>>

(* SR-IOV disable: the driver clears VF Enable and every VF is destroyed.  *)
(* Under "drain" it first waits until no command to any VF is pending.     *)
SriovDisable ==
    /\ vfEnable
    /\ SyncAllows(VF)
    /\ vfEnable' = FALSE
    /\ vfState' = [v \in VF |-> "absent"]
    /\ devMac' = [t \in Target |-> IF t = PF THEN devMac[PF] ELSE DefaultMac]
    /\ trusted' = [v \in VF |-> FALSE]
    /\ DestroyCmds(VF)
    /\ UNCHANGED <<inc, adminQ, inflight, driverVars, effects>>

(* SR-IOV enable: the driver sets VF Enable and VFs 1..NumVFs are created  *)
(* again under the same ids: new incarnations, default config, untrusted;  *)
(* the driver starts its view of them afresh.                              *)
SriovEnable ==
    /\ ~vfEnable
    /\ vfEnable' = TRUE
    /\ vfState' = [v \in VF |-> "live"]
    /\ inc' = [v \in VF |-> inc[v] + 1]
    /\ devMac' = [t \in Target |-> IF t = PF THEN devMac[PF] ELSE DefaultMac]
    /\ trusted' = [v \in VF |-> FALSE]
    /\ drvMac' = [t \in Target |-> IF t = PF THEN drvMac[PF] ELSE DefaultMac]
    /\ drvLast' = [t \in Target |-> IF t = PF THEN drvLast[PF] ELSE NoCmd]
    /\ UNCHANGED <<queueVars, historyVars>>

(* A working VF hits an error it cannot recover from and sets              *)
(* DEVICE_NEEDS_RESET.  The driver cannot prevent this.                    *)
VfNeedsReset(v) ==
    /\ vfState[v] = "live"
    /\ vfState' = [vfState EXCEPT ![v] = "needsReset"]
    /\ UNCHANGED <<vfEnable, inc, devMac, trusted, queueVars, driverVars, historyVars>>

(* The driver resets a VF in DEVICE_NEEDS_RESET: the VF works again as a   *)
(* new incarnation (default config, untrusted).  The reset destroys the    *)
(* old incarnation, so it respects DriverSync like SR-IOV disable.         *)
DriverResetVf(v) ==
    /\ vfState[v] = "needsReset"
    /\ SyncAllows({v})
    /\ vfState' = [vfState EXCEPT ![v] = "live"]
    /\ inc' = [inc EXCEPT ![v] = @ + 1]
    /\ devMac' = [devMac EXCEPT ![v] = DefaultMac]
    /\ trusted' = [trusted EXCEPT ![v] = FALSE]
    /\ drvMac' = [drvMac EXCEPT ![v] = DefaultMac]
    /\ drvLast' = [drvLast EXCEPT ![v] = NoCmd]
    /\ DestroyCmds({v})
    /\ UNCHANGED <<vfEnable, adminQ, inflight, effects>>

Next ==
    \/ \E c \in CmdId, t \in Target :
          \/ \E m \in Mac : DriverSubmitAdmin(c, t, "setMac", m)
          \/ \E b \in BOOLEAN : DriverSubmitAdmin(c, t, "setTrust", b)
    \/ \E c \in CmdId, v \in VF, m \in Mac : DriverSubmitVf(c, v, m)
    \/ \E c \in CmdId : DeviceFetch(c) \/ DeviceProcess(c) \/ DriverCollect(c)
    \/ \E v \in VF : DeviceProcessVf(v) \/ VfNeedsReset(v) \/ DriverResetVf(v)
    \/ SriovDisable
    \/ SriovEnable

(* The device keeps processing and the driver keeps reaping; nothing       *)
(* forces the driver to submit, destroy or re-create.                      *)
Fairness ==
    /\ \A c \in CmdId : /\ WF_vars(DeviceFetch(c))
                        /\ WF_vars(DeviceProcess(c))
                        /\ WF_vars(DriverCollect(c))
    /\ \A v \in VF : WF_vars(DeviceProcessVf(v))

Spec == Init /\ [][Next]_vars /\ Fairness

-----------------------------------------------------------------------------
(* "From device level: the effect of the command ties to the lifecycle of  *)
(* the device (e.g VF). So if virtual device (VF) is destroyed (e.g SR-IOV *)
(* is disabled), the command won't be effective any more even if it is     *)
(* re-created later."  No command ever changed an incarnation other than   *)
(* the one it was submitted for.                                           *)
NoStaleEffect == \A e \in effects : e.onInc = e.cmdInc

(* "And if the virtual device is destroyed during processing the admin     *)
(* command, the management device (PF) must fail the command."  and "I     *)
(* guess the above virtual device destroy also includes the case that the  *)
(* virtual device is already in NEEDS_RESET status."  A command whose      *)
(* incarnation was gone (destroyed or NEEDS_RESET) when the device         *)
(* processed it completed with ERR.                                        *)
FailOnGone == \A c \in CmdId : (Submitted(c) /\ cmd[c].gone) => cmd[c].status = "ERR"

(* "A new command class is introduced decide whether or not to accept      *)
(* commands from normal cvq for a virtual [device]".  Every command the PF *)
(* obeyed from a VF's own CVQ was obeyed while that VF was trusted by a    *)
(* grant meant for that very incarnation.                                  *)
TrustGate == \A e \in effects : e.chan = "vf" => e.trusted

(* "Management device MUST reserve 0 for virtual_device_id to identify     *)
(* itself."  No VF has id 0; commands to 0 come only on the admin CVQ and  *)
(* act on the PF, which is never destroyed (incarnation 0).                *)
ManagementIdReserved ==
    /\ PF \notin VF
    /\ \A c \in CmdId : (Submitted(c) /\ cmd[c].target = PF)
                           => cmd[c].chan = "admin" /\ cmd[c].inc = 0
    /\ \A e \in effects : e.target = PF => e.chan = "admin" /\ e.onInc = 0

(* virtio-net: "The driver sets class, command and data; the device sets   *)
(* ack" (DOMAIN.md section 1), and Linux "completes each returned cmd",    *)
(* the cmd pointer being the token (section 5a).  The device writes an ack *)
(* (completes a command) at most once; a completed command is on no queue. *)
ExactlyOnceCompletion ==
    \A c \in CmdId :
        /\ completions[c] <= 1
        /\ completions[c] = 1 <=> Completed(c)
        /\ Completed(c) => /\ ~InSeq(adminQ, c)
                           /\ ~InSeq(inflight, c)
                           /\ \A v \in VF : ~InSeq(vfq[v], c)

(* "The device MUST process commands on a given administration virtqueue   *)
(* in the order in which they are queued."  Admin commands to the same     *)
(* target complete in submission order.                                    *)
InOrderPerTarget ==
    \A c1, c2 \in CmdId :
        (/\ c1 < c2
         /\ Submitted(c1) /\ Submitted(c2)
         /\ cmd[c1].chan = "admin" /\ cmd[c2].chan = "admin"
         /\ cmd[c1].target = cmd[c2].target
         /\ Completed(c2)) => Completed(c1)

(* "From driver level: The driver should synchronize between the admin     *)
(* control vq processing and virtual devices create/destroy to avoid       *)
(* unexpected [results]."  When every admin set-MAC to a working target    *)
(* has been reaped (and the VF's own CVQ did not change this incarnation's *)
(* MAC, which a trusted VF may do), the driver's view equals the device's  *)
(* config, and if its last set-MAC succeeded the device holds that MAC.    *)
Settled(t) ==
    /\ \A c \in CmdId : (Submitted(c) /\ cmd[c].chan = "admin" /\ cmd[c].op = "setMac"
                           /\ cmd[c].target = t) => cmd[c].seen
    /\ \A e \in effects : ~(e.chan = "vf" /\ e.target = t /\ e.onInc = IncOf(t))

DriverDeviceAgreement ==
    \A t \in Target :
        (Live(t) /\ Settled(t)) =>
            /\ drvMac[t] = devMac[t]
            /\ (drvLast[t] # NoCmd /\ cmd[drvLast[t]].status = "OK")
                   => devMac[t] = cmd[drvLast[t]].arg

(* The driver reads the ack once the buffer is used and acts on it ("There *)
(* is little the driver can do except issue a diagnostic if ack is not     *)
(* VIRTIO_NET_OK", DOMAIN.md section 1): an ack, once written, is never    *)
(* rewritten.                                                              *)
AckFinalProp ==
    [][\A c \in CmdId : Completed(c) => cmd'[c].status = cmd[c].status]_vars

(* Every submitted command is eventually completed (OK or ERR): no waiter  *)
(* blocks forever, since Linux waits with "wait_for_completion(&cmd->      *)
(* completion) (uninterruptible, no timeout)" (DOMAIN.md section 5a), and  *)
(* the thread's driver may be "just waiting all commands targeted to that  *)
(* VF failed".                                                             *)
EveryCommandCompletes == \A c \in CmdId : Submitted(c) ~> Completed(c)

-----------------------------------------------------------------------------
THEOREM Spec => []TypeOK
THEOREM Spec => []ExactlyOnceCompletion
THEOREM Spec => []ManagementIdReserved
THEOREM Spec => AckFinalProp
THEOREM Spec => EveryCommandCompletes
(* Only for the safe designs (see models/manifest.json):                   *)
THEOREM (DriverSync \in {"drain", "barrier"} /\ DeviceCheck = "incarnation" /\ InOrder)
            => (Spec => [](NoStaleEffect /\ FailOnGone /\ TrustGate /\ InOrderPerTarget
                           /\ DriverDeviceAgreement))
=============================================================================
