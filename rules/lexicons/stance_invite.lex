%regex
# Triggers of the stance 'invite' (PCRE2 fragments, matched as whole words).
invited
invites
inviting
extended\s+an\s+invitation
renewed\s+(?:his\s+|her\s+|their\s+|the\s+|an?\s+)?invitation
