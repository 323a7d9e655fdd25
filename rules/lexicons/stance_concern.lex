%regex
# Triggers of the stance 'concern' (PCRE2 fragments, matched as whole words).
express(?:ed|es|ing)\s+@possessive?"?(?:\w+\s+){0,2}?concerns?
(?:was|were)\s+(?:\w+\s+){0,2}?concerned
voiced\s+(?:[\w'’]+\s+){0,3}?concerns?
# "reiterated his deep concern": reaffirm and concern, the verb left to the
# other kind
# (also "reiterated U.S. concern over", "conveyed the United States' concern")
(?:(?<=reiterated\s)|(?<=conveyed\s)|(?<=underlined\s)|(?<=stressed\s))(?:his|her|their|its|(?:the\s+)?(?:[\p{Lu}][\w.-]*\s+){0,2}[\p{Lu}][\w.-]*(?:'s|s')|U\.S\.|U\.K\.|EU)\s+(?:\w+\s+)?concerns?
(?:conveyed|expressed)\s+(?:his\s+|her\s+|their\s+|its\s+)?(?:[\w.'’-]+\s+){0,4}?disappointment
raised\s+(?:[\w.'’-]+\s+){0,3}?concerns?
(?<!\bthe\s)raises\s+(?:[\w.'’-]+\s+){0,3}?concerns?
(?:has|have|had)\s+(?:\w+\s+)?concerns?\s+(?:about|over|regarding|at)
(?:is|are)\s+(?:\w+\s+){0,2}?concerned
noted\s+with\s+(?:\w+\s+)?concern
conveyed\s+(?:his\s+|her\s+|their\s+|its\s+|the\s+)?(?:\w+\s+)?concerns?\b
(?:is|are|was|were)\s+(?:\w+\s+)?worried(?=\s+(?:about|over|by)\b)
# "expressed to his French counterpart his concern about ..."
expressed\s+to\s+(?:[\w-]+\s+){1,4}?(?:his|her|their|its)\s+(?:\w+\s+)?concerns?
