# Where a clause ends: the subject of a stance verb is looked for after the
# last of these before the verb (and, when none is there, in the clause
# before it).
, and
;
, while
, but
that
, saying
, stating
, adding
, whereas
," and
