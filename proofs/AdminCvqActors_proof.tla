------------------------ MODULE AdminCvqActors_proof ------------------------
(***************************************************************************)
(* Invariance proofs for AdminCvqActors (the admin CVQ with its three      *)
(* actors), for the designs model checking found safe:                     *)
(*                                                                         *)
(*   design A: DriverSync = "barrier", DeviceCheck = "wireGen", InOrder,   *)
(*             NeedsResetDestroys, ~VfResetKeepsConfig, NumVFsFixed,       *)
(*             ResetNotice = "late";                                       *)
(*   design B: the same with VfResetKeepsConfig (a VF reset keeps its      *)
(*             configuration) and DriverSync \in {"drain", "barrier"}.     *)
(*                                                                         *)
(*   THEOREM ActorsTypeCorrect == SafeDesign => (Spec => []TypeOK)         *)
(*   THEOREM ActorsInvariance  == SafeDesign => (Spec => []IInv)           *)
(*   THEOREM ActorsSafety      == SafeDesign => (Spec => [](NoStaleEffect  *)
(*               /\ FailOnGone /\ TrustGate /\ ExactlyOnceCompletion))     *)
(*   THEOREM ActorsAgreement   == SafeDesign                               *)
(*                                => (Spec => []DriverDeviceAgreement)     *)
(*                                                                         *)
(* SafeDesign is "A or B"; one invariant, IInv, serves both.  Under A a VF *)
(* reset re-creates the VF and the management driver learns of it late, by *)
(* a notification that names the generation the reset created; it may      *)
(* take notifications in any order, so one of a generation it already      *)
(* knows (stale) may still be pending.  IInv says which notifications are  *)
(* pending (12: with VF Enable set, every generation newer than the one    *)
(* the driver knows, and perhaps stale ones) and which commands the        *)
(* barrier ignores (20: exactly those to a VF while VF Enable is clear, or *)
(* stamped older than the generation the driver knows).  So IInv implies   *)
(* DriverDeviceAgreement under A as well as under B.  (Before the spec's   *)
(* fix a9c2211 it was no invariant of A: a stale notification made the     *)
(* barrier ignore a command that took effect, at generation 3.)            *)
(*                                                                         *)
(* Each conjunct of IInv is numbered and commented with its role           *)
(* (proofs/conjuncts.json), shown by a model that drops it              *)
(* (MCAdminCvqActors_inductive.tla, Drop = k):                             *)
(*   cti     without it the invariant is not inductive: actors_cti_k finds *)
(*           a two-state counterexample to induction;                      *)
(*   goal    without it the rest is still inductive, but the invariant     *)
(*           must imply it or a property of a theorem: actors_goal_k shows *)
(*           a state of the rest violating that property;                  *)
(*   pinning without it the rest is still inductive and implies the        *)
(*           properties; it fixes a variable no other conjunct constrains, *)
(*           so that TLC can enumerate the invariant's states.             *)
(*                                                                         *)
(* WHAT IS CHECKED, AND BY WHAT.  TLAPS is not installed here (it cannot   *)
(* be installed from the registries this project may use): NO proof        *)
(* obligation below has been checked by the TLA+ Proof System.  SANY       *)
(* parses this module.  TLC checks, on the bounds of                       *)
(* MCAdminCvqActors_inductive.tla (one VF, Mac = {1}; in the test's        *)
(* models one command, generations <= 3 for A and <= 2 for B; in runs by   *)
(* hand two commands, generations <= 3 for A and <= 2 for B), that every   *)
(* state of the bounded TypeOK /\ IInv has only successors, by the spec's  *)
(* unbounded Next, satisfying IInv (step <1>2) and satisfies               *)
(* DriverDeviceAgreement (ActorsAgreement's <1>1); and, with               *)
(* MCAdminCvqActors_reachable.tla on the spec's own bounds (two MACs; one  *)
(* command in the test, two by hand; generations <= 3 for A), that Init    *)
(* satisfies IInv and DriverDeviceAgreement and so do all reachable        *)
(* states.  The leaf steps name the definitions and backend TLAPS would    *)
(* need; they are a plan for a TLAPS run, not the result of one.  See      *)
(* README.md.                                                              *)
(***************************************************************************)
EXTENDS AdminCvqActors, TLAPS

(* Design A: the reading where a VF reset re-creates the VF, and the       *)
(* management driver hears of it late.                                     *)
SafeDesignA ==
    /\ DriverSync = "barrier"
    /\ DeviceCheck = "wireGen"
    /\ InOrder = TRUE
    /\ NeedsResetDestroys = TRUE
    /\ VfResetKeepsConfig = FALSE
    /\ NumVFsFixed = TRUE
    /\ ResetNotice = "late"

(* Design B: the reading where a VF reset keeps the VF's configuration     *)
(* (and generation); drain or barrier.                                     *)
SafeDesignB ==
    /\ DriverSync \in {"drain", "barrier"}
    /\ DeviceCheck = "wireGen"
    /\ InOrder = TRUE
    /\ NeedsResetDestroys = TRUE
    /\ VfResetKeepsConfig = TRUE
    /\ NumVFsFixed = TRUE
    /\ ResetNotice = "late"

SafeDesign == SafeDesignA \/ SafeDesignB

-----------------------------------------------------------------------------
(* Helpers.                                                                *)
Max(S) == CHOOSE m \in S : \A n \in S : n <= m

(* The set S of identities as an increasing sequence.                      *)
SortSeq(S) ==
    CHOOSE s \in [1..Cardinality(S) -> S] : \A i, j \in 1..Cardinality(S) : i < j => s[i] < s[j]

Elems(s) == {s[i] : i \in 1..Len(s)}

Adm(c) == Submitted(c) /\ req[c].chan = "admin"
AdminSetMac(c, t) == Adm(c) /\ req[c].op = "setMac" /\ req[c].target = t

(* The admin CVQ as the management driver sees it: reaped-not-yet entries  *)
(* of the used ring, then the fetched commands, then the available ones.   *)
Ring == adminUsed \o inflight \o adminQ

(* The generation of t the management driver knows (the PF: 0).            *)
KnownGen(t) == IF t = PF THEN 0 ELSE drvGen[t]

(* The admin set-MACs to t that took effect on t's current generation;     *)
(* the ones the driver sent for the generation it knows; of those, the     *)
(* ones it reaped with OK.                                                 *)
EffectsOn(t)  == {c \in CmdId : AdminSetMac(c, t) /\ effectOn[c] = GenOf(t)}
SentFor(t)    == {c \in CmdId : AdminSetMac(c, t) /\ req[c].wgen = KnownGen(t)}
ReapedOk(t)   == {c \in SentFor(t) : c \notin drvOut /\ ack[c] = "OK"}

-----------------------------------------------------------------------------
(***************************************************************************)
(* The conjuncts of IInv (designs A and B).  Each is its own definition so *)
(* that a model can drop one.                                              *)
(***************************************************************************)

(* 2. Identities are taken in order (FreshId).  Role cti (the sorted ring  *)
(* of 3 needs a fresh identity to be the largest).                         *)
InvSubmittedPrefix ==
    \A c, d \in CmdId : (c < d /\ Submitted(d)) => Submitted(c)

(* 3. InOrder: the admin CVQ, read from the used ring to the available     *)
(* ring, is exactly the driver's unreaped admin commands in submission     *)
(* order, and every reaped one is older than every unreaped one.  So the   *)
(* device processes, and the driver reaps, in identity order (what 18 and  *)
(* 21-22 rely on), and no command is on two queues or twice on one.  Role  *)
(* cti.                                                                    *)
InvAdminRing ==
    /\ \A c \in drvOut : Adm(c)
    /\ Ring = SortSeq(drvOut)
    /\ \A c, d \in CmdId : (Adm(c) /\ c \notin drvOut /\ d \in drvOut) => c < d

(* 4. VF v's own CVQ holds VF-CVQ commands to v, in submission order.      *)
(* Role cti.                                                               *)
InvVfqShape ==
    \A v \in VF :
        /\ vfq[v] = SortSeq(Elems(vfq[v]))
        /\ \A c \in Elems(vfq[v]) : Submitted(c) /\ req[c].chan = "vf" /\ req[c].target = v

(* 5. A command on VF v's own CVQ is for v's current generation, and v     *)
(* exists: destroying v flushes its CVQ.  So when the device obeys it, it  *)
(* acts on its own generation (NoStaleEffect), and when v is gone it is    *)
(* because v is not live, so the device refuses it (FailOnGone).  Role cti *)
(* (two commands: a trust grant and a VF-CVQ command of an older           *)
(* generation, which the device would obey).                               *)
InvVfqCurrent ==
    \A v \in VF : \A c \in Elems(vfq[v]) : meantFor[c] = gen[v] /\ vfState[v] # "absent"

(* 6. The device has not written the ack exactly of the commands still     *)
(* on its available ring, among the fetched, or on their VF's CVQ (and     *)
(* the unused identities).  Role cti.                                      *)
InvAckQueued ==
    \A c \in CmdId :
        ack[c] = "none" <=>
            \/ ~Submitted(c)
            \/ InSeq(adminQ, c) \/ InSeq(inflight, c)
            \/ req[c].chan = "vf" /\ InSeq(vfq[req[c].target], c)

(* 8. The shape of a request: pos unused (not "availFence"); to the PF     *)
(* only on the admin CVQ, meant for generation 0 ("Management device MUST  *)
(* reserve 0 for virtual_device_id"), wgen 0; a VF-CVQ request carries no  *)
(* wgen; an unused identity is meant for nothing.  Role cti.               *)
ReqShapeRec(r) ==
    /\ r.pos = 0
    /\ r.target = PF => r.chan = "admin" /\ r.wgen = 0
    /\ r.chan = "vf" => r.wgen = 0
InvReqShape ==
    \A c \in CmdId :
        IF Submitted(c)
        THEN /\ ReqShapeRec(req[c])
             /\ req[c].target = PF => meantFor[c] = 0
        ELSE meantFor[c] = 0

(* 9. Registers and device fields this design does not use: NumVFs is      *)
(* always MaxVFs (NumVFsFixed), no fence ("availFence" only), no fetch     *)
(* generation ("inFlight" only); the available index counts the admin      *)
(* commands.  Role pinning.                                                *)
InvUnusedFields ==
    /\ numVfs = MaxVFs
    /\ fence = [v \in VF |-> 0]
    /\ fetchGen = [c \in CmdId |-> 0]
    /\ availIdx = Cardinality({c \in CmdId : Adm(c)})

(* 10. Generations: a VF's starts at 1 and only grows; the driver's view   *)
(* lags or equals it; a pending notification names a generation a reset    *)
(* created (2 or more) that exists or existed.  A command to a VF is meant *)
(* for a generation that exists or existed, and an admin one carries (wire *)
(* field) a generation no later than that, nor than the driver's view:     *)
(* wgen <= meantFor <= gen and wgen <= drvGen (both only grow).  So wgen = *)
(* gen[t] at processing means the command is meant for the current         *)
(* generation (FailOnGone, NoStaleEffect).  Role cti.                      *)
InvGen ==
    /\ \A v \in VF : /\ gen[v] >= 1
                     /\ drvGen[v] \in 1..gen[v]
                     /\ resetNotice[v] \subseteq 2..gen[v]
    /\ \A c \in CmdId :
          (Submitted(c) /\ req[c].target \in VF) =>
              /\ meantFor[c] \in 1..gen[req[c].target]
              /\ req[c].chan = "admin" =>
                     req[c].wgen \in 1..meantFor[c] /\ req[c].wgen <= drvGen[req[c].target]

(* 11. NumVFsFixed: a VF is absent exactly while VF Enable is clear;       *)
(* clearing it drops the pending notifications.  Role cti.                 *)
InvEnable ==
    \A v \in VF : /\ vfState[v] = "absent" <=> ~vfEnable
                  /\ ~vfEnable => resetNotice[v] = {}

(* 12. ResetNotice = "late": with VF Enable set, every generation of v     *)
(* newer than the one the driver knows is announced by a notification not  *)
(* yet taken (taking a newer one leaves the older ones pending, stale);    *)
(* none names the generation it knows (it learned that one by taking its   *)
(* notification, or at SR-IOV enable, which sends none).  With no          *)
(* notification pending the driver so knows the VF's generation.  A reset  *)
(* that keeps the configuration sends none.  Role goal: no other conjunct  *)
(* needs it (20 speaks of the generation the driver knows), but without it *)
(* IInv does not imply DriverDeviceAgreement.                              *)
InvNotice ==
    \A v \in VF : /\ vfEnable => (drvGen[v] + 1)..gen[v] \subseteq resetNotice[v]
                  /\ drvGen[v] \notin resetNotice[v]
                  /\ VfResetKeepsConfig => resetNotice[v] = {}

(* 15. A command took effect exactly if it was acked OK, and an admin      *)
(* command took effect only on the generation its wire field named; an     *)
(* unused identity took none.  Role cti.                                   *)
InvEffects ==
    \A c \in CmdId :
        IF Submitted(c)
        THEN /\ effectOn[c] # NoEffect <=> ack[c] = "OK"
             /\ (Adm(c) /\ effectOn[c] # NoEffect) => req[c].wgen = effectOn[c]
        ELSE effectOn[c] = NoEffect

(* 16. A VF is trusted only while it exists and under a grant meant for    *)
(* its current generation: a destroy drops the trust ("decide whether or   *)
(* not to accept commands from normal cvq for a virtual [device]").  The   *)
(* grant in force is that of the last trust command applied, and trust is  *)
(* its argument if it took effect on the current generation.  Role cti.    *)
TrustEffects(v) == {c \in CmdId : Adm(c) /\ req[c].op = "setTrust" /\ req[c].target = v
                                 /\ effectOn[c] # NoEffect}
InvTrusted ==
    \A v \in VF :
        /\ grantFor[v] = IF TrustEffects(v) = {} THEN 0 ELSE meantFor[Max(TrustEffects(v))]
        /\ trusted[v] <=> /\ vfState[v] # "absent"
                          /\ TrustEffects(v) # {}
                          /\ effectOn[Max(TrustEffects(v))] = gen[v]
                          /\ req[Max(TrustEffects(v))].arg = TRUE
        /\ trusted[v] => grantFor[v] = gen[v]

(* 17. The VF-CVQ commands obeyed under a grant for their own generation   *)
(* are exactly those acked OK.  Role goal: it contains TrustGate.          *)
InvTrustObeyed ==
    trustObeyed = {c \in CmdId : Submitted(c) /\ req[c].chan = "vf" /\ ack[c] = "OK"}

(* 18. The MAC the PF provisioned for t is the argument of the last admin  *)
(* set-MAC that took effect on t's current generation, or the default.     *)
(* Role goal: no other conjunct reads provMac, but without it IInv does    *)
(* not imply DriverDeviceAgreement.                                        *)
InvProvMac ==
    \A t \in Target :
        provMac[t] = IF Exists(t) /\ EffectsOn(t) # {} THEN req[Max(EffectsOn(t))].arg
                                                      ELSE DefaultMac

(* 19. The driver's ignore set holds only unreaped commands to VFs, none   *)
(* under "drain"; its view of t's MAC, if not the default, is the argument *)
(* of a set-MAC to t it reaped with OK (22 says which, while t exists;     *)
(* this pins the view of a VF that SR-IOV disable destroyed).  Role cti    *)
(* (an unused identity in the ignore set would be submitted ignored).      *)
InvDrvShape ==
    /\ drvIgnore \subseteq drvOut
    /\ \A c \in drvIgnore : req[c].target \in VF
    /\ DriverSync = "drain" => drvIgnore = {}
    /\ \A t \in Target :
          drvMac[t] # DefaultMac =>
              \E c \in CmdId : AdminSetMac(c, t) /\ c \notin drvOut /\ ack[c] = "OK"
                              /\ drvMac[t] = req[c].arg

(* 20. The barrier as the driver keeps it: it ignores an unreaped command  *)
(* to VF t exactly when VF Enable is clear (SR-IOV disable marked every    *)
(* unreaped command to a VF; "drain" finds none) or the command carries a  *)
(* generation older than the one it knows (the notification of a newer     *)
(* generation marked it: under "wireGen" the barrier ignores only commands *)
(* stamped older).  A stale notification, of a generation not newer than   *)
(* the one it knows, marks only commands it already ignores.  With 10 and  *)
(* 12, a command it does not ignore, on a settled VF, is for the VF's      *)
(* current generation.  Role cti.                                          *)
InvSyncedDestroy ==
    \A c \in drvOut :
        LET t == req[c].target IN
        t \in VF => (c \in drvIgnore <=> (~vfEnable \/ req[c].wgen < drvGen[t]))

(* 21. drvLast[t] is the last admin set-MAC the driver sent for the        *)
(* generation of t it knows.  Role goal: no other conjunct reads drvLast,  *)
(* but without it IInv does not imply DriverDeviceAgreement.               *)
InvDrvLast ==
    \A t \in Target : drvLast[t] = IF SentFor(t) = {} THEN NoCmd ELSE Max(SentFor(t))

(* 22. The driver's view of an existing t's MAC is the argument of the     *)
(* last set-MAC it sent for the generation it knows and reaped with OK, or *)
(* the default.  Role goal: without it IInv does not imply                 *)
(* DriverDeviceAgreement.                                                  *)
InvDrvMac ==
    \A t \in Target :
        Exists(t) => drvMac[t] = IF ReapedOk(t) = {} THEN DefaultMac
                                                     ELSE req[Max(ReapedOk(t))].arg

(***************************************************************************)
(* The inductive invariant (designs A and B).  Conjuncts 1, 7, 13, 14 and  *)
(* 17 (which contains TrustGate) are THEOREM ActorsSafety's goals.  It     *)
(* implies DriverDeviceAgreement ("The driver should synchronize between   *)
(* the admin control vq processing and virtual devices create/destroy"),   *)
(* which is therefore no conjunct (THEOREM ActorsAgreement): settled, no   *)
(* notification is pending, so the driver knows the generation (12), and   *)
(* every set-MAC to t was reaped, so EffectsOn(t) = ReapedOk(t) (15, 10),  *)
(* and 18 and 22 give the same MAC.                                        *)
(***************************************************************************)
IInv ==
    /\ TypeOK                  \* 1.  type correctness (AdminCvqActors!TypeOK)
    /\ InvSubmittedPrefix      \* 2.  identities are used in order
    /\ InvAdminRing            \* 3.  the admin CVQ = unreaped admin commands, in order
    /\ InvVfqShape             \* 4.  a VF CVQ holds its VF's own commands, in order
    /\ InvVfqCurrent           \* 5.  ... for the VF's current generation
    /\ InvAckQueued            \* 6.  no ack exactly while queued
    /\ ExactlyOnceCompletion   \* 7.  goal: "the device sets ack" once
    /\ InvReqShape             \* 8.  shape of a request; commands to the PF are for generation 0
    /\ InvUnusedFields         \* 9.  NumVFs, fence, fetchGen, availIdx
    /\ InvGen                  \* 10. wgen <= meantFor <= gen; wgen <= drvGen <= gen
    /\ InvEnable               \* 11. VF Enable clear <=> VFs absent, no notification
    /\ InvNotice               \* 12. generations newer than the driver's are announced
    /\ NoStaleEffect           \* 13. goal: "the command won't be effective any more"
    /\ FailOnGone              \* 14. goal: "(PF) must fail the command"
    /\ InvEffects              \* 15. effect <=> OK; an admin effect is on its wgen
    /\ InvTrusted              \* 16. trust only under a grant for the current generation
    /\ InvTrustObeyed          \* 17. obeyed VF-CVQ commands = those acked OK (implies TrustGate: goal)
    /\ InvProvMac              \* 18. the device's MAC = last effect on the current generation
    /\ InvDrvShape             \* 19. the driver's ignore set; its view of a destroyed VF
    /\ InvSyncedDestroy        \* 20. ignored <=> VF Enable clear or stamped older
    /\ InvDrvLast              \* 21. the driver's last set-MAC
    /\ InvDrvMac               \* 22. the driver's view = last reaped OK set-MAC

-----------------------------------------------------------------------------
(***************************************************************************)
(* Type correctness.  TypeOK alone is not inductive (processing a queued   *)
(* unused identity would write its record); the lemma assumes conjuncts    *)
(* 3, 4 and 8 too, and ActorsTypeCorrect follows from ActorsInvariance.    *)
(***************************************************************************)
TypeInv == TypeOK /\ InvReqShape /\ InvAdminRing /\ InvVfqShape

LEMMA ActorsTypeStep == SafeDesign /\ TypeInv /\ [Next]_vars => TypeOK'
  <1> SUFFICES ASSUME SafeDesign, TypeInv, [Next]_vars PROVE TypeOK'
      OBVIOUS
  <1>. USE DEF TypeInv, TypeOK, Req, Submitted, Completed, InSeq, Remove, FreshId, GenOf,
               Exists, Usable, PF, VF, Target, MacVal, Ops, Chans, Acks, VfStates
  <1>1. ASSUME NEW c \in CmdId, NEW t \in Target, NEW op \in Ops, NEW arg,
               DriverSubmitAdmin(c, t, op, arg)
        PROVE  TypeOK'
    BY <1>1 DEF DriverSubmitAdmin, Addressable, WithinNumVfs
  <1>2. CASE DriverCollect
    BY <1>2, SMT DEF DriverCollect, InvAdminRing, Ring, Adm
  <1>3. CASE DriverSriovDisable
    BY <1>3, SMT DEF DriverSriovDisable, DeviceDestroysVfs, DeviceFlushesVfQueues,
                     AckedErr, CountedOnce
  <1>4. ASSUME NEW n \in 1..MaxVFs, DriverSriovEnable(n) PROVE TypeOK'
    BY <1>4 DEF DriverSriovEnable, DeviceCreatesVfs, WithinNumVfs
  <1>5. ASSUME NEW v \in VF, DriverLearnVfReset(v)
        PROVE  TypeOK'
    BY <1>5 DEF DriverLearnVfReset, DriverOutTo
  <1>6. ASSUME NEW c \in CmdId, NEW v \in VF, NEW m \in Mac, VfDriverSubmit(c, v, m)
        PROVE  TypeOK'
    BY <1>6 DEF VfDriverSubmit
  <1>7. ASSUME NEW v \in VF, VfDriverReset(v) PROVE TypeOK'
    BY <1>7, SMT DEF VfDriverReset, DeviceResetsVf, DeviceDestroysVfs, DeviceFlushesVfQueues,
                     AckedErr, CountedOnce
  <1>8. ASSUME NEW c \in CmdId, DeviceFetch(c) PROVE TypeOK'
    BY <1>8, SMT DEF DeviceFetch, InvAdminRing, Ring, Adm
  <1>9. ASSUME NEW c \in CmdId, DeviceProcess(c) PROVE TypeOK'
    BY <1>9, SMT DEF DeviceProcess, DeviceFails, InvAdminRing, Ring, Adm, WithinNumVfs
  <1>10. ASSUME NEW v \in VF, DeviceProcessVf(v) PROVE TypeOK'
    BY <1>10, SMT DEF DeviceProcessVf, InvVfqShape, Elems
  <1>11. ASSUME NEW v \in VF, DeviceVfNeedsReset(v) PROVE TypeOK'
    BY <1>11 DEF DeviceVfNeedsReset
  <1>12. CASE UNCHANGED vars
    BY <1>12 DEF vars, deviceVars, sharedVars, driverVars, historyVars
  <1>13. QED
    BY <1>1, <1>2, <1>3, <1>4, <1>5, <1>6, <1>7, <1>8, <1>9, <1>10, <1>11, <1>12 DEF Next, Ops

-----------------------------------------------------------------------------
(***************************************************************************)
(* The invariance proof, in the skeleton of Lamport's TCommit_proof: Init  *)
(* => IInv, IInv /\ [Next]_vars => IInv' one step per action plus          *)
(* stuttering, QED by PTL.  TLC checked <1>1 and <1>2 on bounds            *)
(* (models/actors_inductive_*.cfg, actors_reachable_*.cfg); no TLAPS       *)
(* backend has run on them.                                                *)
(***************************************************************************)
THEOREM ActorsInvariance == SafeDesign => (Spec => []IInv)
  <1> SUFFICES ASSUME SafeDesign PROVE Spec => []IInv
      OBVIOUS
  <1>. USE DEF IInv, TypeOK, InvSubmittedPrefix, InvAdminRing, Ring,
               SortSeq, InvVfqShape, Elems, InvVfqCurrent, InvAckQueued, ExactlyOnceCompletion,
               InvReqShape, ReqShapeRec, InvUnusedFields, InvGen, InvEnable, InvNotice,
               NoStaleEffect, FailOnGone, InvEffects, InvTrusted, InvTrustObeyed, InvProvMac,
               EffectsOn, InvDrvShape, InvSyncedDestroy, InvDrvLast, SentFor, KnownGen,
               InvDrvMac, ReapedOk, Max, Adm, AdminSetMac, Submitted, Completed, InSeq, Exists,
               Usable, GenOf, DriverOutTo, PF, VF, Target
  <1>1. Init => IInv
    BY SMT DEF Init
  <1>2. IInv /\ [Next]_vars => IInv'
    <2> SUFFICES ASSUME IInv, [Next]_vars PROVE IInv'
        OBVIOUS
    <2>. USE DEF SafeDesign, SafeDesignA, SafeDesignB
    <2>1. ASSUME NEW c \in CmdId, NEW t \in Target, NEW op \in Ops, NEW arg,
                 DriverSubmitAdmin(c, t, op, arg)
          PROVE  IInv'
      (* The least unused identity goes at the end of the ring and into    *)
      (* drvOut (2, 3, 6, 9); it is meant for gen[t] and carries drvGen[t] *)
      (* <= gen[t] (10), so it is not ignored (20); a set-MAC becomes the  *)
      (* largest of SentFor(t) (21).                                       *)
      BY <2>1, ActorsTypeStep, SMT DEF DriverSubmitAdmin, Addressable, FreshId, TypeInv,
                                           WithinNumVfs
    <2>2. CASE DriverCollect
      (* The head of the used ring is the least unreaped command (3); it   *)
      (* leaves drvOut and drvIgnore (19, 20).  Not ignored, it carries    *)
      (* drvGen[t] (20, 10), so an OK set-MAC joins ReapedOk(t) as its     *)
      (* largest (22); ignored, it is not in SentFor(t), or t is absent.   *)
      BY <2>2, ActorsTypeStep, SMT DEF DriverCollect, TypeInv
    <2>3. CASE DriverSriovDisable
      (* Every VF absent, its CVQ flushed with ERR (5, 6, 7, 11), its MAC  *)
      (* and trust gone (16, 18); notifications dropped (11); every        *)
      (* unreaped command to a VF ignored (barrier) or none (drain) (20).  *)
      BY <2>3, ActorsTypeStep, SMT DEF DriverSriovDisable, DeviceDestroysVfs,
         DeviceFlushesVfQueues, AckedErr, CountedOnce, TypeInv
    <2>4. ASSUME NEW n \in 1..MaxVFs, DriverSriovEnable(n) PROVE IInv'
      (* n = MaxVFs (9): every VF live at a new generation the driver      *)
      (* reads (10, 12), newer than every wgen (10, 20), on an empty CVQ   *)
      (* (5), untrusted (16), with no effect (18) and no set-MAC sent for  *)
      (* it yet (21, 22).                                                  *)
      BY <2>4, ActorsTypeStep, SMT DEF DriverSriovEnable, DeviceCreatesVfs, TypeInv, WithinNumVfs
    <2>5. ASSUME NEW v \in VF, DriverLearnVfReset(v)
          PROVE  IInv'
      (* Under A, taking notification g.  News (g > drvGen[v]): g <= gen[v] *)
      (* (10); the generations between the old view and g stay announced   *)
      (* (12); every unreaped command to v carries wgen <= the old view <  *)
      (* g (10) and is now ignored (20); no set-MAC was sent for g, so     *)
      (* the view starts afresh (21, 22).  A stale one (g < drvGen[v],     *)
      (* 12): it marks only commands already ignored (20).  Under B no     *)
      (* notification exists (12).                                         *)
      BY <2>5, ActorsTypeStep, SMT DEF DriverLearnVfReset, TypeInv
    <2>6. ASSUME NEW c \in CmdId, NEW v \in VF, NEW m \in Mac, VfDriverSubmit(c, v, m)
          PROVE  IInv'
      (* A fresh identity at the end of v's CVQ, for gen[v] (4, 5).        *)
      BY <2>6, ActorsTypeStep, SMT DEF VfDriverSubmit, FreshId, TypeInv
    <2>7. ASSUME NEW v \in VF, VfDriverReset(v) PROVE IInv'
      (* v's CVQ flushed with ERR (5-7); under A a new generation gen[v]   *)
      (* + 1, announced (10, 12), default MAC, no trust (16, 18), no       *)
      (* effect on it yet; the driver's state is unchanged (20-22: they    *)
      (* read drvGen, not gen).  Under B nothing else changes.             *)
      BY <2>7, ActorsTypeStep, SMT DEF VfDriverReset, DeviceResetsVf, DeviceDestroysVfs,
         DeviceFlushesVfQueues, AckedErr, CountedOnce, TypeInv
    <2>8. ASSUME NEW c \in CmdId, DeviceFetch(c) PROVE IInv'
      (* The head moves from the available ring to the fetched: the ring   *)
      (* is unchanged (3).                                                 *)
      BY <2>8, ActorsTypeStep, SMT DEF DeviceFetch, Remove, TypeInv
    <2>9. ASSUME NEW c \in CmdId, DeviceProcess(c) PROVE IInv'
      (* The key step.  "wireGen": the device applies c only if the member *)
      (* is live and r.wgen = gen[t]; by 10 wgen <= meantFor <= gen, so    *)
      (* then meantFor[c] = gen[t] (13, 15) and c is not gone (14); an     *)
      (* applied trust grant is for gen[t] (16).  c is the oldest          *)
      (* unprocessed command (3), so its effect is the last (18).          *)
      BY <2>9, ActorsTypeStep, SMT DEF DeviceProcess, DeviceFails, Remove, TypeInv, WithinNumVfs
    <2>10. ASSUME NEW v \in VF, DeviceProcessVf(v) PROVE IInv'
      (* The head of v's CVQ is for gen[v] (5): gone only if v is not      *)
      (* live, then ERR (14); obeyed only if trusted, so under a grant     *)
      (* for gen[v] (16), and recorded in trustObeyed (17).                *)
      BY <2>10, ActorsTypeStep, SMT DEF DeviceProcessVf, TypeInv
    <2>11. ASSUME NEW v \in VF, DeviceVfNeedsReset(v) PROVE IInv'
      (* Only vfState[v] changes, live to needsReset: v still exists.      *)
      BY <2>11, ActorsTypeStep DEF DeviceVfNeedsReset, TypeInv
    <2>12. CASE UNCHANGED vars
      BY <2>12 DEF vars, deviceVars, sharedVars, driverVars, historyVars
    <2>13. QED
      BY <2>1, <2>2, <2>3, <2>4, <2>5, <2>6, <2>7, <2>8, <2>9, <2>10, <2>11, <2>12 DEF Next
  <1>. QED
    BY <1>1, <1>2, PTL DEF Spec

THEOREM ActorsTypeCorrect == SafeDesign => (Spec => []TypeOK)
  BY ActorsInvariance, PTL DEF IInv

THEOREM ActorsSafety == SafeDesign => (Spec => [](NoStaleEffect /\ FailOnGone
                                                 /\ TrustGate /\ ExactlyOnceCompletion))
  <1>1. IInv => NoStaleEffect /\ FailOnGone /\ TrustGate /\ ExactlyOnceCompletion
    BY DEF IInv, InvTrustObeyed, TrustGate
  <1>. QED
    BY <1>1, ActorsInvariance, PTL

THEOREM ActorsAgreement == SafeDesign => (Spec => []DriverDeviceAgreement)
  <1>1. IInv => DriverDeviceAgreement
    (* Settled and existing: no notification is pending, so (12, 11)       *)
    (* drvGen[t] = gen[t]; every set-MAC to t was reaped, so (15, 10)      *)
    (* EffectsOn(t) = ReapedOk(t), and 18 and 22 give the same MAC;        *)
    (* drvLast[t] (21) acked OK is Max(EffectsOn(t)).  TLC: INVARIANT      *)
    (* DriverDeviceAgreement of models/actors_inductive_*.cfg, checked on  *)
    (* every state of the bounded IInv.                                    *)
    BY SMT DEF IInv, DriverDeviceAgreement, Settled, InvEffects, InvGen, InvEnable,
               InvNotice, InvAdminRing, InvProvMac, EffectsOn, InvDrvMac, ReapedOk,
               InvDrvLast, SentFor, KnownGen, Max, AdminSetMac, Adm, Submitted, Exists,
               GenOf, PF, VF, Target
  <1>. QED
    BY <1>1, ActorsInvariance, PTL
=============================================================================
