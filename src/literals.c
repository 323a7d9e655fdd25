/* literals.c — the words a pattern cannot match without (literals.h).
 *
 * A small reader of PCRE2 syntax.  A sequence of atoms requires the best
 * of its factors: a run of literal characters, or a group that requires a
 * set; an alternation requires the union of its branches' sets, or nothing
 * when one branch requires nothing.  Optional atoms end a run and give no
 * factor; zero-width assertions give none either. */
#include "literals.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    arena_t *a;
    const char *p; /* the next byte to read */
    size_t min_alnum;
} reader_t;

typedef struct {
    char **v;
    size_t n, cap;
    bool some; /* false: requires nothing */
} set_t;

static set_t nothing(void) { return (set_t){NULL, 0, 0, false}; }

static size_t alnum_count(const char *s) {
    size_t n = 0;
    for (; *s; s++) n += isalnum((unsigned char)*s) != 0;
    return n;
}

/* The weakest literal of a set: a factor is as selective as that. */
static size_t strength(const set_t *s) {
    size_t m = SIZE_MAX;
    for (size_t i = 0; i < s->n; i++) {
        size_t k = alnum_count(s->v[i]);
        if (k < m) m = k;
    }
    return s->some ? m : 0;
}

static void add_literal(reader_t *r, set_t *s, const char *lit) {
    if (s->n == s->cap) {
        size_t cap = s->cap ? 2 * s->cap : 4;
        char **v = arena_alloc(r->a, cap * sizeof *v);
        if (s->n) memcpy(v, s->v, s->n * sizeof *v);
        s->v = v, s->cap = cap;
    }
    s->v[s->n++] = arena_strdup(r->a, lit);
}

/* The run of literal characters so far, folded: blanks trimmed at its
 * ends (a blank there would only say "not a letter"). */
typedef struct {
    char buf[256];
    size_t len;
} run_t;

static void run_add(run_t *run, unsigned char c) {
    char f = isalnum(c) ? (char)tolower(c) : ' ';
    if (f == ' ' && (!run->len || run->buf[run->len - 1] == ' ')) return;
    if (run->len + 1 < sizeof run->buf) run->buf[run->len++] = f;
}

/* Ends the run: it becomes a factor of the sequence if it beats the best. */
static void run_end(reader_t *r, run_t *run, set_t *best) {
    while (run->len && run->buf[run->len - 1] == ' ') run->len--;
    run->buf[run->len] = 0;
    if (alnum_count(run->buf) >= r->min_alnum && alnum_count(run->buf) > strength(best)) {
        *best = nothing();
        best->some = true;
        add_literal(r, best, run->buf);
    }
    run->len = 0;
}

static void consider(set_t *best, const set_t *factor) {
    if (factor->some && strength(factor) > strength(best)) *best = *factor;
}

static set_t read_alternation(reader_t *r);

/* Skips a bracketed class ("[^\]a-z[:alpha:]]"). */
static void skip_class(reader_t *r) {
    r->p++; /* [ */
    if (*r->p == '^') r->p++;
    if (*r->p == ']') r->p++;
    while (*r->p && *r->p != ']') {
        if (*r->p == '\\' && r->p[1]) r->p += 2;
        else if (*r->p == '[' && r->p[1] == ':') {
            const char *e = strstr(r->p + 2, ":]");
            r->p = e ? e + 2 : r->p + 1;
        } else r->p++;
    }
    if (*r->p) r->p++;
}

/* Skips a group whose content is not read, to its closing parenthesis. */
static void skip_group(reader_t *r) {
    int depth = 0;
    while (*r->p) {
        char c = *r->p;
        if (c == '\\' && r->p[1]) {
            r->p += 2;
            continue;
        }
        if (c == '[') {
            skip_class(r);
            continue;
        }
        r->p++;
        if (c == '(') depth++;
        else if (c == ')' && --depth == 0) return;
    }
}

typedef enum { Q_ONCE, Q_OPTIONAL, Q_SOME } quant_t;

/* The quantifier after an atom: none or {1} (once), one that allows zero,
 * or one that wants at least one (and may repeat). */
static quant_t read_quantifier(reader_t *r) {
    quant_t q;
    char c = *r->p;
    if (c == '?' || c == '*') {
        q = Q_OPTIONAL, r->p++;
    } else if (c == '+') {
        q = Q_SOME, r->p++;
    } else if (c == '{' && isdigit((unsigned char)r->p[1])) {
        char *e;
        long lo = strtol(r->p + 1, &e, 10), hi = lo;
        if (*e == ',') hi = isdigit((unsigned char)e[1]) ? strtol(e + 1, &e, 10) : (e++, -1);
        if (*e != '}') return Q_ONCE; /* a literal '{' */
        r->p = e + 1;
        q = lo == 0 ? Q_OPTIONAL : lo == 1 && hi == 1 ? Q_ONCE : Q_SOME;
    } else {
        return Q_ONCE;
    }
    if (*r->p == '?' || *r->p == '+') r->p++; /* lazy, possessive */
    return q;
}

/* Groups whose content is not read (g is past the '('): verbs,
 * assertions, conditions, comments, callouts, calls, back references. */
static bool unread_group(const char *g) {
    if (*g == '*') return true;
    if (*g != '?') return false;
    char k = g[1];
    if (k == '=' || k == '!' || k == '(' || k == '&' || k == 'R' || k == '#' || k == 'C' ||
        isdigit((unsigned char)k))
        return true;
    if ((k == '+' || k == '-') && isdigit((unsigned char)g[2])) return true;
    if (k == '<' && (g[2] == '=' || g[2] == '!')) return true;
    return k == 'P' && (g[2] == '>' || g[2] == '=');
}

typedef struct {
    set_t set;
    bool atom; /* false: "(?i)", options for the rest, no atom */
} group_t;

/* A group from its '(' to past its ')'. */
static group_t read_group(reader_t *r) {
    group_t g = {nothing(), true};
    const char *open = r->p;
    if (unread_group(r->p + 1)) {
        skip_group(r);
        return g;
    }
    /* "(", "(?:", "(?|", "(?>", "(?<name>", "(?'name'", "(?P<name>",
     * "(?i:", "(?-i:" */
    r->p++;
    if (*r->p == '?') {
        r->p++;
        if (*r->p == ':' || *r->p == '|' || *r->p == '>') {
            r->p++;
        } else if (*r->p == '<' || *r->p == '\'' || *r->p == 'P') {
            if (*r->p == 'P') r->p++;
            const char *e = strchr(r->p + 1, *r->p == '<' ? '>' : '\'');
            if (!e) {
                r->p = open;
                skip_group(r);
                return g;
            }
            r->p = e + 1;
        } else {
            while (*r->p && (isalpha((unsigned char)*r->p) || *r->p == '-' || *r->p == '^')) r->p++;
            if (*r->p == ')') {
                r->p++;
                g.atom = false;
                return g;
            }
            if (*r->p != ':') {
                r->p = open;
                skip_group(r);
                return g;
            }
            r->p++;
        }
    }
    g.set = read_alternation(r);
    if (*r->p == ')') r->p++;
    else g.set = nothing(); /* unbalanced: trust nothing */
    return g;
}

/* "\x41", "\x{41}" (r is past the 'x'): the character if ASCII, else -1. */
static int hex_char(reader_t *r) {
    bool braced = *r->p == '{';
    const char *from = r->p + braced;
    unsigned long v = 0;
    size_t k = 0;
    for (; isxdigit((unsigned char)from[k]) && (braced || k < 2); k++)
        v = v * 16 + (unsigned long)(isdigit((unsigned char)from[k]) ? from[k] - '0'
                                                                    : tolower((unsigned char)from[k]) - 'a' + 10);
    r->p = from + k + (braced && from[k] == '}');
    return v < 0x80 ? (int)v : -1;
}

/* A sequence up to '|' or ')': its best factor. */
static set_t read_sequence(reader_t *r) {
    set_t best = nothing();
    run_t run = {{0}, 0};
    while (*r->p && *r->p != '|' && *r->p != ')') {
        unsigned char c = (unsigned char)*r->p;
        if (c == '(') {
            group_t g = read_group(r);
            if (!g.atom) continue;
            quant_t q = read_quantifier(r);
            run_end(r, &run, &best);
            if (q != Q_OPTIONAL) consider(&best, &g.set);
            continue;
        }
        if (c == '[' || c == '.' || c >= 0x80) {
            if (c == '[') skip_class(r);
            else {
                r->p++;
                while (c >= 0x80 && ((unsigned char)*r->p & 0xC0) == 0x80) r->p++;
            }
            read_quantifier(r);
            run_end(r, &run, &best);
            continue;
        }
        if (c == '^' || c == '$') {
            r->p++;
            continue;
        }
        /* one character: a literal one (folded), a blank, or a class */
        int ch = -1; /* -1: a class or an assertion */
        bool zero_width = false;
        if (c == '\\') {
            char e = r->p[1];
            if (!e) break;
            r->p += 2;
            if (strchr("bBAzZGK", e)) zero_width = true;
            else if (strchr("snrtfv", e)) ch = ' ';
            else if (e == 'x') {
                ch = hex_char(r);
            } else if (e == 'p' || e == 'P') {
                if (*r->p == '{') {
                    const char *q = strchr(r->p, '}');
                    r->p = q ? q + 1 : r->p + 1;
                } else if (*r->p) {
                    r->p++;
                }
            } else if (e == 'Q') { /* \Q...\E: trust nothing of it */
                const char *q = strstr(r->p, "\\E");
                r->p = q ? q + 2 : r->p + strlen(r->p);
            } else if (isalnum((unsigned char)e)) {
                /* \d \w \S \W \D \h \v \R \X \N, back references \1 \g \k */
                if ((e == 'g' || e == 'k') && (*r->p == '{' || *r->p == '<' || *r->p == '\'')) {
                    char close = *r->p == '{' ? '}' : *r->p == '<' ? '>' : '\'';
                    const char *q = strchr(r->p + 1, close);
                    r->p = q ? q + 1 : r->p + 1;
                }
                while (isdigit((unsigned char)e) && isdigit((unsigned char)*r->p)) r->p++;
            } else {
                ch = (unsigned char)e; /* an escaped punctuation mark */
            }
        } else {
            r->p++;
            ch = c;
        }
        if (zero_width) {
            read_quantifier(r);
            continue;
        }
        quant_t q = read_quantifier(r);
        if (ch < 0 || q == Q_OPTIONAL) {
            run_end(r, &run, &best);
            continue;
        }
        run_add(&run, (unsigned char)ch);
        /* a repeated blank is still one blank to the prefilter */
        if (q == Q_SOME && ch != ' ' && isalnum(ch)) run_end(r, &run, &best);
    }
    run_end(r, &run, &best);
    return best;
}

static set_t read_alternation(reader_t *r) {
    set_t all = nothing();
    all.some = true;
    for (;;) {
        set_t s = read_sequence(r);
        if (!s.some) all.some = false;
        for (size_t i = 0; all.some && i < s.n; i++) add_literal(r, &all, s.v[i]);
        if (*r->p != '|') break;
        r->p++;
    }
    if (!all.some) return nothing();
    return all;
}

bool literals_required(arena_t *a, const char *pattern, size_t min_alnum, literals_t *out) {
    reader_t r = {a, pattern, min_alnum ? min_alnum : 1};
    set_t s = read_alternation(&r);
    /* a stray ')' ends the reading early: the rest is not understood */
    if (*r.p || !s.some || !s.n) return false;
    out->v = s.v;
    out->n = s.n;
    return true;
}
