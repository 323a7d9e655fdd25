/* participants.c — the people of a talk: mentions read from a sentence,
 * coreference with the people already named ("Minister Sajan" for Harjit
 * Sajjan, "the Secretary"), near misses of office holders, and the side
 * each stands for. */
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

/* How corefer may match: a talk's people (plain, or by_words when two hold
 * the office), or only by title or name (the people named so far) */
typedef enum { COREFER_TALK, COREFER_BY_WORDS, COREFER_SEEN } corefer_t;
static bool corefer(arena_t *a, const talk_t *t, mention_t *p, corefer_t how, const char *implied);
static bool named_before(ex_t *x, mention_t *p);
static bool has_word(const char *s, const char *w);

/* Whether the words of w[0..n) are all words of name, in their order
 * ("Atanásio Ntumuke" in "Atanásio Salvador Ntumuke"). */
static bool words_in_name(const char *name, const char *w, size_t n) {
    const char *h = name;
    for (size_t i = 0; i < n;) {
        size_t len = 0;
        while (i + len < n && w[i + len] != ' ') len++;
        bool found = false;
        for (; h && *h && !found; h++)
            if ((h == name || h[-1] == ' ') && !strncmp(h, w + i, len) && (h[len] == 0 || h[len] == ' '))
                found = true, h += len - 1;
        if (!found) return false;
        i += len;
        while (i < n && w[i] == ' ') i++;
    }
    return n > 0;
}

/* Whether the text at sp is a word of a participant's name, or some of
 * its words in order: "Mr Duale" after "Cabinet Secretary ... Aden Bare
 * Duale", whom no gazetteer knows. */
static bool names_a_participant(const doc_t *d, const talk_t *t, span_t sp) {
    size_t n = sp.end - sp.start;
    if (n < 3) return false;
    for (size_t i = 0; i < t->parts.n; i++)
        if (t->parts.v[i].m.name && words_in_name(t->parts.v[i].m.name, d->text + sp.start, n)) return true;
    return false;
}

/* Whether the word at sp, written after a rank or honorific, is like a
 * word of a participant's name: "General Danford" in a talk of General
 * Joseph Dunford (a translation's spelling; corefer() then picks the
 * nearest). */
static bool like_a_participant(const ex_t *x, const talk_t *t, span_t sp) {
    const char *written = doc_span_text(x->d, sp);
    for (size_t i = 0; i < t->parts.n; i++) {
        const char *name = t->parts.v[i].m.name;
        if (name && people_likeness(x->d->arena, written, name) != INT_MAX) return true;
    }
    return false;
}

/* Whether the name at sp is a word of someone whom no gazetteer knows,
 * named in full before with a side ("Gen Zhang" after "General Zhang
 * Youxia, Vice Chairman of China's Central Military Commission"). */
static bool unknown_named_before(const ex_t *x, span_t sp) {
    const char *w = doc_span_text(x->d, sp);
    for (size_t q = 0; q < x->seen_unknown.parts.n; q++) {
        const char *full = x->seen_unknown.parts.v[q].m.name_text;
        if (full && strchr(full, ' ') && has_word(full, w)) return true;
    }
    return false;
}

/* How many words the text at sp has. */
static int name_words(const doc_t *d, span_t sp) {
    int n = 0;
    for (uint32_t p = sp.start; p < sp.end; p++)
        n += d->text[p] != ' ' && (p == sp.start || d->text[p - 1] == ' ');
    return n;
}

/* Whether w occurs in the text between from and to. */
bool text_has(const doc_t *d, uint32_t from, uint32_t to, const char *w) {
    return to > from && memmem(d->text + from, to - from, w, strlen(w)) != NULL;
}

/* Whether the text at sp is two countries joined by a hyphen
 * ("Korea-Indonesia"). */
static bool countries_pair(const ex_t *x, span_t sp) {
    const char *t = x->d->text;
    const char *dash = memchr(t + sp.start, '-', sp.end - sp.start);
    if (!dash) return false;
    uint32_t mid = (uint32_t)(dash - t);
    return rules_country_code(x->rs, t + sp.start, mid - sp.start) && rules_country_code(x->rs, dash + 1, sp.end - mid - 1);
}

/* Three words or more, all in capitals (not "HR/VP", "SND"). */
static bool all_capitals(const doc_t *d, span_t sp) {
    int blanks = 0;
    for (uint32_t i = sp.start; i < sp.end; i++) {
        if (islower((unsigned char)d->text[i])) return false;
        blanks += d->text[i] == ' ';
    }
    return blanks >= 2;
}

static int title_words_shared(const char *a, const char *b);

/* The one office holder taking part in a talk before t (before all talks
 * so far when t is none of them) whose name has the word p gives alone; p
 * becomes that person. */
static void earlier_participant(ex_t *x, const talk_t *t, mention_t *p) {
    size_t upto = x->talks.n;
    for (size_t k = 0; k < x->talks.n; k++)
        if (t == &x->talks.v[k]) upto = k;
    const mention_t *hit = NULL;
    for (size_t k = 0; k < upto; k++)
        for (size_t q = 0; q < x->talks.v[k].parts.n; q++) {
            const mention_t *m = &x->talks.v[k].parts.v[q].m;
            /* (also one the gazetteer does not know: "State Minister of
             * Defense Oniki", then "State Minister Oniki") */
            const char *theirs = m->holder ? m->holder->name : m->name;
            if (!theirs || !has_word(theirs, p->name_text)) continue;
            if (hit && strcmp(hit->holder ? hit->holder->name : hit->name, theirs)) return;
            hit = m;
        }
    if (!hit) return;
    p->holder = hit->holder;
    p->name = hit->name;
    p->country = hit->country;
    if (!p->office) p->office = hit->office;
    p->unresolved = false;
}

/* "as the Trump administration moves ...", "the Bashar al-Assad regime":
 * a name used as a modifier. */
static bool names_an_era(const doc_t *d, span_t sp) {
    static const char *const eras[] = {"administration", "government", "regime", "era", "cabinet", "doctrine"};
    uint32_t p = sp.end;
    if (p >= d->len || d->text[p] != ' ') return false;
    p++;
    for (size_t k = 0; k < sizeof eras / sizeof *eras; k++) {
        size_t n = strlen(eras[k]);
        if (!strncasecmp(d->text + p, eras[k], n) && !isalpha((unsigned char)d->text[p + n])) return true;
    }
    return false;
}

/* Mentions of a sentence, resolved in the context of a talk. */
/* Whether a group mention's country is one of its own sides. */
static bool country_in_group(const mention_t *p) {
    for (int g = 0; g < p->ngroup; g++)
        if (!strcmp(p->group[g], p->country)) return true;
    return false;
}

void read_mentions(ex_t *x, size_t i, const talk_t *t) {
    sinfo_t *si = &x->si[i];
    si->mentions.n = 0;
    people_ctx_t ctx = {{0}, NULL, 0, false};
    /* (no day known yet: the release's, which is within days of its talks;
     * "King Abdullah" in 2016 is Jordan's, not the Saudi king who died in
     * 2015) */
    ctx.date = t && t->has_date ? t->t.date : x->d->published;
    ctx.date_guessed = !(t && t->has_date);
    if (t) {
        ctx.sides = t->sides.code;
        ctx.nsides = t->sides.n;
    }
    for (size_t k = 0; k < si->part_n; k++) {
        const match_t *m = &x->mv.v[si->part_from + k];
        if (m->dropped) continue;
        /* role=none vetoes the mentions it overlaps ("following the call
         * with Secretary Austin": the talk before) */
        if (rule_has_role(m->rule, "none")) continue;
        /* a bare name counts when the gazetteer or the talk knows it */
        bool bare = rule_has_role(m->rule, "known") &&
                    (m->has >> F_NAME & 1);
        /* (or a full name after a rank, "Lieutenant General Juan Martín
         * Paleo": someone, though no gazetteer knows them; a side must
         * still be found for them) */
        bool ranked = bare && m->span.start < m->group[F_NAME].start && name_words(x->d, m->group[F_NAME]) >= 2;
        /* "Israel" alone is the country, though Israel Katz takes part */
        span_t nm = m->group[F_NAME];
        if (bare && name_words(x->d, nm) == 1 && rules_country_code(x->rs, x->d->text + nm.start, nm.end - nm.start))
            continue;
        /* (and "Korea-Indonesia" of "Vice Minister of National Defense,
         * Korea-Indonesia Vice Defense Ministers' Talks" is a pair of
         * countries, no one's name) */
        if ((m->has >> F_NAME & 1) && countries_pair(x, nm)) continue;
        if (bare && !ranked && !people_may_be_known(x->rs, x->d, m->group[F_NAME]) &&
            !(t && (names_a_participant(x->d, t, m->group[F_NAME]) ||
                    (m->span.start < m->group[F_NAME].start && like_a_participant(x, t, m->group[F_NAME])))) &&
            !unknown_named_before(x, m->group[F_NAME]))
            continue;
        /* (a name used as a modifier is no one at the table) */
        if (names_an_era(x->d, m->span)) continue;
        mention_t p;
        people_mention(x->rs, x->d, m, &p);
        /* "MEETING WITH JAPANESE MINISTER OF DEFENSE": a title in capitals
         * whose country (written in capitals) is unknown is nobody yet */
        if (!p.name_text && !p.country && all_capitals(x->d, m->span)) continue;
        people_resolve(x->rs, x->d, &p, &ctx);
        /* ("Japan-Kuwait Foreign Ministers' Meeting" after a lead naming
         * the Foreign Minister of Qatar: a group is its sides, not one
         * holder of its title from elsewhere) */
        if (p.ngroup && p.country && !p.name_text && !country_in_group(&p)) p.country = NULL, p.holder = NULL;
        /* "Li also held talks with ..." after a talk of "Defense Minister
         * Li Shangfu" (the surname alone is several office holders'): the
         * one participant of an earlier talk who bears it */
        if (p.name_text && !p.holder && (bare ? p.unresolved : !p.country)) earlier_participant(x, t, &p);
        /* (or one named in full before, whom no gazetteer knows: "Gen
         * Zhang" after "General Zhang Youxia, Vice Chairman of China's
         * Central Military Commission") */
        if (bare && p.unresolved && !ranked && !(t && corefer(x->d->arena, t, &p, COREFER_TALK, NULL)) &&
            !named_before(x, &p))
            continue;
        /* ("Governor Ige" after "the Honorable David Y. Ige, Governor of the
         * State of Hawaii": under a title too, the name in full) */
        if (!bare && p.name_text && !p.holder && !strchr(p.name_text, ' ')) {
            mention_t full = p;
            if (named_before(x, &full) && !full.holder && strchr(full.name_text, ' ') &&
                (!p.country || !strcmp(p.country, full.country)))
                p.name_text = p.name = full.name_text, p.country = full.country, p.office = full.office;
        }
        /* (a translation's "the Minister of Kramp-Karenbauer": the title
         * and the name the gazetteer knows are one person) */
        mention_t *prev = si->mentions.n ? &si->mentions.v[si->mentions.n - 1] : NULL;
        if (bare && p.holder && prev && !prev->name_text && !prev->ngroup && prev->title &&
            p.span.start == prev->span.end + 4 && !strncmp(x->d->text + prev->span.end, " of ", 4)) {
            p.span.start = prev->span.start;
            p.title = prev->title;
            *prev = p;
            continue;
        }
        VEC_PUSH(x->d->arena, si->mentions, p);
    }
}


void mention_sides(const mention_t *p, sides_t *s) {
    if (p->country) sides_add(s, p->country);
    for (int g = 0; g < p->ngroup; g++) sides_add(s, p->group[g]);
}

/* Whether every word of `part` is a word of `whole`, in any case: "Oniki"
 * and "ONIKI Makoto" name one person no gazetteer knows. */
static bool words_within(const char *part, const char *whole) {
    for (const char *w = part; *w;) {
        size_t n = strcspn(w, " ");
        bool found = false;
        for (const char *h = whole; *h && !found;) {
            size_t m = strcspn(h, " ");
            found = m == n && !strncasecmp(h, w, n);
            h += m + (h[m] == ' ');
        }
        if (!found) return false;
        w += n + (w[n] == ' ');
    }
    return true;
}

bool same_person(const mention_t *a, const mention_t *b) {
    if (a->holder && b->holder) return !strcmp(a->holder->name, b->holder->name);
    if (!a->country || !b->country || strcmp(a->country, b->country)) return false;
    /* "the UK Minister for the Armed Forces" in a title, "Mr. James
     * Heappey, Minister for the Armed Forces" below: the holder whose
     * gazetteer titles hold the unnamed one's */
    if (!a->name_text && !a->holder && people_titled_as(a, b->holder)) return true;
    if (!b->name_text && !b->holder && people_titled_as(b, a->holder)) return true;
    /* "Qatari Prime Minister Al Thani" in a title, "the Prime Minister and
     * Minister of Foreign Affairs of Qatar, Sheikh Mohammed bin Abdulrahman
     * Al Thani" resolved in the text: one person, whatever the offices */
    if (a->name_text && b->name_text && !a->holder != !b->holder &&
        (words_within(a->name_text, b->name_text) || words_within(b->name_text, a->name_text)))
        return true;
    if (a->office && b->office && strcmp(a->office, b->office)) return false;
    /* `other` is many offices: two names under it are one person only when
     * the names say so ("Sayyid Shihab", Deputy Prime Minister, unknown, is
     * not Giridhar Aramane, Defence Secretary) */
    bool many_offices = a->office && !strcmp(a->office, "other");
    /* ... and two titles under it that share no word are two people
     * ("Kuwait's First Deputy Prime Minister" is not "Kuwait's Ambassador
     * to the US Sheikh Salem"; "Minister of State" may be the "State
     * Minister for Foreign Affairs") */
    if (many_offices && a->title && b->title && !title_words_shared(a->title, b->title)) return false;
    /* (a holder named only by the gazetteer is named by its name: Deputy
     * Secretary Sullivan is not "Acting Assistant Secretary of State ...
     * Philip T. Reeker") */
    const char *an = a->name_text ? a->name_text : a->holder ? a->holder->name : NULL;
    const char *bn = b->name_text ? b->name_text : b->holder ? b->holder->name : NULL;
    if (an && bn && ((!a->holder && !b->holder) || many_offices))
        return words_within(an, bn) || words_within(bn, an);
    return true;
}

const mention_t *talk_person(const talk_t *t, const mention_t *p) {
    for (size_t q = 0; q < t->parts.n; q++)
        if (same_person(&t->parts.v[q].m, p)) return &t->parts.v[q].m;
    return NULL;
}

/* The fullest title any mention of the same person gave; of the same
 * office when `same_office`.  An unnamed mention only makes the title
 * fuller ("the Minister" -> "the Minister of State"), of the same office:
 * "a former Prime Minister of Portugal" is no title of Portugal's foreign
 * minister. */
void take_fuller_title(mention_t *q, const mention_t *p, bool same_office) {
    if (!p->title || (q->title && strlen(p->title) <= strlen(q->title))) return;
    bool unnamed = !p->name_text && !p->holder;
    bool offices_agree = !p->office || !q->office || !strcmp(p->office, q->office);
    if (unnamed && (!offices_agree || (q->title && !strstr(p->title, q->title)))) return;
    if (same_office && !offices_agree) return;
    q->title = p->title;
}

/* Adds a participant, merging with one already known to be that person. */
void talk_add_part(ex_t *x, talk_t *t, const mention_t *p) {
    if (!p->country) return;
    for (size_t i = 0; i < t->parts.n; i++) {
        mention_t *q = &t->parts.v[i].m;
        if (!same_person(q, p)) continue;
        if (!q->holder && p->holder) {
            q->holder = p->holder;
            q->name = p->name;
            if (people_titled_as(q, p->holder)) q->office = p->holder->office;
        } else if (!q->holder && p->name_text &&
                   (!q->name_text || strlen(p->name_text) > strlen(q->name_text))) {
            q->name_text = q->name = p->name_text; /* the fuller name */
        }
        if (!q->office && p->office) q->office = p->office;
        take_fuller_title(q, p, false);
        /* (named again, by the talk's own words: no longer only the lead's
         * guest, who gives way to the talk's people) */
        t->parts.v[i].from_series = t->parts.v[i].from_list = t->parts.v[i].from_group = false;
        return;
    }
    part_t np = {*p, false, false, false};
    VEC_PUSH(x->d->arena, t->parts, np);
    sides_add(&t->sides, p->country);
}

/* p resolved against the gazetteer on talk t's day, when it has one. */
static void resolve_on_talk_day(ex_t *x, const talk_t *t, mention_t *p) {
    people_ctx_t ctx = {t && t->has_date ? t->t.date : (date_t){0}, NULL, 0, false};
    people_resolve(x->rs, x->d, p, &ctx);
}

/* Unnamed participants of a group mention ("the Foreign Ministers of A,
 * B and C", "meetings with the US, France and Germany"). */
void talk_add_group(ex_t *x, talk_t *t, const mention_t *p, const char *office) {
    for (int g = 0; g < p->ngroup; g++) {
        mention_t q = *p;
        q.country = p->group[g];
        q.ngroup = 0;
        q.name = q.name_text = NULL;
        q.holder = NULL;
        if (!q.office) q.office = office;
        if (!p->title) q.title = NULL;
        bool known = false;
        for (size_t i = 0; i < t->parts.n; i++)
            if (!strcmp(t->parts.v[i].m.country, q.country)) known = true;
        if (known) continue;
        resolve_on_talk_day(x, t, &q);
        part_t np = {q, false, false, true};
        VEC_PUSH(x->d->arena, t->parts, np);
        sides_add(&t->sides, q.country);
    }
}

/* The one participant of t with no title, or NULL. */
static const mention_t *sole_untitled(const talk_t *t) {
    const mention_t *one = NULL;
    for (size_t i = 0; i < t->parts.n; i++)
        if (!t->parts.v[i].m.title) {
            if (one) return NULL;
            one = &t->parts.v[i].m;
        }
    return one;
}

/* Whether w is one of the words of s: "Minister Zan" of "Phan Van Zan"
 * (whatever the case: "Minister Yamada" of "YAMADA Kenji"). */
static bool has_word(const char *s, const char *w) {
    size_t n = strlen(w);
    for (const char *at = s; at && *at; at = strchr(at, ' '), at = at ? at + 1 : NULL)
        if (!strncasecmp(at, w, n) && (at[n] == ' ' || !at[n])) return true;
    return false;
}

/* How many words of title a are in title b, small words aside. */
static int title_words_shared(const char *a, const char *b) {
    if (!a || !b) return 0;
    int n = 0;
    for (const char *w = a; *w;) {
        size_t len = strcspn(w, " ");
        bool small = len <= 3; /* of, for, the, and */
        for (const char *v = b; !small && *v;) {
            size_t vl = strcspn(v, " ");
            if (vl == len && !strncasecmp(w, v, len)) {
                n++;
                break;
            }
            v += vl + (v[vl] == ' ');
        }
        w += len + (w[len] == ' ');
    }
    return n;
}

/* A titled mention with no name and no country ("the Secretary", "the
 * Defence Secretary") is the participant with that title or office. */
static bool corefer(arena_t *a, const talk_t *t, mention_t *p, corefer_t how, const char *implied) {
    if (p->country || !t) return p->country != NULL;
    if (!p->title && !p->name_text) return false;
    /* the same title first ("the Defence Secretary"), then the same office,
     * then a name inside the participant's, then a name like it ("Minister
     * Panikkar": Parrikar) */
    const mention_t *hit = NULL;
    /* (two participants of one office the unnamed title fits, "Foreign
     * Minister" and "Minister for Foreign Affairs" for "the Minister": no
     * title is the nearer, and the one named first, the release's own, is
     * meant) */
    bool one_office_twice = false;
    for (size_t i = 0; how == COREFER_TALK && !p->name_text && p->title && i < t->parts.n; i++)
        for (size_t j = i + 1; j < t->parts.n; j++) {
            const mention_t *a1 = &t->parts.v[i].m, *a2 = &t->parts.v[j].m;
            one_office_twice |= a1->title && a2->title && strstr(a1->title, p->title) && strstr(a2->title, p->title) &&
                                a1->office && a2->office && !strcmp(a1->office, a2->office);
        }
    for (int pass = 0; pass < 4 && !hit; pass++) {
        int hits = 0, best = INT_MIN;
        const mention_t *h = NULL;
        if (how == COREFER_SEEN && (pass == 1 || pass == 3)) continue; /* title or name only */
        for (size_t i = 0; i < t->parts.n; i++) {
            const mention_t *q = &t->parts.v[i].m;
            int likeness = pass == 3 && p->name_text && q->name ? people_likeness(a, p->name_text, q->name)
                                                                : INT_MAX;
            /* (a name that is not the participant's is someone else:
             * "Minister Wong" is not "Foreign Minister Joly") */
            bool other_name = p->name_text && q->name && !has_word(q->name, p->name_text) &&
                              !(q->name_text && has_word(q->name_text, p->name_text));
            /* (or a title the holder's gazetteer row gives: "COAS" after
             * "General Qamar Javed Bajwa, Chief of Army Staff") */
            bool ok = pass == 0   ? p->title && ((q->title && strcasestr(q->title, p->title)) ||
                                                 (!p->name_text && q->holder && people_titled_as(p, q->holder))) &&
                                        !other_name
                      /* (`other` is many offices: "Sayyid Shihab, Deputy Prime
                       * Minister" is not the Defence Secretary Aramane, nor
                       * "Minister of Economy Luis Caputo" the unnamed "Under
                       * Secretary") */
                      : pass == 1 ? p->office && q->office && !strcmp(p->office, q->office) &&
                                        !(p->name_text && !strcmp(p->office, "other")) &&
                                        /* (nor "the Chairman", unnamed, the
                                         * State Minister for Foreign Affairs) */
                                        !(!strcmp(p->office, "other") && !title_words_shared(p->title, q->title))
                      : pass == 2 ? p->name_text && ((q->name && (strstr(q->name, p->name_text) ||
                                                                  words_in_name(q->name, p->name_text,
                                                                                strlen(p->name_text)))) ||
                                                     has_word(q->name_text, p->name_text))
                                  : likeness != INT_MAX;
            if (!ok) continue;
            /* "the Pentagon chief" is no participant of another side who
             * merely holds the same office */
            if (pass == 1 && implied && q->country && strcmp(q->country, implied)) continue;
            /* (a full name only like the participant's, under the title
             * of another office, is someone else: "YOSHIKAWA Yumi,
             * Parliamentary Vice-Minister" is not Minister HAYASHI
             * Yoshimasa; a surname misspelt under a second hat is not:
             * "Deputy Prime Minister Purawit", Prawit; nor a full name a
             * letter or two off, "Tea Sayha") */
            if (pass == 3 && p->office && q->office && strcmp(p->office, q->office) && strchr(p->name_text, ' ') &&
                likeness > (int)strlen(p->name_text) / 4)
                continue;
            /* COREFER_BY_WORDS: of two holders of the office, the one whose title
             * has more of this one's words ("the Foreign Secretary" of
             * Mexico's "Secretary of Foreign Affairs", not of the
             * "Secretary of State"); of two names, the nearer */
            /* "The Secretary" is the Secretary of State more than the
             * Cabinet Secretary: a title that begins with it */
            int score = pass == 1 && how == COREFER_BY_WORDS ? title_words_shared(p->title, q->title)
                        : pass == 3 ? -likeness
                        /* (among everyone the release named, "the Secretary"
                         * is the first it named so: its own, Secretary Austin
                         * before "Secretary Teodoro ... thanked the Secretary") */
                        : pass == 0 && !p->name_text && how == COREFER_SEEN ? -(int)i
                        /* (the very title above one it begins: "The Prime
                         * Minister" is Prime Minister Modi, not the one of
                         * "Prime Minister and Foreign Minister Lavrov
                         * reviewed ...") */
                        : pass == 0 && !p->name_text && !one_office_twice
                            ? (q->title && !strncasecmp(q->title, p->title, strlen(p->title))) + (q->title && !strcasecmp(q->title, p->title))
                            : 0;
            /* ... and shares a word of it ("the Pentagon chief" is not
             * the "Defence Minister" of another side) */
            if (pass == 1 && how == COREFER_BY_WORDS && score <= 0) continue;
            if (score > best) h = q, hits = 1, best = score;
            else if (score == best) hits++;
        }
        if (hits == 1) hit = h;
        /* "The Secretary" in a readout of a call of two Secretaries (of
         * State, of Foreign Affairs): the one the text named first, the
         * release's own; so "the Minister" of two whose titles only end
         * with it ("Deputy Prime Minister and Foreign Minister Tajani",
         * "Foreign Minister Kamikawa") */
        if (hits > 1 && pass == 0 && !p->name_text && how == COREFER_TALK) {
            for (size_t i = 0; i < t->parts.n; i++) {
                const mention_t *q = &t->parts.v[i].m;
                bool fits = best > 0 ? q->title && !strncasecmp(q->title, p->title, strlen(p->title))
                                     : q->title && strstr(q->title, p->title);
                if (fits && (!hit || q->span.start < hit->span.start)) hit = q;
            }
        }
        /* "The Minister" when no participant's title says so but one has
         * none ("his Japanese counterpart"): that one */
        if (pass == 0 && !hits && p->title && !p->name_text && how != COREFER_SEEN) {
            hit = sole_untitled(t);
            if (hit && implied && hit->country && strcmp(hit->country, implied)) hit = NULL;
            /* (not of another office: "External Affairs Minister S
             * Jaishankar" is not the defence minister named "Singh") */
            if (hit && p->office && hit->office && strcmp(hit->office, p->office)) hit = NULL;
        }
    }
    if (!hit) return false;
    p->country = hit->country;
    if (!p->office) p->office = hit->office;
    if (!p->holder) p->holder = hit->holder, p->name = hit->name;
    return true;
}

/* A mention with no country: the participant it refers to, else the side
 * its title implies (resolved again with that side), else the participant
 * whose title is most like its own. */
/* "Foreign Minister Kasoulides", whom no gazetteer knows: the "Ioannis
 * Kasoulides, Minister of Foreign Affairs of the Republic of Cyprus" named
 * before (one person of one country bears the word). */
/* "Prime Minister Al Thani", a family name the gazetteer leaves out, after
 * "Qatari Prime Minister and Minister of Foreign Affairs Sheikh Mohammed
 * bin Abdulrahman Al Thani": the one office holder named so far whose name
 * has the words (hyphens aside), in the office he was named in. */
/* p is the office holder `hit` named before in the release. */
static void take_seen(mention_t *p, const mention_t *hit) {
    p->country = hit->country;
    p->holder = hit->holder;
    p->name = hit->name;
    p->office = hit->office;
    take_fuller_title(p, hit, false);
}

/* The one office holder named so far in the release whose name `fits` the
 * mention's (both folded): p becomes that holder; none, or two, leave it. */
static bool take_unique_seen(ex_t *x, mention_t *p, bool (*fits)(arena_t *a, const char *w, const char *name)) {
    arena_t *a = x->d->arena;
    const char *w = norm_fold(a, p->name_text, strlen(p->name_text));
    const mention_t *hit = NULL;
    for (size_t q = 0; q < x->seen.parts.n; q++) {
        const mention_t *s = &x->seen.parts.v[q].m;
        if (!s->holder || !fits(a, w, norm_fold(a, s->holder->name, strlen(s->holder->name)))) continue;
        if (hit && hit->holder != s->holder) return false;
        hit = s;
    }
    if (!hit) return false;
    take_seen(p, hit);
    return true;
}

static bool name_within(arena_t *a, const char *w, const char *name) {
    (void)a;
    return words_within(w, name);
}

static bool seen_holder_named(ex_t *x, mention_t *p) { return take_unique_seen(x, p, name_within); }

/* (a word of the name, same first two letters, two edits at most) */
static bool near_a_word_of(arena_t *a, const char *w, const char *name) {
    for (const char *t = name; *t;) {
        size_t n = strcspn(t, " ");
        char *word = arena_strndup(a, t, n);
        if (n >= 3 && !strncmp(word, w, 2) && people_distance(w, word, 2) <= 2) return true;
        t += n + (t[n] == ' ');
    }
    return false;
}

/* (the words of w those of the name, but one a near miss of one of them:
 * "Al Bowaldi" of "Mohammed bin Ahmed Al Bowardi") */
static bool near_miss_of_a_word(arena_t *a, const char *w, const char *name) {
    int misses = 0;
    for (const char *t = w; *t;) {
        size_t n = strcspn(t, " ");
        char *word = arena_strndup(a, t, n);
        if (!words_within(word, name) && (++misses > 1 || !near_a_word_of(a, word, name))) return false;
        t += n + (t[n] == ' ');
    }
    return misses == 1;
}

/* A name nobody knows, the one participant of talk t it may be spelt
 * otherwise by the translation: a near miss of the holder's name ("Minister
 * of State Al Bowaldi" of Al Bowardi), or, for a participant the gazetteer
 * did not know either, under a title within theirs ("Saudi Arabia side:
 * Deputy Minister of Defense Khaled", then "Deputy Minister Harid
 * welcomed ..."). */
static void participant_spelt_otherwise(ex_t *x, const talk_t *t, mention_t *p) {
    if (!t) return;
    arena_t *a = x->d->arena;
    const char *w = norm_fold(a, p->name_text, strlen(p->name_text));
    const mention_t *hit = NULL;
    for (size_t k = 0; k < t->parts.n; k++) {
        const mention_t *m = &t->parts.v[k].m;
        if (!m->country) continue;
        bool alike = m->holder ? near_miss_of_a_word(a, w, norm_fold(a, m->holder->name, strlen(m->holder->name)))
                               : m->name_text && m->title && p->title && words_within(p->title, m->title);
        if (!alike) continue;
        if (hit) return;
        hit = m;
    }
    if (!hit) return;
    take_seen(p, hit);
    if (!hit->holder) p->name_text = hit->name_text;
}

/* "Minister Sin" after "Indian Defense Minister Rajnath Singh": a name the
 * gazetteer lacks, one word of it a near miss of a word of the name of
 * exactly one office holder named before in the release: a translation's
 * misspelling. */
static bool seen_near_miss(ex_t *x, mention_t *p) {
    if (strlen(p->name_text) < 3) return false;
    return take_unique_seen(x, p, near_miss_of_a_word);
}

static bool named_before(ex_t *x, mention_t *p) {
    const mention_t *hit = NULL;
    for (size_t q = 0; q < x->seen_unknown.parts.n; q++) {
        const mention_t *s = &x->seen_unknown.parts.v[q].m;
        if (!has_word(s->name_text, p->name_text)) continue;
        if (hit && strcmp(hit->country, s->country)) return false;
        hit = s;
    }
    if (!hit) return seen_holder_named(x, p);
    p->country = hit->country;
    if (!p->office) p->office = hit->office;
    p->name_text = p->name = hit->name_text;
    return true;
}

/* Where the sentence at sp starts its words, past a section's number
 * ("2 Participants"). */
static uint32_t words_start(const doc_t *d, span_t sp) {
    uint32_t at = sp.start;
    while (at < sp.end && !isalpha((unsigned char)d->text[at])) at++;
    while (at < sp.end && isdigit((unsigned char)d->text[at])) at++;
    return at;
}

/* "1 Republic of Djibouti" / "(1) Meeting with Minister of Defense
 * Bahdon" / "... held a meeting with Minister of Defense Ali Hassan
 * Bahdon": the country a section's heading names alone is that of the
 * people in it the gazetteer does not know. */
static const char *country_of_section(ex_t *x, const mention_t *p) {
    const doc_t *d = x->d;
    for (int i = p->sent, looked = 0; i-- > 0 && looked < 16; looked++) {
        if (d->sents.v[i].flags == SENT_TITLE || d->sents.v[i].flags == SENT_DATELINE) return NULL;
        /* (a numbered heading: not "Japanese", a link to the page in
         * Japanese) */
        span_t sp = d->sents.v[i].span;
        uint32_t at = words_start(d, sp), end = sp.end;
        while (at < end && (d->text[at] == ' ' || d->text[at] == '.')) at++;
        /* (the number may be a list's marker, before the item's text: "2.
         * Qatar") */
        uint32_t mark = at;
        while (mark > 0 && strchr(" .)", d->text[mark - 1])) mark--;
        if (end - at > 40 || mark == 0 || !isdigit((unsigned char)d->text[mark - 1])) continue;
        const char *code = rules_country_code(x->rs, d->text + at, end - at);
        if (code) return code;
    }
    return NULL;
}

/* Whether the sentence at sp opens an attendee list ("Attendees:", "2
 * Participants"). */
static bool names_attendees(const doc_t *d, span_t sp) {
    uint32_t at = words_start(d, sp);
    return !strncasecmp(d->text + at, "Attendees", 9) || !strncasecmp(d->text + at, "Participants", 12) ||
           !strncasecmp(d->text + at, "Attendance", 10);
}

/* Whether sentence i opens with a side's label: "Australia: Richard
 * Marles, ...", "Japan side: ...". */
bool side_label_line(const ex_t *x, size_t i) {
    const doc_t *d = x->d;
    span_t sp = d->sents.v[i].span;
    uint32_t from = sp.start;
    while (from < sp.end && !isalpha((unsigned char)d->text[from])) from++;
    const char *colon = memchr(d->text + from, ':', sp.end - from);
    if (!colon || colon - (d->text + from) > 40) return false;
    size_t n = (size_t)(colon - (d->text + from));
    if (n > 5 && !strncmp(colon - 5, " side", 5)) n -= 5;
    return rules_country_code(x->rs, d->text + from, n) != NULL;
}

/* Whether sentence i is a side's line under a heading of attendees, after
 * the lines of the sides before it: "2 Participants" / "Japan: General
 * Koji Yamazaki, Chief of Staff, Joint Staff" / "United States: General
 * Mark Miley, ..." (one person a line, no "and others"). */
static bool under_attendees(const ex_t *x, size_t i) {
    /* (a list of a dozen sides at most: the look back stays short) */
    for (size_t lines = 0; i-- > 0 && lines < 12; lines++) {
        span_t sp = x->d->sents.v[i].span;
        if (names_attendees(x->d, sp)) return sp.end - sp.start <= 40;
        if (!side_label_line(x, i)) return false;
    }
    return false;
}

/* "Attendees: (Japan) Defense Minister Onodera, Ambassador to the
 * Philippines Urabe and others / (Philippines) ...", "Japan side: ...": in
 * an attendee list, the side marker last before the mention. */
const char *side_marker_before(ex_t *x, const mention_t *p) {
    const doc_t *d = x->d;
    if (p->sent < 0 || (size_t)p->sent >= d->sents.n) return NULL;
    span_t s = d->sents.v[p->sent].span;
    uint32_t at = words_start(d, s);
    bool list = names_attendees(d, s) || d->text[s.start] == '(';
    const char *found = NULL, *label = NULL;
    /* (a side's line is a list of people: "; " between them, or "and
     * others" at its end: "Japan: Minister of Defense Kono, State Minister
     * of Defense Yamamoto, and others") */
    uint32_t tail = s.end;
    while (tail > s.start && (d->text[tail - 1] == '.' || d->text[tail - 1] == ' ')) tail--;
    bool people_line = memchr(d->text + s.start, ';', s.end - s.start) ||
                       (tail - s.start > 10 && !strncmp(d->text + tail - 10, "and others", 10)) ||
                       under_attendees(x, (size_t)p->sent);
    for (uint32_t q = s.start; q < p->span.start; q++) {
        if (list && d->text[q] == '(') {
            const char *close = memchr(d->text + q, ')', p->span.start - q);
            if (!close) continue;
            size_t n = (size_t)(close - (d->text + q + 1));
            const char *code = rules_country_code(x->rs, d->text + q + 1, n);
            if (!code && n > 5 && !strncmp(close - 5, " side", 5)) /* "(Japan side)" */
                code = rules_country_code(x->rs, d->text + q + 1, n - 5);
            if (code) found = code;
        } else if (d->text[q] == ':' && q > s.start && (q + 1 >= p->span.start || d->text[q + 1] == ' ') &&
                   people_line && (label = rules_country_code(x->rs, d->text + at, q - at))) {
            /* "U.S.: Secretary of Defense Chuck Hagel; Deputy Secretary of
             * Defense Ashton B. Carter": a side's line of a participants
             * list */
            found = label;
        } else if (d->text[q] == ':' && q >= s.start + 6 && !strncmp(d->text + q - 5, " side", 5)) {
            uint32_t b = q - 5; /* "Japan side:", "Japanese side:" */
            while (b > s.start && (isalpha((unsigned char)d->text[b - 1]) || d->text[b - 1] == '-')) b--;
            /* (the whole label first: "Saudi Arabia side:") */
            const char *code = at < b ? rules_country_code(x->rs, d->text + at, q - 5 - at) : NULL;
            if (!code) code = rules_country_code(x->rs, d->text + b, q - 5 - b);
            if (code) found = code;
        }
    }
    return found;
}

static void settle_one(ex_t *x, const talk_t *t, mention_t *p);

void settle_country(ex_t *x, const talk_t *t, mention_t *p) {
    if (p->country) return;
    mention_t was = *p;
    settle_one(x, t, p);
    /* ("Japan-Kuwait Foreign Ministers' Meeting" after a lead naming the
     * Foreign Minister of Qatar: a group is one of its own sides, or none) */
    if (p->ngroup && p->country && !country_in_group(p)) *p = was;
}

/* Whether the unnamed title p opens its clause: "the Minister" and then
 * its verb, not an apposition ("with Mr Wang Yi, Director of the Office
 * ...", "with Mr Jaishankar, the External Affairs Minister of India, ..."). */
static bool subject_title(const doc_t *d, const mention_t *p) {
    if (!word_before(d, p->span.start, "the ")) return false;
    uint32_t at = p->span.end;
    while (at < d->len && d->text[at] == ' ') at++;
    if (at >= d->len || !islower((unsigned char)d->text[at])) return false;
    static const char *const small[] = {"of ", "for ", "and ", "to ", "in ", "at ", "on ", NULL};
    for (int k = 0; small[k]; k++)
        if (!strncmp(d->text + at, small[k], strlen(small[k]))) return false;
    return true;
}

/* t without the person an opening "with" phrase of p's sentence names:
 * "In his call with Minister Kamikawa, the Minister welcomed ..." -- the
 * unnamed title is the one who had the call, not the one it was with
 * (elsewhere in a sentence the title may well be the person named before:
 * "called on President Widodo, where the President welcomed").  t itself
 * when there is none. */
static const talk_t *talk_but_named_beside(ex_t *x, const talk_t *t, const mention_t *p, talk_t *scratch) {
    if (!t || p->name_text || p->sent < 0 || (size_t)p->sent >= x->d->sents.n || !subject_title(x->d, p)) return t;
    const sinfo_t *si = &x->si[p->sent];
    *scratch = *t;
    scratch->parts.v = NULL, scratch->parts.n = scratch->parts.cap = 0;
    for (size_t i = 0; i < t->parts.n; i++) {
        bool beside = false;
        for (size_t k = 0; k < si->mentions.n && !beside; k++) {
            const mention_t *q = &si->mentions.v[k];
            beside = q->span.end < p->span.start && q->name_text && word_before(x->d, q->span.start, "with ") &&
                     memchr(x->d->text + q->span.end, ',', p->span.start - q->span.end) &&
                     same_person(q, &t->parts.v[i].m);
        }
        if (!beside) VEC_PUSH(x->d->arena, scratch->parts, t->parts.v[i]);
    }
    return scratch->parts.n == t->parts.n ? t : scratch;
}

static void settle_one(ex_t *x, const talk_t *t, mention_t *p) {
    talk_t others;
    t = talk_but_named_beside(x, t, p, &others);
    const char *marked = side_marker_before(x, p);
    if (marked) {
        p->country = marked;
        return;
    }
    mention_t bare = *p; /* the side its title implies, if any */
    const char *implied = people_title_country(x->rs, &bare) ? bare.country : NULL;
    /* "The Prime Minister spoke to Prime Minister Kishida" from "10
     * Downing Street and The Rt Hon Boris Johnson MP": an office no side
     * is told by, which the release's author holds, is the author */
    if (!implied && !p->name_text && p->office && x->has_author && x->author.holder && x->author.office &&
        !strcmp(p->office, x->author.office)) {
        take_seen(p, &x->author);
        return;
    }
    if (corefer(x->d->arena, t, p, COREFER_TALK, implied)) return;
    if (!implied) {
        if (!p->name_text && !corefer(x->d->arena, t, p, COREFER_BY_WORDS, NULL) &&
            !corefer(x->d->arena, &x->seen, p, COREFER_SEEN, NULL))
            corefer(x->d->arena, &x->seen_unknown, p, COREFER_SEEN, NULL); /* "the Deputy Secretary" */
        /* "Minister Wong" (Penny Wong or Lawrence Wong?): the office holder
         * of that name met earlier in the release (its byline) */
        else if (p->name_text && !p->holder && x->has_author && has_word(x->author.name_text, p->name_text))
            p->country = x->author.country, p->office = p->office ? p->office : x->author.office,
            p->holder = x->author.holder, p->name = x->author.name;
        else if (p->name_text && !p->holder && !named_before(x, p) && !seen_near_miss(x, p))
            participant_spelt_otherwise(x, t, p);
        if (!p->country && p->name_text && !p->holder && (p->country = country_of_section(x, p)))
            resolve_on_talk_day(x, t, p);
        return;
    }
    /* the side an unnamed title implies ("Foreign Secretary": GB) is not
     * one of a talk's two or more: the participant whose title is most
     * like it */
    if (t && t->sides.n >= 2 && !p->name_text && !sides_has(&t->sides, implied) &&
        corefer(x->d->arena, t, p, COREFER_BY_WORDS, NULL))
        return;
    p->country = implied;
    resolve_on_talk_day(x, t, p);
}
