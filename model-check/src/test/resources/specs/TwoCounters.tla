--------------------------- MODULE TwoCounters ---------------------------
\* A test spec whose invariant fails after three steps: y may not reach 3.
EXTENDS Naturals
VARIABLES y, z
Init == y = 0 /\ z = [k \in {"a", "b"} |-> 0]
IncY == y < 5 /\ y' = y + 1 /\ UNCHANGED z
IncZ(k) == z[k] < 1 /\ z' = [z EXCEPT ![k] = @ + 1] /\ UNCHANGED y
Next == IncY \/ \E k \in {"a", "b"} : IncZ(k)
Spec == Init /\ [][Next]_<<y, z>>
Small == y < 3
=============================================================================
