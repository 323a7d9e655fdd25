%regex
# Triggers of the stance 'intend' (PCRE2 fragments, matched as whole words).
express(?:ed)?\s+(?!(?:\w+\s+)?(?:appreciation|gratitude|thanks)\b)(?:his\s+|her\s+|their\s+|its\s+|the\s+[\w.]+(?:'s?)?\s+|(?:the\s+)?(?:[\w.]+\s+){0,2}[\w.]+'s?\s+)?(?:\w+\s+)?(?:intention|determination|resolve|willingness|readiness|commitment)
(?:is|are|was|were|remain|remains|remained)\s+(?:\w+\s+)?committed(?=\s+to\b)
(?<!\bstay\s)(?<!\bstays\s)committed(?=\s+to\b)
committed\s+(?:themselves|himself|herself|itself)(?=\s+to\b)
# (not what a side pledged before: "thanked the United States for the
# ventilators it has pledged to Colombia")
(?<!\bit\s)(?<!\bit\shas\s)(?<!\bit\shad\s)(?<!\bthey\shave\s)(?<!\bthey\shad\s)pledged(?!\s+(?:in|last|earlier|on|since|during|at)\b)
# ("held talks ..., pledging that Paris would stand by Ukraine")
pledging(?=\s+(?:that|to)\b)
# (not the noun: "its recent pledges of air defense systems")
(?<!\bits\s)(?<!\bthe\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)(?<!\brecent\s)(?<!\bnew\s)(?<!")pledges(?!\s+(?:of|made|by|and)\b)
looks?\s+forward\s+to
looked\s+forward\s+to
(?<=\bis\s|\bwas\s|\bare\s|\bwere\s|\bam\s)looking\s+forward\s+to
noted\s+(?:their|his|her|its|(?:the\s+)?[\w.-]+(?:'s?))\s+(?:\w+\s+)?commitment
vowed
# ("promised that the Federal Government would examine ..."; not a promise
# made before, "the jets it had promised Kyiv", nor a passive, "the
# benefits promised to his country")
(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)promised(?=\s+(?:(?:on|in|last|this)\s+[\w-]+\s+)?(?:that\b|to\s+(?!(?:the|his|her|its|their|our|a|an|this|that)\b)[a-z]+\b))
undertook(?=\s+to\b)
resolved(?=\s+to\b)
intends?(?=\s+to\b)
intended(?=\s+to\b)
(?<!\bwho\s)(?<!\bwhich\s)(?:is|are|was|were)\s+(?:willing|ready|determined)(?=\s+to\b(?!\s+be\s+\w+ed\b))
(?:is|are|was|were)\s+ready(?=\s+for\s+(?:dialogue|talks|negotiations|cooperation)\b)
(?:stated|expressed|conveyed|showed)\s+(?:his\s+|her\s+|their\s+|its\s+)(?:\w+\s+)?(?:determination|intention|resolve|willingness|readiness)
# "reiterated their determination to": reaffirm's verb, intend's noun
(?:reiterated|renewed)\s+(?:his\s+|her\s+|their\s+|its\s+)(?:\w+\s+)?\K(?:determination|intention|resolve|willingness|readiness)
assured
assures
expressed\s+(?:his\s+|her\s+|their\s+|its\s+)?(?:\w+\s+)?interest(?=\s+in\s+\w+ing\b)
expressed\s+that\s+(?:he|she|they)\s+(?:is|are|was|were)\s+ready
# "expressed his desire to visit India at the earliest": the intention, in other words
expressed\s+(?:his\s+|her\s+|their\s+|its\s+)(?:strong\s+|keen\s+)?desire(?=\s+to\b)
