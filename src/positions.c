/* positions.c — the positions table: who takes each stance (names, sides,
 * pronouns, "the two ministers", quotations) and which stances are not the
 * talk's. */
#define _GNU_SOURCE /* memmem */
#include "extract_ctx.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <strings.h>

#include "norm.h"
#include "segment.h"
#include "temporal.h"

/* ---- actors ------------------------------------------------------------ */

typedef struct {
    span_t span;
    const char *actor; /* code, "both", or NULL for a pronoun */
    bool pronoun, side, person;
    bool counterpart; /* "her counterpart": the side facing the last one alone */
    bool outsider;    /* takes no part in the talk: its stances give no row */
    char gender;      /* 'f', 'm' (gender.lex) or 0 */
    const char *antecedent; /* a pronoun's: the last person of its gender */
    bool antecedent_here;   /* ... named in the pronoun's own sentence */
} cand_t;

typedef struct {
    const char *last_single; /* the last side that spoke or acted alone */
    const char *last_subject;
    const talk_t *talk;      /* the sentence's talk */
    const char *last_f, *last_m; /* the last woman's and man's side named */
    bool outsider_spoke; /* the last subject was an analyst's, a source's: "he" is theirs */
} discourse_t;

static int cmp_cand(const void *a, const void *b) {
    const cand_t *x = a, *y = b;
    return x->span.start < y->span.start ? -1 : x->span.start > y->span.start;
}

/* The gender gender.lex gives the span (a pronoun) or its first word (a
 * mention: "Ms Collins"). */
static char gender_of(const ex_t *x, span_t s, bool first_word) {
    const lexicon_t *lx = rules_lexicon(x->rs, "gender");
    if (!lx) return 0;
    const char *t = x->d->text + s.start;
    size_t n = s.end - s.start;
    const lex_entry_t *e = NULL;
    if (first_word) { /* "Her Excellency" is two */
        for (size_t k = 0; k < n && !e; k++)
            if (t[k] == ' ') e = lexicon_find(lx, t, k);
    } else {
        e = lexicon_find(lx, t, n);
    }
    return e && e->value ? e->value[0] : 0;
}

/* The gender gender.lex gives a word of a person's name (a given name:
 * "Penny Wong", "Yoko Kamikawa"), or 0. */
static char gender_of_name(const ex_t *x, const char *name) {
    const lexicon_t *lx = rules_lexicon(x->rs, "gender");
    for (const char *w = name; lx && w && *w;) {
        size_t n = strcspn(w, " ");
        const lex_entry_t *e = lexicon_find(lx, w, n);
        if (e && e->value) return e->value[0];
        w += n;
        while (*w == ' ') w++;
    }
    return 0;
}

/* "Mr Kihara invited Ms Collins to visit, and she said ...": a pronoun is
 * the last person of its gender, once both genders are named in the talk. */
static bool in_any_object_place(const ex_t *x, uint32_t at);

static void resolve_pronouns(const ex_t *x, cand_t *c, size_t nc, discourse_t *ds) {
    const char *subject_f = NULL, *subject_m = NULL; /* this sentence's */
    for (size_t k = 0; k < nc; k++) {
        const char **same = c[k].gender == 'f' ? &ds->last_f : c[k].gender == 'm' ? &ds->last_m : NULL;
        const char *other = c[k].gender == 'f' ? ds->last_m : ds->last_f;
        /* (someone of the talk named before it in its sentence: "Singh
         * congratulated Hegseth ... and said he looked forward") */
        for (size_t j = 0; j < k && c[k].pronoun && !c[k].antecedent_here; j++)
            c[k].antecedent_here = c[j].person && !c[j].pronoun && !c[j].outsider && c[j].actor;
        if (!same) continue;
        if (!c[k].pronoun && c[k].actor) {
            /* ("Ms Bijleveld briefed the Defence Secretary on ... She also
             * welcomed ...": of two women in a sentence, the subject, not
             * the one briefed) */
            const char **subject = c[k].gender == 'f' ? &subject_f : &subject_m;
            bool object = in_any_object_place(x, c[k].span.start);
            if (!object || !*subject) *same = c[k].actor;
            if (!object && !*subject) *subject = c[k].actor;
        } else if (c[k].pronoun && *same && other && strcmp(*same, other)) c[k].antecedent = *same;
        /* ("Minister Nakatani congratulated Minister Shakariene ..., and
         * she expressed her gratitude": of a woman named and a man whose
         * given name the lexicon lacks, "she" is the woman -- most office
         * holders are men, and the lexicon knows the women's names) */
        else if (c[k].pronoun && c[k].gender == 'f' && *same && !other) c[k].antecedent = *same;
    }
}

/* "Minister Kihara was invited to visit Australia ..., and he expressed
 * his gratitude", "Minister Maas thanked Minister Kono and said that he
 * looks forward ...": a pronoun no gender settles is its clause's subject,
 * the person named last before it who is not an object ("invited
 * Secretary Austin", "thanked the Secretary") or the agent of a passive
 * ("was invited by Minister Kono"). */
/* Whether the word just before `at` (one blank between) makes what
 * follows an object for `use` ("stance": a stance's subject, "pronoun": a
 * pronoun's antecedent): object_words.lex, value `use` or `both`. */
static bool object_word_before(const ex_t *x, uint32_t at, const char *use) {
    const doc_t *d = x->d;
    if (at < 2 || d->text[at - 1] != ' ') return false;
    uint32_t e = at - 1, b = e;
    while (b > 0 && isalpha((unsigned char)d->text[b - 1])) b--;
    if (b == e) return false;
    const lex_entry_t *w = lexicon_find(rules_lexicon(x->rs, "object_words"), d->text + b, e - b);
    return w && w->value && (!strcmp(w->value, "both") || !strcmp(w->value, use));
}

bool in_object_place(const ex_t *x, uint32_t at) {
    if (word_before(x->d, at, "the ")) at -= 4;
    return object_word_before(x, at, "pronoun");
}

/* After a word that makes what follows an object of any kind ("briefed the
 * Defence Secretary", "thanked Minister Kono"). */
static bool in_any_object_place(const ex_t *x, uint32_t at) {
    if (word_before(x->d, at, "the ")) at -= 4;
    return object_word_before(x, at, "pronoun") || object_word_before(x, at, "stance");
}

static void pronouns_in_sentence(const ex_t *x, cand_t *c, size_t nc) {
    const char *subject = NULL, *woman_here = NULL;
    char subject_gender = 0;
    for (size_t k = 0; k < nc; k++) {
        /* ("Minister Nakatani congratulated Minister Shakariene on her
         * assumption of office, and she expressed her gratitude": "she"
         * after a woman named in the sentence is she, when the subject's
         * gender is unknown) */
        if (c[k].pronoun && c[k].gender == 'f' && woman_here && subject_gender != 'f')
            c[k].antecedent = woman_here;
        /* (the clause's subject also over the last person of the pronoun's
         * gender named before, unless the subject is known to be of the
         * other: "State Minister Tsuji stated that he intends to visit
         * Turkiye" after "Minister Fidan") */
        else if (c[k].pronoun && subject &&
                 (!c[k].antecedent || !subject_gender || subject_gender == c[k].gender))
            c[k].antecedent = subject;
        else if (!c[k].pronoun && c[k].person && c[k].actor && !c[k].outsider &&
                 !in_object_place(x, c[k].span.start))
            subject = c[k].actor, subject_gender = c[k].gender;
        if (!c[k].pronoun && c[k].person && c[k].actor && !c[k].outsider && c[k].gender == 'f')
            woman_here = c[k].actor;
    }
}

static bool vetoed_with_name(const match_t *m) {
    return (m->has >> F_NAME & 1) && rule_has_role(m->rule, "none");
}

/* Whether the name at sp is the last word of a spokesperson's named up to
 * sentence i ("defense spokesperson Arsenio Andolong" ... "Andolong
 * added"): a vetoed mention (role=none) with a name. */
static bool names_an_outsider(ex_t *x, size_t i, span_t sp) {
    /* (most releases name none: asked for every name, look once) */
    if (!x->outsiders_looked) {
        x->outsiders_looked = true;
        x->first_named_outsider = -1;
        for (size_t j = 0; j < x->d->sents.n && x->first_named_outsider < 0; j++)
            for (size_t k = 0; k < x->si[j].part_n && x->first_named_outsider < 0; k++)
                if (vetoed_with_name(&x->mv.v[x->si[j].part_from + k])) x->first_named_outsider = (int)j;
    }
    if (x->first_named_outsider < 0 || (size_t)x->first_named_outsider > i) return false;
    const char *text = x->d->text;
    size_t n = sp.end - sp.start;
    for (size_t j = (size_t)x->first_named_outsider; j <= i; j++) {
        const sinfo_t *sj = &x->si[j];
        for (size_t k = 0; k < sj->part_n; k++) {
            const match_t *m = &x->mv.v[sj->part_from + k];
            if (!vetoed_with_name(m)) continue;
            span_t g = m->group[F_NAME];
            if (g.end > g.start + 1 && text[g.end - 1] == '.') g.end--; /* (the sentence's full stop) */
            if (g.end - g.start >= n && !strncmp(text + g.end - n, text + sp.start, n) &&
                (g.end - g.start == n || text[g.end - n - 1] == ' '))
                return true;
        }
    }
    return false;
}

/* "His Highness" (at sp) alone: the side of the one participant whose
 * mention began with that form of address or its abbreviation ("H.H.
 * Sheikh Abdullah bin Zayed"); NULL when none or several. */
static const char *honorific_side(const ex_t *x, const talk_t *t, span_t sp) {
    static const char *const forms[][7] = {
        {"Highness", "His Highness", "Her Highness", "H.H.", "H. H.", "His Royal Highness", "HRH"},
        {"Excellency", "His Excellency", "Her Excellency", "H.E.", "H. E.", NULL, NULL},
        {"Majesty", "His Majesty", "Her Majesty", "H.M.", "H. M.", NULL, NULL},
    };
    const doc_t *d = x->d;
    const char *side = NULL;
    for (size_t f = 0; f < sizeof forms / sizeof *forms; f++) {
        if (!text_has(d, sp.start, sp.end, forms[f][0])) continue;
        for (size_t q = 0; q < t->parts.n; q++) {
            const mention_t *m = &t->parts.v[q].m;
            bool addressed = false;
            /* (the form begins the mention, or just precedes it: "His
             * Majesty King Abdullah II", whose mention is the title on;
             * "His Highness the Minister of Foreign Affairs") */
            uint32_t at = m->span.start;
            if (at >= 4 && !strncmp(d->text + at - 4, "the ", 4)) at -= 4;
            for (int k = 1; k < 7 && forms[f][k] && !addressed; k++) {
                size_t n = strlen(forms[f][k]);
                addressed = (m->span.end - m->span.start >= n && !strncmp(d->text + m->span.start, forms[f][k], n)) ||
                            (at >= n + 1 && d->text[at - 1] == ' ' && !strncmp(d->text + at - n - 1, forms[f][k], n));
            }
            if (!addressed) continue;
            if (side && strcmp(side, m->country)) return NULL;
            side = m->country;
        }
    }
    /* "Minister of Foreign Affairs Prince Faisal bin Farhan ... His
     * Highness stressed": no mention addressed so, the one participant
     * whose mention bears a royal style is */
    static const char *const royal[] = {"Prince ", "Princess ", "Sheikh ", "Sheikha ", "Emir "};
    if (!side && text_has(d, sp.start, sp.end, "Highness"))
        for (size_t q = 0; q < t->parts.n; q++) {
            const mention_t *m = &t->parts.v[q].m;
            bool styled = false;
            for (size_t k = 0; k < sizeof royal / sizeof *royal && !styled; k++)
                styled = text_has(d, m->span.start, m->span.end, royal[k]);
            if (!styled) continue;
            if (side && strcmp(side, m->country)) return NULL;
            side = m->country;
        }
    return side;
}

/* Whether the group at sp ("the two Prime Ministers") is named by the
 * plural of a title of an office none of t's people holds. */
static bool pair_of_others(const ex_t *x, const talk_t *t, span_t sp) {
    const lexicon_t *plurals = rules_lexicon(x->rs, "titles");
    const char *text = x->d->text;
    const lex_entry_t *e = NULL;
    for (uint32_t p = sp.start; p < sp.end && !e; p++) /* the longest title ending the group */
        if (p == sp.start || text[p - 1] == ' ') e = lexicon_find(plurals, text + p, sp.end - p);
    if (!e || !e->value || !*e->value) return false;
    for (size_t q = 0; q < t->parts.n; q++)
        if (t->parts.v[q].m.office && !strcmp(t->parts.v[q].m.office, e->value)) return false;
    return true;
}

/* The one side the people sentence k names are of, or NULL (none, or
 * several); those with no country yet settled on `settle` when given. */
static const char *one_side_named(ex_t *x, size_t k, const talk_t *settle) {
    const char *side = NULL;
    for (size_t q = 0; q < x->si[k].mentions.n; q++) {
        mention_t *p = &x->si[k].mentions.v[q];
        if (settle && !p->country && !p->ngroup) settle_country(x, settle, p);
        if (p->ngroup || !p->country) continue;
        if (side && strcmp(side, p->country)) return NULL;
        side = p->country;
    }
    return side;
}

/* The side of the speaker of the quotation sentence i is in, when a line
 * above the quotation names them: "Quotes attributable to the Deputy Prime
 * Minister:" over "\"I reaffirmed to Secretary Teodoro that ...\"". */
static const char *quoted_speaker(ex_t *x, size_t i) {
    const doc_t *d = x->d;
    bool quoted = false; /* (sentence k opens a quotation, or goes on with one) */
    for (size_t k = i + 1; k-- > 0 && i - k <= 8;) {
        span_t sp = d->sents.v[k].span;
        const char *t = d->text + sp.start;
        size_t n = sp.end - sp.start;
        if (k < i && n && t[n - 1] == ':' && memmem(t, n, "ttributable to", 14)) {
            if (!quoted) return NULL;
            const talk_t *talk = x->si[i].talk >= 0 ? &x->talks.v[x->si[i].talk] : NULL;
            read_mentions(x, k, talk);
            for (size_t q = 0; q < x->si[k].mentions.n; q++) {
                const mention_t *p = &x->si[k].mentions.v[q];
                if (p->ngroup) continue;
                if (p->country) return p->country;
                /* (by a title of someone at the table: "the Deputy Prime
                 * Minister", the Deputy Prime Minister and Minister for
                 * Defence) */
                for (size_t r = 0; talk && p->title && r < talk->parts.n; r++) {
                    const char *held = talk->parts.v[r].m.title;
                    if (held && !strncasecmp(held, p->title, strlen(p->title))) return talk->parts.v[r].m.country;
                }
            }
            return NULL;
        }
        bool opens = n && t[0] == '"';
        bool goes_on = k > 0 && d->sents.v[k - 1].para == d->sents.v[k].para;
        if (!opens && !goes_on) return NULL;
        quoted = opens || quoted;
    }
    return NULL;
}

/* The side of who posted a statement told in the first person after a line
 * that introduces it ("Following the conversation, the Minister posted the
 * following statement:" / "I thanked him for ..."), or NULL. */
static const char *posted_statement_speaker(ex_t *x, size_t i) {
    const doc_t *d = x->d;
    for (size_t k = i; k-- > 0 && i - k <= 10;) {
        span_t sp = d->sents.v[k].span;
        const char *t = d->text + sp.start;
        size_t n = sp.end - sp.start;
        if (!body_sentence(&d->sents.v[k])) return NULL;
        if (!n || t[n - 1] != ':') continue;
        if (!memmem(t, n, "statement", 9) && !memmem(t, n, "wrote", 5) && !memmem(t, n, "posted", 6)) return NULL;
        const talk_t *talk = x->si[i].talk >= 0 ? &x->talks.v[x->si[i].talk] : NULL;
        read_mentions(x, k, talk);
        return one_side_named(x, k, talk); /* ("the Minister" settled on the talk) */
    }
    return NULL;
}

/* Where w, compared without case and with a blank in w standing for any
 * run of white space (a hard-wrapped ", and"), ends in text from p; 0 when
 * it is not there. */
static uint32_t blank_folded_end(const char *text, uint32_t p, uint32_t end, const char *w) {
    for (; *w; w++) {
        if (*w == ' ') {
            if (p >= end || !isspace((unsigned char)text[p])) return 0;
            while (p < end && isspace((unsigned char)text[p])) p++;
        } else {
            if (p >= end || tolower((unsigned char)text[p]) != tolower((unsigned char)*w)) return 0;
            p++;
        }
    }
    return p;
}

/* Whether p is a head of state or government who takes no part in the
 * talk of the sentence. */
static bool leader_outside(const ex_t *x, const sinfo_t *si, const mention_t *p) {
    return p->holder && si->talk >= 0 && people_is_leader(p) && !talk_person(&x->talks.v[si->talk], p);
}

/* Whether mentions k and k + 1 of the sentence are "that A and B", two
 * leaders outside its talk. */
static bool told_pair_of_leaders(const ex_t *x, const sinfo_t *si, size_t k) {
    if (k + 1 >= si->mentions.n) return false;
    const mention_t *p = &si->mentions.v[k], *q = &si->mentions.v[k + 1];
    return word_before(x->d, p->span.start, "that ") &&
           blank_folded_end(x->d->text, p->span.end, q->span.start, " and ") == q->span.start &&
           leader_outside(x, si, p) && leader_outside(x, si, q);
}

static size_t candidates(ex_t *x, size_t i, cand_t *out, size_t max) {
    sinfo_t *si = &x->si[i];
    size_t n = 0;
    for (size_t k = 0; k < si->mentions.n && n < max; k++) {
        mention_t *p = &si->mentions.v[k];
        /* "The top diplomats of South Korea, the United States and Japan":
         * a group of every side is both */
        /* (also when the group took its first side for its own: "The
         * foreign ministers of South Korea, China and Japan agreed") */
        if (p->ngroup >= 2 && si->talk >= 0) {
            const talk_t *t = &x->talks.v[si->talk];
            int covered = 0;
            for (int g = 0; g < p->ngroup; g++) covered += sides_has(&t->sides, p->group[g]);
            if (covered == t->sides.n && t->sides.n >= 2) {
                out[n++] = (cand_t){p->span, "both", false, false, true, false, false, 0, NULL, false};
                continue;
            }
        }
        if (!p->country) continue;
        cand_t c = {p->span, p->country, false, false, true, false, false, 0, NULL, false};
        /* ("Ambassador Abu Zeid added" after "Ambassador Ahmed Abu Zeid,
         * Official Spokesperson ..., said": the spokesperson again, whatever
         * side his title was given) */
        if (!p->holder && p->m && (p->m->has >> F_NAME & 1) && names_an_outsider(x, i, p->m->group[F_NAME]))
            c.actor = NULL, c.outsider = true;
        c.gender = gender_of(x, p->span, true);
        /* (or the name says it: "Australian Foreign Minister Penny Wong",
         * "the Foreign Minister" known to be her) */
        if (!c.gender && (p->name || p->name_text)) c.gender = gender_of_name(x, p->name ? p->name : p->name_text);
        /* "Japanese Prime Minister Shinzo Abe told reporters ...", "President
         * Moon ... warned" in a foreign ministers' talk: a leader who takes
         * no part in it, as the subject, speaks outside it */
        bool first = true; /* the sentence's subject, not "Kerry explained that President Obama ..." */
        for (size_t j = 0; j < si->mentions.n && first; j++)
            first = !si->mentions.v[j].country || si->mentions.v[j].span.start >= p->span.start;
        for (size_t j = 0; j < si->actor_n && first; j++) {
            const match_t *am = &x->mv.v[si->actor_from + j];
            first = am->dropped || am->span.start >= p->span.start;
        }
        /* (or, with another such leader, the subject of a clause told:
         * "Vice-Minister Shimada welcomed that Prime Minister Suga and
         * Prime Minister Morrison reached an agreement"; one leader so is
         * the side's word: "stated that Prime Minister Abe looks forward
         * to ...") */
        if (!first) first = told_pair_of_leaders(x, si, k) || (k > 0 && told_pair_of_leaders(x, si, k - 1));
        if (first && leader_outside(x, si, p)) c.outsider = true;
        out[n++] = c;
    }
    /* a spokesperson, named ("Pentagon press secretary Maj. Gen. Pat Ryder
     * said": a vetoed mention with a name) or named before, by name
     * alone ("Andolong added") */
    for (size_t k = 0; k < si->part_n && n < max; k++) {
        const match_t *m = &x->mv.v[si->part_from + k];
        if (m->dropped || !(m->has >> F_NAME & 1)) continue;
        const char *role = m->rule->set[F_ROLE];
        bool named_here = role && !strcmp(role, "none");
        /* (by name alone, or under a title of no side: "Ambassador Abu
         * Zeid added") */
        if (!named_here && ((role && strcmp(role, "known")) || !names_an_outsider(x, i, m->group[F_NAME])))
            continue;
        bool told = false; /* (a mention made it a candidate already) */
        for (size_t j = 0; j < n && !told; j++) told = out[j].span.start == m->span.start;
        if (told) continue;
        cand_t c = {m->group[F_NAME], NULL, false, false, true, false, true, 0, NULL, false};
        out[n++] = c;
    }
    for (size_t k = 0; k < si->actor_n && n < max; k++) {
        const match_t *m = &x->mv.v[si->actor_from + k];
        if (m->dropped) continue;
        const char *a = m->rule->set[F_ACTOR];
        bool overlaps = false;
        for (size_t j = 0; j < n; j++)
            if (m->span.start < out[j].span.end && out[j].span.start < m->span.end) {
                /* (a group that takes the person in: "The Deputy Secretary
                 * and her counterparts reaffirmed") */
                if (a && !strcmp(a, "both") && m->span.end > out[j].span.end && out[j].person &&
                    !out[j].outsider)
                    out[j] = (cand_t){{out[j].span.start, m->span.end}, "both", false, false, true, false, false, 0,
                                      NULL, false};
                overlaps = true;
            }
        if (overlaps) continue;
        cand_t c = {m->span, NULL, false, false, false, false, false, 0, NULL, false};
        if (a && !strcmp(a, "both")) c.actor = "both";
        /* "which the two Prime Ministers had agreed to pursue" in a call of
         * two defence ministers: a pair of an office no participant holds
         * is others */
        if (a && !strcmp(a, "both") && si->talk >= 0 && pair_of_others(x, &x->talks.v[si->talk], m->span))
            c.actor = NULL, c.outsider = c.person = true;
        else if (a && !strcmp(a, "outsider")) c.outsider = c.person = true;
        /* a first-person release's "I" is its author, not both sides */
        const char *speaker = NULL;
        if (x->has_author && actor_is(x, m, "I"))
            c.actor = x->author.country, c.person = true;
        else if (actor_is(x, m, "I") && ((speaker = quoted_speaker(x, i)) || (speaker = posted_statement_speaker(x, i))))
            c.actor = speaker, c.person = true;
        else if (a && !strcmp(a, "pronoun")) c.pronoun = true, c.gender = gender_of(x, m->span, false);
        else if (a && !strcmp(a, "counterpart")) c.counterpart = true;
        else if (a && !strcmp(a, "honorific")) {
            c.actor = si->talk >= 0 ? honorific_side(x, &x->talks.v[si->talk], m->span) : NULL;
            c.person = true;
            if (!c.actor) continue;
        }
        else if (a && !strcmp(a, "side")) {
            const char *cs = match_group(x->d, m, F_COUNTRY);
            c.actor = cs ? rules_country_code(x->rs, cs, strlen(cs)) : NULL;
            /* a capital for its government ("Beijing has rejected"):
             * capitals.lex names the country */
            const lex_entry_t *capital =
                cs && !c.actor ? lexicon_find(rules_lexicon(x->rs, "capitals"), cs, strlen(cs)) : NULL;
            if (capital && capital->value) c.actor = rules_country_code(x->rs, capital->value, strlen(capital->value));
            c.side = true;
            if (!c.actor) continue;
            /* a country that is no side of the talk: "North Korea said" */
            const talk_t *t = si->talk >= 0 ? &x->talks.v[si->talk] : NULL;
            if (!t) continue;
            if (!sides_has(&t->sides, c.actor)) c.actor = NULL, c.outsider = true;
        }
        out[n++] = c;
    }
    qsort(out, n, sizeof *out, cmp_cand);
    return n;
}

/* Where clauses end in a sentence (after each clause_breaks entry), found
 * once per sentence; sorted. */
typedef struct {
    uint32_t *at;
    size_t n;
} breaks_t;

static breaks_t clause_breaks(ex_t *x, span_t s) {
    breaks_t b = {NULL, 0};
    const lexicon_t *lx = rules_lexicon(x->rs, "clause_breaks");
    if (!lx) return b;
    const char *text = x->d->text;
    VEC(uint32_t) at = {0};
    for (uint32_t p = s.start; p < s.end; p++) {
        if (!lx->first[(unsigned char)text[p]]) continue;
        for (size_t e = 0; e < lx->entries.n; e++) {
            const char *w = lx->entries.v[e].text;
            size_t wl = lx->entries.v[e].len;
            if (tolower((unsigned char)text[p]) != tolower((unsigned char)w[0])) continue;
            uint32_t q = blank_folded_end(text, p, s.end, w);
            if (!q) continue;
            /* whole words only where the entry starts or ends with a letter */
            if (isalpha((unsigned char)w[0]) && p > 0 && isalnum((unsigned char)text[p - 1])) continue;
            if (isalpha((unsigned char)w[wl - 1]) && q < s.end && isalnum((unsigned char)text[q])) continue;
            VEC_PUSH(x->d->arena, at, q);
        }
    }
    /* entries of different length may end out of order */
    for (size_t i = 1; i < at.n; i++)
        for (size_t j = i; j > 0 && at.v[j - 1] > at.v[j]; j--) {
            uint32_t t = at.v[j];
            at.v[j] = at.v[j - 1];
            at.v[j - 1] = t;
        }
    b.at = at.v;
    b.n = at.n;
    return b;
}

/* The last clause break at or before `to`, or `from` when none. */
static uint32_t last_break(const breaks_t *b, uint32_t from, uint32_t to) {
    size_t lo = 0, hi = b->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (b->at[mid] <= to) lo = mid + 1;
        else hi = mid;
    }
    return lo && b->at[lo - 1] > from ? b->at[lo - 1] : from;
}

static const char *other_side(const talk_t *t, const char *subject) {
    if (!t || !subject) return NULL;
    for (int k = 0; k < t->sides.n; k++)
        if (strcmp(t->sides.code[k], subject)) return t->sides.code[k];
    return NULL;
}

/* The actor of a stance taken by someone who is not in the talk. */
static const char OUTSIDER[] = "(outsider)";

static const char *cand_actor(const cand_t *c, discourse_t *ds) {
    if (c->outsider) return OUTSIDER;
    /* (an analyst just quoted goes on: '"... in return," she said' after
     * "Lucía Bertotti, a professor ..., said", though a woman of the talk
     * was named before) */
    if (c->pronoun)
        return c->antecedent && (c->antecedent_here || !ds->outsider_spoke) ? c->antecedent
               : ds->outsider_spoke                                         ? OUTSIDER
                                                                            : ds->last_single;
    if (c->counterpart) return other_side(ds->talk, ds->last_single);
    return c->actor;
}

/* Whether the text just before `at` is the word w (with its blank). */
bool word_before(const doc_t *d, uint32_t at, const char *w) {
    size_t l = strlen(w);
    return at >= l && !strncasecmp(d->text + at - l, w, l) &&
           (at == l || !isalpha((unsigned char)d->text[at - l - 1]));
}

/* Where the capitalized words just before `at` start, none of them the
 * sentence's first ("Cabinet" of "the Prime Cabinet Secretary", "EU
 * Foreign" of "of EU Foreign Ministers"): `at` when there are none. */
static uint32_t capitalized_words_before(const doc_t *d, uint32_t at) {
    while (at >= 2 && d->text[at - 1] == ' ') {
        uint32_t w = at - 1;
        while (w > 0 && (isalnum((unsigned char)d->text[w - 1]) || d->text[w - 1] == '-')) w--;
        if (w == at - 1 || !isupper((unsigned char)d->text[w]) || w == 0 || d->text[w - 1] != ' ') break;
        at = w;
    }
    return at;
}

static bool preceded_by_preposition(const ex_t *x, uint32_t at, bool person) {
    const doc_t *d = x->d;
    /* "thanked the Prime Cabinet Secretary" (the person's mention starting
     * at "Cabinet"): capitalized words of the title before it first */
    /* (also before a person's common noun: "of New Zealand Defence Force
     * observers") */
    if (person) at = capitalized_words_before(d, at);
    /* "thanked the Defence Secretary": the article is not the subject's */
    static const char *const articles[] = {"the ", "his ", "her ", "their ", "its ", NULL};
    for (int i = 0; articles[i]; i++)
        if (word_before(d, at, articles[i])) {
            at -= (uint32_t)strlen(articles[i]);
            break;
        }
    return object_word_before(x, at, "stance");
}

/* Whether the words before `at` are "of" and capitalized words: "of EU
 * Foreign Ministers". */
static bool named_after_of(const doc_t *d, uint32_t at) { return word_before(d, capitalized_words_before(d, at), "of "); }

/* Whether the word ending at `at` starts with a capital and is no
 * sentence's first word ("Kebangsaan Malaysia", not "Malaysia" alone). */
static bool word_capitalized_before(const doc_t *d, uint32_t at) {
    uint32_t b = at;
    while (b > 0 && isalpha((unsigned char)d->text[b - 1])) b--;
    if (b == at || !isupper((unsigned char)d->text[b])) return false;
    uint32_t p = b;
    while (p > 0 && d->text[p - 1] == ' ') p--;
    return p > 0 && d->text[p - 1] != '.' && d->text[p - 1] != '"' && d->text[p - 1] != '\n';
}

/* Whether the text from `from` to `to` is a body of the side just before
 * it: "'s Ministry of Foreign Affairs (MOFA)", "'s Foreign Ministry", a
 * newspaper's "'s foreign ministry" -- a few words, small words and an
 * acronym in brackets, one of them naming a body of government. */
static bool side_body_between(const doc_t *d, uint32_t from, uint32_t to) {
    static const char *const bodies[] = {"Ministry", "Government", "Office", "Department", "Cabinet",
                                         "Embassy", NULL};
    if (to < from + 3 || strncmp(d->text + from, "'s ", 3)) return false;
    bool body = false;
    int words = 0;
    for (uint32_t p = from + 3; p < to && ++words <= 6;) {
        while (p < to && d->text[p] == ' ') p++;
        uint32_t q = p;
        while (q < to && d->text[q] != ' ') q++;
        if (q == p) break;
        size_t n = q - p;
        const char *w = d->text + p;
        bool small = (n == 2 && !strncmp(w, "of", 2)) || (n == 3 && (!strncmp(w, "for", 3) || !strncmp(w, "and", 3) ||
                                                                     !strncmp(w, "the", 3)));
        bool acronym = n >= 3 && w[0] == '(' && w[n - 1] == ')';
        if (!small && !acronym && !isalpha((unsigned char)w[0])) return false;
        for (int k = 0; bodies[k] && !body; k++) body = strlen(bodies[k]) == n && !strncasecmp(w, bodies[k], n);
        p = q;
    }
    return body && words <= 6;
}

/* Only adverbs and auxiliaries between a side and its verb: "Japan
 * strongly condemns", "the United States is committed". */
static bool gap_is_adverbs(const doc_t *d, uint32_t from, uint32_t to) {
    static const char *const aux[] = {"also", "is", "are", "was", "were", "has", "have", "had",
                                      "remains", "remain", "again", "further", "side",
                                      "government", "today", "yesterday", "together",
                                      /* "the UN Security Council condemned" */
                                      "security", "council", "general", "assembly", NULL};
    /* "India and the Philippines on Thursday called for": a day between */
    static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday",
                                       "friday", "saturday", "sunday", NULL};
    uint32_t p = from;
    bool after_on = false;
    while (p < to) {
        while (p < to && d->text[p] == ' ') p++;
        uint32_t q = p;
        while (q < to && isalpha((unsigned char)d->text[q])) q++;
        if (q == p) return p >= to && !after_on;
        size_t n = q - p;
        bool ok = !after_on && n > 2 && !strncmp(d->text + q - 2, "ly", 2);
        for (int k = 0; aux[k] && !ok && !after_on; k++)
            ok = strlen(aux[k]) == n && !strncasecmp(d->text + p, aux[k], n);
        for (int k = 0; days[k] && !ok; k++)
            ok = strlen(days[k]) == n && !strncasecmp(d->text + p, days[k], n);
        bool on = !after_on && n == 2 && !strncasecmp(d->text + p, "on", 2);
        if (!ok && !on) return false;
        after_on = on;
        p = q;
    }
    return !after_on;
}

/* Where the word `w` ends when it stands right before the verb at `verb`,
 * only adverbs between ("We also agreed", "who later said"); 0 when not. */
static uint32_t word_just_before(const doc_t *d, span_t s, uint32_t verb, const char *w) {
    size_t wl = strlen(w);
    uint32_t p = verb;
    for (int words = 0; words < 4 && p > s.start; words++) {
        while (p > s.start && d->text[p - 1] == ' ') p--;
        uint32_t e = p;
        while (p > s.start && isalpha((unsigned char)d->text[p - 1])) p--;
        if (e == p) return 0;
        if (e - p == wl && !strncasecmp(d->text + p, w, wl)) return gap_is_adverbs(d, e, verb) ? e : 0;
    }
    return 0;
}

/* Whether the verb word at `verb` is in the past ("confirmed", "welcomed"):
 * what "we" did in the talk, not what one side's "we" holds ("We reject
 * any attempt ...", "we look forward"). */
static bool verb_in_past(const doc_t *d, uint32_t verb) {
    uint32_t e = verb;
    while (e < d->len && isalpha((unsigned char)d->text[e])) e++;
    return e - verb > 3 && !strncmp(d->text + e - 2, "ed", 2);
}

/* Whether only blanks, or an article, lie between a clause break ending at
 * brk and a mention at `at`. */
static bool clause_opener(const doc_t *d, uint32_t brk, uint32_t at) {
    uint32_t p = brk;
    while (p < at && isspace((unsigned char)d->text[p])) p++;
    if (at - p == 4 && !strncasecmp(d->text + p, "the ", 4)) p = at;
    return p == at;
}

/* Whether the side at sp opens sentence s and a verb in lower case follows
 * it ("China firmly supports"), not a label ("Canada: ...") or a pair
 * ("China and the United States should ..."). */
static bool side_opens_sentence(const doc_t *d, span_t s, span_t sp) {
    if (!clause_opener(d, s.start, sp.start) || sp.end + 1 >= s.end || d->text[sp.end] != ' ' ||
        !islower((unsigned char)d->text[sp.end + 1]))
        return false;
    return strncmp(d->text + sp.end, " and ", 5) && strncmp(d->text + sp.end, " or ", 4);
}

static bool one_of_a_side(const cand_t *c) {
    return c->person && !c->pronoun && c->actor && strcmp(c->actor, "both");
}

/* "Minister Luik, Minister Pabriks, and Minister Karoblis each briefed
 * the Secretary": a list of three or more people ending at the subject
 * picked speaks for all the talk's sides ("both") when it names them all,
 * else for its first side, as one sentence's two kinds go to the first
 * side's row. NULL when pick ends no such list of several sides. */
static const char *list_subject(const ex_t *x, const cand_t *c, const cand_t *pick, const talk_t *t) {
    const doc_t *d = x->d;
    static const char *const seps[] = {", ", ", and ", " and "};
    size_t last = (size_t)(pick - c), first = last;
    while (first > 0 && one_of_a_side(&c[first - 1])) {
        bool joined = false;
        for (size_t k = 0; k < sizeof seps / sizeof *seps && !joined; k++)
            joined = blank_folded_end(d->text, c[first - 1].span.end, c[first].span.start, seps[k]) ==
                     c[first].span.start;
        if (!joined) break;
        first--;
    }
    /* (not the object of a preposition: "the call between the Foreign
     * Secretary and Minister Sugiono, and I look forward") */
    if (last - first < 2 || !one_of_a_side(pick) || preceded_by_preposition(x, c[first].span.start, true))
        return NULL;
    sides_t named = {{0}, 0};
    for (size_t k = first; k <= last; k++) sides_add(&named, c[k].actor);
    if (named.n < 2) return NULL;
    bool all = t && t->sides.n > 0;
    for (int k = 0; all && k < t->sides.n; k++) all = sides_has(&named, t->sides.code[k]);
    return all ? "both" : c[first].actor;
}

/* The subject of a stance verb at `verb`.  In the verb's own clause it is
 * the nearest candidate before it that no preposition governs (the first
 * one for "met X to reaffirm", whose subject is the main verb's); a clause
 * with none takes the subject (first candidate) of the clause before it.
 * "Secretary Mattis and Minister Onodera condemned" is both. */
static const char *subject_before(ex_t *x, size_t i, uint32_t verb, cand_t *c, size_t nc,
                                  const breaks_t *breaks, discourse_t *ds) {
    doc_t *d = x->d;
    span_t s = d->sents.v[i].span;
    bool infinitive = verb >= s.start + 3 && !strncasecmp(d->text + verb - 3, "to ", 3);
    /* "Kishida was received by President Hassan Rouhani, who said that
     * ...": the one the relative clause is about */
    uint32_t who = word_just_before(d, s, verb, "who");
    /* (or the relative clause's second verb: "..., who extended his
     * greetings and pledged ...") */
    for (uint32_t p = verb, from = last_break(breaks, s.start, verb);
         !who && p >= from + 6 && p > s.start + 6 && d->text[p - 1] != ','; p--)
        if (!strncmp(d->text + p - 6, ", who ", 6)) who = p - 1;
    if (who) {
        uint32_t q = who - 3;
        while (q > s.start && (d->text[q - 1] == ' ' || d->text[q - 1] == ',')) q--;
        for (size_t k = 0; k < nc; k++)
            if (c[k].span.end == q && c[k].person && (c[k].actor || c[k].outsider)) return cand_actor(&c[k], ds);
    }
    /* "..., with the two sides stressing the need ...": a subject after
     * "with", of a verb in -ing */
    uint32_t verb_end = verb;
    while (verb_end < s.end && isalpha((unsigned char)d->text[verb_end])) verb_end++;
    bool ing = verb_end - verb > 4 && !strncmp(d->text + verb_end - 3, "ing", 3);
    /* "Minister Kono highly appreciated the decision ... to declare the
     * North Korean Ambassador persona non grata, stating that ...": a
     * participle after a comma speaks for its clause's subject, the first
     * of it, not the nearest name */
    bool participle = ing && verb >= s.start + 2 && d->text[verb - 2] == ',' && d->text[verb - 1] == ' ';
    uint32_t end = verb;
    bool own = true;
    for (int guard = 0; guard < 8; guard++) {
        uint32_t brk = last_break(breaks, s.start, end);
        /* (a reported clause before the verb's is none of its subjects:
         * "He pointed out that the two sides should respect ..., and
         * stressed that ...": he stressed) */
        if (!own && brk >= s.start + 5 && !strncasecmp(d->text + brk - 4, "that", 4) &&
            !isalnum((unsigned char)d->text[brk - 5])) {
            end = brk - 4;
            while (end > s.start && isspace((unsigned char)d->text[end - 1])) end--;
            continue;
        }
        /* (nor anyone a relative clause between names: "Mr. Singh and Mr.
         * Marles, who is also Australia's Deputy Prime Minister, welcomed":
         * the two) */
        span_t relative = relative_clause_in(d, brk, end);
        const cand_t *pick = NULL, *first = NULL;
        bool first_object = false;
        for (size_t k = 0; k < nc; k++) {
            const cand_t *ck = &c[k];
            if (ck->span.start < brk || ck->span.end > end) continue;
            if (ck->span.start > relative.start && ck->span.end <= relative.end) continue;
            /* (a side is a subject next to its verb, or opening the
             * sentence before the verb's clause: "China firmly supports
             * ..., and opposes") */
            /* (or its body's: "Taiwan's Ministry of Foreign Affairs
             * (MOFA) thanked") */
            bool body = ck->side && own && side_body_between(d, ck->span.end, end) &&
                        !preceded_by_preposition(x, ck->span.start, false);
            if (ck->side && !(own && gap_is_adverbs(d, ck->span.end, end)) && !body &&
                !(!own && brk == s.start && side_opens_sentence(d, s, ck->span)))
                continue;
            /* "Universiti Kebangsaan Malaysia said": part of a longer name */
            if (ck->side && ck->span.start >= 2 && d->text[ck->span.start - 1] == ' ' &&
                word_capitalized_before(d, ck->span.start - 1))
                continue;
            /* (", and the two Ministers shared ...": the "and" that opens
             * a clause governs nothing) */
            bool opens_clause = brk > s.start && clause_opener(d, brk, ck->span.start);
            /* (nor "..., and the two leaders agreed": a group of both sides
             * right before the verb, after "and") */
            bool next_to_verb = own && gap_is_adverbs(d, ck->span.end, end);
            /* (so is a group named after "of": "the meeting of EU Foreign
             * Ministers") */
            bool group = ck->actor && !strcmp(ck->actor, "both");
            bool object = (group && named_after_of(d, ck->span.start)) ||
                          (!opens_clause && preceded_by_preposition(x, ck->span.start, ck->person) &&
                           !(next_to_verb && (ing || (group && word_before(d, ck->span.start, "and "))))) ||
                          (span_possessive(d, ck->span) && !body);
            /* (in a clause before the verb's, its first that is no object:
             * not "embassy" in "that Sweden has played through its
             * embassy, and requested") */
            if (!first || (first_object && !object)) first = ck, first_object = object;
            if (!own || infinitive) continue;
            if (object || (participle && pick)) continue;
            pick = ck;
        }
        /* (a clause before with only objects in it goes on to the one
         * before that) */
        if (!pick && !(first && first_object && !own)) pick = first;
        if (pick) {
            /* "X and Y verb": two people, or two sides ("Malaysia and
             * Japan have agreed"), together */
            /* (or "The Secretary General and the two Ministers rejected":
             * a person with the group of the others) */
            for (size_t k = 0; k + 1 < nc && (pick->person || pick->side); k++) {
                const cand_t *a = &c[k], *b = &c[k + 1];
                bool b_group = b->actor && !strcmp(b->actor, "both");
                if (!(a->person || a->side) || !(b->person || b->side || b_group) || (a != pick && b != pick) ||
                    b->span.end > end)
                    continue;
                /* (the blanks may be a hard-wrapped line's end) */
                bool joined = blank_folded_end(d->text, a->span.end, b->span.start, " and ") == b->span.start ||
                              blank_folded_end(d->text, a->span.end, b->span.start, " and the ") == b->span.start;
                /* (two leaders outside the talk are no pair of its sides) */
                if (!joined || !a->actor || !b->actor || !strcmp(a->actor, b->actor) || (a->outsider && b->outsider))
                    continue;
                /* (two of a talk's three or more sides: the first's, as a
                 * sentence's two stances are; the end of a longer list,
                 * "Secretary Esper, Minister Luik, Minister Pabriks and
                 * Minister Karoblis", is all of them) */
                bool longer = k > 0 && blank_folded_end(d->text, c[k - 1].span.end, a->span.start, ", ") == a->span.start;
                if (ds->talk && ds->talk->sides.n > 2 && strcmp(a->actor, "both") && strcmp(b->actor, "both") &&
                    !a->counterpart && !b->counterpart && !longer)
                    return a->actor;
                /* (a longer list that leaves a side out, "Minister Kihara,
                 * Secretary Austin and Deputy Prime Minister Marles
                 * welcomed Secretary Teodoro": its first side's) */
                const char *listed = longer ? list_subject(x, c, b, ds->talk) : NULL;
                return listed ? listed : "both";
            }
            const char *listed = list_subject(x, c, pick, ds->talk);
            if (listed) return listed;
            /* "He briefed Minister Hayashi on ...": a pronoun is not the
             * person its verb takes as object, but the other side of two */
            const char *pick_actor = cand_actor(pick, ds);
            const char *other = pick->pronoun && ds->talk && ds->talk->sides.n == 2 ? other_side(ds->talk, pick_actor) : NULL;
            for (size_t k = 0; other && k < nc; k++)
                if (c[k].span.start == verb_end + 1 && c[k].person && !c[k].pronoun && c[k].actor &&
                    !strcmp(c[k].actor, pick_actor))
                    return other;
            return pick_actor;
        }
        if (brk <= s.start) break;
        /* step over the break and look in the clause before it */
        end = brk;
        while (end > s.start && !isspace((unsigned char)d->text[end - 1])) end--;
        while (end > s.start && (isspace((unsigned char)d->text[end - 1]) || d->text[end - 1] == ','))
            end--;
        own = false;
    }
    return NULL;
}

/* Whether the word after the verb at `verb` starts a name no candidate
 * of the sentence holds (one nobody in the talk bears). */
static bool names_stranger(const doc_t *d, span_t s, uint32_t verb, const cand_t *c, size_t nc) {
    uint32_t v = verb;
    while (v < s.end && isalpha((unsigned char)d->text[v])) v++;
    bool known = false;
    /* (a candidate may start a word or two on: "Federal Minister X") */
    for (size_t k = 0; k < nc; k++) known |= c[k].person && c[k].span.start > v && c[k].span.start <= v + 25;
    return v + 1 < s.end && d->text[v] == ' ' && isupper((unsigned char)d->text[v + 1]) && !known;
}

/* 'Defence Secretary Gavin Williamson said:' over '"Russia's aggression
 * ... We stand with Ukraine, and we call on Russia ..."': a quotation that
 * opens a sentence (i itself, or one of the few before it) under a line
 * ending on a colon belongs to the one side that line names. */
static const char *colon_speaker(ex_t *x, size_t i, bool opened_here) {
    const doc_t *d = x->d;
    size_t j = i;
    for (int back = 0; !opened_here && back < 6 && j > 0 && d->text[d->sents.v[j].span.start] != '"'; back++) j--;
    if (d->text[d->sents.v[j].span.start] != '"' || j == 0) return NULL;
    const sentence_t *lead = &d->sents.v[j - 1];
    if (!body_sentence(lead) || lead->span.end <= lead->span.start || d->text[lead->span.end - 1] != ':')
        return NULL;
    return one_side_named(x, j - 1, NULL);
}

/* How many quotation marks the text from..to holds, and where the last
 * one is (`from` when none; `last` may be NULL). */
static int quote_marks(const doc_t *d, uint32_t from, uint32_t to, uint32_t *last) {
    int n = 0;
    uint32_t at = from;
    for (uint32_t p = from; p < to; p++)
        if (d->text[p] == '"') n++, at = p;
    if (last) *last = at;
    return n;
}

/* '"... I look forward to Dr Ng's visit," Minister Reynolds said.': a
 * stance inside a quotation, or the attribution's own verb, belongs to the
 * speaker the attribution after the closing quote names (the quotation may
 * have opened in a sentence before: '... stand together," said
 * Ollongren.'). */
static const char *quote_speaker(ex_t *x, size_t i, uint32_t verb, const cand_t *c, size_t nc) {
    const doc_t *d = x->d;
    span_t s = d->sents.v[i].span;
    uint32_t last;
    int before = quote_marks(d, s.start, verb, &last); /* an even count is outside */
    /* '"...," said Defence Secretary John Healey': the verb is the
     * attribution itself; the speaker follows it, as after a comma ("...
     * relief (HADR), said Defence Minister Mohamed Khaled Nordin") */
    /* (also after a quotation's close, which may have opened a sentence
     * before: '... agenda," said Foreign Minister Maas', "... shoulder,'
     * said Ms Huitfeldt", or a dash: "... violated - said Minister X") */
    uint32_t back = verb;
    while (back > s.start && d->text[back - 1] == ' ') back--;
    char mark = back > s.start ? d->text[back - 1] : 0;
    bool after_comma = back < verb && (mark == ',' || mark == '-' || mark == '"' || mark == '\'') &&
                       (!strncmp(d->text + verb, "said ", 5) || !strncmp(d->text + verb, "says ", 5));
    if (after_comma) { /* "..., said Singapore would ..." names no speaker */
        for (size_t k = 0; k < nc; k++)
            if (c[k].span.start > verb && c[k].span.start <= verb + 6 && c[k].person &&
                (c[k].actor || c[k].outsider))
                return c[k].outsider ? OUTSIDER : c[k].actor;
        /* '... unthinkable," said Tomohiko Arai, a senior fellow at ...':
         * a name nobody in the talk bears, then its description */
        if (mark != ',' && names_stranger(d, s, verb, c, nc)) return OUTSIDER;
    }
    if (before && before % 2 == 0 && verb - last <= 3) {
        for (size_t k = 0; k < nc; k++)
            if (c[k].span.start > verb && c[k].person && (c[k].actor || c[k].outsider))
                return c[k].outsider ? OUTSIDER : c[k].actor;
        /* '"...," said Dan Smith, a fellow at ...': a name nobody in the
         * talk bears */
        return names_stranger(d, s, verb, c, nc) ? OUTSIDER : NULL;
    }
    bool opened_here = before % 2 == 1, opened_before = before == 0;
    /* '"The Secretary underscored that ...," Bruce said': a quotation whose
     * verb has a person of the talk for its subject tells that one's
     * stance, whoever quotes it ("we" and "I" in it are still the
     * speaker's) */
    for (size_t k = 0; opened_here && k < nc; k++)
        if (c[k].span.start > last && c[k].span.end <= verb && c[k].person && !c[k].pronoun && !c[k].outsider && c[k].actor &&
            strcmp(c[k].actor, "both") && gap_is_adverbs(d, c[k].span.end, verb))
            return NULL;
    if (opened_before) { /* an odd count after the verb closes a quotation */
        int after = 0;
        for (uint32_t p = verb; p < s.end; p++) after += d->text[p] == '"';
        opened_before = after % 2 == 1;
    }
    if (!opened_here && !opened_before) return NULL;
    const char *close = memchr(d->text + verb, '"', s.end - verb);
    if (!close) return NULL;
    uint32_t q = (uint32_t)(close - d->text);
    static const char *const verbs[] = {" said", " says", " stated", " added", " told", " wrote", NULL};
    uint32_t said = 0; /* a verb starting within 60 bytes of the quote */
    for (int k = 0; verbs[k] && !said; k++) {
        uint32_t end = q + 59 + (uint32_t)strlen(verbs[k]);
        if (end > s.end) end = s.end;
        const char *v = end > q ? memmem(d->text + q, end - q, verbs[k], strlen(verbs[k])) : NULL;
        if (v) said = (uint32_t)(v - d->text);
    }
    if (!said) return colon_speaker(x, i, opened_here);
    for (size_t k = 0; k < nc; k++)
        if (c[k].span.start > q && c[k].person && (c[k].actor || c[k].outsider))
            return c[k].outsider ? OUTSIDER : c[k].actor;
    /* ('"The visit underscores ...," Mr Ebienfa said' after "the
     * ministry's spokesperson, Kimiebi Ebienfa": a name no gazetteer
     * knows, the spokesperson's) */
    uint32_t ws = said; /* (the word ending where " said" begins) */
    while (ws > q && isalpha((unsigned char)d->text[ws - 1])) ws--;
    if (ws < said && isupper((unsigned char)d->text[ws]) && names_an_outsider(x, i, (span_t){ws, said}))
        return OUTSIDER;
    return NULL;
}

/* Kinds a side cannot take alone. */
static bool mutual_kind(const char *kind) {
    return !strcmp(kind, "agree") || !strcmp(kind, "share_view") || !strcmp(kind, "exchange_views");
}

/* "Stating that Turkiye will continue to contribute ..., Minister Guler
 * invited ...": a sentence opening on a participle speaks for the subject
 * after its clause's comma. */
static const char *subject_after_participle(const ex_t *x, size_t i, uint32_t verb, const cand_t *c, size_t nc) {
    const doc_t *d = x->d;
    span_t s = d->sents.v[i].span;
    uint32_t p = s.start;
    while (p < verb && !isalpha((unsigned char)d->text[p])) p++;
    uint32_t e = verb;
    while (e < s.end && isalpha((unsigned char)d->text[e])) e++;
    if (p != verb || e - verb < 5 || strncmp(d->text + e - 3, "ing", 3)) return NULL;
    for (size_t k = 0; k < nc; k++) {
        /* (a person, or the ministers together: "Reaffirming their
         * support for ASEAN unity, the Ministers discussed ...") */
        bool both = c[k].actor && !strcmp(c[k].actor, "both");
        if (c[k].span.start <= verb || !(c[k].person || both) || !c[k].actor || c[k].outsider) continue;
        uint32_t b = c[k].span.start;
        while (b > verb && d->text[b - 1] == ' ') b--;
        return b > verb && d->text[b - 1] == ',' ? c[k].actor : NULL;
    }
    return NULL;
}

/* Whether the sentence opens on the word at `verb`, after at most a
 * connective and its comma ("Also, agreed", "Lastly, agreed"). */
static bool opens_on_verb(const doc_t *d, span_t s, uint32_t verb) {
    uint32_t p = s.start;
    while (p < verb && !isalpha((unsigned char)d->text[p])) p++;
    if (p == verb) return true;
    while (p < verb && isalpha((unsigned char)d->text[p])) p++;
    if (p < verb && d->text[p] == ',') p++;
    while (p < verb && d->text[p] == ' ') p++;
    return p == verb;
}

/* "In December 2018, Japan said ...": a sentence opening on a month or
 * year before its talk's tells the background, and takes no stance in it. */
static bool tells_the_past(const ex_t *x, size_t i, const talk_t *t) {
    const doc_t *d = x->d;
    date_t when = t && t->has_date ? t->t.date : d->published;
    const char *s = d->text + d->sents.v[i].span.start;
    if (!when.y || strncmp(s, "In ", 3)) return false;
    s += 3;
    /* ("In early June, Minister Iwaya held talks in Tokyo with then Acting
     * Secretary Shanahan, and the two agreed ...") */
    static const char *const parts[] = {"early ", "mid-", "mid ", "late "};
    for (size_t k = 0; k < sizeof parts / sizeof *parts; k++)
        if (!strncmp(s, parts[k], strlen(parts[k]))) s += strlen(parts[k]);
    int month = 0;
    size_t n = strcspn(s, " ,");
    if (n && n < 12 && isupper((unsigned char)*s)) {
        char word[12];
        memcpy(word, s, n), word[n] = 0;
        const lex_entry_t *e = lexicon_find(rules_lexicon(x->rs, "months"), word, n);
        if (e && e->value) month = atoi(e->value), s += n + (s[n] == ' ');
        if (month && !strncmp(s, "of ", 3)) s += 3; /* "In September of 2019," */
        /* "In August, the two ministers exchanged letters ...": a month of
         * no year that is not the talk's is one before it */
        if (month && *s == ',') return month != when.m;
        /* "In May this year," / "In May last year," */
        if (month && !strncmp(s, "this year,", 10)) return month != when.m;
        if (month && !strncmp(s, "last year,", 10)) return true;
    }
    if (!isdigit((unsigned char)s[0]) || !isdigit((unsigned char)s[1]) || !isdigit((unsigned char)s[2]) ||
        !isdigit((unsigned char)s[3]) || s[4] != ',')
        return false;
    int year = atoi(s);
    return year * 12 + (month ? month : 12) < when.y * 12 + when.m;
}

void emit_positions(ex_t *x) {
    doc_t *d = x->d;
    discourse_t ds = {0};
    int seq = 0;
    for (size_t i = 0; i < d->sents.n; i++) {
        if (!body_sentence(&d->sents.v[i])) continue;
        sinfo_t *si = &x->si[i];
        talk_t *t = si->talk >= 0 ? &x->talks.v[si->talk] : NULL;
        if (ds.talk != t) ds.last_f = ds.last_m = NULL; /* genders of this talk's people */
        ds.talk = t;
        cand_t cands[64];
        size_t nc = candidates(x, i, cands, 64);
        resolve_pronouns(x, cands, nc, &ds);
        pronouns_in_sentence(x, cands, nc);
        breaks_t breaks = {NULL, 0};
        bool have_breaks = false;
        const char *kinds[32];
        int nk = 0;
        bool past = si->pos_n && (si->background || tells_the_past(x, i, t));
        /* (a look back in a clause after the stance's verb is the clause's:
         * "Cho stressed the importance of building on the momentum ...
         * that gathered pace last year, when President Yoon ...") */
        uint32_t past_from = UINT32_MAX;
        for (size_t k = 0; k < si->talk_n; k++) {
            const match_t *m = &x->mv.v[si->talk_from + k];
            if (rule_has_role(m->rule, "past") && m->span.start < past_from) past_from = m->span.start;
        }
        bool subject_told = false; /* a stance's subject found in the text */
        bool outsider_went_on = false; /* ... the outsider of the sentence before */
        for (size_t k = 0; k < si->pos_n && !past; k++) {
            const match_t *m = &x->mv.v[si->pos_from + k];
            if (m->dropped) continue;
            const char *kind = m->rule->set[F_KIND];
            if (!kind || !strcmp(kind, "none")) continue;
            uint32_t verb = m->span.start;
            if (m->has & (1ull << F_VERB)) verb = m->group[F_VERB].start;
            if (verb >= past_from) continue;
            const char *actor = m->rule->set[F_ACTOR];
            if (!actor) {
                if (!have_breaks) breaks = clause_breaks(x, d->sents.v[i].span), have_breaks = true;
                actor = quote_speaker(x, i, verb, cands, nc);
                if (!actor) actor = subject_before(x, i, verb, cands, nc, &breaks, &ds);
                if (!actor) actor = subject_after_participle(x, i, verb, cands, nc);
                /* "Also, agreed to maintain close communication ...": a
                 * translation's sentence of no subject that opens on a
                 * verb of two sides is both sides' */
                if (!actor && mutual_kind(kind) && opens_on_verb(d, d->sents.v[i].span, verb)) actor = "both";
                /* '"We agreed to accelerate ...," Retno told the press': what
                 * "we" agreed, two sides did */
                if (actor && actor != OUTSIDER && strcmp(actor, "both") &&
                    (mutual_kind(kind) || (strcmp(kind, "explain") && verb_in_past(d, verb))) &&
                    word_just_before(d, d->sents.v[i].span, verb, "we"))
                    actor = "both";
                if (!actor) actor = ds.last_subject;
                /* a source's, an analyst's; nobody's at all: a spokesperson
                 * the text names before any minister */
                /* (a verb after it with no subject of its own is the
                 * outsider's too: "... condemned the test and said ...") */
                if (actor == OUTSIDER) ds.last_subject = OUTSIDER, outsider_went_on |= ds.outsider_spoke;
                if (actor == OUTSIDER || !actor) continue;
                if (m->rule->set[F_VOICE] && actor && strcmp(actor, "both"))
                    actor = other_side(t, actor);
            }
            /* (an actor the rule gives -- "Matters of mutual interest ...
             * were discussed" is both sides' -- is no subject the next
             * sentence can go on with; the sentence's first mention is) */
            if (actor && !m->rule->set[F_ACTOR]) {
                if (strcmp(actor, "both")) ds.last_single = actor;
                ds.last_subject = actor;
                subject_told = true;
            }
            bool dup = false;
            for (int q = 0; q < nk; q++) dup |= !strcmp(kinds[q], kind);
            if (dup || nk >= 32) continue;
            kinds[nk++] = kind;
            if (!t) continue;
            char talkno[16], seqno[16];
            snprintf(talkno, sizeof talkno, "%d", si->talk + 1);
            snprintf(seqno, sizeof seqno, "%d", ++seq);
            const char *cells[] = {d->name, arena_strdup(d->arena, talkno),
                                   arena_strdup(d->arena, seqno), kind, actor ? actor : "",
                                   si->topics, doc_span_text(d, d->sents.v[i].span)};
            doc_add_row(d, T_POSITIONS, cells, m->rule->id, d->sents.v[i].span);
        }
        /* The discourse subject for the next sentence: its first actor
         * that no preposition governs ("In his call with Prime Minister
         * Sharif, the Secretary discussed ...": the Secretary). */
        /* (not a quotation's first sentence, its speaker named in the
         * next: '"Japan brings quality and technology, but it moves
         * slowly.' / 'Nigeria must push ...," he told PREMIUM TIMES.') */
        span_t own = d->sents.v[i].span;
        bool quote_goes_on = own.start < own.end && d->text[own.start] == '"' &&
                             quote_marks(d, own.start, own.end, NULL) % 2 == 1;
        if (nc && !quote_goes_on) {
            size_t first = 0;
            /* ('"India wants ... against China," said Mika Takahara, a
             * professor ...': a quotation's subject is its speaker, after
             * it) */
            uint32_t closed = own.start;
            if (own.start < own.end && d->text[own.start] == '"' && quote_marks(d, own.start, own.end, &closed) % 2 == 0)
                while (first < nc && cands[first].span.start < closed) first++;
            if (first == nc) first = 0;
            while (first < nc && in_object_place(x, cands[first].span.start)) first++;
            if (first == nc) first = 0;
            const char *a = cand_actor(&cands[first], &ds);
            /* ("Aditya Nugroho, a researcher at ..., said ...", then "he
             * said", "He cautioned": the analyst) */
            /* (a person: no side that opens on a preposition, "On
             * Ukraine, ...") */
            if (a && !outsider_went_on)
                ds.outsider_spoke = a == OUTSIDER && (cands[first].outsider || cands[first].pronoun) &&
                                    !cands[first].side;
            if (!subject_told && a && a != OUTSIDER) {
                ds.last_subject = a;
                if (strcmp(a, "both")) ds.last_single = a;
            }
        }
    }
}

