---------------------------- MODULE UsesTlaps ----------------------------
\* A test spec that extends the project's library module TLAPS (not a TLC standard module).
EXTENDS Naturals, TLAPS
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
Spec == Init /\ [][Next]_x
THEOREM Spec => [](x \in 0..2) BY PTL
=============================================================================
