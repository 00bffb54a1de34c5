--------------------------- MODULE AdminCvqActors ---------------------------
(***************************************************************************)
(* The admin control virtqueue of the January 2021 virtio-comment proposal *)
(* ("[PATCH V2] virtio-net: introduce admin control virtqueue") and the    *)
(* SR-IOV lifecycle of its VFs, with every action owned by the one actor   *)
(* that performs it in a real system and reading only what that actor can *)
(* observe.  The thread's question:                                        *)
(*                                                                         *)
(*   1. The virtio driver commits an admin command with virtual_device_id  *)
(*      "xx:yy.z" admin queue                                              *)
(*   2. Before the device processes the command, the virtio driver         *)
(*      disables PF SRIOV, then re-enables it, and then creates a VF with  *)
(*      the same address as "xx:yy.z".                                     *)
(*   Now, should the command committed in step 1 still be considered as   *)
(*   valid after step 2?                                                   *)
(*                                                                         *)
(* The actors (ARCHITECTURE.md: "never: an action of the spec reads a      *)
(* history variable, or reads state its actor cannot observe"):            *)
(*  - the management driver (Driver...): the PF's driver in the host.  It  *)
(*    owns the admin CVQ, writes the PF's SR-IOV registers (NumVFs, VF     *)
(*    Enable), reads the used ring of the admin CVQ, and learns of a VF    *)
(*    reset only through a notification that may come late (Linux:         *)
(*    .reset_done -> virtiovf_migration_reset_done, drivers/vfio/pci/      *)
(*    virtio/migrate.c) or not at all (ResetNotice).                       *)
(*  - each VF's own driver (VfDriver...), often in a guest: it owns its    *)
(*    VF's CVQ, reads its VF's device status, and resets its VF whenever   *)
(*    it chooses and after DEVICE_NEEDS_RESET.  It takes no part in the   *)
(*    management driver's synchronisation, which cannot hold it back.      *)
(*  - the device (Device...): the PF and its VF functions.  It reads its   *)
(*    own state, its registers and the rings.  A register write by a       *)
(*    driver and the device's reaction to it are one step; the reaction is *)
(*    a Device... definition called by the driver's action.                *)
(*                                                                         *)
(* Design options are constants: the rule set the management driver       *)
(* follows (DriverSync), the check the device makes (DeviceCheck), the     *)
(* order of the admin CVQ (InOrder).  The points the thread and the texts  *)
(* leave open are constants too (NeedsResetDestroys, VfResetKeepsConfig,   *)
(* NumVFsFixed, ResetNotice), so a verdict can be given under each reading.*)
(*                                                                         *)
(* Modelled: set-MAC (VIRTIO_NET_CTRL_MAC_ADDR_SET) on the admin CVQ and   *)
(* on a VF's own CVQ, the trust command on the admin CVQ.  Not modelled:   *)
(* descriptor layout, features, PF reset, other classes, retries, the VF's *)
(* own operational MAC (no property reads it).                             *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets

CONSTANTS
    MaxVFs,       \* TotalVFs: the VF ids the PF can ever create are 1..MaxVFs.
    Mac,          \* The MAC addresses a driver may set (argument of set-MAC).
    DefaultMac,   \* The provisioned MAC of a target after creation; no driver sets it.
    CmdId,        \* Identities of submissions, a modelling device: each submission takes
                  \* the least unused one (FreshId), which bounds the number of
                  \* submissions.  No actor reads them; a driver knows its own.
    NotSubmitted, \* req[c] for an identity not yet used (a model value).
    NoCmd,        \* drvLast[t] when the management driver sent no set-MAC to t since it
                  \* last learned that t was (re)created.
    NoEffect,     \* effectOn[c] when c changed nothing (history).
    DriverSync,   \* The management driver's rule set, each named for its source:
                  \*  "none"     : no synchronisation; every completion is believed.
                  \*  "virtio13" : virtio 1.3, admin.tex, SR-IOV group type: "the driver
                  \*               ... MUST ensure that as long as any such command is
                  \*               outstanding, VF Migration Capable is clear and VF
                  \*               Enable is set".  Outstanding ends when the device
                  \*               uses the buffer, not when the driver reaps it.
                  \*  "drain"    : the thread's "the driver should synchronize between
                  \*               the admin control vq processing and virtual devices
                  \*               create/destroy", read as: clear VF Enable only when
                  \*               every command to a VF has been reaped.
                  \*  "waitFail" : the thread's "the driver can synchronize easily, for
                  \*               example by just waiting all commands targeted to that
                  \*               VF failed": destroy at will, but re-create (set VF
                  \*               Enable) only when every command to a VF is reaped.
                  \*  "barrier"  : the thread's barrier: "all commands for this VF
                  \*               before the barrier that have not been completed can
                  \*               be ignored" and "all commands for this VF after the
                  \*               barrier are for the new (or re-enabled) VF".  This
                  \*               project's reading: destroy at will; the completions,
                  \*               OK or ERR, of commands submitted before a destroy the
                  \*               driver knows of are ignored.
                  \*  "rtnl"     : RTNL-style serialisation: one admin command at a time,
                  \*               waited for under one lock that SR-IOV disable and enable
                  \*               take too (Linux's sriov_numvfs_store takes device_lock).
                  \*  "virtio13Barrier" : "virtio13" and "barrier" together: VF Enable
                  \*               stays set while an admin command to a VF is outstanding,
                  \*               and the completions of commands submitted before a
                  \*               destroy the driver knows of are ignored.  This project's
                  \*               combination of the two texts: 1.3's rule kept by a driver
                  \*               that never takes an old completion for a new VF's state.
    DeviceCheck,  \* The device's check when it processes an admin command to a VF:
                  \*  "none"       : none; the command acts on whatever VF has the id now
                  \*                 (no VF: no effect, yet the device acks OK).
                  \*  "virtio13"   : virtio 1.3, admin.tex: "if ... VF Enable is clear"
                  \*                 fail with INVALID_GROUP; a member id outside
                  \*                 1..NumVFs fails with INVALID_MEMBER.  Nothing on
                  \*                 DEVICE_NEEDS_RESET.
                  \*  "inFlight"   : the thread: "if virtual device (VF) is destroyed
                  \*                 during processing the admin command, the management
                  \*                 device (PF) must fail the command": the device keeps
                  \*                 the member's generation when it fetches the command
                  \*                 and fails it if the member is gone or was re-created
                  \*                 since.
                  \*  "availFence" : this project's proposal, device state only: when a
                  \*                 member is destroyed the device records the admin
                  \*                 queue's available index; it fails a command to that
                  \*                 member made available before it (ring position below
                  \*                 the fence), and a command to a member that is gone.
                  \*                 On the wire the available index is a le16 that wraps;
                  \*                 pos and fence here do not.  A device keeps its own
                  \*                 wide count of entries made available (between two
                  \*                 reads the index moves by at most the queue size), as
                  \*                 the reference device's int ring index is.  Not
                  \*                 modelled: the wrap itself.
                  \*  "wireGen"    : this project's proposal with a WIRE CHANGE: the
                  \*                 command carries the member generation the driver knows
                  \*                 (a new field of virtio_net_admin_ctrl, reference/wire);
                  \*                 the device fails it unless it equals the member's
                  \*                 generation, or if the member is gone.  The driver
                  \*                 reads the generation when it learns of a (re)creation
                  \*                 (a register or notification field: part of the
                  \*                 proposal).
    InOrder,      \* TRUE: "The device MUST process commands on a given administration
                  \* virtqueue in the order in which they are queued".  FALSE: "they will
                  \* be consumed with no order constraints".  virtio 1.3 says both.
    NeedsResetDestroys, \* Open in the thread ("We can provide that, but ... I'm not sure
                  \* how much it can help"): does a VF in DEVICE_NEEDS_RESET count as
                  \* destroyed, so that commands to it must fail?
    VfResetKeepsConfig, \* Open in every text we have: does a VF reset by its own driver
                  \* keep the configuration the PF provisioned (MAC, trust)?  TRUE: the VF
                  \* lives on (common SR-IOV NIC practice: the PF-set MAC survives a VF
                  \* driver rebind).  FALSE: the reset re-creates the VF with defaults,
                  \* a new generation, like SR-IOV disable and enable do.
    NumVFsFixed,  \* TRUE: SR-IOV is always re-enabled with NumVFs = MaxVFs.  FALSE: with
                  \* any 1..MaxVFs, so a command queued for id 2 may meet one VF only.
    ResetNotice   \* How the management driver learns of a VF reset that re-creates the
                  \* VF: "late" (a notification it takes some time after the reset) or
                  \* "none" (never: a guest's device-status write reaches no host code).

ASSUME MaxVFsType      == MaxVFs \in Nat \ {0}
ASSUME MacType         == IsFiniteSet(Mac) /\ Mac # {} /\ DefaultMac \notin Mac
ASSUME CmdIdType       == IsFiniteSet(CmdId) /\ CmdId \subseteq Nat
ASSUME MarkerType      == NoCmd \notin CmdId /\ NoEffect \notin Nat
ASSUME DriverSyncType  == DriverSync \in {"none", "virtio13", "drain", "waitFail", "barrier",
                                          "rtnl", "virtio13Barrier"}
ASSUME DeviceCheckType == DeviceCheck \in {"none", "virtio13", "inFlight", "availFence", "wireGen"}
ASSUME OpenPointsType  == /\ InOrder \in BOOLEAN
                          /\ NeedsResetDestroys \in BOOLEAN
                          /\ VfResetKeepsConfig \in BOOLEAN
                          /\ NumVFsFixed \in BOOLEAN
                          /\ ResetNotice \in {"late", "none"}

(* virtual_device_id: "Management device MUST reserve 0 for                *)
(* virtual_device_id to identify itself."                                  *)
PF     == 0
VF     == 1..MaxVFs
Target == 0..MaxVFs
MacVal == Mac \cup {DefaultMac}

(* SR-IOV numbers VFs 1..NumVFs: VF v exists under NumVFs = n iff v <= n.  *)
(* The spec reads the VF ids' order here only, so a model in which NumVFs  *)
(* never changes may bind it order-free and permute the VF ids             *)
(* (MCEveryVf in MCAdminCvqActors.tla).                                    *)
WithinNumVfs(v, n) == v <= n

Ops      == {"setMac", "setTrust"}
Chans    == {"admin", "vf"}            \* the PF's admin CVQ, or a VF's own CVQ
Acks     == {"none", "OK", "ERR"}      \* "none": the device has not written the ack yet
VfStates == {"absent", "live", "needsReset"}

-----------------------------------------------------------------------------
VARIABLES
    \* --- device: the PF's SR-IOV registers and the VF functions ---
    vfEnable,    \* VF Enable of the PF's SR-IOV capability (the management driver writes it)
    numVfs,      \* NumVFs of the PF's SR-IOV capability (written before VF Enable is set)
    vfState,     \* [VF -> VfStates]: the device's state of each VF function
    gen,         \* [VF -> Nat]: the device's generation of each member, +1 on every
                 \* (re)creation.  Device state: any device can keep such a counter.
    fence,       \* [VF -> Nat]: the admin queue's available index when the member was
                 \* last destroyed (kept by the device under "availFence" only, else 0)
    provMac,     \* [Target -> MacVal]: the MAC the PF provisioned for each target
    trusted,     \* [VF -> BOOLEAN]: whether the device obeys the VF's own CVQ
    fetchGen,    \* [CmdId -> Nat]: the member's generation when the device fetched the
                 \* command (kept under "inFlight" only, else 0)
    \* --- shared memory: what a driver wrote and the device reads, and back ---
    req,         \* [CmdId -> Req \cup {NotSubmitted}]: the request as on the wire
    availIdx,    \* the admin CVQ's available index: admin commands ever made available
    adminQ,      \* Seq(CmdId): available admin commands the device has not fetched
    inflight,    \* Seq(CmdId): admin commands the device fetched and has not completed
    adminUsed,   \* Seq(CmdId): the admin CVQ's used ring, entries the driver has not reaped
    vfq,         \* [VF -> Seq(CmdId)]: each VF's own CVQ, not yet processed
    ack,         \* [CmdId -> Acks]: the ack the device wrote
    resetNotice, \* [VF -> SUBSET Nat]: VF-reset notifications sent to the management
                 \* driver and not yet taken by it, each named by the generation the
                 \* reset created.  Only under "wireGen" does the driver read that
                 \* generation (a field of the notification: part of the proposal);
                 \* otherwise a notification says only "VF v was reset".
    \* --- the management driver's own bookkeeping ---
    drvOut,      \* SUBSET CmdId: its admin commands not yet reaped
    drvIgnore,   \* SUBSET CmdId: its commands whose completion it will ignore ("barrier")
    drvMac,      \* [Target -> MacVal]: the MAC it believes each target is provisioned with
    drvLast,     \* [Target -> CmdId \cup {NoCmd}]: its last set-MAC to the target since it
                 \* last learned the target was (re)created
    drvGen,      \* [VF -> Nat]: the generation of each member as far as it knows; kept
                 \* under "wireGen" only (read when it learns of a (re)creation), else 1
    \* --- history, read by the properties only, never by an action ---
    meantFor,    \* [CmdId -> Nat]: the generation of the target when the command was
                 \* submitted (0 for the PF)
    effectOn,    \* [CmdId -> Nat \cup {NoEffect}]: the generation the command changed
    goneAt,      \* SUBSET CmdId: commands whose target generation was gone when the
                 \* device processed them
    grantFor,    \* [VF -> Nat]: the generation the trust in force was granted for
    trustObeyed, \* SUBSET CmdId: VF CVQ commands obeyed under a grant for their own VF
                 \* generation
    completions  \* [CmdId -> Nat]: how many times the device completed each command

deviceVars  == <<vfEnable, numVfs, vfState, gen, fence, provMac, trusted, fetchGen>>
sharedVars  == <<req, availIdx, adminQ, inflight, adminUsed, vfq, ack, resetNotice>>
driverVars  == <<drvOut, drvIgnore, drvMac, drvLast, drvGen>>
historyVars == <<meantFor, effectOn, goneAt, grantFor, trustObeyed, completions>>
vars        == <<deviceVars, sharedVars, driverVars, historyVars>>

(* What each actor observes.  An action of an actor reads only these       *)
(* variables; a Device... definition called from a driver's step is the   *)
(* device's reaction to that driver's write and reads as the device.       *)
(* FreshId, the model's allocator of submission identities, is no actor's.*)
(* History variables are read only by the properties and to compute their  *)
(* own next values.  (Checked from the spec's syntax tree by               *)
(* model-check's ActorReadsTest.)                                          *)
ManagementDriverView ==
    <<vfEnable, numVfs, req, availIdx, adminQ, adminUsed, ack, resetNotice, driverVars,
      gen>>  \* adminQ: the available ring it appends to; gen: under "wireGen" only,
             \* the proposal's generation register
VfDriverView == <<vfState, req, vfq>>  \* req, vfq: its requests and its VF's CVQ, which it
                                      \* appends to
DeviceView   == <<deviceVars, sharedVars>>

-----------------------------------------------------------------------------
(* A request as the device sees it: the target's virtual_device_id, the    *)
(* operation and its argument, the queue, the ring position pos (the       *)
(* available index it was made available at; kept under "availFence"      *)
(* only, else 0) and, under "wireGen" only, the generation field wgen.     *)
Req ==
    [target : Target, chan : Chans, op : {"setMac"}, arg : Mac, pos : Nat, wgen : Nat]
    \cup
    [target : VF, chan : {"admin"}, op : {"setTrust"}, arg : BOOLEAN, pos : Nat, wgen : Nat]

TypeOK ==
    /\ vfEnable \in BOOLEAN
    /\ numVfs \in 1..MaxVFs
    /\ vfState \in [VF -> VfStates]
    /\ gen \in [VF -> Nat]
    /\ fence \in [VF -> Nat]
    /\ provMac \in [Target -> MacVal]
    /\ trusted \in [VF -> BOOLEAN]
    /\ fetchGen \in [CmdId -> Nat]
    /\ req \in [CmdId -> Req \cup {NotSubmitted}]
    /\ availIdx \in Nat
    /\ adminQ \in Seq(CmdId)
    /\ inflight \in Seq(CmdId)
    /\ adminUsed \in Seq(CmdId)
    /\ vfq \in [VF -> Seq(CmdId)]
    /\ ack \in [CmdId -> Acks]
    /\ resetNotice \in [VF -> SUBSET Nat]
    /\ drvOut \subseteq CmdId
    /\ drvIgnore \subseteq CmdId
    /\ drvMac \in [Target -> MacVal]
    /\ drvLast \in [Target -> CmdId \cup {NoCmd}]
    /\ drvGen \in [VF -> Nat]
    /\ meantFor \in [CmdId -> Nat]
    /\ effectOn \in [CmdId -> Nat \cup {NoEffect}]
    /\ goneAt \subseteq CmdId
    /\ grantFor \in [VF -> Nat]
    /\ trustObeyed \subseteq CmdId
    /\ completions \in [CmdId -> Nat]

Submitted(c) == req[c] # NotSubmitted
Completed(c) == ack[c] # "none"
InSeq(s, c)  == \E i \in 1..Len(s) : s[i] = c
Range(s)     == {s[i] : i \in DOMAIN s}   \* the elements of sequence s
Remove(s, c) == SelectSeq(s, LAMBDA x : x # c)

(* Each submission takes the least unused identity, so identity order is   *)
(* submission order (a modelling device, see CmdId).                       *)
FreshId(c) == ~Submitted(c) /\ \A d \in CmdId : d < c => Submitted(d)

(* A target exists while the device has a function for it; it is usable   *)
(* while it exists and, if NEEDS_RESET counts as destroyed, is not in      *)
(* DEVICE_NEEDS_RESET.                                                     *)
Exists(t) == t = PF \/ vfState[t] # "absent"
Usable(t) == t = PF \/ vfState[t] = "live"
                    \/ (vfState[t] = "needsReset" /\ ~NeedsResetDestroys)
GenOf(t)  == IF t = PF THEN 0 ELSE gen[t]

(* The admin commands to a VF whose completion the management driver has  *)
(* not reaped: its own bookkeeping.                                        *)
DriverOutTo(T) == {c \in drvOut : req[c].target \in T}

(* Of those, the ones the device has not completed: the driver reads the   *)
(* used ring, so it observes completion before it reaps.                   *)
DriverOutstandingTo(T) == {c \in DriverOutTo(T) : ~InSeq(adminUsed, c)}

(* The rule sets that keep virtio 1.3's driver rule, and those that ignore *)
(* the completions of commands older than a destroy the driver knows of.   *)
KeepsVirtio13Rule == DriverSync \in {"virtio13", "virtio13Barrier"}
IgnoresOlder      == DriverSync \in {"barrier", "virtio13Barrier"}

-----------------------------------------------------------------------------
(* Device reactions, each called by the step of the actor whose write      *)
(* causes it.                                                              *)

(* The device resets the VFs in T: commands on their own CVQs are flushed, *)
(* completed with ERR (Linux's reset clean-up completes them with -EIO).   *)
(* flushed is read off the queues: as {c \in CmdId : ...} TLC tested every *)
(* identity against every queue, which made validating a trace of hundreds *)
(* of commands quadratic.  AckedErr(S) and CountedOnce(S) are ack with the *)
(* commands of S completed with ERR and completions with each of them      *)
(* counted once more.                                                      *)
AckedErr(S)    == [c \in CmdId |-> IF c \in S THEN "ERR" ELSE ack[c]]
CountedOnce(S) == [c \in CmdId |-> IF c \in S THEN completions[c] + 1 ELSE completions[c]]

DeviceFlushesVfQueues(T) ==
    LET flushed == UNION {Range(vfq[v]) : v \in T}
    IN /\ ack' = AckedErr(flushed)
       /\ completions' = CountedOnce(flushed)
       /\ vfq' = [v \in VF |-> IF v \in T THEN <<>> ELSE vfq[v]]

(* The device destroys the VFs in T (SR-IOV disable, or a VF reset that    *)
(* does not keep the VF's configuration): their provisioned MAC and trust  *)
(* go, and under "availFence" it records the admin queue's available index.*)
DeviceDestroysVfs(T) ==
    /\ DeviceFlushesVfQueues(T)
    /\ provMac' = [t \in Target |-> IF t \in T THEN DefaultMac ELSE provMac[t]]
    /\ trusted' = [v \in VF |-> IF v \in T THEN FALSE ELSE trusted[v]]
    /\ fence' = [v \in VF |-> IF v \in T /\ DeviceCheck = "availFence"
                              THEN availIdx ELSE fence[v]]

(* The device creates VFs 1..n afresh: a new generation of each, default   *)
(* provisioned MAC, untrusted.                                             *)
DeviceCreatesVfs(n) ==
    /\ vfState' = [v \in VF |-> IF WithinNumVfs(v, n) THEN "live" ELSE "absent"]
    /\ gen' = [v \in VF |-> IF WithinNumVfs(v, n) THEN gen[v] + 1 ELSE gen[v]]

-----------------------------------------------------------------------------
Init ==
    /\ vfEnable = TRUE
    /\ numVfs = MaxVFs
    /\ vfState = [v \in VF |-> "live"]
    /\ gen = [v \in VF |-> 1]
    /\ fence = [v \in VF |-> 0]
    /\ provMac = [t \in Target |-> DefaultMac]
    /\ trusted = [v \in VF |-> FALSE]
    /\ fetchGen = [c \in CmdId |-> 0]
    /\ req = [c \in CmdId |-> NotSubmitted]
    /\ availIdx = 0
    /\ adminQ = <<>>
    /\ inflight = <<>>
    /\ adminUsed = <<>>
    /\ vfq = [v \in VF |-> <<>>]
    /\ ack = [c \in CmdId |-> "none"]
    /\ resetNotice = [v \in VF |-> {}]
    /\ drvOut = {}
    /\ drvIgnore = {}
    /\ drvMac = [t \in Target |-> DefaultMac]
    /\ drvLast = [t \in Target |-> NoCmd]
    /\ drvGen = [v \in VF |-> 1]
    /\ meantFor = [c \in CmdId |-> 0]
    /\ effectOn = [c \in CmdId |-> NoEffect]
    /\ goneAt = {}
    /\ grantFor = [v \in VF |-> 0]
    /\ trustObeyed = {}
    /\ completions = [c \in CmdId |-> 0]

-----------------------------------------------------------------------------
(* Management driver: it places an admin command on the admin CVQ, with    *)
(* virtual_device_id t: 0 for the PF itself, or a VF it created (VF Enable *)
(* set, t within NumVFs: registers it wrote).  It cannot see a VF's device *)
(* status.  Several commands may be in flight, also to one target, unless  *)
(* it serialises them ("rtnl").  Under "wireGen" the request carries the   *)
(* member generation the driver knows.  Addressable(t): it may address t.  *)
Addressable(t) == t = PF \/ (vfEnable /\ WithinNumVfs(t, numVfs))

DriverSubmitAdmin(c, t, op, arg) ==
    /\ FreshId(c)
    /\ Addressable(t)
    /\ DriverSync = "rtnl" => drvOut = {}
    /\ \/ op = "setMac" /\ arg \in Mac
       \/ op = "setTrust" /\ arg \in BOOLEAN /\ t \in VF
    /\ req' = [req EXCEPT ![c] =
                 [target |-> t, chan |-> "admin", op |-> op, arg |-> arg,
                  pos  |-> IF DeviceCheck = "availFence" THEN availIdx ELSE 0,
                  wgen |-> IF DeviceCheck = "wireGen" /\ t # PF THEN drvGen[t] ELSE 0]]
    /\ availIdx' = availIdx + 1
    /\ adminQ' = Append(adminQ, c)
    /\ drvOut' = drvOut \cup {c}
    /\ drvLast' = IF op = "setMac" THEN [drvLast EXCEPT ![t] = c] ELSE drvLast
    /\ meantFor' = [meantFor EXCEPT ![c] = GenOf(t)]
    /\ UNCHANGED <<deviceVars, inflight, adminUsed, vfq, ack, resetNotice,
                   drvIgnore, drvMac, drvGen, effectOn, goneAt, grantFor,
                   trustObeyed, completions>>

(* Management driver: it reaps the next entry of the admin CVQ's used      *)
(* ring.  An OK set-MAC becomes its view of the target's MAC unless it     *)
(* ignores that completion (barrier); an ERR means nothing changed.        *)
DriverCollect ==
    /\ adminUsed # <<>>
    /\ LET c == Head(adminUsed)
           r == req[c]
       IN /\ adminUsed' = Tail(adminUsed)
          /\ drvOut' = drvOut \ {c}
          /\ drvIgnore' = drvIgnore \ {c}
          /\ drvMac' = IF r.op = "setMac" /\ ack[c] = "OK" /\ c \notin drvIgnore
                       THEN [drvMac EXCEPT ![r.target] = r.arg] ELSE drvMac
    /\ UNCHANGED <<deviceVars, req, availIdx, adminQ, inflight, vfq, ack, resetNotice,
                   drvLast, drvGen, historyVars>>

(* Management driver: SR-IOV disable.  It clears VF Enable, when its rule  *)
(* set lets it: "virtio13" and "virtio13Barrier" (KeepsVirtio13Rule) when  *)
(* no admin command to a VF is outstanding (not yet used by the device),   *)
(* "drain" when none to a VF is unreaped, "rtnl" when it holds the lock,   *)
(* so no admin command is in flight.  The device destroys every VF.  Under *)
(* "barrier" and "virtio13Barrier" (IgnoresOlder) the driver will ignore   *)
(* the completions of its unreaped commands to VFs.  It drops the VF-reset *)
(* notifications it has not taken: every VF is gone.  (Kept instead, to be *)
(* taken after the re-enable, they change no verdict: RESULTS.md, point 5.)*)
DriverSriovDisable ==
    /\ vfEnable
    /\ KeepsVirtio13Rule => DriverOutstandingTo(VF) = {}
    /\ DriverSync = "drain"    => DriverOutTo(VF) = {}
    /\ DriverSync = "rtnl"     => drvOut = {}
    /\ vfEnable' = FALSE
    /\ vfState' = [v \in VF |-> "absent"]
    /\ DeviceDestroysVfs(VF)
    /\ resetNotice' = [v \in VF |-> {}]
    /\ drvIgnore' = IF IgnoresOlder THEN drvIgnore \cup DriverOutTo(VF) ELSE drvIgnore
    /\ UNCHANGED <<numVfs, gen, fetchGen, req, availIdx, adminQ, inflight, adminUsed,
                   drvOut, drvMac, drvLast, drvGen, meantFor, effectOn, goneAt, grantFor,
                   trustObeyed>>

(* Management driver: SR-IOV enable with NumVFs = n.  Under "waitFail" it  *)
(* first waits until every admin command to a VF is reaped; under "rtnl"   *)
(* it holds the lock, so none is in flight.  The device creates VFs 1..n;  *)
(* the driver knows they are new and starts its view of them afresh.      *)
DriverSriovEnable(n) ==
    /\ ~vfEnable
    /\ n \in IF NumVFsFixed THEN {MaxVFs} ELSE 1..MaxVFs
    /\ DriverSync = "waitFail" => DriverOutTo(VF) = {}
    /\ DriverSync = "rtnl"     => drvOut = {}
    /\ vfEnable' = TRUE
    /\ numVfs' = n
    /\ DeviceCreatesVfs(n)
    /\ drvMac' = [t \in Target |-> IF t = PF THEN drvMac[PF] ELSE DefaultMac]
    /\ drvLast' = [t \in Target |-> IF t = PF THEN drvLast[PF] ELSE NoCmd]
    /\ drvGen' = IF DeviceCheck = "wireGen" THEN gen' ELSE drvGen
    /\ UNCHANGED <<fence, provMac, trusted, fetchGen, sharedVars, drvOut, drvIgnore,
                   historyVars>>

(* Management driver: it takes a notification that VF v was reset (and so *)
(* re-created, as the VF did not keep its configuration), any one of those *)
(* pending: notifications may come late and in any order.  Without a      *)
(* generation in the notification the driver knows only that the VF it     *)
(* provisioned is gone: its view of v starts afresh and, if IgnoresOlder,  *)
(* it will ignore the completions of all its unreaped commands to v.       *)
(* Under "wireGen" the notification names generation g: if the driver     *)
(* already knows g or a newer one it learns nothing, and if IgnoresOlder   *)
(* it ignores only the commands it stamped with a generation older than g. *)
NoticeIsNews(v, g) == DeviceCheck # "wireGen" \/ g > drvGen[v]

DriverLearnVfReset(v) ==
    \E g \in resetNotice[v] :
        LET news  == NoticeIsNews(v, g)
            older == {c \in DriverOutTo({v}) : DeviceCheck # "wireGen" \/ req[c].wgen < g}
        IN /\ resetNotice' = [resetNotice EXCEPT ![v] = @ \ {g}]
           /\ drvGen' = IF DeviceCheck = "wireGen" /\ news
                        THEN [drvGen EXCEPT ![v] = g] ELSE drvGen
           /\ drvMac' = IF news THEN [drvMac EXCEPT ![v] = DefaultMac] ELSE drvMac
           /\ drvLast' = IF news THEN [drvLast EXCEPT ![v] = NoCmd] ELSE drvLast
           /\ drvIgnore' = IF IgnoresOlder THEN drvIgnore \cup older ELSE drvIgnore
           /\ UNCHANGED <<deviceVars, req, availIdx, adminQ, inflight, adminUsed, vfq, ack,
                          drvOut, historyVars>>

-----------------------------------------------------------------------------
(* VF driver: it places a set-MAC on its VF's own CVQ while its VF works   *)
(* (it reads its VF's device status).                                      *)
VfDriverSubmit(c, v, arg) ==
    /\ FreshId(c)
    /\ vfState[v] = "live"
    /\ arg \in Mac
    /\ req' = [req EXCEPT ![c] = [target |-> v, chan |-> "vf", op |-> "setMac",
                                  arg |-> arg, pos |-> 0, wgen |-> 0]]
    /\ vfq' = [vfq EXCEPT ![v] = Append(@, c)]
    /\ meantFor' = [meantFor EXCEPT ![c] = gen[v]]
    /\ UNCHANGED <<deviceVars, availIdx, adminQ, inflight, adminUsed, ack, resetNotice,
                   driverVars, effectOn, goneAt, grantFor, trustObeyed, completions>>

(* The device resets VF v on its driver's request.  If the VF keeps its    *)
(* configuration, only its own CVQ is flushed; else the device re-creates  *)
(* it (new generation, defaults) and, under "late", the management driver  *)
(* is notified.                                                            *)
DeviceResetsVf(v) ==
    /\ vfState' = [vfState EXCEPT ![v] = "live"]
    /\ IF VfResetKeepsConfig
       THEN /\ DeviceFlushesVfQueues({v})
            /\ UNCHANGED <<gen, fence, provMac, trusted, resetNotice>>
       ELSE /\ DeviceDestroysVfs({v})
            /\ gen' = [gen EXCEPT ![v] = @ + 1]
            /\ resetNotice' = IF ResetNotice = "late"
                              THEN [resetNotice EXCEPT ![v] = @ \cup {gen[v] + 1}]
                              ELSE resetNotice

(* VF driver: it resets its VF (writes device status 0, or has the VF      *)
(* function-level reset) whenever it chooses, and should after             *)
(* DEVICE_NEEDS_RESET.  Nothing of the management driver's state gates it. *)
VfDriverReset(v) ==
    /\ vfState[v] # "absent"
    /\ DeviceResetsVf(v)
    /\ UNCHANGED <<vfEnable, numVfs, fetchGen, req, availIdx, adminQ, inflight,
                   adminUsed, driverVars, meantFor, effectOn, goneAt, grantFor, trustObeyed>>

-----------------------------------------------------------------------------
(* Device: it fetches an available command from the admin CVQ: the head   *)
(* only if InOrder, else any.  Under "inFlight" it notes the member's      *)
(* generation now.                                                         *)
DeviceFetch(c) ==
    /\ IF InOrder THEN adminQ # <<>> /\ c = Head(adminQ) ELSE InSeq(adminQ, c)
    /\ adminQ' = Remove(adminQ, c)
    /\ inflight' = Append(inflight, c)
    /\ fetchGen' = [fetchGen EXCEPT ![c] =
                      IF DeviceCheck = "inFlight" THEN GenOf(req[c].target) ELSE 0]
    /\ UNCHANGED <<vfEnable, numVfs, vfState, gen, fence, provMac, trusted, req, availIdx,
                   adminUsed, vfq, ack, resetNotice, driverVars, historyVars>>

(* Device: whether it fails admin request r to a VF, from its own state.   *)
DeviceFails(r, c) ==
    LET t == r.target IN
    /\ t # PF
    /\ CASE DeviceCheck = "none"       -> FALSE
         [] DeviceCheck = "virtio13"   -> ~vfEnable \/ ~WithinNumVfs(t, numVfs)
         [] DeviceCheck = "inFlight"   -> ~Usable(t) \/ fetchGen[c] # gen[t]
         [] DeviceCheck = "availFence" -> ~Usable(t) \/ r.pos < fence[t]
         [] DeviceCheck = "wireGen"    -> ~Usable(t) \/ r.wgen # gen[t]

(* Device: it processes a fetched admin command (the oldest if InOrder),   *)
(* writes its ack and puts it on the used ring.  On failure nothing        *)
(* changes.  Otherwise the command acts on the target that has the id now, *)
(* whichever generation that is (no VF: no effect, still OK).              *)
DeviceProcess(c) ==
    /\ IF InOrder THEN inflight # <<>> /\ c = Head(inflight) ELSE InSeq(inflight, c)
    /\ LET r     == req[c]
           t     == r.target
           fail  == DeviceFails(r, c)
           apply == ~fail /\ Exists(t)
       IN /\ inflight' = Remove(inflight, c)
          /\ adminUsed' = Append(adminUsed, c)
          /\ ack' = [ack EXCEPT ![c] = IF fail THEN "ERR" ELSE "OK"]
          /\ provMac' = IF apply /\ r.op = "setMac"
                        THEN [provMac EXCEPT ![t] = r.arg] ELSE provMac
          /\ trusted' = IF apply /\ r.op = "setTrust"
                        THEN [trusted EXCEPT ![t] = r.arg] ELSE trusted
          \* history
          /\ completions' = [completions EXCEPT ![c] = @ + 1]
          /\ effectOn' = IF apply THEN [effectOn EXCEPT ![c] = GenOf(t)] ELSE effectOn
          /\ goneAt' = IF ~Usable(t) \/ GenOf(t) # meantFor[c] THEN goneAt \cup {c}
                                                                ELSE goneAt
          /\ grantFor' = IF apply /\ r.op = "setTrust"
                         THEN [grantFor EXCEPT ![t] = meantFor[c]] ELSE grantFor
    /\ UNCHANGED <<vfEnable, numVfs, vfState, gen, fence, fetchGen, req, availIdx,
                   adminQ, vfq, resetNotice, driverVars, meantFor, trustObeyed>>

(* Device: it processes the oldest command on VF v's own CVQ and obeys it  *)
(* iff the VF works and is trusted now; else it acks ERR.                  *)
DeviceProcessVf(v) ==
    /\ vfq[v] # <<>>
    /\ LET c    == Head(vfq[v])
           obey == vfState[v] = "live" /\ trusted[v]
       IN /\ vfq' = [vfq EXCEPT ![v] = Tail(@)]
          /\ ack' = [ack EXCEPT ![c] = IF obey THEN "OK" ELSE "ERR"]
          \* history
          /\ completions' = [completions EXCEPT ![c] = @ + 1]
          /\ effectOn' = IF obey THEN [effectOn EXCEPT ![c] = gen[v]] ELSE effectOn
          /\ goneAt' = IF ~Usable(v) \/ gen[v] # meantFor[c] THEN goneAt \cup {c}
                                                              ELSE goneAt
          /\ trustObeyed' = IF obey /\ grantFor[v] = gen[v] THEN trustObeyed \cup {c}
                                                            ELSE trustObeyed
    /\ UNCHANGED <<deviceVars, req, availIdx, adminQ, inflight, adminUsed, resetNotice,
                   driverVars, meantFor, grantFor>>

(* Device: a working VF hits an error it cannot recover from and sets      *)
(* DEVICE_NEEDS_RESET.  No driver can prevent this.                        *)
DeviceVfNeedsReset(v) ==
    /\ vfState[v] = "live"
    /\ vfState' = [vfState EXCEPT ![v] = "needsReset"]
    /\ UNCHANGED <<vfEnable, numVfs, gen, fence, provMac, trusted, fetchGen, sharedVars,
                   driverVars, historyVars>>

-----------------------------------------------------------------------------
Next ==
    \/ \E c \in CmdId, t \in Target :
          \/ \E m \in Mac : DriverSubmitAdmin(c, t, "setMac", m)
          \/ \E b \in BOOLEAN : DriverSubmitAdmin(c, t, "setTrust", b)
    \/ DriverCollect
    \/ DriverSriovDisable
    \/ \E n \in 1..MaxVFs : DriverSriovEnable(n)
    \/ \E v \in VF : DriverLearnVfReset(v)
    \/ \E c \in CmdId, v \in VF, m \in Mac : VfDriverSubmit(c, v, m)
    \/ \E v \in VF : VfDriverReset(v)
    \/ \E c \in CmdId : DeviceFetch(c) \/ DeviceProcess(c)
    \/ \E v \in VF : DeviceProcessVf(v) \/ DeviceVfNeedsReset(v)

(* The device keeps processing, the management driver keeps reaping and    *)
(* takes its notifications, a VF driver resets a VF in DEVICE_NEEDS_RESET. *)
(* Nothing forces a submission, an SR-IOV change or any other reset.       *)
VfDriverRecover(v) == vfState[v] = "needsReset" /\ VfDriverReset(v)

Fairness ==
    /\ \A c \in CmdId : WF_vars(DeviceFetch(c)) /\ WF_vars(DeviceProcess(c))
    /\ WF_vars(DriverCollect)
    /\ \A v \in VF : /\ WF_vars(DeviceProcessVf(v))
                     /\ WF_vars(DriverLearnVfReset(v))
                     /\ WF_vars(VfDriverRecover(v))

Spec == Init /\ [][Next]_vars /\ Fairness

-----------------------------------------------------------------------------
(* "From device level: the effect of the command ties to the lifecycle of  *)
(* the device (e.g VF). So if virtual device (VF) is destroyed (e.g SR-IOV *)
(* is disabled), the command won't be effective any more even if it is     *)
(* re-created later."  No command changed a generation of its target other *)
(* than the one that existed when it was submitted.                        *)
NoStaleEffect ==
    \A c \in CmdId : effectOn[c] # NoEffect => effectOn[c] = meantFor[c]

(* "And if the virtual device is destroyed during processing the admin     *)
(* command, the management device (PF) must fail the command."  A command  *)
(* whose target generation was gone when the device processed it (not      *)
(* usable: absent, or in DEVICE_NEEDS_RESET where that counts as destroyed,*)
(* or re-created since submission) completed with ERR.                     *)
FailOnGone == \A c \in goneAt : ack[c] = "ERR"

(* "A new command class is introduced decide whether or not to accept      *)
(* commands from normal cvq for a virtual [device]".  This project's       *)
(* reading, with the lifecycle rule NoStaleEffect quotes applied to trust: *)
(* every command the device obeyed from a VF's own CVQ was obeyed under a  *)
(* trust grant meant for that very generation of the VF.                   *)
TrustGate ==
    \A c \in CmdId : (Submitted(c) /\ req[c].chan = "vf" /\ ack[c] = "OK")
                        => c \in trustObeyed

(* "Management device MUST reserve 0 for virtual_device_id to identify     *)
(* itself."  No VF has id 0; commands to 0 come only on the admin CVQ and  *)
(* act on the PF, which is never destroyed (generation 0).                 *)
ManagementIdReserved ==
    /\ PF \notin VF
    /\ \A c \in CmdId : (Submitted(c) /\ req[c].target = PF)
                           => /\ req[c].chan = "admin"
                              /\ meantFor[c] = 0
                              /\ effectOn[c] \in {0, NoEffect}

(* virtio-net: "The driver sets class, command and data; the device sets   *)
(* ack", and Linux completes each returned cmd, the cmd pointer being the  *)
(* token (DOMAIN.md sections 1, 5a).  Neither text bounds the completions *)
(* of a command; this project's reading of a token completed once: the     *)
(* device completes a command at most once; a completed command is on no   *)
(* queue of the device.                                                    *)
ExactlyOnceCompletion ==
    \A c \in CmdId :
        /\ completions[c] <= 1
        /\ completions[c] = 1 <=> Completed(c)
        /\ Completed(c) => /\ ~InSeq(adminQ, c)
                           /\ ~InSeq(inflight, c)
                           /\ \A v \in VF : ~InSeq(vfq[v], c)

(* "The device MUST process commands on a given administration virtqueue   *)
(* in the order in which they are queued."  This project's check, weaker   *)
(* than the text (per target, not per queue): admin commands to one target *)
(* complete in submission order.  Under InOrder = TRUE the spec's device   *)
(* keeps the order of the whole queue, so nothing is lost there.           *)
InOrderPerTarget ==
    \A c1, c2 \in CmdId :
        (/\ c1 < c2
         /\ Submitted(c1) /\ Submitted(c2)
         /\ req[c1].chan = "admin" /\ req[c2].chan = "admin"
         /\ req[c1].target = req[c2].target
         /\ Completed(c2)) => Completed(c1)

(* "From driver level: The driver should synchronize between the admin     *)
(* control vq processing and virtual devices create/destroy to avoid       *)
(* unexpected [results]."  This project's reading of "unexpected": once    *)
(* the management driver has reaped every set-MAC it sent to an existing   *)
(* target and has taken every notification about it, its view equals the  *)
(* MAC the device holds for that target, and if its last set-MAC succeeded *)
(* the device holds that MAC.                                              *)
Settled(t) ==
    /\ \A c \in CmdId : (Submitted(c) /\ req[c].chan = "admin" /\ req[c].op = "setMac"
                           /\ req[c].target = t) => c \notin drvOut
    /\ t # PF => resetNotice[t] = {}

DriverDeviceAgreement ==
    \A t \in Target :
        (Exists(t) /\ Settled(t)) =>
            /\ drvMac[t] = provMac[t]
            /\ (drvLast[t] # NoCmd /\ ack[drvLast[t]] = "OK")
                   => provMac[t] = req[drvLast[t]].arg

(* The driver reads the ack once the buffer is used and acts on it ("There *)
(* is little the driver can do except issue a diagnostic if ack is not     *)
(* VIRTIO_NET_OK").  This project's reading of acting on an ack that has   *)
(* been read: an ack, once written, is never rewritten.                    *)
AckFinalProp == [][\A c \in CmdId : Completed(c) => ack'[c] = ack[c]]_vars

(* Every submitted command is eventually completed (OK or ERR): Linux      *)
(* waits with "wait_for_completion(&cmd->completion) (uninterruptible, no  *)
(* timeout)" (DOMAIN.md section 5a), and the thread's driver may be "just  *)
(* waiting all commands targeted to that VF failed".                       *)
(* For one command c that is CommandCompletes(c).  The property states it  *)
(* for all commands at once, in the form TLC checks in one liveness pass:  *)
(* from some point on every command submitted so far is completed, and no  *)
(* step undoes a submission or a completion.  Under Spec it is the same    *)
(* property as \A c \in CmdId : CommandCompletes(c): CmdId is finite, req  *)
(* is written once per command and an ack once written stays (the second   *)
(* conjunct holds of Spec), so each submitted command being completed some *)
(* time later and every submitted command being completed from some time   *)
(* on say the same.  The per-command form costs TLC one pass per command,  *)
(* each over the product with a tableau: 219 s of CPU against 100 s for    *)
(* this one at three commands (drops_barrier_wireGen_threeCmds, one run    *)
(* each, docs/scale.md).  LivenessFormTest checks that the two             *)
(* forms give the same verdict, also where commands never complete.        *)
CommandCompletes(c) == Submitted(c) ~> Completed(c)
EveryCommandCompletes ==
    /\ <>[](\A c \in CmdId : Submitted(c) => Completed(c))
    /\ [][\A c \in CmdId : /\ Submitted(c) => Submitted(c)'
                           /\ Completed(c) => Completed(c)']_vars

-----------------------------------------------------------------------------
THEOREM Spec => []TypeOK
THEOREM Spec => []ExactlyOnceCompletion
THEOREM Spec => []ManagementIdReserved
THEOREM Spec => AckFinalProp
THEOREM Spec => EveryCommandCompletes
THEOREM Spec => \A c \in CmdId : CommandCompletes(c)
=============================================================================
