%regex
# Triggers of the stance 'congratulate' (PCRE2 fragments, matched as whole words).
congratulated
congratulates
congratulating
(?:expressed|offered|extended|conveyed)\s+@possessive?(?:\w+\s+)?congratulations
celebrat(?:ed|ing)\s+(?:[\w.]+'s\s+|his\s+|her\s+)?(?:inauguration|appointment|election|re-?election)
