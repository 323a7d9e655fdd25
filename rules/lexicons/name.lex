%regex
%case
# A personal name as written: capitalized words, initials, particles
# (bin, al, de, van...), with words that start sentences kept out.
(?=[A-Z]|[^\x00-\x7F])(?=\p{Lu})(?!(?:After|Before|In|On|At|The|During|Following|While|Regarding|He|She|They|We|It|This|That|These|Also|And|But|Both|Today|Yesterday|Tomorrow|Furthermore|Moreover|Additionally|Finally|However|Japan|Japanese|Minister|Ministers|Secretary|President|Prime|Defense|Defence|Foreign|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Related|Ministry|Department|Government|Readout|Republic|State|Kingdom|United)\b)(?:\p{Lu}[\p{L}'-]+|\p{Lu}\.)(?:\s+(?:(?!(?:After|Before|In|On|At|The|During|He|She|They|We|It|This|Also|And|But|Both|Today|Yesterday|Minister|Ministers|Secretary|Prime|Japan|Japanese)\b)(?:\p{Lu}[\p{L}'-]*\.?|\p{Lu}\.)|(?:bin|binti|al|el|de|da|van|von|der|den|le|la|du|dos|di)(?=\s+\p{Lu}))){0,5}
