%regex
# Triggers of the stance 'discuss' (PCRE2 fragments, matched as whole words).
discussed
discusses
discuss
# (not what is to go on: "It matched to keep discussing how the Alliance ...")
(?<!\bkeep\s)(?<!\bcontinue\s)(?<!\bcontinued\s)(?<!\bstart\s)(?<!\bbegin\s)discussing
(?<!\binvitation\s)(?<!\bletter\s)(?<!\bmessage\s)addressed(?!\s+to\b)(?!\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:seminar|conference|forum|symposium|audience|gathering|students|session|plenary|parliament|assembly|rally|summit|event|webinar|lecture|meeting|ceremony|reception|graduates|cadets|troops|community)\b)
talked\s+about
# a translation's passive: "Also was spoken about the cooperation between the defence industries"
(?:(?:was|were)\s+(?:also\s+)?|(?<=\balso\s)(?:was|were)\s+)(?:spoken|talked)\s+about
# (Russian and Ukrainian releases: "Special attention was paid to trade and economic cooperation")
(?:special|particular)\s+attention\s+was\s+(?:also\s+)?(?:paid|given)(?=\s+to\b)
held\s+(?:[\w-]+,?\s+(?:and\s+[\w-]+\s+)?)?discussions(?!\s+(?:\w+\s+)?with\b)
# ("the two ministers had a frank discussion about the situation in Myanmar",
# "had a frank and constructive discussion on")
had\s+an?\s+(?:[\w-]+,?\s+(?:and\s+[\w-]+\s+)?)?discussion(?=\s+(?:about|on|of|regarding)\b)
had\s+(?:[\w-]+,?\s+(?:and\s+[\w-]+\s+)?)?discussions(?!\s+(?:\w+\s+)?with\b)
(?:spoke|talked|speaks|(?<=\bhas\s|\bhave\s)spoken)\s+(?:\S+\s+){0,20}?about(?!\s+(?:\d|an?\s+hour|half\s+an|one\s+hour|\w+\s+minutes))
communicated\s+on
touched\s+(?:up)?on
faced\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:issues|topics|questions|phase|situation|state|status|progress|matters?|subjects?|dossiers?|themes?)
tackled
discussions\s+(?:focused|centred|centered|concentrated)\s+on
(?:talks|meeting|conversation|call|exchange|discussions?|video\s*conference|teleconference)(?:,\s+(?:which|held|lasting)\s+[^,;]{1,80},)?\s+(?:focused|centred|centered|concentrated)\s+on|(?:talks|meeting|conversation|call|video\s*conference|teleconference)(?:,\s+(?:which|held|lasting)\s+[^,;]{1,80},)?\s+dealt\s+with|(?:talks|meeting|conversation|call)\s+concerned\b
(?:other\s+)?discussions\s+(?:during|at|in)\s+the\s+(?:meeting|call|talks?|conversation)\s+(?:were|included|covered)
# "The two ministers have analyzed the situation in the Sahel" (a translation's word for it)
(?<=ministers\s|sides\s|both\s|they\s|have\s|also\s)analy[sz]ed
# "Zarif and Kono ... met in New York and conferred on bilateral ties"
(?<!\bwas\s)(?<!\bwere\s)conferred\s+(?:on|about|over)\b
# a French release's word for it: "The two ministers also evoked the situation on the Korean peninsula"
(?<=ministers\s|sides\s|both\s|they\s|also\s)evoked(?=\s+(?:the|their|bilateral|regional)\b)
