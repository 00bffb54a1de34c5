---------------------------- MODULE Counter ----------------------------
\* A test spec that passes: a counter that wraps around at Max.
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0
Tick == x' = (x + 1) % (Max + 1)
Spec == Init /\ [][Tick]_x /\ WF_x(Tick)
TypeOK == x \in 0..Max
Returns == []<>(x = 0)
=============================================================================
