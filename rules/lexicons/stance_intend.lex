%regex
# Triggers of the stance 'intend' (PCRE2 fragments, matched as whole words).
expressed\s+(?:his\s+|her\s+|their\s+|its\s+)?(?:\w+\s+)?(?:intention|determination|resolve|willingness|readiness|commitment)
(?:is|are|was|were|remain|remains|remained)\s+(?:\w+\s+)?committed\s+to
committed\s+to
pledged
pledges
looks?\s+forward\s+to
looked\s+forward\s+to
noted\s+(?:their|his|her|its)\s+commitment
vowed
resolved\s+to
intends?\s+to
intended\s+to
(?:is|are)\s+(?:willing|ready|determined)\s+to
