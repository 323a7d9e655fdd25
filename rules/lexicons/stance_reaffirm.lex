%regex
# Triggers of the stance 'reaffirm' (PCRE2 fragments, matched as whole words).
reaffirmed
reaffirms
reaffirming
reaffirm
reiterated
reiterates
reiterating
reconfirmed
reconfirms
reconfirming
reconfirm
renewed\s+(?:their|his|her|its)\s+commitment
