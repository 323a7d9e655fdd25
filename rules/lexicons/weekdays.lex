# Weekday -> 0 (Monday) .. 6 (Sunday)
Monday	0
Mon.	0
Tuesday	1
Tue.	1
Tues.	1
Wednesday	2
Wed.	2
Thursday	3
Thu.	3
Thurs.	3
Friday	4
Fri.	4
Saturday	5
Sat.	5
Sunday	6
Sun.	6
