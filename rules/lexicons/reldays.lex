# Relative day words -> days from the release date.
today	0
earlier today	0
this morning	0
this afternoon	0
this evening	0
tonight	0
the same day	0
same day	0
later the same day	0
on the same day	0
yesterday	-1
yesterday morning	-1
yesterday afternoon	-1
yesterday evening	-1
last night	-1
the day before	-1
tomorrow	1
