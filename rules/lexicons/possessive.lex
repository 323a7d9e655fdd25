%regex
# Whose a stance is, between its verb and its noun: "expressed his
# appreciation", "voiced the Kingdom's rejection", "expressed her
# country's appreciation".  Written once, used as @possessive inside the
# stance lexicons (an entry ends in a blank).
(?:his|her|their|its|our|my)\s+(?:(?:country|government|nation|side|ministry)'s\s+)?
(?:the\s+)?(?:country|government|nation|side|ministry)'s\s+
(?:the\s+)?[\p{Lu}][\w.-]*(?:\s+[\p{Lu}][\w.-]*)?'s?\s+
