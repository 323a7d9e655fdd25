%regex
%case
# A personal name as written: capitalized words, initials, particles
# (bin, al, de, van...), with words that start sentences kept out; "Md.",
# "Mohd." (Mohammad) may open it, and initials run together ("R.K. Mathur";
# not "U.S.", "H.E.").
(?=[A-Z]|[^\x00-\x7F])(?=\p{Lu})(?!(?:Raksha|After|Before|In|On|At|The|During|Following|While|Regarding|With|Without|Among|Between|For|From|Under|Upon|As|By|He|She|They|We|It|This|That|These|Also|And|But|Both|Today|Yesterday|Tomorrow|Furthermore|Moreover|Additionally|Finally|However|Later|Earlier|Separately|Meanwhile|Subsequently|Then|Next|Lastly|Afterwards|Thereafter|Similarly|Likewise|Further|Besides|Previously|Recently|Specifically|Notably|Overall|Japan|Japanese|Minister|Ministers|Secretary|President|Prime|Defense|Defence|Foreign|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Related|Ministry|Department|Bureau|Division|Directorate|Agency|Government|Readout|Republic|State|Kingdom|United|Meets?|Holds?|Held|Receives|Received|Hosts|Hosted|Speaks|Spoke|Visits|Visited|Calls|Talks|Welcomes|Discusses|Crown|Royal|Highness|His|Her|Their|Air|Army|Navy|Naval|Armed|Coast|Marine|Marines|Joint|Chief|Chiefs|National)\b)(?:(?:Md|Mohd|Muh|Ma)\.(?=\s+\p{Lu})|\p{Lu}\.\p{Lu}\p{Ll}[\p{L}'-]*|(?!U\.[SNK]\.|H\.[EHMR]\.|E\.U\.|P\.M\.|A\.M\.)\p{Lu}\.\p{Lu}\.(?=\s+\p{Lu}\p{Ll})|\p{Lu}[\p{L}'-]+|\p{Lu}\.)(?:(?<!'s)(?<!')\h+(?:(?!(?:After|Before|In|On|At|The|During|He|She|They|We|It|This|Also|And|But|Both|Today|Yesterday|Minister|Ministers|Mantri|Secretary|Prime|Deputy|Vice|Acting|Japan|Japanese|Holds?|Held|Meets?|Meeting|Talks?|Calls?|Phone|Telephone|Conversation|Speaks|Spoke|With|Visits|Receives|Hosts|Having|Upon|Based|Receiving|Obtaining|In|United|Crown|Highness|Committee|Council|Commission|Conference|Dialogue|Summit|Agreement|Partnership|Forum|Ministry|Department|Agency|ROK|PRC|DPRK|USA|UAE|EU|NATO|ASEAN)\b|[\p{L}-]+\s+side\b)(?:\p{Lu}[\p{L}'-]*\.?|\p{Lu}\.)|(?:bin|binti|al|el|de|del|della|da|van|von|der|den|le|la|du|dos|di|e)(?=\s+(?:(?:der|den|de|la|le|los|las|van|von|da|di|du|dos)\s+)?\p{Lu})|(?:al|el|ad|as|ash|az|ul|ud)-\p{Lu}[\p{L}'-]*)){0,7}
# an Arabic family name with its article, alone: "Foreign Minister al-Jaafari"
(?:al|el)-\p{Lu}[\p{L}'-]+
# a name that opens with its particle: "Minister von der Leyen", "Minister
# de Maizière" (after a title; the rules' own guards keep it from starting a
# bare mention)
(?:von|van|de|del|di|da|dos|ter|ten)\s+(?:(?:der|den|de|la|le|los|las)\s+)?\p{Lu}[\p{L}'-]+
# a Polynesian name opening on its glottal stop: "Minister 'Utoikamanu" (Tonga)
'\p{Lu}\p{Ll}[\p{L}'-]+
