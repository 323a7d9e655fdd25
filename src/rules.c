/* rules.c — loading the rule set: lexicons, countries, titles, gazetteer,
 * topics and rule files; lexicon expansion; compiling with JIT; mapping
 * PCRE2 error offsets back to FILE:LINE:COL.  See rules.h for the format.
 */
#define _DEFAULT_SOURCE
#include "rules.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "literals.h"
#include "norm.h"
#include "temporal.h"
#include "literals.h"
#include "prefilter.h"

static const char *const field_names[F_COUNT] = {
    [F_KIND] = "kind", [F_ROLE] = "role", [F_ACTOR] = "actor",
    [F_VOICE] = "voice", [F_TRANSLATION] = "translation",
    [F_OFFICE] = "office", [F_YEAR] = "year", [F_MONTH] = "month",
    [F_DAY] = "day", [F_WEEKDAY] = "weekday", [F_ERA] = "era",
    [F_ERA_YEAR] = "era_year", [F_REL] = "rel", [F_HOUR] = "hour",
    [F_MIN] = "min", [F_AMPM] = "ampm", [F_HOUR2] = "hour2",
    [F_MIN2] = "min2", [F_AMPM2] = "ampm2", [F_NOON] = "noon",
    [F_DUR_H] = "dur_h", [F_DUR_M] = "dur_m", [F_HALF] = "half",
    [F_HEDGE] = "hedge", [F_TITLE] = "title", [F_NAME] = "name",
    [F_COUNTRY] = "country", [F_COUNTRIES] = "countries", [F_VERB] = "verb",
    [F_TEXT] = "text",
};

static const char *const table_names[RT_COUNT] = {
    [RT_NORMALIZE] = "normalize", [RT_SEGMENT] = "segment",
    [RT_TALKS] = "talks",         [RT_TIME] = "time",
    [RT_PARTICIPANTS] = "participants", [RT_ACTORS] = "actors",
    [RT_POSITIONS] = "positions", [RT_ITEMS] = "items",
};

const char *field_name(field_t f) { return field_names[f]; }
const char *rule_table_name(rule_table_t t) { return table_names[t]; }

#define BIT(f) (1ull << (f))
/* Which named groups each table understands. */
static const unsigned long long table_groups[RT_COUNT] = {
    [RT_NORMALIZE] = ~0ull,
    [RT_SEGMENT] = BIT(F_TEXT),
    [RT_TALKS] = BIT(F_TEXT),
    [RT_TIME] = BIT(F_YEAR) | BIT(F_MONTH) | BIT(F_DAY) | BIT(F_WEEKDAY) |
                BIT(F_ERA) | BIT(F_ERA_YEAR) | BIT(F_REL) | BIT(F_HOUR) |
                BIT(F_MIN) | BIT(F_AMPM) | BIT(F_HOUR2) | BIT(F_MIN2) |
                BIT(F_AMPM2) | BIT(F_NOON) | BIT(F_DUR_H) | BIT(F_DUR_M) |
                BIT(F_HALF) | BIT(F_HEDGE),
    [RT_PARTICIPANTS] = BIT(F_TITLE) | BIT(F_NAME) | BIT(F_COUNTRY) |
                        BIT(F_COUNTRIES) | BIT(F_TEXT),
    [RT_ACTORS] = BIT(F_COUNTRY) | BIT(F_TEXT),
    [RT_POSITIONS] = BIT(F_VERB) | BIT(F_TEXT),
    [RT_ITEMS] = BIT(F_TEXT),
};
/* Which `set` keys, and the values they take ("" = any). */
static const struct {
    rule_table_t table;
    field_t field;
    const char *values; /* space-separated, NULL = any */
} set_keys[] = {
    {RT_SEGMENT, F_ROLE,
     "footer stop masthead attribution bullet translation leadin notleadin heading posted date_label talk_field label title title_label"},
    {RT_SEGMENT, F_TRANSLATION, "machine provisional"},
    {RT_TALKS, F_ROLE, "event heading cue reference future restated past sequel summary joint joined venue continued aside again"},
    {RT_TALKS, F_KIND, "telephone video meeting other"},
    {RT_PARTICIPANTS, F_OFFICE,
     "defense foreign head_of_government head_of_state other"},
    {RT_PARTICIPANTS, F_ROLE, "person group counterpart known none"},
    {RT_ACTORS, F_ACTOR, "both pronoun counterpart side outsider honorific"},
    {RT_POSITIONS, F_KIND,
     "agree reaffirm confirm emphasize welcome oppose condemn concern praise "
     "thank congratulate exchange_views discuss share_view intend propose "
     "invite request explain none"},
    {RT_POSITIONS, F_ACTOR, "both"},
    {RT_POSITIONS, F_VOICE, "passive"},
    {RT_ITEMS, F_ROLE, "trim"},
    {RT_TIME, F_ROLE, "date time duration event month"},
    {RT_TIME, F_DUR_H, NULL}, /* "hourlong": set dur_h=1 */
    {RT_TIME, F_DUR_M, NULL},
    {RT_TIME, F_HOUR2, NULL}, /* "to noon": set hour2=12 */
    {RT_TIME, F_MIN2, NULL},
};

/* ---- small helpers ----------------------------------------------------- */

/* Writes s with runs of blanks folded to one and the ends trimmed (and
 * ASCII lower-cased when `lower`) into dst, which holds n + 1 bytes: the
 * lookup key of lexicon entries. */
static void fold_key(char *dst, const char *s, size_t n, bool lower) {
    size_t m = 0;
    bool space = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isspace(c)) {
            space = m > 0;
            continue;
        }
        if (space) dst[m++] = ' ';
        space = false;
        /* "Deputy Prime Minister & Minister for Defence": the word "and"
         * and "&" are one key */
        if ((m == 0 || dst[m - 1] == ' ') && i + 3 <= n && !strncasecmp(s + i, "and", 3) &&
            (i + 3 == n || isspace((unsigned char)s[i + 3]))) {
            dst[m++] = '&';
            i += 2;
            continue;
        }
        dst[m++] = lower ? (char)tolower(c) : (char)c;
    }
    dst[m] = 0;
}

char *rules_key(arena_t *a, const char *s, size_t n) {
    char *k = arena_alloc(a, n + 1);
    fold_key(k, s, n, true);
    return k;
}

/* An open-addressing index of strings: the lexicons' entries, the lexicons
 * by name, the words of holders' names.  key(ctx, i) is the i-th string;
 * a slot holds its position + 1; of equal strings the first is kept. */
typedef const char *(*key_fn)(const void *ctx, size_t i);

static uint32_t hash_str(const char *s) {
    uint32_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static uint32_t *index_strings(arena_t *a, size_t count, key_fn key, const void *ctx,
                               size_t *nslots) {
    size_t n = 16;
    while (n < count * 2 + 1) n *= 2;
    uint32_t *slots = arena_alloc(a, n * sizeof *slots);
    for (size_t i = 0; i < count; i++) {
        const char *k = key(ctx, i);
        size_t at = hash_str(k) & (n - 1);
        while (slots[at] && strcmp(key(ctx, slots[at] - 1), k)) at = (at + 1) & (n - 1);
        if (!slots[at]) slots[at] = (uint32_t)i + 1;
    }
    *nslots = n;
    return slots;
}

/* The position of k in an index, or -1. */
static long find_string(const uint32_t *slots, size_t nslots, key_fn key, const void *ctx,
                        const char *k) {
    if (!nslots) return -1;
    for (size_t at = hash_str(k) & (nslots - 1); slots[at]; at = (at + 1) & (nslots - 1))
        if (!strcmp(key(ctx, slots[at] - 1), k)) return (long)slots[at] - 1;
    return -1;
}

static const char *entry_key(const void *lex, size_t i) {
    return ((const lexicon_t *)lex)->entries.v[i].key;
}

static void lexicon_index(arena_t *a, lexicon_t *lex) {
    lex->slots = index_strings(a, lex->entries.n, entry_key, lex, &lex->nslots);
}

const lex_entry_t *lexicon_find(const lexicon_t *lex, const char *s, size_t n) {
    if (!lex) return NULL;
    char buf[256];
    char *k = n < sizeof buf ? buf : xmalloc(n + 1);
    fold_key(k, s, n, !lex->cased);
    long at = find_string(lex->slots, lex->nslots, entry_key, lex, k);
    if (k != buf) free(k);
    return at < 0 ? NULL : &lex->entries.v[at];
}

static const char *lexicon_name(const void *rs, size_t i) {
    return ((const ruleset_t *)rs)->lexicons.v[i]->name;
}

const lexicon_t *rules_lexicon(const ruleset_t *rs, const char *name) {
    if (rs->lex_slots) { /* after loading: a document asks hundreds of times */
        long at = find_string(rs->lex_slots, rs->nlex_slots, lexicon_name, rs, name);
        return at < 0 ? NULL : rs->lexicons.v[at];
    }
    for (size_t i = 0; i < rs->lexicons.n; i++)
        if (!strcmp(rs->lexicons.v[i]->name, name)) return rs->lexicons.v[i];
    return NULL;
}

static void index_lexicon_names(ruleset_t *rs) {
    rs->lex_slots = index_strings(rs->arena, rs->lexicons.n, lexicon_name, rs, &rs->nlex_slots);
}

const country_t *rules_country(const ruleset_t *rs, const char *code) {
    for (size_t i = 0; i < rs->countries.n; i++)
        if (!strcmp(rs->countries.v[i].code, code)) return &rs->countries.v[i];
    return NULL;
}

const char *rules_country_code(const ruleset_t *rs, const char *s, size_t n) {
    while (n && (s[n - 1] == ' ' || s[n - 1] == ',')) n--;
    if (n > 2 && (!strncmp(s + n - 2, "'s", 2))) n -= 2;
    else if (n > 1 && s[n - 1] == '\'') n -= 1;
    if (n > 4 && !strncmp(s, "the ", 4)) s += 4, n -= 4;
    if (n > 4 && !strncmp(s, "The ", 4)) s += 4, n -= 4;
    const lex_entry_t *e = lexicon_find(rs->country_lex, s, n);
    return e ? e->value : NULL;
}

/* ---- reading line files ------------------------------------------------ */

typedef struct {
    char *buf;
    size_t len;
} file_t;

static bool slurp(const char *path, file_t *f, err_t *err) {
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return err_set(err, path, 0, 0, "cannot read: %s", strerror(errno));
    size_t cap = 65536, n = 0;
    char *b = xmalloc(cap);
    size_t got;
    while ((got = fread(b + n, 1, cap - n - 1, fp)) > 0) {
        n += got;
        if (cap - n - 1 == 0) b = xrealloc(b, cap *= 2);
    }
    fclose(fp);
    b[n] = 0;
    f->buf = b;
    f->len = n;
    return true;
}

/* Next line (without \n and trailing \r); false at end. */
static bool next_line(char **cursor, char **line, size_t *len) {
    char *s = *cursor;
    if (!*s) return false;
    char *e = strchr(s, '\n');
    size_t n = e ? (size_t)(e - s) : strlen(s);
    *cursor = e ? e + 1 : s + n;
    if (n && s[n - 1] == '\r') n--;
    s[n] = 0;
    *line = s;
    *len = n;
    return true;
}

static bool is_blank_or_comment(const char *s) {
    while (*s == ' ' || *s == '\t') s++;
    return !*s || *s == '#';
}

static int split_tabs(char *s, char **cols, int max) {
    int n = 0;
    cols[n++] = s;
    for (char *p = s; *p && n < max; p++)
        if (*p == '\t') {
            *p = 0;
            cols[n++] = p + 1;
        }
    return n;
}

static char *trim(char *s) {
    while (*s == ' ' || *s == '\t') s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t')) s[--n] = 0;
    return s;
}

static char *path_join(arena_t *a, const char *dir, const char *name) {
    return arena_printf(a, "%s/%s", dir, name);
}

static int cmp_strp(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted names in dir ending with suffix (and starting with prefix). */
static char **list_dir(arena_t *a, const char *dir, const char *prefix,
                       const char *suffix, size_t *count) {
    *count = 0;
    DIR *d = opendir(dir);
    if (!d) return NULL;
    VEC(char *) names = {0};
    struct dirent *e;
    size_t sl = strlen(suffix), pl = strlen(prefix);
    while ((e = readdir(d))) {
        size_t l = strlen(e->d_name);
        if (l <= sl || strcmp(e->d_name + l - sl, suffix)) continue;
        if (strncmp(e->d_name, prefix, pl)) continue;
        VEC_PUSH(a, names, arena_strdup(a, e->d_name));
    }
    closedir(d);
    if (names.n) qsort(names.v, names.n, sizeof(char *), cmp_strp);
    *count = names.n;
    return names.v;
}

static lexicon_t *lexicon_new(ruleset_t *rs, const char *name,
                              const char *file) {
    lexicon_t *lex = arena_alloc(rs->arena, sizeof *lex);
    lex->name = arena_strdup(rs->arena, name);
    lex->file = arena_strdup(rs->arena, file);
    VEC_PUSH(rs->arena, rs->lexicons, lex);
    return lex;
}

static void lexicon_add(arena_t *a, lexicon_t *lex, const char *text,
                        const char *value, int line) {
    size_t n = strlen(text);
    lex_entry_t e = {arena_strdup(a, text), value ? arena_strdup(a, value) : NULL,
                     arena_alloc(a, n + 1), n, line};
    fold_key(e.key, text, n, !lex->cased);
    VEC_PUSH(a, lex->entries, e);
    unsigned char c = (unsigned char)text[0];
    lex->first[c] = lex->first[tolower(c)] = lex->first[toupper(c)] = true;
}


/* Compiles a lone pattern to find mistakes early; returns the error offset
 * or -1 when fine. */
static long check_regex(const char *pat, size_t len, char *msg, size_t msglen) {
    int code;
    PCRE2_SIZE off;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, len,
                                   PCRE2_CASELESS | PCRE2_UTF | PCRE2_UCP,
                                   &code, &off, NULL);
    if (re) {
        pcre2_code_free(re);
        return -1;
    }
    pcre2_get_error_message(code, (PCRE2_UCHAR *)msg, msglen);
    return (long)off;
}

/* One line of a data file, handed to a line handler by each_line(). */
typedef struct {
    ruleset_t *rs;
    const char *path;
    int ln;
    char *line; /* without its line end; handlers may cut it up */
    err_t *err;
    void *ctx;
} line_t;

/* Calls fn for every line of path that is neither blank nor a `#`
 * comment, until fn fails: the one loop of every data-file loader. */
static bool each_line(ruleset_t *rs, const char *path, bool (*fn)(line_t *), void *ctx,
                      err_t *err) {
    file_t f;
    if (!slurp(path, &f, err)) return false;
    line_t l = {rs, path, 0, NULL, err, ctx};
    char *cur = f.buf;
    size_t len;
    bool ok = true;
    while (ok && next_line(&cur, &l.line, &len)) {
        l.ln++;
        if (!is_blank_or_comment(l.line)) ok = fn(&l);
    }
    free(f.buf);
    return ok;
}

static bool lexicon_line(line_t *l) {
    lexicon_t *lex = l->ctx;
    char *t = trim(l->line);
    if (t[0] == '%') {
        if (!strcmp(t, "%regex")) lex->regex = true;
        else if (!strcmp(t, "%case")) lex->cased = true;
        else
            return err_set(l->err, l->path, l->ln, (int)(t - l->line) + 1,
                           "unknown directive '%s' (known: %%regex, %%case)", t);
        return true;
    }
    char *cols[2];
    int nc = split_tabs(t, cols, 2);
    char *text = trim(cols[0]);
    if (lex->regex) {
        char msg[256];
        long off = check_regex(text, strlen(text), msg, sizeof msg);
        if (off >= 0)
            return err_set(l->err, l->path, l->ln, (int)(text - l->line) + (int)off + 1,
                           "bad pattern in lexicon '%s': %s", lex->name, msg);
    }
    lexicon_add(l->rs->arena, lex, text, nc > 1 ? trim(cols[1]) : NULL, l->ln);
    return true;
}

static bool load_lexicon_file(ruleset_t *rs, const char *path, const char *name, err_t *err) {
    lexicon_t *lex = lexicon_new(rs, name, path);
    if (!each_line(rs, path, lexicon_line, lex, err)) return false;
    lexicon_index(rs->arena, lex);
    return true;
}

static bool load_lexicons(ruleset_t *rs, err_t *err) {
    char *dir = path_join(rs->arena, rs->dir, "lexicons");
    size_t n;
    char **names = list_dir(rs->arena, dir, "", ".lex", &n);
    for (size_t i = 0; i < n; i++) {
        char *name = arena_strndup(rs->arena, names[i], strlen(names[i]) - 4);
        if (!load_lexicon_file(rs, path_join(rs->arena, dir, names[i]), name, err))
            return false;
    }
    return true;
}

static bool parse_date(const char *s, date_t *d) {
    d->y = d->m = d->d = 0;
    if (!*s) return true;
    int y, m, dd;
    char tail;
    if (sscanf(s, "%4d-%2d-%2d%c", &y, &m, &dd, &tail) != 3) return false;
    if (m < 1 || m > 12 || dd < 1 || dd > 31) return false;
    d->y = y, d->m = m, d->d = dd;
    return true;
}

static bool country_line(line_t *l) {
    ruleset_t *rs = l->rs;
    char *cols[4];
    if (split_tabs(l->line, cols, 4) != 4)
        return err_set(l->err, l->path, l->ln, 1,
                       "expected 4 TAB-separated columns: code, name, side, forms");
    country_t c = {arena_strdup(rs->arena, trim(cols[0])), arena_strdup(rs->arena, trim(cols[1])),
                   !strcmp(trim(cols[2]), "yes")};
    VEC_PUSH(rs->arena, rs->countries, c);
    char *save = NULL;
    for (char *form = strtok_r(cols[3], "|", &save); form; form = strtok_r(NULL, "|", &save))
        if (*trim(form)) lexicon_add(rs->arena, rs->country_lex, trim(form), c.code, l->ln);
    return true;
}

static bool load_countries(ruleset_t *rs, err_t *err) {
    char *path = path_join(rs->arena, rs->dir, "countries.tsv");
    rs->country_lex = lexicon_new(rs, "country", path);
    rs->country_lex->cased = true;
    if (!each_line(rs, path, country_line, NULL, err)) return false;
    lexicon_index(rs->arena, rs->country_lex);
    return true;
}

static bool title_line(line_t *l) {
    ruleset_t *rs = l->rs;
    lexicon_t *home = l->ctx;
    char *cols[3];
    int nc = split_tabs(l->line, cols, 3);
    lexicon_add(rs->arena, rs->title_lex, trim(cols[0]), nc > 1 ? trim(cols[1]) : "", l->ln);
    if (nc > 2 && *trim(cols[2])) {
        if (!rules_country(rs, trim(cols[2])))
            return err_set(l->err, l->path, l->ln, (int)(cols[2] - l->line) + 1,
                           "unknown country code '%s'", trim(cols[2]));
        lexicon_add(rs->arena, home, trim(cols[0]), trim(cols[2]), l->ln);
    }
    return true;
}

static bool load_titles(ruleset_t *rs, err_t *err) {
    char *path = path_join(rs->arena, rs->dir, "titles.tsv");
    rs->title_lex = lexicon_new(rs, "title", path);
    /* title_country: the side a title implies when no country is named */
    lexicon_t *home = lexicon_new(rs, "title_country", path);
    if (!each_line(rs, path, title_line, home, err)) return false;
    lexicon_index(rs->arena, rs->title_lex);
    lexicon_index(rs->arena, home);
    /* @titles: the plurals ("Foreign Ministers"), for group mentions. */
    lexicon_t *pl = lexicon_new(rs, "titles", path);
    for (size_t i = 0; i < rs->title_lex->entries.n; i++) {
        const lex_entry_t *e = &rs->title_lex->entries.v[i];
        lexicon_add(rs->arena, pl, arena_printf(rs->arena, "%ss", e->text), e->value, e->line);
    }
    lexicon_index(rs->arena, pl);
    return true;
}

static bool holder_line(line_t *l) {
    ruleset_t *rs = l->rs;
    char *cols[7];
    int nc = split_tabs(l->line, cols, 7);
    if (nc < 5)
        return err_set(l->err, l->path, l->ln, 1,
                       "expected 6 TAB-separated columns: country, office, name, aliases, start, end "
                       "(and optionally titles)");
    holder_t h = {0};
    h.country = arena_strdup(rs->arena, trim(cols[0]));
    h.office = arena_strdup(rs->arena, trim(cols[1]));
    h.name = arena_strdup(rs->arena, trim(cols[2]));
    h.line = l->ln;
    if (nc > 6 && *trim(cols[6])) h.titles = arena_strdup(rs->arena, trim(cols[6]));
    if (!rules_country(rs, h.country))
        return err_set(l->err, l->path, l->ln, 1, "unknown country code '%s'", h.country);
    if (!parse_date(trim(cols[4]), &h.start) || !parse_date(nc > 5 ? trim(cols[5]) : "", &h.end))
        return err_set(l->err, l->path, l->ln, 0, "bad date (want YYYY-MM-DD)");
    /* (counted once: people_in_office is asked for every holder a near
     * miss may name) */
    h.start_day = h.start.y ? temporal_days(h.start) : 0;
    h.end_day = h.end.y ? temporal_days(h.end) : 0;
    VEC(char *) keys = {0};
    VEC_PUSH(rs->arena, keys, norm_fold(rs->arena, h.name, strlen(h.name)));
    char *save = NULL;
    for (char *al = strtok_r(cols[3], "|", &save); al; al = strtok_r(NULL, "|", &save)) {
        al = trim(al);
        if (*al) VEC_PUSH(rs->arena, keys, norm_fold(rs->arena, al, strlen(al)));
    }
    h.keys = keys.v;
    h.nkeys = (int)keys.n;
    VEC_PUSH(rs->arena, rs->holders, h);
    return true;
}

static bool load_gazetteer(ruleset_t *rs, err_t *err) {
    size_t n;
    char **names = list_dir(rs->arena, rs->dir, "gazetteer", ".tsv", &n);
    for (size_t i = 0; i < n; i++)
        if (!each_line(rs, path_join(rs->arena, rs->dir, names[i]), holder_line, NULL, err))
            return false;
    return true;
}

static bool same_needs(const rule_t *a, const rule_t *b) {
    if (a->nneeds != b->nneeds) return false;
    for (int k = 0; k < a->nneeds; k++)
        if (strcmp(a->needs[k], b->needs[k]) || a->needs_group[k] != b->needs_group[k])
            return false;
    return true;
}

/* Rules of one table with the same expanded pattern (and needs) match the
 * same spans: match.c runs the first and copies its matches to the others. */
static void link_same_patterns(ruleset_t *rs) {
    for (int t = 0; t < RT_COUNT; t++)
        for (size_t i = 0; i < rs->by_table[t].n; i++) {
            rule_t *r = rs->by_table[t].v[i];
            for (size_t j = 0; j < i && !r->same_as; j++) {
                const rule_t *q = rs->by_table[t].v[j];
                /* one pattern, one compiled code (finish_rule) */
                if (!q->same_as && q->re == r->re && same_needs(q, r)) r->same_as = q;
            }
        }
}

static int cmp_holder_key(const void *a, const void *b) {
    const struct holder_key *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    return c ? c : (x->holder > y->holder) - (x->holder < y->holder);
}

typedef struct {
    const char *country;
    size_t i;
} holder_at_t;

static int cmp_holder_country(const void *a, const void *b) {
    const holder_at_t *x = a, *y = b;
    int c = strcmp(x->country, y->country);
    return c ? c : (x->i > y->i) - (x->i < y->i);
}

static void index_name_words(ruleset_t *rs);

static void index_holders(ruleset_t *rs) {
    size_t n = 0;
    for (size_t i = 0; i < rs->holders.n; i++) n += (size_t)rs->holders.v[i].nkeys;
    rs->holder_keys = arena_alloc(rs->arena, sizeof *rs->holder_keys * (n + 1));
    size_t k = 0;
    for (size_t i = 0; i < rs->holders.n; i++)
        for (int j = 0; j < rs->holders.v[i].nkeys; j++) {
            rs->holder_keys[k].key = rs->holders.v[i].keys[j];
            rs->holder_keys[k].holder = i;
            k++;
        }
    qsort(rs->holder_keys, k, sizeof *rs->holder_keys, cmp_holder_key);
    rs->nholder_keys = k;
    /* holders by country, each country's in file order */
    holder_at_t *at = xmalloc(sizeof *at * (rs->holders.n + 1));
    for (size_t i = 0; i < rs->holders.n; i++) at[i] = (holder_at_t){rs->holders.v[i].country, i};
    qsort(at, rs->holders.n, sizeof *at, cmp_holder_country);
    rs->holders_by_country = arena_alloc(rs->arena, sizeof(size_t) * (rs->holders.n + 1));
    for (size_t i = 0; i < rs->holders.n; i++) rs->holders_by_country[i] = at[i].i;
    free(at);
    index_name_words(rs);
}

/* The words of every holder's folded name and aliases, indexed. */
static const char *name_word(const void *rs, size_t i) {
    return ((const ruleset_t *)rs)->name_words.v[i];
}

static void index_name_words(ruleset_t *rs) {
    for (size_t k = 0; k < rs->nholder_keys; k++)
        for (const char *w = rs->holder_keys[k].key; *w;) {
            size_t len = strcspn(w, " ");
            if (len) VEC_PUSH(rs->arena, rs->name_words, arena_strndup(rs->arena, w, len));
            w += len;
            w += strspn(w, " ");
        }
    rs->name_word_slots =
        index_strings(rs->arena, rs->name_words.n, name_word, rs, &rs->nname_word_slots);
}

bool rules_name_word(const ruleset_t *rs, const char *w) {
    return find_string(rs->name_word_slots, rs->nname_word_slots, name_word, rs, w) >= 0;
}

size_t rules_holders_of(const ruleset_t *rs, const char *country, const size_t **idx) {
    const size_t *v = rs->holders_by_country;
    size_t lo = 0, hi = rs->holders.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (strcmp(rs->holders.v[v[mid]].country, country) < 0) lo = mid + 1;
        else hi = mid;
    }
    size_t end = lo;
    while (end < rs->holders.n && !strcmp(rs->holders.v[v[end]].country, country)) end++;
    *idx = v + lo;
    return end - lo;
}

size_t rules_holders_named(const ruleset_t *rs, const char *key, size_t *first) {
    size_t lo = 0, hi = rs->nholder_keys;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (strcmp(rs->holder_keys[mid].key, key) < 0) lo = mid + 1;
        else hi = mid;
    }
    size_t end = lo;
    while (end < rs->nholder_keys && !strcmp(rs->holder_keys[end].key, key)) end++;
    *first = lo;
    return end - lo;
}

/* ---- lexicon expansion and pattern compilation ------------------------- */

/* A piece of the final pattern and where it came from, to map PCRE2 error
 * offsets back to the rule file. */
typedef struct {
    size_t at;  /* offset in the expanded pattern */
    int line, col;
    bool expansion; /* text produced by an @lexicon */
    const char *lexname;
} piece_t;

typedef struct {
    sbuf_t out;
    VEC(piece_t) pieces;
    /* while a rule is compiled in parts: the lexicon split among them, and
     * the entries (indexes) this part's pattern holds */
    const struct lexicon *split;
    const uint32_t *share;
    size_t nshare;
} expander_t;

/* Literal lexicons become a trie of characters written as a regex
 * ("Canada|Canadian|Cambodia" -> "Ca(?:nad(?:a|ian)|mbodia)"): PCRE2 tries
 * alternatives one by one, and a trie makes an 800-form country list cost a
 * few character tests per position instead of 800. */
typedef struct tnode {
    char *tok; /* one character (UTF-8) or "\s+" for a run of blanks */
    struct tnode **kids;
    int nkids, cap;
    bool term;
} tnode_t;

static tnode_t *trie_child(arena_t *a, tnode_t *n, const char *tok, size_t len) {
    for (int i = 0; i < n->nkids; i++)
        if (strlen(n->kids[i]->tok) == len && !memcmp(n->kids[i]->tok, tok, len)) return n->kids[i];
    if (n->nkids == n->cap) {
        int cap = n->cap ? n->cap * 2 : 4;
        tnode_t **k = arena_alloc(a, sizeof *k * (size_t)cap);
        if (n->nkids) memcpy(k, n->kids, sizeof *k * (size_t)n->nkids);
        n->kids = k;
        n->cap = cap;
    }
    tnode_t *c = arena_alloc(a, sizeof *c);
    c->tok = arena_strndup(a, tok, len);
    n->kids[n->nkids++] = c;
    return c;
}

static void trie_add(arena_t *a, tnode_t *root, const char *s, bool fold) {
    tnode_t *n = root;
    bool word_start = true;
    while (*s) {
        if (isspace((unsigned char)*s)) {
            while (isspace((unsigned char)*s)) s++;
            if (*s) n = trie_child(a, n, "\\s+", 3);
            word_start = true;
            continue;
        }
        /* the word "and" of an entry matches "&" too (fold_key) */
        if (word_start && !strncasecmp(s, "and", 3) && isspace((unsigned char)s[3])) {
            n = trie_child(a, n, "(?:and|&)", 9);
            s += 3;
            continue;
        }
        word_start = false;
        unsigned char c = (unsigned char)*s;
        size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        char buf[4];
        memcpy(buf, s, len);
        if (fold && len == 1) buf[0] = (char)tolower(c);
        n = trie_child(a, n, buf, len);
        for (size_t k = 0; k < len && *s; k++) s++;
    }
    n->term = true;
}

static int cmp_tnode(const void *a, const void *b) {
    return strcmp((*(tnode_t *const *)a)->tok, (*(tnode_t *const *)b)->tok);
}

static void trie_emit(sbuf_t *b, tnode_t *n);

static void trie_emit_kid(sbuf_t *b, const tnode_t *k) {
    const char *t = k->tok;
    if (!t[1] && strchr("\\^$.|?*+()[]{}#", t[0])) sbuf_addc(b, '\\');
    sbuf_adds(b, t); /* a character, or \s+ for blanks */
    trie_emit(b, (tnode_t *)k);
}

/* Kids [from, to) that start with plain letters or digits, behind one
 * lookahead of their range: PCRE2 tries the branches of a group one by one,
 * so a node with 26 kids cost 13 tests on average, and now about six. */
static bool plain_tok(const char *t) { return !t[1] && isalnum((unsigned char)t[0]); }

static void trie_emit(sbuf_t *b, tnode_t *n) {
    if (!n->nkids) return;
    qsort(n->kids, (size_t)n->nkids, sizeof *n->kids, cmp_tnode);
    bool group = n->nkids > 1 || n->term;
    if (group) sbuf_adds(b, "(?:");
    int per = 1;
    while (per * per < n->nkids) per++;
    for (int i = 0; i < n->nkids;) {
        if (i) sbuf_addc(b, '|');
        int j = i + 1;
        if (n->nkids >= 8 && plain_tok(n->kids[i]->tok)) {
            while (j < n->nkids && j - i < per && plain_tok(n->kids[j]->tok)) j++;
        }
        if (j - i == 1) {
            trie_emit_kid(b, n->kids[i]);
        } else {
            sbuf_printf(b, "(?=[%c-%c])(?:", n->kids[i]->tok[0], n->kids[j - 1]->tok[0]);
            for (int k = i; k < j; k++) {
                if (k > i) sbuf_addc(b, '|');
                trie_emit_kid(b, n->kids[k]);
            }
            sbuf_addc(b, ')');
        }
        i = j;
    }
    /* greedy ? : the longer entries are tried before this one ends */
    if (group) sbuf_adds(b, n->term ? ")?" : ")");
}

/* The alternation a lexicon stands for.  Literal entries are whole words:
 * no letter or digit may touch them, so `U.S.` and `Japan's` work without
 * the rule author thinking of \b; the longest entry that fits wins.  With
 * `share`, only those entries (a part of a rule compiled in parts). */
static void expand_lexicon(arena_t *a, sbuf_t *b, const lexicon_t *lex,
                           const uint32_t *share, size_t nshare) {
    size_t n = share ? nshare : lex->entries.n;
    if (!n) {
        sbuf_adds(b, "(*FAIL)");
        return;
    }
    if (lex->regex) {
        /* entries one by one: a first-byte dispatch was measured slower
         * here, its lookaheads costing more than the failed first
         * characters of a few dozen entries */
        sbuf_adds(b, lex->cased ? "(?-i:" : "(?:");
        for (size_t i = 0; i < n; i++) {
            if (i) sbuf_addc(b, '|');
            sbuf_adds(b, "(?:");
            sbuf_adds(b, lex->entries.v[share ? share[i] : i].text);
            sbuf_addc(b, ')');
        }
        sbuf_addc(b, ')');
        return;
    }
    tnode_t *root = arena_alloc(a, sizeof *root);
    bool words = true; /* every entry starts with a letter or digit */
    for (size_t i = 0; i < n; i++) {
        const char *text = lex->entries.v[share ? share[i] : i].text;
        trie_add(a, root, text, !lex->cased);
        words &= isalnum((unsigned char)text[0]) || (unsigned char)text[0] >= 0x80;
    }
    /* \b lets PCRE2 skip ahead by first characters; the lookbehind, for
     * entries that start with punctuation, does the same job slower */
    sbuf_adds(b, words ? "\\b" : "(?<![\\p{L}\\p{N}])");
    sbuf_adds(b, lex->cased ? "(?-i:" : "(?:");
    root->term = false;
    trie_emit(b, root);
    sbuf_adds(b, ")(?![\\p{L}\\p{N}])");
}

/* The next `@name` in a %regex entry (not `\@`): its start, and in *end
 * the byte after the name; NULL when there is none. */
static const char *next_lexicon_ref(const char *s, const char **end) {
    for (const char *p = s; *p; p++) {
        if (*p == '\\' && p[1]) {
            p++;
            continue;
        }
        if (*p == '@' && (isalnum((unsigned char)p[1]) || p[1] == '_')) {
            const char *q = p + 1;
            while (isalnum((unsigned char)*q) || *q == '_') q++;
            *end = q;
            return p;
        }
    }
    return NULL;
}

/* The first entry of a %regex lexicon with an `@name` in it, or NULL. */
static const lex_entry_t *entry_with_ref(const lexicon_t *lex) {
    const char *end;
    for (size_t e = 0; lex->regex && e < lex->entries.n; e++)
        if (next_lexicon_ref(lex->entries.v[e].text, &end)) return &lex->entries.v[e];
    return NULL;
}

/* `@name` in a %regex lexicon's entry stands for that lexicon, as in a
 * pattern: a fragment several lexicons share (whose appreciation:
 * "expressed her country's appreciation") is written once.  Entries are
 * rewritten at load, each once the lexicons it names have no references
 * left; what is left after as many rounds as there are lexicons is a
 * cycle. */
static bool resolve_lexicon_refs(ruleset_t *rs, err_t *err) {
    for (size_t round = 0; round <= rs->lexicons.n; round++) {
        bool left = false;
        for (size_t i = 0; i < rs->lexicons.n; i++) {
            lexicon_t *lex = rs->lexicons.v[i];
            for (size_t e = 0; lex->regex && e < lex->entries.n; e++) {
                lex_entry_t *en = &lex->entries.v[e];
                sbuf_t b;
                sbuf_init(&b, rs->arena);
                const char *from = en->text, *end, *at;
                bool ready = true, any = false;
                while (ready && (at = next_lexicon_ref(from, &end))) {
                    char *name = arena_strndup(rs->arena, at + 1, (size_t)(end - at - 1));
                    const lexicon_t *ref = rules_lexicon(rs, name);
                    if (!ref)
                        return err_set(err, lex->file, en->line, (int)(at - en->text) + 1,
                                       "unknown lexicon '@%s' (no %s/lexicons/%s.lex)", name,
                                       rs->dir, name);
                    ready = !entry_with_ref(ref);
                    sbuf_add(&b, from, (size_t)(at - from));
                    expand_lexicon(rs->arena, &b, ref, NULL, 0);
                    from = end;
                    any = true;
                }
                if (!any) continue;
                if (!ready) {
                    left = true;
                    continue;
                }
                sbuf_adds(&b, from);
                char msg[256];
                if (check_regex(sbuf_str(&b), b.len, msg, sizeof msg) >= 0)
                    return err_set(err, lex->file, en->line, 1,
                                   "bad pattern in lexicon '%s' once its references are expanded: %s",
                                   lex->name, msg);
                en->text = (char *)sbuf_str(&b);
                en->len = b.len;
            }
        }
        if (!left) return true;
    }
    for (size_t i = 0; i < rs->lexicons.n; i++) {
        const lex_entry_t *en = entry_with_ref(rs->lexicons.v[i]);
        if (en)
            return err_set(err, rs->lexicons.v[i]->file, en->line, 1,
                           "lexicon '%s' refers to itself through other lexicons",
                           rs->lexicons.v[i]->name);
    }
    return true;
}

static bool expand_piece(ruleset_t *rs, expander_t *ex, const char *text,
                         const char *file, int line, int col, err_t *err) {
    const char *p = text;
    piece_t pc = {ex->out.len, line, col, false, NULL};
    VEC_PUSH(rs->arena, ex->pieces, pc);
    while (*p) {
        /* `\@` is a literal @; `@name` a lexicon. */
        if (*p == '\\' && p[1]) {
            sbuf_add(&ex->out, p, 2);
            p += 2;
            continue;
        }
        if (*p == '@' && (isalnum((unsigned char)p[1]) || p[1] == '_')) {
            const char *q = p + 1;
            while (isalnum((unsigned char)*q) || *q == '_') q++;
            char *name = arena_strndup(rs->arena, p + 1, (size_t)(q - p - 1));
            const lexicon_t *lex = rules_lexicon(rs, name);
            int at = col + (int)(p - text);
            if (!lex)
                return err_set(err, file, line, at,
                               "unknown lexicon '@%s' (no %s/lexicons/%s.lex)",
                               name, rs->dir, name);
            piece_t e = {ex->out.len, line, at, true, lex->name};
            VEC_PUSH(rs->arena, ex->pieces, e);
            bool split = lex == ex->split;
            expand_lexicon(rs->arena, &ex->out, lex, split ? ex->share : NULL, split ? ex->nshare : 0);
            piece_t back = {ex->out.len, line, col + (int)(q - text), false, NULL};
            VEC_PUSH(rs->arena, ex->pieces, back);
            p = q;
            continue;
        }
        sbuf_addc(&ex->out, *p++);
    }
    return true;
}

static void locate(const expander_t *ex, size_t off, int *line, int *col,
                   const char **lexname) {
    const piece_t *best = &ex->pieces.v[0];
    for (size_t i = 0; i < ex->pieces.n; i++)
        if (ex->pieces.v[i].at <= off) best = &ex->pieces.v[i];
    *line = best->line;
    *lexname = best->expansion ? best->lexname : NULL;
    *col = best->col + (best->expansion ? 0 : (int)(off - best->at));
}

/* utf=false compiles the variant for pure-ASCII subjects (rule_t.re_ascii):
 * on ASCII text, UTF and UCP change no match (\w, \b, \s, caseless and
 * \p{..} agree on code points below 128), but JIT code without them runs
 * about a third faster. */
static pcre2_code *compile(ruleset_t *rs, const char *pat, size_t len, bool utf, int *code,
                           PCRE2_SIZE *off) {
    uint32_t opts = PCRE2_CASELESS | PCRE2_DUPNAMES | PCRE2_NEVER_BACKSLASH_C;
    if (utf) opts |= PCRE2_UTF | PCRE2_UCP;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, len, opts, code, off, NULL);
    /* READOUT_NO_JIT=1 runs the interpreter: JIT code reads ahead of the
     * subject in ways valgrind cannot tell from bugs (tests/valgrind.sh). */
    const char *nojit = getenv("READOUT_NO_JIT");
    bool jit = re && !(nojit && *nojit && strcmp(nojit, "0")) &&
               pcre2_jit_compile(re, PCRE2_JIT_COMPLETE) == 0;
    if (re && !jit) rs->interpreted = true;
    return re;
}

/* The largest compiled pattern the PCRE2 library holds: 64 KB with its
 * default 2-byte links (Debian's), 16 MB with 3-byte ones. */
size_t rules_pattern_limit(void) {
    uint32_t link = 2;
    pcre2_config(PCRE2_CONFIG_LINKSIZE, &link);
    return link >= 4 ? SIZE_MAX : ((size_t)1 << (8 * link)) - 1;
}

/* ---- rule files -------------------------------------------------------- */

typedef struct {
    rule_t *r;
    expander_t ex;
    int npieces;
    VEC(int) pat_lines;
    VEC(char *) pat_texts;
    VEC(int) pat_cols;
} building_t;

static const char *set_allowed(rule_table_t t, field_t f) {
    for (size_t i = 0; i < sizeof set_keys / sizeof *set_keys; i++)
        if (set_keys[i].table == t && set_keys[i].field == f)
            return set_keys[i].values ? set_keys[i].values : "";
    return NULL;
}

static bool word_in(const char *list, const char *w) {
    size_t n = strlen(w);
    for (const char *p = list; *p;) {
        const char *e = strchr(p, ' ');
        size_t l = e ? (size_t)(e - p) : strlen(p);
        if (l == n && !strncmp(p, w, n)) return true;
        p += l;
        while (*p == ' ') p++;
    }
    return false;
}

static int find_field(const char *name) {
    for (int f = 0; f < F_COUNT; f++)
        if (field_names[f] && !strcmp(field_names[f], name)) return f;
    return -1;
}

/* ---- rules in parts ----------------------------------------------------- */

/* Users grow lexicons (titles.tsv above all) past what one compiled PCRE2
 * pattern holds (64 KB with Debian's 2-byte links).  Such a rule is compiled
 * in parts, each with a share of its largest literal lexicon: shares are
 * runs of the entries in sorted order, so that entries with a common
 * beginning stay in one trie, cut at even sizes.  Only a lexicon the pattern
 * names once is split, so every match of the whole is a match of one part;
 * rules_run keeps the leftmost, then longest, as the whole's trie (longest
 * entry first) mostly would. */
#define RULE_PARTS_MAX 8

static size_t lexicon_refs(const building_t *b, const lexicon_t *lex) {
    size_t n = 0;
    for (size_t i = 0; i < b->pat_texts.n; i++) {
        const char *from = b->pat_texts.v[i], *end, *at;
        for (; (at = next_lexicon_ref(from, &end)); from = end)
            n += (size_t)(end - at - 1) == strlen(lex->name) && !strncmp(at + 1, lex->name, (size_t)(end - at - 1));
    }
    return n;
}

static const lexicon_t *lexicon_to_split(const building_t *b) {
    const lexicon_t *best = NULL;
    size_t best_bytes = 0;
    for (size_t i = 0; i < b->r->lexicons.n; i++) {
        const lexicon_t *lex = b->r->lexicons.v[i];
        if (lex->regex || lex->entries.n < 2 || lexicon_refs(b, lex) != 1) continue;
        size_t bytes = 0;
        for (size_t e = 0; e < lex->entries.n; e++) bytes += lex->entries.v[e].len;
        if (bytes > best_bytes) best = lex, best_bytes = bytes;
    }
    return best;
}

typedef struct {
    const char *key;
    uint32_t entry;
} sort_key_t;

static int cmp_sort_key(const void *a, const void *b) {
    return strcmp(((const sort_key_t *)a)->key, ((const sort_key_t *)b)->key);
}

static void free_parts(struct rule_part *p, int n) {
    for (int k = 0; k < n; k++) {
        pcre2_code_free(p[k].re);
        pcre2_code_free(p[k].re_ascii);
    }
}

/* Frees r's compiled code (its parts', or its one pattern's) unless an
 * earlier rule's it shares, and leaves r with none. */
static void free_rule_code(rule_t *r) {
    if (!r->shares_code) {
        struct rule_part whole = {r->re, r->re_ascii};
        if (r->nparts) free_parts(r->parts, r->nparts);
        else free_parts(&whole, 1);
    }
    r->re = r->re_ascii = NULL;
    r->parts = NULL;
    r->nparts = 0;
}

/* Compiles b's rule in the fewest parts (2 to RULE_PARTS_MAX) that each
 * fit; false (the rule unchanged) when none do. */
static bool compile_in_parts(ruleset_t *rs, building_t *b, const char *file, err_t *err) {
    const lexicon_t *lex = lexicon_to_split(b);
    if (!lex) return false;
    size_t n = lex->entries.n, total = 0;
    sort_key_t *keys = arena_alloc(rs->arena, n * sizeof *keys);
    uint32_t *order = arena_alloc(rs->arena, n * sizeof *order);
    for (size_t e = 0; e < n; e++) {
        const lex_entry_t *en = &lex->entries.v[e];
        keys[e] = (sort_key_t){en->key ? en->key : en->text, (uint32_t)e};
        total += en->len;
    }
    qsort(keys, n, sizeof *keys, cmp_sort_key);
    for (size_t e = 0; e < n; e++) order[e] = keys[e].entry;
    for (int nparts = 2; nparts <= RULE_PARTS_MAX; nparts++) {
        struct rule_part *parts = arena_alloc(rs->arena, (size_t)nparts * sizeof *parts);
        size_t from = 0, done = 0;
        int k = 0;
        for (; k < nparts; k++) {
            size_t to = from;
            while (to < n && (k == nparts - 1 || done < total * (size_t)(k + 1) / (size_t)nparts))
                done += lex->entries.v[order[to++]].len;
            expander_t ex = {.split = lex, .share = order + from, .nshare = to - from};
            sbuf_init(&ex.out, rs->arena);
            for (size_t i = 0; i < b->pat_texts.n; i++)
                if (!expand_piece(rs, &ex, b->pat_texts.v[i], file, b->pat_lines.v[i],
                                  b->pat_cols.v[i], err))
                    return false; /* (cannot happen: the whole rule expanded) */
            int code;
            PCRE2_SIZE off;
            parts[k].re = compile(rs, sbuf_str(&ex.out), ex.out.len, true, &code, &off);
            if (!parts[k].re) break;
            /* NULL when only the UTF form compiles, as for a whole rule */
            parts[k].re_ascii = compile(rs, sbuf_str(&ex.out), ex.out.len, false, &code, &off);
            from = to;
        }
        if (k == nparts) {
            b->r->parts = parts;
            b->r->nparts = nparts;
            b->r->re = parts[0].re;
            b->r->re_ascii = parts[0].re_ascii;
            return true;
        }
        free_parts(parts, k);
    }
    return false;
}

static bool finish_rule(ruleset_t *rs, building_t *b, const char *file,
                        err_t *err) {
    rule_t *r = b->r;
    if (!b->pat_texts.n)
        return err_set(err, file, r->line, 1, "rule '%s' has no pattern", r->id);
    sbuf_init(&b->ex.out, rs->arena);
    b->ex.pieces.n = 0;
    for (size_t i = 0; i < b->pat_texts.n; i++)
        if (!expand_piece(rs, &b->ex, b->pat_texts.v[i], file, b->pat_lines.v[i],
                          b->pat_cols.v[i], err))
            return false;
    r->source = (char *)sbuf_str(&b->ex.out);
    for (size_t i = 0; i < b->pat_texts.n; i++) {
        const char *from = b->pat_texts.v[i], *end, *at;
        for (; (at = next_lexicon_ref(from, &end)); from = end) {
            char *name = arena_strndup(rs->arena, at + 1, (size_t)(end - at - 1));
            const lexicon_t *lex = rules_lexicon(rs, name);
            bool seen = !lex;
            for (size_t k = 0; k < r->lexicons.n && !seen; k++) seen = r->lexicons.v[k] == lex;
            if (!seen) VEC_PUSH(rs->arena, r->lexicons, lex);
        }
    }
    int code;
    PCRE2_SIZE off;
    /* A rule with the pattern of an earlier one (a copy with another set of
     * fields, or a rule set duplicated for a benchmark) shares its code:
     * compiling and holding it again would cost time and memory for
     * nothing. */
    const rule_t *twin = NULL;
    for (size_t i = 0; i < rs->rules.n && !twin; i++)
        if (rs->rules.v[i]->re && !strcmp(rs->rules.v[i]->source, r->source)) twin = rs->rules.v[i];
    r->shares_code = twin != NULL;
    if (twin) {
        r->re = twin->re;
        r->re_ascii = twin->re_ascii;
        r->parts = twin->parts;
        r->nparts = twin->nparts;
    } else {
        r->re = compile(rs, r->source, b->ex.out.len, true, &code, &off);
        if (!r->re && code == PCRE2_ERROR_PATTERN_TOO_LARGE) compile_in_parts(rs, b, file, err);
    }
    if (!r->re) {
        char msg[256];
        pcre2_get_error_message(code, (PCRE2_UCHAR *)msg, sizeof msg);
        int line, col;
        const char *lexname;
        locate(&b->ex, off, &line, &col, &lexname);
        /* (a lexicon grown past what one pattern holds: say how to make
         * room rather than only that there is none) */
        if (code == PCRE2_ERROR_PATTERN_TOO_LARGE)
            return err_set(err, file, r->line, 1,
                           "in rule '%s': %s (over %zu KB compiled, even in %d parts): a lexicon used "
                           "twice, or inside a {m,n} repeat, is copied each time (and is not split "
                           "among parts); define it once as (?(DEFINE)(?<_x>@lexicon)) and call (?&_x)",
                           r->id, msg, (rules_pattern_limit() + 1) / 1024, RULE_PARTS_MAX);
        if (lexname)
            return err_set(err, file, line, col, "in rule '%s', lexicon '@%s': %s",
                           r->id, lexname, msg);
        return err_set(err, file, line, col, "in rule '%s': %s", r->id, msg);
    }
    /* Named groups must be fields of the rule's table. */
    uint32_t count, size;
    PCRE2_SPTR table;
    pcre2_pattern_info(r->re, PCRE2_INFO_NAMECOUNT, &count);
    pcre2_pattern_info(r->re, PCRE2_INFO_NAMEENTRYSIZE, &size);
    pcre2_pattern_info(r->re, PCRE2_INFO_NAMETABLE, &table);
    for (uint32_t i = 0; i < count; i++) {
        PCRE2_SPTR e = table + i * size;
        int num = (e[0] << 8) | e[1];
        const char *gname = (const char *)e + 2;
        if (gname[0] == '_') continue; /* a helper for (?&_name) calls */
        int f = find_field(gname);
        if (f < 0 || !(table_groups[r->table] & BIT(f))) {
            /* Point at the group in the file. */
            char needle[80];
            snprintf(needle, sizeof needle, "<%s>", gname);
            int line = r->line, col = 1;
            for (size_t k = 0; k < b->pat_texts.n; k++) {
                const char *hit = strstr(b->pat_texts.v[k], needle);
                if (hit) {
                    line = b->pat_lines.v[k];
                    col = b->pat_cols.v[k] + (int)(hit - b->pat_texts.v[k]) + 1;
                    break;
                }
            }
            err_set(err, file, line, col, "group '%s' is not a field of table '%s'", gname,
                    table_names[r->table]);
            free_rule_code(r); /* the rule never joins the set */
            return false;
        }
        for (int k = 0; k < 4; k++)
            if (!r->group[f][k]) {
                r->group[f][k] = num;
                break;
            }
    }
    r->groups = arena_alloc(rs->arena, sizeof *r->groups * F_COUNT * 4);
    for (int f = 0; f < F_COUNT; f++)
        for (int k = 0; k < 4 && r->group[f][k]; k++)
            r->groups[r->ngroups++] = (struct field_group){(unsigned short)f, (unsigned short)r->group[f][k]};
    /* NULL when only the UTF form compiles (a code point above 255, say):
     * then every unit runs r->re */
    if (!twin && !r->nparts) r->re_ascii = compile(rs, r->source, b->ex.out.len, false, &code, &off);
    return true;
}

static bool parse_rule_file(ruleset_t *rs, const char *path, err_t *err) {
    file_t f;
    if (!slurp(path, &f, err)) return false;
    const char *file = arena_strdup(rs->arena, path);
    char *cur = f.buf, *line;
    size_t len;
    int ln = 0;
    bool ok = true;
    building_t b;
    memset(&b, 0, sizeof b);
    while (ok && next_line(&cur, &line, &len)) {
        ln++;
        if (is_blank_or_comment(line)) continue;
        char *p = line;
        while (*p == ' ' || *p == '\t') p++;
        char *key = p;
        while (*p && *p != ' ' && *p != '\t') p++;
        size_t klen = (size_t)(p - key);
        while (*p == ' ' || *p == '\t') p++;
        char *val = p;
        size_t vl = strlen(val);
        while (vl && (val[vl - 1] == ' ' || val[vl - 1] == '\t')) val[--vl] = 0;
        int kcol = (int)(key - line) + 1, vcol = (int)(val - line) + 1;
        char *k = arena_strndup(rs->arena, key, klen);
        if (!strcmp(k, "rule")) {
            if (b.r) {
                ok = err_set(err, file, b.r->line, 1,
                             "rule '%s' is not closed by 'end' before the next rule",
                             b.r->id);
                break;
            }
            if (!*val) {
                ok = err_set(err, file, ln, kcol, "rule without an id");
                break;
            }
            for (char *c = val; *c; c++)
                if (!isalnum((unsigned char)*c) && !strchr("._-", *c)) {
                    ok = err_set(err, file, ln, vcol + (int)(c - val),
                                 "rule id may hold letters, digits, '.', '_', '-'");
                    break;
                }
            if (!ok) break;
            for (size_t i = 0; i < rs->rules.n; i++)
                if (!strcmp(rs->rules.v[i]->id, val)) {
                    ok = err_set(err, file, ln, vcol,
                                 "duplicate rule id '%s' (first at %s:%d)", val,
                                 rs->rules.v[i]->file, rs->rules.v[i]->line);
                    break;
                }
            if (!ok) break;
            memset(&b, 0, sizeof b);
            b.r = arena_alloc(rs->arena, sizeof(rule_t));
            b.r->id = arena_strdup(rs->arena, val);
            b.r->file = file;
            b.r->line = ln;
            b.r->table = RT_COUNT;
            continue;
        }
        if (!b.r) {
            ok = err_set(err, file, ln, kcol, "'%s' outside a rule (start one with 'rule ID')", k);
            break;
        }
        rule_t *r = b.r;
        if (!strcmp(k, "end")) {
            if (r->table == RT_COUNT) {
                ok = err_set(err, file, r->line, 1, "rule '%s' has no table", r->id);
                break;
            }
            if (!(ok = finish_rule(rs, &b, file, err))) break;
            r->index = (int)rs->rules.n;
            VEC_PUSH(rs->arena, rs->rules, r);
            r->table_index = (int)rs->by_table[r->table].n;
            VEC_PUSH(rs->arena, rs->by_table[r->table], r);
            b.r = NULL;
        } else if (!strcmp(k, "table")) {
            int t;
            for (t = 0; t < RT_COUNT; t++)
                if (!strcmp(table_names[t], val)) break;
            if (t == RT_COUNT) {
                ok = err_set(err, file, ln, vcol,
                             "unknown table '%s' (normalize, segment, talks, time, "
                             "participants, actors, positions, items)",
                             val);
                break;
            }
            r->table = (rule_table_t)t;
        } else if (!strcmp(k, "priority")) {
            char *end;
            long pr = strtol(val, &end, 10);
            if (!*val || *end) {
                ok = err_set(err, file, ln, vcol, "priority must be a whole number");
                break;
            }
            r->priority = (int)pr;
        } else if (!strcmp(k, "set")) {
            if (r->table == RT_COUNT) {
                ok = err_set(err, file, ln, kcol, "'set' before 'table'");
                break;
            }
            char *eq = strchr(val, '=');
            if (!eq) {
                ok = err_set(err, file, ln, vcol, "'set' wants field=value");
                break;
            }
            *eq = 0;
            int fld = find_field(val);
            const char *allowed = fld >= 0 ? set_allowed(r->table, (field_t)fld) : NULL;
            if (!allowed) {
                ok = err_set(err, file, ln, vcol, "table '%s' has no settable field '%s'",
                             table_names[r->table], val);
                break;
            }
            if (*allowed && !word_in(allowed, eq + 1)) {
                ok = err_set(err, file, ln, vcol + (int)(eq + 1 - val),
                             "'%s' is not a value of %s (%s)", eq + 1, val, allowed);
                break;
            }
            r->set[fld] = arena_strdup(rs->arena, eq + 1);
        } else if (!strcmp(k, "pattern")) {
            VEC_PUSH(rs->arena, b.pat_texts, arena_strdup(rs->arena, val));
            VEC_PUSH(rs->arena, b.pat_lines, ln);
            VEC_PUSH(rs->arena, b.pat_cols, vcol);
        } else if (!strcmp(k, "replace")) {
            r->replace = arena_strdup(rs->arena, val);
        } else if (!strcmp(k, "needs")) {
            /* a later line adds a group that must be met as well */
            r->needs_declared = true;
            int group = 0;
            while (group < NEEDS_GROUPS_MAX && (r->needs_all >> group & 1)) group++;
            if (group == NEEDS_GROUPS_MAX) {
                ok = err_set(err, file, ln, 1, "more than %d 'needs' lines", NEEDS_GROUPS_MAX);
                break;
            }
            VEC(char *) lits = {0};
            for (int i = 0; i < r->nneeds; i++) VEC_PUSH(rs->arena, lits, r->needs[i]);
            char *save = NULL;
            for (char *w = strtok_r(val, "|", &save); w; w = strtok_r(NULL, "|", &save)) {
                w = trim(w);
                if (!*w) continue;
                if (*w == '@') { /* every entry's last word: one of them must be there */
                    const lexicon_t *lex = rules_lexicon(rs, w + 1);
                    if (!lex || lex->regex) {
                        ok = err_set(err, file, ln, vcol + (int)(w - val),
                                     "'needs %s' wants a literal lexicon", w);
                        break;
                    }
                    for (size_t e = 0; e < lex->entries.n; e++) {
                        const char *t = lex->entries.v[e].text, *sp = strrchr(t, ' ');
                        const char *last = sp ? sp + 1 : t;
                        VEC_PUSH(rs->arena, lits, rules_key(rs->arena, last, strlen(last)));
                    }
                    continue;
                }
                /* \b at an end: a word edge, which the prefilter reads as a
                 * blank (prefilter.h) */
                bool lead = !strncmp(w, "\\b", 2), trail = strlen(w) > 2 && !strcmp(w + strlen(w) - 2, "\\b");
                if (lead) w += 2;
                if (trail) w[strlen(w) - 2] = 0;
                if (!*trim(w)) {
                    ok = err_set(err, file, ln, vcol + (int)(w - val),
                                 "a 'needs' literal has no letters besides \\b");
                    break;
                }
                char *folded = rules_key(rs->arena, w, strlen(w));
                VEC_PUSH(rs->arena, lits,
                         arena_printf(rs->arena, "%s%s%s", lead ? " " : "", folded, trail ? " " : ""));
            }
            if (!ok) break;
            unsigned char *groups = arena_alloc(rs->arena, lits.n + 1);
            if (r->nneeds) memcpy(groups, r->needs_group, (size_t)r->nneeds);
            memset(groups + r->nneeds, group, lits.n - (size_t)r->nneeds);
            VEC_PUSH(rs->arena, lits, NULL);
            r->needs = lits.v;
            r->nneeds = (int)lits.n - 1;
            r->needs_group = groups;
            r->needs_all |= (unsigned char)(1u << group);
        } else if (!strcmp(k, "example") || !strcmp(k, "counter")) {
            example_t e = {0};
            e.counter = k[0] == 'c';
            e.line = ln;
            e.published = "2020-11-25";
            char *t = val;
            /* [YYYY-MM-DD] release date of the example (not "[2] Courtesy
             * call ...", a text that opens with a bracket) */
            if (*t == '[') {
                char *close = strchr(t, ']');
                if (close && close - t == 11 && isdigit((unsigned char)t[1]) && t[5] == '-' && t[8] == '-') {
                    e.published = arena_strndup(rs->arena, t + 1, (size_t)(close - t - 1));
                    t = trim(close + 1);
                }
            }
            char *arrow = strstr(t, " => ");
            if (arrow) {
                if (e.counter) {
                    ok = err_set(err, file, ln, vcol + (int)(arrow - val),
                                 "a counter example expects nothing ('=>' not allowed)");
                    break;
                }
                *arrow = 0;
                e.expect = arena_strdup(rs->arena, trim(arrow + 4));
            }
            e.text = arena_strdup(rs->arena, t);
            VEC_PUSH(rs->arena, r->examples, e);
        } else {
            ok = err_set(err, file, ln, kcol,
                         "unknown key '%s' (table, priority, set, needs, pattern, "
                         "replace, example, counter, end)",
                         k);
        }
    }
    if (ok && b.r)
        ok = err_set(err, file, b.r->line, 1, "rule '%s' is not closed by 'end'",
                     b.r->id);
    free(f.buf);
    return ok;
}

static bool topic_line(line_t *l) {
    ruleset_t *rs = l->rs;
    char *cols[3];
    int nc = split_tabs(l->line, cols, 3);
    if (nc < 2) return err_set(l->err, l->path, l->ln, 1, "expected: tag<TAB>pattern[<TAB>from]");
    char *tag = trim(cols[0]), *pat = trim(cols[1]);
    date_t from;
    if (!parse_date(nc > 2 ? trim(cols[2]) : "", &from))
        return err_set(l->err, l->path, l->ln, (int)(cols[2] - l->line) + 1, "bad date '%s' (want YYYY-MM-DD)",
                       trim(cols[2]));
    for (char *c = tag; *c; c++)
        if (!islower((unsigned char)*c) && !isdigit((unsigned char)*c) && *c != '_')
            return err_set(l->err, l->path, l->ln, (int)(c - l->line) + 1,
                           "topic tags are lower case letters, digits and '_'");
    char msg[256];
    long off = check_regex(pat, strlen(pat), msg, sizeof msg);
    if (off >= 0)
        return err_set(l->err, l->path, l->ln, (int)(pat - l->line) + (int)off + 1,
                       "bad pattern for topic '%s': %s", tag, msg);
    /* each line its own pattern, run only where a literal it cannot
     * match without occurs (match_topics keeps the earlier line's match
     * where two start at one place) */
    topic_t t = {arena_strdup(rs->arena, tag), arena_strdup(rs->arena, pat), NULL, NULL, false, from};
    /* (whole words: not inside one at either end, which is \b where the
     * pattern starts on a letter and still holds where it starts on a
     * quote: '"Joint Sea" exercise') */
    char *whole = arena_printf(rs->arena, "(?<![\\p{L}\\p{N}])(?:%s)(?![\\p{L}\\p{N}])", pat);
    int code;
    PCRE2_SIZE eoff;
    t.re = compile(rs, whole, strlen(whole), true, &code, &eoff);
    t.re_ascii = compile(rs, whole, strlen(whole), false, &code, &eoff);
    if (!t.re || !t.re_ascii) {
        pcre2_code_free(t.re);
        pcre2_code_free(t.re_ascii);
        pcre2_get_error_message(code, (PCRE2_UCHAR *)msg, sizeof msg);
        return err_set(l->err, l->path, l->ln, (int)(pat - l->line) + 1, "bad pattern for topic '%s': %s",
                       tag, msg);
    }
    VEC_PUSH(rs->arena, rs->topics, t);
    return true;
}

static bool load_topics(ruleset_t *rs, err_t *err) {
    char *path = path_join(rs->arena, rs->dir, "topics.tsv");
    return each_line(rs, path, topic_line, NULL, err);
}

/* The number of literal lit, numbered once. */
static const char *nth_literal(const void *ctx, size_t i) { return ((char *const *)ctx)[i]; }

/* Numbers lits[0..n) in order of first occurrence into rs->needs_lits,
 * equal strings sharing a number, and returns the numbers (a hash, not a
 * scan of the literals seen: thousands of topic literals made that the
 * slowest part of loading). */
static int *number_literals(ruleset_t *rs, char **lits, size_t n) {
    size_t nslots;
    uint32_t *slots = index_strings(rs->arena, n, nth_literal, lits, &nslots);
    int *ids = arena_alloc(rs->arena, (n + 1) * sizeof *ids);
    for (size_t i = 0; i < n; i++) {
        long first = find_string(slots, nslots, nth_literal, lits, lits[i]);
        if ((size_t)first == i) {
            ids[i] = (int)rs->needs_lits.n;
            VEC_PUSH(rs->arena, rs->needs_lits, lits[i]);
        } else {
            ids[i] = ids[first];
        }
    }
    return ids;
}

/* Every rule's `needs` literals and the literals derived from each topic
 * line (literals.h), numbered once, in one Aho-Corasick automaton
 * (prefilter.c): one pass over a unit tells both. */
static void build_prefilter(ruleset_t *rs) {
    /* a rule that declares no `needs` needs what its pattern cannot match
     * without, if that is three letters or more */
    for (size_t i = 0; i < rs->rules.n; i++) {
        rule_t *r = rs->rules.v[i];
        literals_t lits;
        if (r->nneeds || !literals_required(rs->arena, r->source, 3, &lits)) continue;
        r->needs = lits.v;
        r->nneeds = (int)lits.n;
        r->needs_group = arena_alloc(rs->arena, lits.n); /* one group, 0 */
        r->needs_all = 1;
    }
    /* number the literals, then list for each the rules that need it */
    VEC(char *) lits_seen = {0}; /* the rules' literals rule after rule, then the topics' */
    for (size_t i = 0; i < rs->rules.n; i++) {
        const rule_t *r = rs->rules.v[i];
        for (int k = 0; k < r->nneeds; k++) VEC_PUSH(rs->arena, lits_seen, r->needs[k]);
    }
    size_t nrule_lits = lits_seen.n;
    VEC(int) topic_of = {0};
    for (size_t i = 0; i < rs->topics.n; i++) {
        literals_t lits;
        /* (three letters at least: a shorter one would start the line
         * nearly everywhere) */
        rs->topics.v[i].always = !literals_required(rs->arena, rs->topics.v[i].pattern, 3, &lits);
        for (size_t k = 0; !rs->topics.v[i].always && k < lits.n; k++) {
            VEC_PUSH(rs->arena, lits_seen, lits.v[k]);
            VEC_PUSH(rs->arena, topic_of, (int)i);
        }
    }
    int *ids = number_literals(rs, lits_seen.v, lits_seen.n), *topic_ids = ids + nrule_lits;
    rs->lit_topics = arena_alloc(rs->arena, (rs->needs_lits.n + 1) * sizeof *rs->lit_topics);
    for (size_t k = 0; k < topic_of.n; k++) VEC_PUSH(rs->arena, rs->lit_topics[topic_ids[k]], topic_of.v[k]);
    rs->lit_rules = arena_alloc(rs->arena, (rs->needs_lits.n + 1) * sizeof *rs->lit_rules);
    size_t at = 0;
    for (size_t i = 0; i < rs->rules.n; i++) {
        const rule_t *r = rs->rules.v[i];
        for (int k = 0; k < r->nneeds; k++) {
            int j = ids[at++], entry = r->index * NEEDS_GROUPS_MAX + r->needs_group[k];
            if (!rs->lit_rules[j].n || rs->lit_rules[j].v[rs->lit_rules[j].n - 1] != entry)
                VEC_PUSH(rs->arena, rs->lit_rules[j], entry);
        }
    }
    if (rs->needs_lits.n)
        rs->prefilter = prefilter_build(rs->arena, rs->needs_lits.v, rs->needs_lits.n);
}

ruleset_t *rules_load(const char *dir, err_t *err) {
    arena_t *a = arena_new();
    ruleset_t *rs = arena_alloc(a, sizeof *rs);
    rs->arena = a;
    rs->dir = arena_strdup(a, dir);
    rs->match_limit = 2000000;
    rs->depth_limit = 10000;
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        err_set(err, dir, 0, 0, "rules directory not found");
        rules_free(rs);
        return NULL;
    }
    bool ok = load_lexicons(rs, err) && resolve_lexicon_refs(rs, err) && load_countries(rs, err) &&
              load_titles(rs, err) && load_gazetteer(rs, err) &&
              load_topics(rs, err);
    if (ok) {
        size_t n;
        char **names = list_dir(a, dir, "", ".rules", &n);
        if (!n) ok = err_set(err, dir, 0, 0, "no *.rules files");
        for (size_t i = 0; ok && i < n; i++)
            ok = parse_rule_file(rs, path_join(a, dir, names[i]), err);
    }
    if (ok) build_prefilter(rs), index_lexicon_names(rs);
    if (ok) index_holders(rs);
    if (ok) link_same_patterns(rs);
    if (!ok) {
        rules_free(rs);
        return NULL;
    }
    return rs;
}

void rules_free(ruleset_t *rs) {
    if (!rs) return;
    for (size_t i = 0; i < rs->rules.n; i++) free_rule_code(rs->rules.v[i]);
    for (size_t i = 0; i < rs->topics.n; i++) {
        pcre2_code_free(rs->topics.v[i].re);
        pcre2_code_free(rs->topics.v[i].re_ascii);
    }
    arena_free(rs->arena);
}

char *rules_find_dir(const char *cli_dir, const char *argv0) {
    if (cli_dir) return xstrdup(cli_dir);
    const char *env = getenv("READOUT_RULES");
    if (env && *env) return xstrdup(env);
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) {
        snprintf(exe, sizeof exe, "%s", argv0 ? argv0 : ".");
        n = (ssize_t)strlen(exe);
    }
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    if (slash) *slash = 0;
    else strcpy(exe, ".");
    const char *tries[] = {"%s/rules", "%s/../rules", "%s/../share/readout/rules",
                           NULL};
    char buf[4200];
    struct stat st;
    for (int i = 0; tries[i]; i++) {
        snprintf(buf, sizeof buf, tries[i], exe);
        if (stat(buf, &st) == 0 && S_ISDIR(st.st_mode)) return xstrdup(buf);
    }
#ifdef READOUT_RULES_DIR
    return xstrdup(READOUT_RULES_DIR);
#else
    return xstrdup("rules");
#endif
}

/* ---- workers and rewrites ---------------------------------------------- */

worker_t *worker_new(const ruleset_t *rs) {
    worker_t *w = xcalloc(1, sizeof *w);
    w->md = pcre2_match_data_create(64, NULL);
    w->mc = pcre2_match_context_create(NULL);
    pcre2_set_match_limit(w->mc, (uint32_t)rs->match_limit);
    pcre2_set_depth_limit(w->mc, (uint32_t)rs->depth_limit);
    w->jit = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
    pcre2_jit_stack_assign(w->mc, NULL, w->jit);
    w->scratch = arena_new();
    w->rs = rs;
    w->seen = xcalloc(rs->needs_lits.n + 1, 1);
    w->hits = xcalloc(rs->needs_lits.n + 1, sizeof *w->hits);
    w->may = xcalloc(rs->rules.n + 1, 1);
    w->topic_may = xcalloc(rs->topics.n + 1, 1);
    const char *prof = getenv("READOUT_PROFILE");
    if (prof && *prof && strcmp(prof, "0")) {
        w->rule_seconds = xcalloc(rs->rules.n + 1, sizeof(double));
        w->rule_runs = xcalloc(rs->rules.n + 1, sizeof(size_t));
        w->rule_hits = xcalloc(rs->rules.n + 1, sizeof(size_t));
        w->profile_rows = strcmp(prof, "all") ? 25 : rs->rules.n;
    }
    return w;
}

static void print_profile(const worker_t *w) {
    const ruleset_t *rs = w->rs;
    size_t n = rs->rules.n;
    double total = 0;
    for (size_t i = 0; i <= n; i++) total += w->rule_seconds[i];
    if (total <= 0) return;
    size_t *order = xmalloc((n + 1) * sizeof *order);
    for (size_t i = 0; i < n; i++) order[i] = i;
    for (size_t i = 1; i < n; i++) /* insertion sort: a few dozen rules */
        for (size_t j = i; j > 0 && w->rule_seconds[order[j]] > w->rule_seconds[order[j - 1]]; j--) {
            size_t t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
        }
    /* units and matched: a rule that runs on many units and matches on few
     * wants a sharper `needs` */
    fprintf(stderr, "readout: rule profile (this worker)\n%10s  %9s  %9s  %s\n", "seconds",
            "units", "matched", "rule");
    for (size_t i = 0; i < n && i < w->profile_rows; i++)
        fprintf(stderr, "%10.3f  %9zu  %9zu  %s\n", w->rule_seconds[order[i]],
                w->rule_runs[order[i]], w->rule_hits[order[i]], rs->rules.v[order[i]]->id);
    fprintf(stderr, "%10.3f  (prefilter and topics)\n%10.3f  (all rules, prefilter and topics)\n", w->rule_seconds[n], total);
    free(order);
}

void worker_reset(worker_t *w) {
    arena_free(w->scratch);
    w->scratch = arena_new();
    w->seen_subj = NULL;
    w->may_valid = false;
}

void worker_free(worker_t *w) {
    if (!w) return;
    if (w->rule_seconds) {
        print_profile(w);
        free(w->rule_seconds);
        free(w->rule_runs);
        free(w->rule_hits);
    }
    pcre2_match_data_free(w->md);
    pcre2_match_context_free(w->mc);
    pcre2_jit_stack_free(w->jit);
    arena_free(w->scratch);
    free(w->seen);
    free(w->hits);
    free(w->may);
    free(w->topic_may);
    free(w);
}

int rules_match(const ruleset_t *rs, worker_t *w, const pcre2_code *re, const char *subj,
                size_t len, size_t pos, uint32_t opts) {
    if (rs->interpreted)
        return pcre2_match(re, (PCRE2_SPTR)subj, len, pos, opts, w->md, w->mc);
    return pcre2_jit_match(re, (PCRE2_SPTR)subj, len, pos, opts, w->md, w->mc);
}

int rules_run(const ruleset_t *rs, worker_t *w, const rule_t *r, bool ascii, const char *subj,
              size_t len, size_t pos, uint32_t opts) {
    if (!r->nparts) return rules_match(rs, w, rules_code_for(r->re, r->re_ascii, ascii), subj, len, pos, opts);
    int best = -1, best_rc = PCRE2_ERROR_NOMATCH, last = -1, best_groups = 0;
    PCRE2_SIZE start = 0, end = 0;
    for (int k = 0; k < r->nparts; k++) {
        const struct rule_part *p = &r->parts[k];
        int rc = rules_match(rs, w, rules_code_for(p->re, p->re_ascii, ascii), subj, len, pos, opts);
        if (rc == PCRE2_ERROR_NOMATCH) continue;
        if (rc < 0) return rc;
        last = k;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(w->md);
        /* (over the same text, the reading that fills more groups: the
         * whole pattern tries its optional parts first, "ASEAN" as the
         * country of "Secretary-General" before a title "ASEAN
         * Secretary-General") */
        int groups = 0;
        for (int g = 1; g < rc; g++) groups += ov[2 * g] != PCRE2_UNSET;
        if (best < 0 || ov[0] < start ||
            (ov[0] == start && (ov[1] > end || (ov[1] == end && groups > best_groups))))
            best = k, best_rc = rc, start = ov[0], end = ov[1], best_groups = groups;
    }
    /* the match data holds the last part that matched: the winner's again */
    if (best >= 0 && best != last) {
        const struct rule_part *p = &r->parts[best];
        best_rc = rules_match(rs, w, rules_code_for(p->re, p->re_ascii, ascii), subj, len, pos, opts);
    }
    return best_rc;
}

void rules_rewrite(const ruleset_t *rs, worker_t *w, doc_t *d) {
    for (size_t i = 0; i < rs->by_table[RT_NORMALIZE].n; i++) {
        const rule_t *r = rs->by_table[RT_NORMALIZE].v[i];
        if (!r->replace) continue;
        mapper_t m;
        mapper_init(&m, d);
        size_t pos = 0, copied = 0;
        bool changed = false;
        while (pos <= d->len) {
            int rc = rules_run(rs, w, r, false, d->text, d->len, pos, 0);
            if (rc < 0) {
                if (rc != PCRE2_ERROR_NOMATCH)
                    doc_note(d, "rule '%s' skipped: match limit", r->id);
                break;
            }
            PCRE2_SIZE *ov = pcre2_get_ovector_pointer(w->md);
            size_t s = ov[0], e = ov[1];
            mapper_put(&m, d->text + copied, s - copied, (uint32_t)copied, true);
            /* $N copies group N with its own offsets; other bytes map to the
             * start of the match. */
            for (const char *t = r->replace; *t; t++) {
                if (*t == '$' && isdigit((unsigned char)t[1])) {
                    int g = t[1] - '0';
                    t++;
                    if (g < rc && ov[2 * g] != PCRE2_UNSET)
                        mapper_put(&m, d->text + ov[2 * g], ov[2 * g + 1] - ov[2 * g],
                                   (uint32_t)ov[2 * g], true);
                    continue;
                }
                mapper_put(&m, t, 1, (uint32_t)s, false);
            }
            copied = e;
            changed = true;
            pos = e > s ? e : e + 1;
        }
        if (!changed) continue;
        mapper_put(&m, d->text + copied, d->len - copied, (uint32_t)copied, true);
        mapper_finish(&m);
    }
}
