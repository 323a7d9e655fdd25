%regex
# Triggers of the stance 'confirm' (PCRE2 fragments, matched as whole words).
confirmed(?!\s+(?:[\w-]+\s+){0,2}cases\b)
confirms
confirming
affirmed
affirms
affirming
