%regex
# Triggers of the stance 'confirm' (PCRE2 fragments, matched as whole words).
# (not the adjective: "the first confirmed violation of Japanese airspace")
(?<!\bfirst\s)(?<!\bever\s)(?<!\bthe\s)(?<!\ba\s)(?<!\bno\s)confirmed(?!\s+(?:[\w-]+\s+){0,2}cases\b)
confirms
confirming
affirmed
affirms
affirming
