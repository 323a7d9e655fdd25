%regex
# Triggers of the stance 'reaffirm' (PCRE2 fragments, matched as whole words).
reaffirmed
reaffirms
reaffirming
reaffirm
reiterated
reiterates
reiterating
restated
restates
restating
reconfirmed
reconfirms
reconfirming
reconfirm
renewed\s+(?:their|his|her|its)\s+commitment
recalled\s+(?:the\s+|his\s+|her\s+|its\s+|\w+'s\s+)?(?:\w+\s+)?(?:support|commitment|position|attachment)
