---------------------------- MODULE Undefined ----------------------------
\* A test spec with a semantic error on line 5: y is not declared.
VARIABLE x
Init == x = 0
Next == x' = y
Spec == Init /\ [][Next]_x
=============================================================================
