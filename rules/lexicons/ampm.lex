# Clock markers -> am / pm.
a.m.	am
a.m	am
am	am
am.	am
A.M.	am
AM	am
p.m.	pm
p.m	pm
pm	pm
pm.	pm
P.M.	pm
PM	pm
in the morning	am
in the afternoon	pm
in the evening	pm
at night	pm
this afternoon	pm
this evening	pm
