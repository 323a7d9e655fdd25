%regex
# Triggers of the stance 'agree' (PCRE2 fragments, matched as whole words).
agreed
agrees
agree
concurred
concurs
concur
reached\s+(?:an?\s+)?(?:agreement|consensus|understanding)
were\s+in\s+agreement
matched(?=\s+(?:to|that|on)\b)
# translations from Spanish and Portuguese: "both ministers have coincided in
# that ..." (coincidir, concordar)
coincided(?=\s+(?:in|on)\b)
affirmed\s+their\s+agreement
aligned\s+their\s+(?:policies|positions|views|approaches)
convened\s+(?=to\s+(?!discuss|review|exchange|talk|consider|examine)\w)
