----------------------------- MODULE MCAdminCvq -----------------------------
(***************************************************************************)
(* Bounds for model checking AdminCvq, and nothing else.  Constants are    *)
(* bound by the definitions below (cfg: NumVFs <- MCNumVFs); the spec's    *)
(* actions are bounded by wrapping them, and MCNext is the spec's Next     *)
(* with the wrapped actions in their places (TLC cannot override an action *)
(* with a definition that calls it).  The spec itself is never edited.     *)
(***************************************************************************)
EXTENDS AdminCvq

CONSTANT MaxInc  \* bound on VF incarnations: no VF is (re)created beyond it
ASSUME MaxIncType == MaxInc \in Nat \ {0}

\* Matrix models: one VF (id 1) besides the PF (id 0), two MACs, two submissions.
MCNumVFs == 1
MCMac    == {1, 2}
MCDefaultMac == 0
MCCmdId  == 1..2

\* Benchmark model (models/bench_large.cfg): three submissions (with MaxInc = 3).
BenchCmdId  == 1..3

\* SR-IOV enable and VF reset create new incarnations: at most MaxInc per id.
MCSriovEnable == (\A v \in VF : inc[v] < MaxInc) /\ SriovEnable
MCDriverResetVf(v) == inc[v] < MaxInc /\ DriverResetVf(v)

\* Only trust grants are submitted (revocation adds states, not insight).
MCDriverSubmitAdmin(c, t, op, arg) ==
    (op = "setTrust" => arg = TRUE) /\ DriverSubmitAdmin(c, t, op, arg)

\* Scenario model with revocation (models/scenario_trust_revoke.cfg): three
\* submissions, and trust commands both grant and revoke
\* (cfg: MCDriverSubmitAdmin <- MCDriverSubmitAdminRevocable).
ScenarioCmdId == 1..3
MCDriverSubmitAdminRevocable(c, t, op, arg) == DriverSubmitAdmin(c, t, op, arg)

\* The driver's and the VF's submissions, the device's work, the driver's reaping.
MCCore ==
    \/ \E c \in CmdId, t \in Target :
          \/ \E m \in Mac : MCDriverSubmitAdmin(c, t, "setMac", m)
          \/ \E b \in BOOLEAN : MCDriverSubmitAdmin(c, t, "setTrust", b)
    \/ \E c \in CmdId, v \in VF, m \in Mac : DriverSubmitVf(c, v, m)
    \/ \E c \in CmdId : DeviceFetch(c) \/ DeviceProcess(c) \/ DriverCollect(c)
    \/ \E v \in VF : DeviceProcessVf(v)

\* SR-IOV disable and enable (bounded).
MCSriovChurn == SriovDisable \/ MCSriovEnable

\* DEVICE_NEEDS_RESET on a VF and the driver's reset of it (bounded).
MCVfFaults == \E v \in VF : VfNeedsReset(v) \/ MCDriverResetVf(v)

\* Next of AdminCvq, with the bounded actions in their places.
MCNext == MCCore \/ MCSriovChurn \/ MCVfFaults

\* Same fairness as Spec: the bounds touch only submissions and driver churn.
MCSpec == Init /\ [][MCNext]_vars /\ Fairness

\* The thread's own scenario: VFs are destroyed and re-created only by SR-IOV
\* disable/enable, never through DEVICE_NEEDS_RESET.
MCSeedNext == MCCore \/ MCSriovChurn
MCSeedSpec == Init /\ [][MCSeedNext]_vars /\ Fairness
=============================================================================
