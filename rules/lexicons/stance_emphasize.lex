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
underlining
underlines
# in a joint statement's own words: "We underline the central role of NATO"
(?<=\bwe\s|\bWe\s)(?:underline|stress|emphasi[sz]e|underscore|highlight)
highlighted
highlights
highlighting
made\s+(?:it\s+)?clear
noted\s+the\s+importance
pointed\s+out\s+the\s+importance
insisted\s+(?:on|that)
