%regex
# Forms of address before a name in a pattern (see honorifics.lex for the
# words dropped from a matched name).
Mr\.?
Ms\.?
Mrs\.?
Dr\.?
H\.\s?E\.
H\.\s?H\.
His\s+Excellency
Her\s+Excellency
His\s+(?:Royal\s+)?Highness
(?:the\s+)?Hon(?:ou?rable|\.)?
(?:the\s+)?(?:Rt\.?|Right)\s+Hon(?:ou?rable|\.)?
Sheikh
Prince
Shri
Gen\.(?:\s+\(ret\.\))?
Senator
