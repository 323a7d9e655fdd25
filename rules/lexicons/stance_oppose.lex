%regex
# Triggers of the stance 'oppose' (PCRE2 fragments, matched as whole words).
opposed
opposes
oppose
opposing
rejected
rejects
rejecting
expressed\s+@possessive?(?:\w+\s+)?(?:opposition|rejection(?=\s+of\b))
refuted
refutes
rebuffed
(?:is|are|was|were)\s+(?:\w+\s+)?opposed(?=\s+to\b)
(?<=their\s|his\s|her\s|its\s|strong\s|firm\s|shared\s|common\s|joint\s)opposition(?=\s+to\b)
# ("underlined the opposition of France to any annexation")
(?<=\bthe\s)opposition(?=\s+of\s+(?-i:\p{Lu})[\w-]+\s+to\b)
reject
# "conveyed the Philippines' strong objection to the continued presence of ..."
(?:expressed|conveyed|voiced|registered)\s+@possessive?(?:\w+\s+)?objections?(?=\s+to\b)
# "voiced opposition to", "reiterated their strong opposition to" (reaffirm's verb too)
(?:reiterated|renewed|voiced)\s+@possessive?(?:\w+\s+)?\Kopposition(?=\s+to\b)
