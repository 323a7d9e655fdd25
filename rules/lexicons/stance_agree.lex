%regex
# Triggers of the stance 'agree' (PCRE2 fragments, matched as whole words).
agreed
agrees
agree
# (not a legislature's vote: "the Philippine Senate concurred on December 16
# in ratifying the Reciprocal Access Agreement")
(?<!Senate\s)(?<!Parliament\s)(?<!Congress\s)(?<!Diet\s)(?<!Assembly\s)concurred
concurs
concur
reached\s+(?:an?\s+)?(?:agreement|consensus|understanding)
# "... exchange of views on ..., and reached broad consensus"
(?<=\band\s)reached\s+(?:broad|important|full|general|wide|basic)\s+(?:agreement|consensus|understanding)
# "reached the following five points of consensus"
reached\s+(?:the\s+following\s+)?(?:[\w-]+\s+)?(?:points?\s+of\s+)(?:consensus|agreement)
# a wire's participle after the talk: "held talks via video conference on
# May 22, agreeing to speed up cooperation"
(?<=,\s)agreeing(?=\s+(?:to|on|that)\b)
# ("met with Chinese Foreign Minister Wang Yi in Beijing on Wednesday, with
# the two agreeing to ...")
(?<=\bwith\sthe\stwo\s|\bwith\sboth\s|\bwith\sthe\spair\s|\bwith\sboth\ssides\s|\bwith\sthe\stwo\ssides\s|\bwith\sthe\sministers\s|\bwith\sthe\stwo\sministers\s)agreeing(?=\s+(?:to|on|that)\b)
were\s+in\s+agreement
# "Minister Wallace expressed full agreement"
expressed\s+(?:his\s+|her\s+|their\s+|its\s+)?(?:full\s+|complete\s+|strong\s+)?agreement(?!\s+(?:on|to)\b)
matched(?=\s+(?:to|that|on)\b)
# translations from Spanish and Portuguese: "both ministers have coincided in
# that ..." (coincidir, concordar)
coincided(?=\s+(?:in|on)\b)
affirmed\s+their\s+agreement
aligned\s+their\s+(?:policies|positions|views|approaches)
convened\s+(?=to\s+(?!discuss|review|exchange|talk|consider|examine)\w)
# "The Ministers decided to establish the Extended Deterrence Strategy and
# Consultation Group", "..., and decided to hold the next TMM in 2018": a
# decision taken together (not "Japan has decided to extend aid")
(?<=ministers\s|sides\s|leaders\s|they\s|both\s|principals\s|two\s|\band\s|also\s)decided(?=\s+(?:to|that)\b)
