---------------------------- MODULE Unbounded ----------------------------
\* A test spec whose state space has no end: TLC checks it until it is stopped (the interrupt
\* tests), unless an invariant fails first.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == \/ x' = x + 1 /\ UNCHANGED y
        \/ y' = y + 1 /\ UNCHANGED x
Small == x < 2
=============================================================================
