%regex
# Triggers of the stance 'request' (PCRE2 fragments, matched as whole words).
requested
(?<!\bits\s)(?<!\btheir\s)(?<!\bthe\s)(?<!\bthese\s)(?<!\bsuch\s)(?<!\bequipment\s)(?<!\bsales\s)(?<!'s\s)requests
requesting
called\s+for
# (to do something, told before any relative clause: not "called on Prime
# Minister Shehbaz Sharif, who thanked China ... as Pakistan struggles to
# secure a bailout")
called\s+(?:on|upon)(?=\s+(?:(?!(?:who|which|where)\b)[\w.,'-]+\s+){0,20}?to\s+(?!(?:the|a|an|his|her|their|its|this|that|these|our)\b))
# (not calls made: "held phone calls on Saturday with ...")
(?<!courtesy\s)(?<!phone\s)(?<!video\s)(?<!['’]s\s)(?<!\bthe\s)(?<!\btheir\s)(?<!\bits\s)calls\s+(?:on|for|upon)(?!\s+(?:@weekdays|@months|\d)\b)
(?<!\bposition\sof\s)(?<!\bstance\sof\s)(?<!\bpolicy\sof\s)calling\s+for
calling\s+(?:on|upon)(?=\s+(?:[\w.,'-]+\s+){0,12}?to\s)
# in a minister's own words: "we call on Russia to release the sailors"
(?<=\bwe\s|\bWe\s|\bI\s)(?:call\s+(?:on|upon|for)|urge)
# ("We discussed the situation in the Middle East and call for the
# immediate release of all hostages")
(?<=\band\s)call\s+(?:on|upon|for)(?=\s+(?:the|an?|all|its|their)\b)
# ("Japan continues to call for the immediate release of all hostages")
(?<=\bcontinues\sto\s|\bcontinued\sto\s|\bcontinue\sto\s)call\s+(?:on|upon|for)(?=\s+(?:the|an?|all|its|their)\b)
# "Both Ministers reiterated their call for an immediate ceasefire": reaffirm and request
(?<=reiterated\s|renewed\s|repeated\s)(?:their|his|her|its)\s+(?:\w+\s+)?calls?\s+(?:for|on|upon)
urged
urges
urging
# (a question is no request: "asked about the EU's approach")
asked(?!\s+(?:about|whether|if|how|why|what|when|where)\b)
# (a liveblog's present tense: "asks for France's help")
asks(?=\s+(?:for|that|\w+\s+to)\b)
appealed
# (someone to do something, not "encouraged the peaceful resolution of
# cross-Strait issues": that is an aim, no one asked)
(?<!was\s)(?<!were\s)(?<!are\s)(?<!is\s)encouraged(?=\s+(?:[\w.,'-]+\s+){0,12}?to\s)
# (not "Thailand had sought and received assurances": what was done before)
(?<!\bhad\s)sought(?!\s+to\b)(?!\s+and\s+(?:received|obtained|secured|won)\b)
demanded
# (not the noun: "rejected Russia's demands to close NATO's door", "the list of
# demands that ... delivered to Qatar")
(?<!\bof\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bour\s)(?<!\bthose\s)(?<!'s\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bthese\s)(?<!\bsuch\s)demands
# "reiterated Japan's request for" (reaffirm's verb too)
(?:reiterated|renewed|repeated)\s+@possessive(?:\w+\s+)?\Krequests?(?=\s+(?:for|that|to)\b)
asking\s+(?:for|that)
# ("pressed New Delhi to buy more American goods", "pressed China to use
# its influence": someone to do something)
# (not a side pressing on with its own action: "as Israel pressed its
# response to the Hamas onslaught")
(?<!was\s)(?<!were\s)(?<!\bhard-)pressed(?!\s+(?:its|their|his|her|our)\s+(?:response|offensive|campaign|attacks?|assault|operations?|case|claims?|advantage)\b)(?=\s+(?:[\w.,'-]+\s+){1,6}?to\s)
# ("with Park asking Indonesia to make its overdue payments")
asking(?=\s+(?:[\w.'-]+\s+){1,4}?to\s)
