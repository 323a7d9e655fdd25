%regex
# Triggers of the stance 'confirm' (PCRE2 fragments, matched as whole words).
confirmed
confirms
confirming
affirmed
affirms
affirming
