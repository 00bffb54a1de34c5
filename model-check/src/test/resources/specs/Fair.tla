------------------------------ MODULE Fair ------------------------------
\* A test spec for liveness under weak fairness: x counts up to 3 while y toggles. With counting
\* fair, x reaches 3; with only toggling fair, a behaviour may toggle forever with x below 3.
EXTENDS Naturals
VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\ y = 0
Count == x < 3 /\ x' = x + 1 /\ y' = y
Toggle == y' = 1 - y /\ x' = x
Next == Count \/ Toggle
FairCount == Init /\ [][Next]_vars /\ WF_vars(Count)
FairToggle == Init /\ [][Next]_vars /\ WF_vars(Toggle)
Reaches == <>(x = 3)
=============================================================================
