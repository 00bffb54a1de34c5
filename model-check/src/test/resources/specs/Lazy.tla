------------------------------ MODULE Lazy ------------------------------
\* A test spec whose liveness property fails: without fairness, x may stay 0 forever.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Spec == Init /\ [][Next]_x
Reaches == <>(x = 3)
=============================================================================
