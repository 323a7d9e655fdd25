# Words that tell a person's gender -> f or m.  A pronoun ("she said") is
# read as the last person of its gender named in the talk ("Ms Collins"),
# when both genders have been named: otherwise as the last side that spoke.
# The first word of a participant's mention is looked up ("Ms Collins",
# "Mr. Marles"); pronouns are looked up whole.
Ms	f
Ms.	f
Mrs	f
Mrs.	f
Madam	f
Mme	f
Mme.	f
Her Excellency	f
she	f
Mr	m
Mr.	m
His Excellency	m
he	m
