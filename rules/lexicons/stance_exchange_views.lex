%regex
# Triggers of the stance 'exchange_views' (PCRE2 fragments, matched as whole words).
exchanged\s+(?:[\w-]+\s+){0,2}(?:views|opinions?|ideas|information|assessments|evaluations|perspectives|points\s+of\s+view)
exchange\s+of\s+views
(?:^|(?<=,\s))exchanging\s+(?:[\w-]+\s+){0,2}(?:views|opinions?|ideas|assessments|evaluations|perspectives)
exchanged\s+views
(?:views|opinions)\s+were\s+(?:also\s+)?exchanged
exchanged\s+(?=on\s+(?:the\s+)?\w)
# "exchanged at length on the situation" (French "ont échangé")
exchanged\s+(?:at\s+length|extensively|in\s+depth|in\s+detail)(?=\s+(?:on|about)\b)
# ("The Ministers went on to exchange views on ...": the talk's next part)
(?<=went\son\sto\s)exchange\s+(?:[\w-]+\s+){0,2}(?:views|opinions?)
# a liveblog's present tense: "The two ministers also exchange views on ..."
(?<=\bministers\s|\bsides\s|\bleaders\s|\balso\s)exchange\s+(?:views|opinions)(?=\s+(?:on|about|over|regarding)\b)
compared\s+notes
