%regex
# Triggers of the stance 'congratulate' (PCRE2 fragments, matched as whole words).
congratulated
congratulates
congratulating
# "The two sides exchanged congratulations on the 25th anniversary"
exchanged\s+(?:warm\s+|cordial\s+|mutual\s+)?congratulations
(?:expressed|offered|offering|extended|extending|conveyed|conveying)\s+@possessive?(?:\w+\s+)?congratulations
# "offered Dr Al Zayani his congratulations on ...": to whom, first
(?:offered|offering|extended|extending|conveyed|conveying)\s+(?:(?:Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Minister|Secretary)\s+)?[\p{Lu}][\w'-]*(?:\s+[\p{Lu}][\w'-]*){0,2}\s+(?:his|her|their|its|our)\s+(?:\w+\s+)?congratulations
celebrat(?:ed|ing)\s+(?:[\w.]+'s\s+|his\s+|her\s+)?(?:inauguration|appointment|election|re-?election)
# "spoke by phone ... to congratulate him on ...": the call's business
(?<=\bto\s)congratulate(?=\s+(?:him|her|them|the|his|its|their|\p{Lu}))
