%regex
# Triggers of the stance 'congratulate' (PCRE2 fragments, matched as whole words).
congratulated
congratulates
congratulating
(?:expressed|offered|extended|conveyed)\s+(?:his\s+|her\s+|their\s+)?(?:\w+\s+)?congratulations
