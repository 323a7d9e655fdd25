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
expressed\s+(?:his\s+|her\s+|their\s+|its\s+|(?:the\s+)?[\p{Lu}][\w.-]*(?:\s+[\p{Lu}][\w.-]*)?'s?\s+)?(?:\w+\s+)?appreciation
conveyed\s+(?:his\s+|her\s+|their\s+|its\s+|(?:the\s+)?[\p{Lu}][\w.-]*(?:\s+[\p{Lu}][\w.-]*)?'s?\s+)?(?:\w+\s+)?appreciation
lauded
applauded
paid\s+tribute
expressed\s+(?:his\s+|her\s+|their\s+)?(?:\w+\s+)?respect
highly\s+(?:evaluated|valued)
evaluated\s+(?:\w+\s+){0,4}?highly
