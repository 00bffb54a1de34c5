---- MODULE Counter ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
\* The counter's bound: it never passes 3.
Small == x <= 3
Inc == x < 3 /\ x' = x + 1
Reset == x = 3 /\ x' = 0
Next == Inc \/ Reset
====
