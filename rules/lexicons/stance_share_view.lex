%regex
# Triggers of the stance 'share_view' (PCRE2 fragments, matched as whole words).
shared\s+(?:the\s+|their\s+|our\s+|a\s+|(?<=\bI\sshared\s)my\s+)?(?:same\s+|common\s+|serious\s+|grave\s+|deep\s+|strong\s+)?(?:view|views|recognition|understanding|opinion|opinions|concern|concerns|assessment|perception)
shares?\s+(?:the|this|that)\s+(?:view|recognition)
acknowledged\s+the\s+need
shares?\s+the\s+same\s+(?:view|recognition)
sharing\s+(?:the\s+|their\s+|a\s+)?(?:same\s+|common\s+)?(?:view|recognition|understanding)
shared\s+(?:that|this|(?:the\s+)?[\p{Lu}][\w.-]*(?:\s+[\p{Lu}][\w.-]*)?'s?)\s+(?:\w+\s+)?(?:view|views|vision|recognition|understanding|concerns?|assessment)
# "and I shared the importance of a free and open maritime order" (a
# translation's 重要性を共有した): the view of it shared
shared\s+(?:the\s+|their\s+)?(?:importance|need|necessity|significance)\b
# "Thailand shares China's position that ..."
shares\s+(?:[\p{Lu}][\w.-]*'s\s+|the\s+|its\s+|their\s+)?(?:position|view|views|stance|assessment|concerns?)\b
