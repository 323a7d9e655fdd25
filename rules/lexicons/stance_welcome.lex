%regex
# Triggers of the stance 'welcome' (PCRE2 fragments, matched as whole words).
welcomed
# (French "a salué" in translation: "The Minister saluted this decision")
(?<!\bwho\s)saluted(?!\s+(?:the\s+)?(?:flag|guard|troops|soldiers|fallen|memory)\b)
salutes(?=\s+(?:the|this|these|its|their)\b)
welcomes
(?<=\bI\s)welcome
(?<=\bwe\s)welcome
# (the second verb of a "we" clause: "We underline the role of NATO and
# welcome the forthcoming accession of Sweden")
(?<=\band\s)welcome(?=\s+(?:the|this|these|its|their|our)\b)
# (not "held a welcoming ceremony for", "a welcoming dinner")
welcoming(?!\s+(?:ceremony|ceremonies|banquet|dinner|lunch|luncheon|reception|remarks|speech|address|party|attitude|stance|approach|environment|atmosphere|policy|policies|posture))
expressed\s+(?:his\s+|her\s+|their\s+|its\s+)?(?:\w+\s+)?welcome(?=\s+(?:for|to|of)\b)
# ("conveyed a warm welcome to Minister Lee": explain's verb, welcome's word)
(?:conveyed|extended)\s+(?:his\s+|her\s+|their\s+|its\s+|a\s+)?(?:\w+\s+)?\Kwelcome(?=\s+(?:for|to)\b)
expressed\s+@possessive?(?:\w+\s+)?(?:satisfaction|pleasure(?=\s+(?:at|over|with)\s))
(?:was|were)\s+encouraged\s+by
expressed\s+(?:his\s+|her\s+|their\s+|its\s+)?(?:\w+\s+)?delight
noted\s+with\s+(?:great\s+)?satisfaction
(?<=\bI\s|\bWe\s|\bwe\s)note\s+with\s+(?:great\s+)?satisfaction
