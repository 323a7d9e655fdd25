%regex
# Triggers of the stance 'condemn' (PCRE2 fragments, matched as whole words).
condemned
condemns
condemn
condemning
denounced
denounces
deplored
