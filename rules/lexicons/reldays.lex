# Relative day words -> days from the release date; `same`: the day of the
# talk told before (the release date when there is none); `next`: the day
# after the talk told before (unknown when there is none).
today	0
earlier today	0
this morning	0
this afternoon	0
this evening	0
tonight	0
the same day	same
same day	same
later the same day	same
earlier in the day	same
later in the day	same
earlier that day	same
later that day	same
that morning	same
that afternoon	same
that evening	same
the same afternoon	same
the same morning	same
the same evening	same
on the same day	same
yesterday	-1
yesterday morning	-1
yesterday afternoon	-1
yesterday evening	-1
last night	-1
the day before	-1
tomorrow	1
the following day	next
the next day	next
the following morning	next
the next morning	next
the following evening	next
the day after	next
the final day	0
the last day	0
in the morning	same
in the afternoon	same
in the evening	same
# "On Thursday, ... On the second day of the visit, EAM called on the Prime
# Minister": the day after the talk told before
the second day	next
on the second day	next
the third day	next
on the third day	next
