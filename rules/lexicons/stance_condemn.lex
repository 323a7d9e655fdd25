%regex
# Triggers of the stance 'condemn' (PCRE2 fragments, matched as whole words).
condemned
condemns
condemn
(?<!\bstatement\s)(?<!\bstatements\s)(?<!\bresolution\s)(?<!\bresolutions\s)(?<!\bdeclaration\s)(?<!\bcommuniqu\x{e9}\s)condemning
denounced
denounces
deplored
(?:expressed|conveyed)\s+@possessive?(?:\w+\s+)?condemnation
# a stance restated as a noun (the verb is reaffirm's): "reiterated the Kingdom's strong condemnation"
(?:reiterated|renewed|voiced)\s+@possessive(?:\w+\s+)?\Kcondemnation
