%regex
# Triggers of the stance 'propose' (PCRE2 fragments, matched as whole words).
proposed
proposes
proposing
suggested
suggests
there\s+was\s+a\s+(?:suggestion|proposal)
made\s+a\s+(?:suggestion|proposal)
put\s+forward
offered(?=\s+to\s+(?:share|host|provide|send|organi[sz]e|facilitate)\b)
