%regex
# Triggers of the stance 'praise' (PCRE2 fragments, matched as whole words).
praised
praises
praising
commended
commends
commending
appreciated
appreciates
expressed\s+@possessive?(?:\w+\s+)?appreciation
conveyed\s+@possessive?(?:\w+\s+)?appreciation
# (after the thanks: "expressed his thanks and his appreciation for the
# Egyptian position")
(?<=\bthanks\sand\s|\bgratitude\sand\s)(?:his\s+|her\s+|their\s+|its\s+)?appreciation
lauded
applauded
paid\s+tribute(?!\s+to\s+[^.,;]{0,60}?\b(?:who\s+(?:fell|died|lost\s+their\s+lives|were\s+killed|gave\s+their\s+lives|sacrificed)|fallen|martyrs|the\s+dead|victims|(?:at|in)\s+(?:his|her|the)\s+(?:[\w-]+\s+)?(?:mausoleum|memorial|monument|tomb|grave|cemetery|shrine)))
expressed\s+(?:his\s+|her\s+|their\s+)?(?:\w+\s+)?respect
expressed\s+@possessive?(?:\w+\s+)?admiration
(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)highly\s+(?:evaluated|valued)
evaluated\s+(?:\w+\s+){0,4}?highly
spoke\s+highly\s+of
acknowledged\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:role|roles|contributions?|efforts|leadership|achievements?)\b
speaks\s+highly\s+of
