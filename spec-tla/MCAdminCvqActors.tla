-------------------------- MODULE MCAdminCvqActors --------------------------
(***************************************************************************)
(* Bounds for model checking AdminCvqActors, and nothing else.  Constants  *)
(* are bound by the definitions below (cfg: MaxVFs <- MCMaxVFs); the       *)
(* spec's actions are bounded by wrapping them, and MCNext is the spec's   *)
(* Next with the wrapped actions in their places.  The spec itself is      *)
(* never edited.                                                           *)
(***************************************************************************)
EXTENDS AdminCvqActors
LOCAL INSTANCE TLC  \* Permutations, for MacPerms

CONSTANT MaxInc  \* bound on VF generations: no VF is (re)created beyond it
ASSUME MaxIncType == MaxInc \in Nat \ {0}

MCMac        == {1, 2}
MCDefaultMac == 0
OneVF        == 1
TwoVFs       == 2
TwoCmds      == 1..2
ThreeCmds    == 1..3

\* SR-IOV enable and a VF reset that re-creates the VF start a new
\* generation: at most MaxInc per id.  DEVICE_NEEDS_RESET is raised only
\* where the reset that must follow it stays within the bound.
MCDriverSriovEnable(n) ==
    (\A v \in VF : WithinNumVfs(v, n) => gen[v] < MaxInc) /\ DriverSriovEnable(n)
MCVfDriverReset(v) == (VfResetKeepsConfig \/ gen[v] < MaxInc) /\ VfDriverReset(v)
MCDeviceVfNeedsReset(v) ==
    (VfResetKeepsConfig \/ gen[v] < MaxInc) /\ DeviceVfNeedsReset(v)

\* Only trust grants are submitted (revocation adds states, not insight).
MCDriverSubmitAdmin(c, t, op, arg) ==
    (op = "setTrust" => arg = TRUE) /\ DriverSubmitAdmin(c, t, op, arg)

\* Submissions, the device's work, reaping and notifications.
MCCore ==
    \/ \E c \in CmdId, t \in Target :
          \/ \E m \in Mac : MCDriverSubmitAdmin(c, t, "setMac", m)
          \/ \E b \in BOOLEAN : MCDriverSubmitAdmin(c, t, "setTrust", b)
    \/ DriverCollect
    \/ \E v \in VF : DriverLearnVfReset(v)
    \/ \E c \in CmdId, v \in VF, m \in Mac : VfDriverSubmit(c, v, m)
    \/ \E c \in CmdId : DeviceFetch(c) \/ DeviceProcess(c)
    \/ \E v \in VF : DeviceProcessVf(v)

\* SR-IOV disable and enable by the management driver (bounded).
MCSriovChurn == DriverSriovDisable \/ \E n \in 1..MaxVFs : MCDriverSriovEnable(n)

\* VF resets by their own drivers and DEVICE_NEEDS_RESET (bounded).
MCVfResets == \E v \in VF : MCVfDriverReset(v) \/ MCDeviceVfNeedsReset(v)

MCNext == MCCore \/ MCSriovChurn \/ MCVfResets
MCSpec == Init /\ [][MCNext]_vars /\ Fairness

\* The permutations of the MAC values, for TLC's SYMMETRY when a configuration
\* binds Mac to a set of model values (matrix --deep: Mac = {m1, m2}).  Sound
\* for invariants: no action, invariant or initial value tells two MAC values
\* apart other than by equality (DefaultMac, bound to 0, is not permuted), so
\* a permuted state has permuted successors and violates the same invariants.
\* Never with liveness: TLC warns that symmetry can make it miss a violation.
\* DeepTierTest: every violating design of the matrix still violates under it.
MacPerms == Permutations(Mac)

\* The VF ids' symmetry, for matrix --deep where NumVFsFixed: the configuration
\* binds VF and Target to model values (VF = {v1, v2}, Target = {0, v1, v2})
\* and WithinNumVfs <- MCEveryVf.  Where NumVFs is always MaxVFs (Init, and
\* every SR-IOV enable under NumVFsFixed), WithinNumVfs(v, n) is v <= MaxVFs
\* wherever the spec reads it, TRUE for every VF; MCEveryVf says the same
\* without the ids' order.  Then no action, invariant or initial value tells
\* two VF ids apart other than by equality (the PF, 0, is not permuted), so a
\* permutation of the VF ids, as of the MAC values, maps a state to one with
\* permuted successors that violates the same invariants.  Not where NumVFs
\* changes: shrinking it destroys the highest VFs, and the order matters.
\* DeepTierTest: with the ids as model values and no symmetry, two VFs give
\* the very states of the integer ids; the deep tier gives the quick verdicts.
MCEveryVf(v, n) == n = MaxVFs
MacAndVfPerms ==
    {[x \in Mac \cup VF |-> IF x \in Mac THEN pm[x] ELSE pv[x]] :
        pm \in Permutations(Mac), pv \in Permutations(VF)}

\* The thread's own scenario: VFs are destroyed and re-created only by
\* SR-IOV disable and enable, never by a VF's own driver.
MCSeedNext == MCCore \/ MCSriovChurn
MCSeedSpec == Init /\ [][MCSeedNext]_vars /\ Fairness

\* EveryCommandCompletes in its per-command form, \A c : Submitted(c) ~>
\* Completed(c).  LivenessFormTest checks both forms on the same models and
\* finds the same verdicts: the property's one-pass form loses nothing.
MCEachCommandCompletes == \A c \in CmdId : CommandCompletes(c)
=============================================================================
