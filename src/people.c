/* people.c — resolve: mentions of people to office holders. */
#define _DEFAULT_SOURCE
#include "people.h"

#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "norm.h"
#include "temporal.h"

bool people_in_office(const holder_t *h, date_t d) {
    if (!d.y) return true;
    long t = temporal_days(d);
    if (h->start.y && t < h->start_day) return false;
    if (h->end.y && t > h->end_day) return false;
    return true;
}

/* How many days date lies outside h's term, 0 within it. */
static long days_from_term(const holder_t *h, date_t d) {
    long t = temporal_days(d);
    if (h->start.y && t < h->start_day) return h->start_day - t;
    if (h->end.y && t > h->end_day) return t - h->end_day;
    return 0;
}

/* Whether the word ending just before `at` in `title` makes an office of
 * the one after it its deputy's ("Deputy Secretary General", "Vice-
 * President", "Assistant Secretary of State"). */
static bool deputy_before(const char *title, const char *at) {
    static const char *const words[] = {"deputy", "vice", "assistant", "under", "associate"};
    const char *e = at;
    while (e > title && (e[-1] == ' ' || e[-1] == '-')) e--;
    const char *b = e;
    while (b > title && isalpha((unsigned char)b[-1])) b--;
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if ((size_t)(e - b) == strlen(words[k]) && !strncasecmp(b, words[k], (size_t)(e - b))) return true;
    return false;
}

/* Whether the title opens on a deputy's word ("Vice Minister", "Deputy
 * Secretary of State", "Vice-Minister"), not of a leader's office that
 * ministers hold besides their own ("Deputy Prime Minister Marles",
 * "Vice President", "Vice Premier"). */
static bool deputy_title(const char *title) {
    const char *gap = title ? strpbrk(title, " -") : NULL;
    if (!gap || !deputy_before(title, gap + 1)) return false;
    static const char *const leaders[] = {"Prime ", "Premier", "President", "Chair"};
    for (size_t k = 0; k < sizeof leaders / sizeof *leaders; k++)
        if (!strncasecmp(gap + 1, leaders[k], strlen(leaders[k]))) return false;
    return true;
}

/* Whether the n bytes at s and t are alike, case aside and "Defence" as
 * "Defense" (a translation spells an office the American way). */
static bool same_title_words(const char *s, const char *t, size_t n) {
    for (size_t i = 0; i < n; i++) {
        int a = tolower((unsigned char)s[i]), b = tolower((unsigned char)t[i]);
        if (a == b) continue;
        if (!((a == 'c' || a == 's') && (b == 'c' || b == 's') && i >= 5 &&
              !strncasecmp(t + i - 5, "defen", 5)))
            return false;
    }
    return true;
}

/* Whether `title` holds one of the |-joined `titles`, case aside (not as
 * its deputy's). */
static bool bears_title(const char *title, const char *titles) {
    if (!title) return false;
    for (const char *t = titles; *t;) {
        size_t n = strcspn(t, "|");
        for (const char *s = title; strlen(s) >= n; s++)
            if (n && same_title_words(s, t, n) && !deputy_before(title, s)) return true;
        t += n + (t[n] == '|');
    }
    return false;
}

/* A holder of an office many kinds of officials share (`other`: gazetteer
 * titles) is only guessed at -- unnamed, misspelt, or as the later of a
 * person's terms -- for a mention whose title names that office. */
static bool title_fits(const char *title, const holder_t *h) {
    return !h->titles || bears_title(title, h->titles);
}

const holder_t *people_holder_on(const ruleset_t *rs, const char *country,
                                 const char *office, const char *title, date_t date) {
    if (!country || !office || !date.y) return NULL;
    const holder_t *found = NULL;
    const size_t *idx;
    size_t n = rules_holders_of(rs, country, &idx);
    for (size_t i = 0; i < n; i++) {
        const holder_t *h = &rs->holders.v[idx[i]];
        if (strcmp(h->office, office)) continue;
        /* "the U.S. Deputy Secretary of State" (office other) is not the
         * National Security Advisor, another holder of an `other` office */
        if (!title_fits(title, h)) continue;
        if (!people_in_office(h, date)) continue;
        /* Handover days have two holders: the later one took part only if
         * the talk was after the change, which the day alone cannot say;
         * keep the incoming holder (the term that starts that day). */
        if (found && strcmp(found->name, h->name)) {
            long t = temporal_days(date);
            if (h->start.y && temporal_days(h->start) == t) found = h;
            else if (!(found->start.y && temporal_days(found->start) == t)) return NULL;
            continue;
        }
        found = h;
    }
    return found;
}

int people_distance(const char *a, const char *b, int max) {
    size_t la = strlen(a), lb = strlen(b);
    if ((int)(la > lb ? la - lb : lb - la) > max) return max + 1;
    if (la > 63 || lb > 63) return max + 1;
    int prev[64], cur[64];
    for (size_t j = 0; j <= lb; j++) prev[j] = (int)j;
    for (size_t i = 1; i <= la; i++) {
        cur[0] = (int)i;
        int best = cur[0];
        for (size_t j = 1; j <= lb; j++) {
            int c = prev[j - 1] + (a[i - 1] != b[j - 1]);
            if (prev[j] + 1 < c) c = prev[j] + 1;
            if (cur[j - 1] + 1 < c) c = cur[j - 1] + 1;
            cur[j] = c;
            if (c < best) best = c;
        }
        if (best > max) return max + 1;
        memcpy(prev, cur, sizeof(int) * (lb + 1));
    }
    return prev[lb];
}

/* The edit distance of written to cand when within two fifths of the
 * longer of them, rounded (at least 1 from three letters: the "U." of
 * "Japan-U.S." is not the "E." of "Stephen E. Biegun"), INT_MAX beyond. */
static int likeness_to(const char *written, const char *cand) {
    size_t lw = strlen(written), lc = strlen(cand), longer = lc > lw ? lc : lw;
    int max = (longer * 2 + 2) / 5 > 1 ? (int)((longer * 2 + 2) / 5) : longer >= 3;
    int d = people_distance(written, cand, max);
    return d <= max ? d : INT_MAX;
}

/* The likeness of w to n as a whole or to its nearest word. */
static int likeness_to_name(arena_t *a, const char *w, const char *n) {
    int best = likeness_to(w, n);
    for (const char *v = n; *v;) { /* or one of its words: "Rudrian" of Le Drian */
        size_t len = strcspn(v, " ");
        int d = likeness_to(w, arena_strndup(a, v, len));
        if (d < best) best = d;
        v += len;
        while (*v == ' ') v++;
    }
    return best;
}

int people_likeness(arena_t *a, const char *written, const char *name) {
    char *w = norm_fold(a, written, strlen(written)), *n = norm_fold(a, name, strlen(name));
    /* a long name is within two fifths of another that shares its first
     * words ("Khalid bin Hussein Al-Bayari", Khalid bin Salman Al Saud): of
     * three words or more, the last must be like a word of the name */
    const char *last = strrchr(w, ' ');
    if (last && strchr(w, ' ') != last && likeness_to_name(a, last + 1, n) == INT_MAX) return INT_MAX;
    return likeness_to_name(a, w, n);
}

const char *people_given_name_first(arena_t *a, const char *name) {
    size_t n = strlen(name), sur = 0;
    while (sur < n && (isupper((unsigned char)name[sur]) || name[sur] == '-')) sur++;
    /* (three letters at least: "UK Minister" is no surname) */
    bool shaped = sur >= 3 && sur < n && name[sur] == ' ';
    /* (the rest in words of a capital and small letters: not "SECRETARY
     * MANALO", not "UK Minister") */
    for (size_t i = sur + 1; shaped && i < n; i++) {
        bool word_start = name[i - 1] == ' ';
        if (word_start && !isupper((unsigned char)name[i])) shaped = false;
        if (!word_start && name[i] != ' ' && isupper((unsigned char)name[i]) && name[i - 1] != '-') shaped = false;
    }
    if (!shaped) return name;
    char *out = arena_alloc(a, n + 1);
    size_t given = n - sur - 1;
    memcpy(out, name + sur + 1, given);
    out[given] = ' ';
    for (size_t i = 0; i < sur; i++)
        out[given + 1 + i] = i == 0 || name[i - 1] == '-' ? name[i] : (char)tolower((unsigned char)name[i]);
    out[n] = 0;
    return out;
}

/* Drops leading honorifics and trailing post-nominals, word by word. */
static const char *clean_name(const ruleset_t *rs, doc_t *d, const char *s) {
    const lexicon_t *hon = rules_lexicon(rs, "honorifics");
    const lexicon_t *post = rules_lexicon(rs, "postnominals");
    const char *b = s;
    const char *e = s + strlen(s);
    for (bool again = true; again;) {
        again = false;
        while (*b == ' ') b++;
        /* longest honorific prefix made of whole words */
        for (const char *p = e; p > b; p--) {
            if (p != e && *p != ' ') continue;
            if (hon && lexicon_find(hon, b, (size_t)(p - b))) {
                b = p;
                again = true;
                break;
            }
        }
    }
    for (bool again = true; again;) {
        again = false;
        while (e > b && (e[-1] == ' ' || e[-1] == ',')) e--;
        const char *p = e;
        while (p > b && p[-1] != ' ') p--;
        /* (with the sentence's period: "the Hon Nanaia Mahuta MP.") */
        if (p > b && post &&
            (lexicon_find(post, p, (size_t)(e - p)) ||
             (e - p > 1 && e[-1] == '.' && lexicon_find(post, p, (size_t)(e - p - 1))))) {
            e = p;
            again = true;
        }
    }
    /* "Deputy Secretary Campbell's Meeting": the possessive is no part of
     * the name */
    if (e - b > 2 && e[-2] == '\'' && e[-1] == 's') e -= 2;
    else if (e - b > 1 && e[-1] == '\'') e--;
    /* the sentence's period is no part of "Gabriela Sommerfeld."; an
     * initial's is ("Lloyd J.") */
    if (e - b > 2 && e[-1] == '.' && e[-2] != '.' && e[-3] != ' ' && e[-3] != '.' &&
        islower((unsigned char)e[-2]))
        e--;
    if (e <= b) return NULL;
    return arena_strndup(d->arena, b, (size_t)(e - b));
}

/* The surname after an initial run into it ("S.Lavrov", "J.Kulubaev", as
 * Central Asian ministries write them), or NULL. */
static const char *after_run_in_initial(const char *s, size_t n) {
    return n > 3 && isupper((unsigned char)s[0]) && s[1] == '.' && isupper((unsigned char)s[2]) ? s + 2 : NULL;
}

bool people_may_be_known(const ruleset_t *rs, doc_t *d, span_t name) {
    const char *text = d->text + name.start, *surname = after_run_in_initial(text, name.end - name.start);
    if (surname) text = surname;
    char *key = norm_fold(d->arena, text, name.end - (uint32_t)(text - d->text));
    for (char *w = key; *w;) {
        size_t len = strcspn(w, " ");
        char end = w[len];
        w[len] = 0;
        bool known = rules_name_word(rs, w);
        w[len] = end;
        if (known) return true;
        w += len;
        w += strspn(w, " ");
    }
    return false;
}

/* Whether the name follows its title after a comma: "the Vietnamese
 * Foreign Minister, Dr. Al Zayani reviewed ..." may be two people. */
static bool after_comma(const doc_t *d, const match_t *m) {
    if (!(m->has >> F_NAME & 1) || !(m->has >> F_TITLE & 1)) return false;
    for (uint32_t i = m->group[F_TITLE].end; i < m->group[F_NAME].start; i++)
        if (d->text[i] == ',') return true;
    return false;
}

/* Whether the gazetteer knows the name exactly, and only in countries
 * other than `country`: then it is not that country's title holder. */
static bool known_elsewhere(const ruleset_t *rs, doc_t *d, const char *name, const char *country) {
    char *key = norm_fold(d->arena, name, strlen(name));
    size_t first, n = rules_holders_named(rs, key, &first);
    for (size_t k = 0; k < n; k++)
        if (!strcmp(rs->holders.v[rs->holder_keys[first + k].holder].country, country)) return false;
    return n > 0;
}

void people_mention(const ruleset_t *rs, doc_t *d, const match_t *m, mention_t *o) {
    memset(o, 0, sizeof *o);
    o->m = m;
    o->span = m->span;
    o->sent = m->sent;
    o->role = m->rule->set[F_ROLE] ? m->rule->set[F_ROLE] : "person";
    const char *title = match_group(d, m, F_TITLE);
    if (title && *title) {
        size_t tl = strlen(title);
        const lex_entry_t *e = lexicon_find(rs->title_lex, title, tl);
        /* a group's plural title ("Foreign Ministers") is the singular's */
        bool plural = !e && tl > 1 && title[tl - 1] == 's' &&
                      (e = lexicon_find(rs->title_lex, title, tl - 1)) != NULL;
        o->title = plural ? arena_strndup(d->arena, title, tl - 1) : title;
        o->office = people_title_office(rs, o->title);
    }
    if (m->rule->set[F_OFFICE]) o->office = m->rule->set[F_OFFICE];
    const char *country = match_group(d, m, F_COUNTRY);
    if (country) o->country = rules_country_code(rs, country, strlen(country));
    const char *list = match_group(d, m, F_COUNTRIES);
    if (list) {
        /* "Australia, Brazil, India, and the Republic of Korea" */
        VEC(const char *) codes = {0};
        /* Split at commas and at " and ". */
        char *copy = arena_strdup(d->arena, list);
        for (char *a; (a = strstr(copy, " and "));) {
            a[0] = ',';
            memset(a + 1, ' ', 4);
        }
        char *save = NULL;
        for (char *piece = strtok_r(copy, ",", &save); piece; piece = strtok_r(NULL, ",", &save)) {
            while (*piece == ' ') piece++;
            size_t n = strlen(piece);
            while (n && piece[n - 1] == ' ') n--;
            const char *code = n ? rules_country_code(rs, piece, n) : NULL;
            if (code) {
                VEC_PUSH(d->arena, codes, code);
                continue;
            }
            /* "Japan-Canada" in a heading: the countries joined by hyphens */
            for (size_t a = 0, b = 0; b <= n; b++) {
                if (b < n && piece[b] != '-') continue;
                const char *c = b > a ? rules_country_code(rs, piece + a, b - a) : NULL;
                if (c) VEC_PUSH(d->arena, codes, c);
                a = b + 1;
            }
        }
        o->group = codes.v;
        o->ngroup = (int)codes.n;
    }
    const char *name = match_group(d, m, F_NAME);
    if (name && *name && o->country && after_comma(d, m) && known_elsewhere(rs, d, name, o->country))
        o->span.end = m->group[F_TITLE].end; /* the title alone */
    else if (name && *name) {
        o->name_text = clean_name(rs, d, name);
        o->name = o->name_text;
    }
}

static char *without_initials(arena_t *a, const char *key) {
    sbuf_t b;
    sbuf_init(&b, a);
    const char *p = key;
    bool changed = false;
    while (*p) {
        const char *e = strchr(p, ' ');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n == 1) changed = true;
        else {
            if (b.len) sbuf_addc(&b, ' ');
            sbuf_add(&b, p, n);
        }
        p += n;
        while (*p == ' ') p++;
    }
    return changed ? (char *)sbuf_str(&b) : NULL;
}

static char *swap_two(arena_t *a, const char *key) {
    const char *sp = strchr(key, ' ');
    if (!sp || strchr(sp + 1, ' ')) return NULL;
    return arena_printf(a, "%s %.*s", sp + 1, (int)(sp - key), key);
}

static bool side_known(const people_ctx_t *c, const char *code) {
    for (int i = 0; i < c->nsides; i++)
        if (!strcmp(c->sides[i], code)) return true;
    return false;
}

/* Holders a near miss may name, in file order (so that ties break as they
 * always did): the mention's country, else the talk's sides, else all
 * (NULL: every index). */
static int cmp_size(const void *a, const void *b) {
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return (x > y) - (x < y);
}

static const size_t *near_miss_pool(const ruleset_t *rs, arena_t *a, const char *country,
                                    const people_ctx_t *ctx, size_t *n) {
    const size_t *idx;
    if (country) {
        *n = rules_holders_of(rs, country, &idx);
        return idx;
    }
    if (!ctx || !ctx->nsides) {
        *n = rs->holders.n;
        return NULL;
    }
    size_t total = 0;
    for (int s = 0; s < ctx->nsides; s++) total += rules_holders_of(rs, ctx->sides[s], &idx);
    size_t *pool = arena_alloc(a, sizeof *pool * (total + 1)), k = 0;
    for (int s = 0; s < ctx->nsides; s++) {
        size_t m = rules_holders_of(rs, ctx->sides[s], &idx);
        bool dup = false; /* a side named twice */
        for (int t = 0; t < s; t++) dup |= !strcmp(ctx->sides[t], ctx->sides[s]);
        if (!dup) memcpy(pool + k, idx, m * sizeof *pool), k += m;
    }
    qsort(pool, k, sizeof *pool, cmp_size);
    *n = k;
    return pool;
}

typedef VEC(const holder_t *) holders_t;

/* Keeps the candidates that pass `keep`, unless none would. */
#define NARROW(arena, cands, cond)                                             \
    do {                                                                       \
        holders_t kept_ = {0};                                                 \
        for (size_t i_ = 0; i_ < (cands).n; i_++) {                            \
            const holder_t *h = (cands).v[i_];                                 \
            if (cond) VEC_PUSH(arena, kept_, h);                               \
        }                                                                      \
        if (kept_.n) (cands) = kept_;                                          \
    } while (0)

/* ... the fewest of any term of h's among the candidates (one person may
 * hold an office twice). */
static long days_from_terms(const holders_t *c, const holder_t *h, date_t d) {
    long least = days_from_term(h, d);
    for (size_t i = 0; i < c->n; i++) {
        long days = strcmp(c->v[i]->name, h->name) ? least : days_from_term(c->v[i], d);
        if (days < least) least = days;
    }
    return least;
}

static const holder_t *unique_person(holders_t *c) {
    if (!c->n) return NULL;
    for (size_t i = 1; i < c->n; i++)
        if (strcmp(c->v[i]->name, c->v[0]->name)) return NULL;
    return c->v[0];
}

/* The office of a title the list lacks that is a listed one with its
 * portfolio after it ("Minister of Industry and Advanced Technology",
 * "Deputy Prime Minister and Minister for Trade and Industry"): the listed
 * title's, or "other" when it names none -- the foreign and defence
 * portfolios are all in the list, so a minister of another is neither. */
static const char *portfolio_office(const ruleset_t *rs, const char *title, size_t tl) {
    /* (titles joined by "and": the first of them that names a minister's
     * office, "Deputy Prime Minister and Minister of Foreign Affairs",
     * "Minister for Foreign Affairs and Minister for Defence") */
    for (const char *from = title; from;) {
        const char *and = strstr(from, " and ");
        size_t n = and ? (size_t)(and - from) : tl - (size_t)(from - title);
        const lex_entry_t *e = lexicon_find(rs->title_lex, from, n);
        if (e && e->value && *e->value && strcmp(e->value, "other")) return e->value;
        from = and ? and + 5 : NULL;
    }
    static const char *const joins[] = {" and Minister ", " of ", " for "};
    for (size_t n = tl; n-- > 1;) {
        bool join = false;
        for (size_t j = 0; j < sizeof joins / sizeof *joins && !join; j++)
            join = !strncmp(title + n, joins[j], strlen(joins[j]));
        if (!join) continue;
        const lex_entry_t *e = lexicon_find(rs->title_lex, title, n);
        if (e) return e->value && *e->value ? e->value : "other";
    }
    return NULL;
}

const char *people_title_office(const ruleset_t *rs, const char *title) {
    if (!title) return NULL;
    const lex_entry_t *e = lexicon_find(rs->title_lex, title, strlen(title));
    if (!e) return portfolio_office(rs, title, strlen(title));
    return e->value && *e->value ? e->value : NULL;
}

bool people_title_country(const ruleset_t *rs, mention_t *p) {
    if (p->country || !p->title || !strcmp(p->role, "group")) return false;
    const lex_entry_t *h =
        lexicon_find(rules_lexicon(rs, "title_country"), p->title, strlen(p->title));
    if (h) p->country = h->value;
    return h != NULL;
}

/* Folded names of three or more words alike but for one word. */
static bool one_word_off(const char *a, const char *b) {
    int words = 1, off = 0;
    for (;;) {
        size_t na = strcspn(a, " "), nb = strcspn(b, " ");
        off += na != nb || memcmp(a, b, na);
        a += na, b += nb;
        if (!*a || !*b) return !*a && !*b && words >= 3 && off == 1;
        a++, b++, words++;
    }
}

/* Whether the gazetteer lists `h` with titles and the mention bears one:
 * then the holder's office is the mention's, whatever office the title's
 * words name elsewhere (India's "Defence Secretary" is the ministry's civil
 * servant, office other; Britain's is the minister). */
bool people_titled_as(const mention_t *p, const holder_t *h) {
    return h && h->titles && bears_title(p->title, h->titles);
}

bool people_is_leader(const mention_t *m) {
    return m->office && (!strcmp(m->office, "head_of_government") || !strcmp(m->office, "head_of_state"));
}

/* Whether holder h may hold the office the mention's title names: the
 * same office, or one whose titles the gazetteer gives as the mention's
 * ("Secretary of Defense" is the American minister's title, and the
 * Australian department's head's). */
static bool office_fits(const mention_t *p, const holder_t *h) {
    return !p->office || !strcmp(h->office, p->office) || people_titled_as(p, h);
}

/* The mention is this office holder. */
static void take_holder(mention_t *p, const holder_t *h) {
    p->holder = h;
    p->name = h->name;
    if (!p->country) p->country = h->country;
    /* (a "title" that is the holder's given name is none: "Amir Baram",
     * Israel's Director General of Defense, is no Amir) */
    size_t n = p->title ? strlen(p->title) : 0;
    if (n && !strncmp(h->name, p->title, n) && h->name[n] == ' ') p->title = NULL, p->office = NULL;
    if (!p->office || people_titled_as(p, h)) p->office = h->office;
}

static int count_words(const char *s) {
    int n = *s != 0;
    for (; *s; s++) n += *s == ' ';
    return n;
}

/* Whether the words of `part` (two or more) are words of `whole` in the
 * same order, the first and the last of each the same. */
static bool words_in_order(const char *part, const char *whole) {
    size_t pf = strcspn(part, " "), wf = strcspn(whole, " ");
    const char *pl = strrchr(part, ' '), *wl = strrchr(whole, ' ');
    if (!pl || !wl || pf != wf || memcmp(part, whole, pf) || strcmp(pl, wl)) return false;
    const char *w = whole;
    for (const char *q = part; *q;) {
        size_t n = strcspn(q, " ");
        bool found = false;
        while (*w && !found) {
            size_t m = strcspn(w, " ");
            found = m == n && !memcmp(w, q, n);
            w += m + (w[m] == ' ');
        }
        if (!found) return false;
        q += n + (q[n] == ' ');
    }
    return true;
}

/* The last two or three words of a name, resolved as a name of their own
 * (exactly: no near miss); true when they name an office holder. */
static bool known_at_end(const ruleset_t *rs, doc_t *d, mention_t *p, const people_ctx_t *ctx) {
    for (int last = 3; last >= 2; last--) {
        const char *w = p->name_text + strlen(p->name_text);
        for (int k = 0; k < last && w > p->name_text; k++) {
            while (w > p->name_text && w[-1] == ' ') w--;
            while (w > p->name_text && w[-1] != ' ') w--;
        }
        if (w == p->name_text) continue;
        /* (a surname after an initial is a surname alone: "Jerry P.
         * Martinez" is not Argentina's Julio Martinez) */
        const char *noi = without_initials(d->arena, norm_fold(d->arena, w, strlen(w)));
        if (noi && count_words(noi) < 2) continue;
        mention_t tail = *p;
        tail.name_text = tail.name = w;
        tail.unresolved = false;
        tail.country = NULL; /* (the country read near the office's words may be another's) */
        /* (a full name known exactly brings its side: "Director of the
         * Republic of Korea's National Security Office Cho Tae-yong") */
        people_ctx_t any_side = ctx ? *ctx : (people_ctx_t){0};
        any_side.sides = NULL, any_side.nsides = 0;
        people_resolve(rs, d, &tail, &any_side);
        if (tail.holder && !tail.unresolved) {
            p->country = NULL;
            take_holder(p, tail.holder);
            w = tail.name_text; /* (narrowed again: "Office Cho Tae-yong") */
            /* (the mention is the name, not the office's words before it) */
            const char *at = strstr(d->text + p->span.start, w);
            if (at && at + strlen(w) <= d->text + p->span.end) p->span = (span_t){(uint32_t)(at - d->text), (uint32_t)(at - d->text + strlen(w))};
            p->name_text = w;
            return true;
        }
    }
    return false;
}

/* Whether the folded text opens on a military rank ("admiral singh"). */
static bool military_rank(const char *folded) {
    static const char *const ranks[] = {"admiral ", "general ", "gen. ", "adm. ", "air chief marshal ",
                                        "vice admiral ", "rear admiral ", "lieutenant general ", "lt. gen. ",
                                        "major general ", "maj. gen. ", "brigadier ", "colonel ", "marshal "};
    for (size_t k = 0; k < sizeof ranks / sizeof *ranks; k++)
        if (!strncmp(folded, ranks[k], strlen(ranks[k]))) return true;
    return false;
}

/* The one holder in office on `date` whose name is a near miss of key
 * (same country, or a side of the talk; same office), or NULL. */
static const holder_t *near_miss(const ruleset_t *rs, arena_t *a, const mention_t *p, const char *key,
                                 const people_ctx_t *ctx, date_t date) {
    int best = 99;
    const holder_t *pick = NULL;
    bool tie = false;
    /* (a long name takes a third: "Kosinyak-Kamish", Kosiniak-Kamysz) */
    int max = strlen(key) >= 14 ? 3 : strlen(key) >= 8 ? 2 : strlen(key) >= 4 ? 1 : 0;
    if (strlen(key) >= 5 && strlen(key) < 8) max = 2;
    /* (among every holder of every country, nothing to narrow them,
     * two edits of a short name reach a stranger: "Minister Pravo",
     * Prabowo, is no Prak Sokhonn) */
    if (!p->country && !(ctx && ctx->nsides) && strlen(key) < 8 && max > 1) max = 1;
    size_t n;
    bool surname_of_side = !strchr(key, ' ') && p->country; /* (of no side, anyone's) */
    const size_t *idx = near_miss_pool(rs, a, p->country, ctx, &n);
    for (size_t i = 0; i < n && max > 0; i++) {
        const holder_t *h = &rs->holders.v[idx ? idx[i] : i];
        if (!office_fits(p, h) || !title_fits(p->title, h)) continue;
        if (!people_in_office(h, date)) continue;
        for (int k = 0; k < h->nkeys; k++) {
            int dist = people_distance(key, h->keys[k], max);
            /* "Phan Van Zan": one word of three or more mangled */
            if (dist > max && one_word_off(key, h->keys[k])) dist = max;
            /* "Minister Fernandes": a surname alone, misspelt, of a
             * holder the gazetteer knows by full name only */
            const char *surname = strrchr(h->keys[k], ' ');
            if (dist > max && surname && surname_of_side && strlen(surname + 1) >= 5)
                dist = people_distance(key, surname + 1, max);
            if (dist > max) continue;
            if (dist < best) {
                best = dist;
                pick = h;
                tie = false;
            } else if (dist == best && pick && strcmp(pick->name, h->name)) {
                tie = true;
            }
        }
    }
    return tie ? NULL : pick;
}

void people_resolve(const ruleset_t *rs, doc_t *d, mention_t *p, const people_ctx_t *ctx) {
    arena_t *a = d->arena;
    date_t date = ctx ? ctx->date : (date_t){0};
    if (!p->name_text) {
        const holder_t *h = people_holder_on(rs, p->country, "other", p->title, date);
        if (!people_titled_as(p, h)) h = people_holder_on(rs, p->country, p->office, p->title, date);
        if (h) take_holder(p, h);
        return;
    }
    char *key = norm_fold(a, p->name_text, strlen(p->name_text));
    char *rev = swap_two(a, key), *noi = without_initials(a, key);
    const char *surname = after_run_in_initial(p->name_text, strlen(p->name_text));
    if (!noi && surname) noi = norm_fold(a, surname, strlen(surname));
    holders_t cands = {0};
    const holder_t *out_of_office = NULL; /* the name's only bearer, not in office then */
    /* (and as written, with its honorific: the gazetteer may know "Sayyid
     * Badr" where "Badr" alone is anybody) */
    char *raw = p->m ? norm_fold(a, d->text + p->m->span.start, p->m->span.end - p->m->span.start) : NULL;
    if (raw && !strcmp(raw, key)) raw = NULL;
    const char *forms[4] = {key, rev, noi, raw};
    for (int f = 0; f < 4; f++) {
        if (!forms[f]) continue;
        size_t first, n = rules_holders_named(rs, forms[f], &first);
        for (size_t k = 0; k < n; k++) {
            const holder_t *h = &rs->holders.v[rs->holder_keys[first + k].holder];
            bool dup = false;
            for (size_t q = 0; q < cands.n; q++) dup |= cands.v[q] == h;
            if (!dup) VEC_PUSH(a, cands, h);
        }
    }
    /* "Deputy Secretary Sullivan": a surname under a title none of its
     * bearers by alias holds, of the one holder with that title and
     * surname (the gazetteer keeps no bare "Sullivan" for the deputy, lest
     * it take the adviser's mentions) */
    if (p->title && count_words(key) == 1) {
        bool titled = false;
        for (size_t q = 0; q < cands.n && !titled; q++)
            titled = office_fits(p, cands.v[q]) && title_fits(p->title, cands.v[q]);
        for (size_t i = 0; !titled && i < rs->holders.n; i++) {
            const holder_t *h = &rs->holders.v[i];
            if (!h->titles || !bears_title(p->title, h->titles) || (p->country && strcmp(h->country, p->country)))
                continue;
            for (int k = 0; k < h->nkeys; k++) {
                const char *surname = strrchr(h->keys[k], ' ');
                if (surname && !strcmp(surname + 1, key)) {
                    VEC_PUSH(a, cands, h);
                    break;
                }
            }
        }
    }
    /* "Admiral Singh", a surname under a military rank: no minister or
     * leader of that name, only an 'other' office's holder (a chief);
     * none left is nobody, where NARROW would keep them all */
    if (raw && count_words(key) == 1 && military_rank(raw)) {
        holders_t chiefs = {0};
        for (size_t q = 0; q < cands.n; q++)
            if (!strcmp(cands.v[q]->office, "other")) VEC_PUSH(a, chiefs, cands.v[q]);
        cands = chiefs;
    }
    if (cands.n) {
        if (p->country) NARROW(a, cands, !strcmp(h->country, p->country));
        if (ctx && ctx->nsides && !p->country) {
            NARROW(a, cands, side_known(ctx, h->country));
            /* "Minister Khaled" in a Japan-Saudi talk is not Malaysia's
             * Khaled Nordin: once the talk's sides are known, a name
             * borne only by people of other countries is nobody's here */
            if (ctx->nsides >= 2 && !side_known(ctx, cands.v[0]->country)) cands.n = 0;
        }
        if (p->office) NARROW(a, cands, office_fits(p, h));
        /* "Minister Wong" in 2024 is Penny Wong, not Prime Minister
         * Lawrence Wong: a bare "Minister" is no leader's title */
        if (!p->office && p->title && !strcasecmp(p->title, "Minister"))
            NARROW(a, cands, strcmp(h->office, "head_of_government") && strcmp(h->office, "head_of_state"));
        /* "Vice Minister Shin", Korea's vice minister, is not "Shin", a
         * translation's rendering of India's minister Rajnath Singh: a
         * surname under a deputy's title is no one whose office it does
         * not fit */
        if (p->office && count_words(key) == 1 && deputy_title(p->title)) {
            size_t kept = 0;
            for (size_t i = 0; i < cands.n; i++)
                if (office_fits(p, cands.v[i])) cands.v[kept++] = cands.v[i];
            cands.n = kept;
        }
        NARROW(a, cands, people_in_office(h, date));
        /* ("Minister Suh" in 2021 is the defence minister Suh Wook, not
         * Suh Hoon of the National Security Office, whose titles the
         * gazetteer lists -- of those in office then) */
        if (p->title) NARROW(a, cands, title_fits(p->title, h));
        /* "Minister Hassan" in 2023 is no Jafar Hassan (in office from
         * 2024): on a known day, a name borne only by people out of office
         * is first looked for among those in office (a misspelling, below);
         * failing that it is them (the gazetteer lacks some offices) */
        const holder_t *h = unique_person(&cands);
        if (h && date.y && !people_in_office(h, date)) {
            /* ... but a bare surname does not cross offices: "National
             * Security Advisor Sullivan" in 2024 is no acting Secretary of
             * State of 2018 (a full name does: Araghchi, deputy minister
             * before he was minister) */
            /* (nor does a bare surname of an 'other' office, which many
             * officials share: "First Vice Minister Kim" in 2024 is no
             * national security adviser of 2022) */
            /* (nor a bare surname years from its bearer's term: "Minister
             * Shin" in a 2020 talk with India is Singh misheard, not the
             * Korean minister of 2023-24) */
            /* (nor a full name under the title of another office than the
             * 'other' one it held later: "TSUJI Kiyoto, Parliamentary
             * Vice-Minister" in 2019 is not yet the State Minister) */
            if ((!p->office || !strcmp(h->office, p->office) || count_words(key) > 1) &&
                !(count_words(key) == 1 && !strcmp(h->office, "other")) &&
                !(p->title && !strcmp(h->office, "other") && !title_fits(p->title, h)) &&
                !(count_words(key) == 1 && days_from_terms(&cands, h, date) > 366))
                out_of_office = h;
            h = NULL;
        }
        if (h) {
            /* Prefer the term that covers the date, for the office. */
            for (size_t i = 0; i < cands.n; i++)
                if (people_in_office(cands.v[i], date) && (!p->office || !strcmp(cands.v[i]->office, p->office)) &&
                    (title_fits(p->title, cands.v[i]) || !title_fits(p->title, h)))
                    h = cands.v[i];
            take_holder(p, h);
            return;
        }
    }
    /* "Badr bin Hamad bin Hamood Albusaidi": a long name holding the words
     * of a known one in order, from its first word to its last */
    if (count_words(key) >= 4) {
        const holder_t *pick = NULL;
        bool tie = false;
        size_t n;
        const size_t *idx = near_miss_pool(rs, a, p->country, ctx, &n);
        for (size_t i = 0; i < n; i++) {
            const holder_t *h = &rs->holders.v[idx ? idx[i] : i];
            if (!office_fits(p, h) || !title_fits(p->title, h)) continue;
            for (int k = 0; k < h->nkeys; k++) {
                if (!words_in_order(h->keys[k], key)) continue;
                if (pick && strcmp(pick->name, h->name)) tie = true;
                pick = h;
                break;
            }
        }
        if (pick && !tie) {
            take_holder(p, pick);
            return;
        }
    }
    /* A bare capitalized word is a person only when the gazetteer knows it
     * -- also at the end of an office's name run into it: "National
     * Security Secretariat Takeo Akiba" is Takeo Akiba. */
    if (!strcmp(p->role, "known")) {
        if (!out_of_office && !cands.n && count_words(key) >= 3 && known_at_end(rs, d, p, ctx)) return;
        if (out_of_office) take_holder(p, out_of_office);
        else p->unresolved = true;
        return;
    }
    /* A near miss among those who could be meant: same country (or a side
     * of the talk), same office, in office on the date. */
    /* (only holders in office on the date qualify; on a guessed date,
     * only those of the sides known) */
    if (date.y && !(ctx && ctx->date_guessed && !p->country && !ctx->nsides)) {
        const holder_t *pick = near_miss(rs, a, p, key, ctx, date);
        /* (with one side known, the release's own, then among every
         * holder: the other side may be anyone's, "Minister Bowaldi" on a
         * Japanese page is the UAE's Al Bowardi) */
        if (!pick && !p->country && ctx && ctx->nsides == 1) {
            people_ctx_t anyone = *ctx;
            anyone.nsides = 0;
            pick = near_miss(rs, a, p, key, &anyone, date);
        }
        if (pick) {
            take_holder(p, pick);
            return;
        }
    }
    if (out_of_office) take_holder(p, out_of_office);
    else p->unresolved = true;
}
