%regex
# Triggers of the stance 'condemn' (PCRE2 fragments, matched as whole words).
condemned
condemns
condemn
condemning
denounced
denounces
deplored
(?:expressed|conveyed)\s+(?:his\s+|her\s+|their\s+|its\s+|(?:the\s+)?[\p{Lu}][\w.-]*(?:\s+[\p{Lu}][\w.-]*)?'s?\s+)?(?:\w+\s+)?condemnation
# a stance restated as a noun (the verb is reaffirm's): "reiterated the Kingdom's strong condemnation"
(?:reiterated|renewed|voiced)\s+(?:his\s+|her\s+|their\s+|its\s+|(?:the\s+)?[\p{Lu}][\w.-]*(?:\s+[\p{Lu}][\w.-]*)?'s?\s+)(?:\w+\s+)?\Kcondemnation
