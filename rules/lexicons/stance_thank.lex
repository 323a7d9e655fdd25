%regex
# Triggers of the stance 'thank' (PCRE2 fragments, matched as whole words).
thanked
# (not "accepted it with thanks": the invitation's acceptance, an invite row)
(?<!\bwith\s)thanks
thanking
# (a minister's own remarks: "I thank you for the warm welcome")
(?<=\bI\s|\bWe\s|\bwe\s)thank(?=\s+(?:you|the|our|all|my|His|Her|Mr|Ms|Minister)\b)
(?:expressed|conveyed|extended|offered)\s+(?:his\s+|her\s+|their\s+|its\s+|(?:the\s+)?(?:[\p{Lu}][\w.]*\s+(?:of\s+)?){0,3}[\p{Lu}][\w.]*(?:'s|(?<=s)')?\s+)?(?:[\w']+\s+)?(?:gratitude|thanks)
conveying\s+(?:his\s+|her\s+|their\s+)?(?:\w+\s+)?gratitude
# "expressed his congratulations on ... and his gratitude for ...": the verb
# is shared
(?<=\band\s)(?:his|her|their)\s+(?:[\w']+\s+)?gratitude
# "spoke with ... to thank him for the role ...": the call's business
(?<=\bto\s)thank(?=\s+(?:him|her|them|the|his|its|their|\p{Lu}))
