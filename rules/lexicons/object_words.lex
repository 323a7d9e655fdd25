# Words after which a mention is the object of its clause, not the one
# acting: "thanked the Secretary", "invited by Minister Kono", "a call with
# Minister Marles".  (An article or possessive between them is skipped:
# "thanked the Defence Secretary", "through its embassy".)
# value, where the word counts:
#   both     the subject of a stance verb, and a pronoun's antecedent
#   stance   the subject of a stance verb only
#   pronoun  a pronoun's antecedent only ("Minister Maas thanked Minister
#            Kono and said that he ...": not Kono)
by	both
with	both
to	both
invited	both
thanked	both
congratulated	both
met	both
meet	both
updated	both
apprised	both
told	both
urged	both
welcomed	both
asked	both
as	both
for	stance
of	stance
on	stance
about	stance
and	stance
through	stance
received	stance
briefed	stance
hosted	stance
# "Foreign Minister Kamikawa called EAM ... and congratulated him": the one called
called	stance
informed	both
assured	both
reminded	both
between	stance
among	stance
against	stance
from	stance
toward	stance
towards	stance
into	stance
over	stance
at	stance
in	stance
under	stance
within	stance
# (the present tense of a liveblog or wire: "Gantz briefs Austin on ...,
# saying ...", "He thanks Austin for ...")
invites	both
thanks	both
congratulates	both
meets	both
tells	both
urges	both
welcomes	both
informs	both
assures	both
reminds	both
briefs	stance
updates	both
hosts	stance
receives	stance
