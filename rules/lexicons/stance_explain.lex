%regex
# Triggers of the stance 'explain' (PCRE2 fragments, matched as whole words).
stated
states\s+that
stating
# (not the "Al Said" of "Sayyid Shihab bin Tarik Al Said")
(?-i:said|SAID)
says
saying
explained
explains
explaining
briefed
briefs
# South Asian releases' "apprised his counterpart of ..."
apprised
apprising
# a translation of Spanish "trasladar": "has transferred to her counterpart
# the firm commitment of Spain"
transferred(?=\s+to\s+(?:his|her|their)\s+(?:[\w-]+\s+)?counterparts?\b)
conveyed(?!\s+(?:[\w.'’-]+\s+){0,4}(?:greetings|condolences|sympathy|sympathies|regards|wishes|concerns?|disappointment|solidarity|condemnation|invitation|gratitude|thanks))
went\s+on\s+to\s+say
conveys(?!\s+(?:[\w.'’-]+\s+){0,4}(?:greetings|condolences|sympathy|sympathies|regards|wishes|concerns?|disappointment|solidarity|condemnation|invitation|gratitude|thanks))
added
# (", adding that China is ready to ...")
adding(?=\s+(?:that\b|:))
told
# (a wire lead's "spoke on Friday with ..., telling him that ...")
# (a wire's "..., Blinken was quoted as telling Chung.")
(?<=quoted\sas\s)telling
telling(?=\s+(?:him|her|them|his\s+(?:[\w-]+\s+)?counterpart|her\s+(?:[\w-]+\s+)?counterpart)\s+(?:that\b|the\b))
# (a liveblog's present tense: "Kamikawa tells Cohen that ...")
tells(?=\s+(?:[\w.'-]+\s+){1,4}?that\b)
informed
(?<!\bare\s)(?<!\bis\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)described
# (not the page's own "as outlined below")
(?<!\bas\s)outlined(?!\s+below\b)
elaborated(?:\s+on)?
raised\s+(?:the\s+)?(?:issue|matter|question)\s+of
expressed(?=\s+that\b)
wrote(?=\s+(?:on|in)\s)
# (a quotation's attribution: '"We discussed how to ...," Umerov wrote.')
(?<="\s)(?:(?-i:\p{Lu})[\w'-]*\s+){1,3}\Kwrote(?=\s*[.;])
# a post quoted: '"Good conversation with FM @SenatorWong ...," Jaishankar posted on X'
tweeted
posted(?=\s+(?:on|to)\s+(?:X|Twitter|social\s+media|Facebook|Instagram|Weibo|LinkedIn|Telegram)\b(?!\s+by\b))
remarked
gave\s+an\s+explanation
expressed\s+(?:his\s+|her\s+|their\s+)?views?\s+that
noted\s+that
indicated\s+that
# an attribution after a quotation: '"...," Dmytro Kuleba noted.'
noted(?=\s*\.?\s*$)
# "announced the following support:" (as the corpus has it)
announced(?=\s+the\s+following\b)
pointed\s+out
responded\s+that
set\s+out(?!\s+(?:below|above)\b)
presented\s+(?:[\w-]+(?:'s?)?\s+){0,3}(?:action|positions?|views?|initiatives?|efforts|priorities|plans?|outlook|policy|policies|preparations|approach|proposals?|assessment|perspective|reforms?|assumptions|situation|findings|results|progress|strateg(?:y|ies)|vision|concept|programmes?|programs?|actions|measures|activities|steps|work|launches|evolution|engagement|developments)
replied\s+that
answered\s+that
declared\s+that
# (not the adjective: "over alleged abuses")
alleged(?=\s+(?:that|to)\b)
alleges
cautioned
cautions
delivered\s+(?:[\w'’.-]+\s+){0,4}message
warned
(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)updated(?=\s+(?:[\w.'-]+\s+){1,5}?on\s)
(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)updates(?=\s+(?:[\w.'-]+\s+){1,5}?on\s)
illustrated
recalled\s+that
# "Briefing his counterpart on the preparations ..., General Lich proposed": he briefed
(?<![\w-])Briefing(?=\s+(?:his|her|their)\s+(?:\w+\s+)?counterparts?\b)
# a Chinese release's word for it: "Wei Fenghe also introduced the position of the Chinese side on the Taiwan question"
introduced\s+(?:[\w'’-]+\s+){0,3}?(?:position|positions|situation|stance|views?|policy|policies|efforts|measures|thinking|activities|plans|initiatives|priorities|outcomes?|achievements|progress)\b
# ("Minister Umerov gave the Secretary an overview of the fighting")
(?:gave|provided|offered)\s+(?:[\w.-]+\s+){1,4}?an?\s+(?:overview|update|briefing|rundown|assessment)(?=\s+(?:of|on)\b)
# "Minister Galant detailed the operations in progress"
(?<![Aa]\s)detailed(?=\s+(?:the|his|her|their|its|our|how|what|Japan's|plans)\b)
