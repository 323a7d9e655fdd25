%regex
# Triggers of the stance 'emphasize' (PCRE2 fragments, matched as whole words).
emphasi[sz]ed
emphasi[sz]es
emphasi[sz]ing
stressed
stresses
stressing
underscored
underscores
underscoring
underlined
highlighted
highlights
highlighting
made\s+(?:it\s+)?clear
noted\s+the\s+importance
pointed\s+out\s+the\s+importance
