%regex
# Triggers of the stance 'share_view' (PCRE2 fragments, matched as whole words).
shared\s+(?:the\s+|their\s+|a\s+)?(?:same\s+|common\s+)?(?:view|views|recognition|understanding|opinion|concern|concerns|assessment|perception)
share\s+the\s+(?:view|recognition)
