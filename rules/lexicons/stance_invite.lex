%regex
# Triggers of the stance 'invite' (PCRE2 fragments, matched as whole words).
invited
invites
inviting
extended\s+an\s+invitation
(?:conveyed|issued|delivered)\s+(?:an\s+|his\s+|her\s+|the\s+)?invitation
renewed\s+(?:his\s+|her\s+|their\s+|the\s+|an?\s+)?invitation
# ("reiterated his invitation": a reaffirm too, of the verb)
(?<=\breiterated\s|\brepeated\s|\breaffirmed\s)(?:his\s+|her\s+|their\s+|the\s+|an?\s+)?invitation
