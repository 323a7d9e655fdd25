/* norm.c — stage 2: Unicode normalization with an exact offset map. */
#include "norm.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "rules.h"

/* ---- the offset-keeping text builder ---------------------------------- */

void mapper_init(mapper_t *m, doc_t *d) {
    memset(m, 0, sizeof *m);
    m->d = d;
    sbuf_init(&m->out, d->arena);
}

static uint32_t old_to_orig(mapper_t *m, uint32_t old) {
    const offmap_t *om = &m->d->map;
    if (!om->n) return old;
    if (old < m->last_old) m->k = 0; /* never happens in a forward pass */
    m->last_old = old;
    while (m->k + 1 < om->n && om->v[m->k + 1].norm <= old) m->k++;
    if (om->v[m->k].norm > old) return old;
    return om->v[m->k].orig + (old - om->v[m->k].norm);
}

/* A breakpoint where output byte `here` stops following the previous one. */
static void mapper_mark(mapper_t *m, uint32_t here, uint32_t orig) {
    if (m->map.n) {
        offbp_t last = m->map.v[m->map.n - 1];
        if (last.orig + (here - last.norm) == orig) return;
    }
    offbp_t bp = {here, orig};
    VEC_PUSH(m->d->arena, m->map, bp);
}

/* How many bytes from old offset `old` on map linearly to the original,
 * that is, up to the next breakpoint of the current map (after
 * old_to_orig(m, old)). */
static size_t linear_run(const mapper_t *m, uint32_t old, size_t want) {
    const offmap_t *om = &m->d->map;
    if (!om->n) return want;
    size_t next = om->v[m->k].norm > old ? m->k : m->k + 1;
    if (next < om->n && om->v[next].norm - old < want) return om->v[next].norm - old;
    return want;
}

/* Adds n bytes of output taken from old offset old_off.  With advance, byte
 * i comes from old_off + i (a copy); without, all come from old_off (a
 * replacement).  A copy costs one breakpoint test per stretch that maps
 * linearly, not one per byte. */
void mapper_put(mapper_t *m, const char *s, size_t n, uint32_t old_off,
                bool advance) {
    size_t i = 0;
    while (i < n) {
        uint32_t old = old_off + (advance ? (uint32_t)i : 0);
        uint32_t orig = old_to_orig(m, old);
        size_t run = advance ? linear_run(m, old, n - i) : 1;
        mapper_mark(m, (uint32_t)(m->out.len), orig);
        sbuf_add(&m->out, s + i, run);
        i += run;
    }
}

void mapper_finish(mapper_t *m) {
    m->d->text = (char *)sbuf_str(&m->out);
    m->d->len = m->out.len;
    m->d->map = m->map;
}

/* ---- character level --------------------------------------------------- */

/* What NFKC leaves alone but the SPEC wants as ASCII (or gone). */
static const char *special(utf8proc_int32_t c) {
    switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
    case 0x02BC:
        return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
    case 0x00AB: case 0x00BB: case 0x300C: case 0x300D:
        return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212: case 0xFE58: case 0xFE63: case 0x30FC:
        return "-";
    case 0x00A0: case 0x2007: case 0x202F: case 0x205F: case 0x3000:
    case 0x1680:
        return " ";
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
    case 0x00AD:
        return "";
    case 0x2028: case 0x2029: case 0x0085:
        return "\n";
    /* (single guillemets separate a breadcrumb's steps: "Home ›
     * Office of the Spokesperson › Press Releases") */
    case 0x203A: return ">";
    case 0x2039: return "<";
    case 0x3001: return ", ";
    case 0x3002: return ". ";
    }
    if (c >= 0x2000 && c <= 0x200A) return " ";
    /* NFKC would make "①" a bare "1"; as "(1)" it stays a list marker. */
    if (c >= 0x2460 && c <= 0x2473) {
        static const char *const circled[] = {
            "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)",
            "(11)", "(12)", "(13)", "(14)", "(15)", "(16)", "(17)", "(18)", "(19)", "(20)"};
        return circled[c - 0x2460];
    }
    return NULL;
}

typedef struct {
    mapper_t m;
    bool space_pending; /* a blank seen inside a line, not yet written */
    uint32_t space_off;
    bool line_start; /* only indentation so far on this line */
} folder_t;

static bool plain(char c) { return (unsigned char)c > 0x20 && c != 0x7F; }

/* Blanks inside a line fold to one, indentation stays, trailing blanks and
 * controls go.  Words (and single blanks between them) of a copy pass in
 * one piece. */
static void fold_put(folder_t *f, const char *s, size_t n, uint32_t off,
                     bool advance) {
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        uint32_t o = off + (advance ? (uint32_t)i : 0);
        if (c == '\t' || c == ' ' || c == '\v' || c == '\f') {
            if (f->line_start) { /* indentation is kept, tabs as one blank */
                mapper_put(&f->m, " ", 1, o, false);
            } else if (!f->space_pending) {
                f->space_pending = true;
                f->space_off = o;
            }
            continue;
        }
        if (c == '\n') {
            f->space_pending = false; /* trailing blanks are dropped */
            f->line_start = true;
            mapper_put(&f->m, "\n", 1, o, false);
            continue;
        }
        if ((unsigned char)c < 0x20 || c == 0x7F) continue; /* controls */
        if (f->space_pending) mapper_put(&f->m, " ", 1, f->space_off, false);
        f->space_pending = false;
        f->line_start = false;
        size_t j = i + 1;
        if (advance)
            while (j < n && (plain(s[j]) || (s[j] == ' ' && j + 1 < n && plain(s[j + 1])))) j++;
        mapper_put(&f->m, &s[i], j - i, o, advance);
        i = j - 1;
    }
}

static void norm_chars(doc_t *d) {
    folder_t f;
    mapper_init(&f.m, d);
    f.space_pending = false;
    f.line_start = true;
    const unsigned char *s = (const unsigned char *)d->text;
    size_t n = d->len, i = 0;
    while (i < n) {
        if (s[i] < 0x80) { /* the ASCII fast path: no utf8proc call */
            size_t j = i;
            while (j < n && s[j] < 0x80) j++;
            /* The last ASCII letter before a non-ASCII byte may take a
             * combining mark: leave it to the cluster path. */
            if (j < n && j > i + 1) j--;
            else if (j < n && j == i + 1) {
                /* a lone ASCII starter followed by non-ASCII: cluster path */
                goto cluster;
            }
            /* Whole runs go through the folder byte by byte, but stay
             * copies: the map advances with them. */
            fold_put(&f, (const char *)s + i, j - i, (uint32_t)i, true);
            i = j;
            continue;
        }
    cluster:;
        /* One cluster: a starter and the combining marks after it, so that
         * NFKC composes what belongs together. */
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(s + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0) { /* read.c already repaired the text */
            i++;
            continue;
        }
        const char *sp = special(cp);
        if (sp) {
            fold_put(&f, sp, strlen(sp), (uint32_t)i, false);
            i += (size_t)k;
            continue;
        }
        size_t j = i + (size_t)k;
        while (j < n) {
            utf8proc_int32_t c2;
            utf8proc_ssize_t k2 = utf8proc_iterate(s + j, (utf8proc_ssize_t)(n - j), &c2);
            if (k2 <= 0 || utf8proc_get_property(c2)->combining_class == 0) break;
            j += (size_t)k2;
        }
        utf8proc_uint8_t *out = NULL;
        utf8proc_ssize_t on = utf8proc_map(
            s + i, (utf8proc_ssize_t)(j - i), &out,
            UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT);
        if (on < 0) {
            fold_put(&f, (const char *)s + i, j - i, (uint32_t)i, false);
        } else {
            /* NFKC may produce characters that still need the SPEC's
             * ASCII mapping (full-width quotes, ideographic space). */
            utf8proc_ssize_t p = 0;
            while (p < on) {
                utf8proc_int32_t c3;
                utf8proc_ssize_t k3 = utf8proc_iterate(out + p, on - p, &c3);
                if (k3 <= 0) break;
                const char *sp3 = special(c3);
                if (sp3) fold_put(&f, sp3, strlen(sp3), (uint32_t)i, false);
                else fold_put(&f, (const char *)out + p, (size_t)k3, (uint32_t)i, false);
                p += k3;
            }
        }
        free(out);
        i = j;
    }
    mapper_finish(&f.m);
}

bool norm_is_ascii(const char *s, size_t n) {
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t v;
        memcpy(&v, s + i, 8);
        if (v & 0x8080808080808080ull) return false;
    }
    for (; i < n; i++)
        if ((unsigned char)s[i] & 0x80) return false;
    return true;
}

char *norm_fold(arena_t *a, const char *s, size_t n) {
    /* ASCII needs no utf8proc: case folding is tolower, and there is
     * nothing to decompose, strip or ignore */
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t on;
    if (norm_is_ascii(s, n)) {
        out = (utf8proc_uint8_t *)xmalloc(n + 1);
        for (size_t i = 0; i < n; i++) out[i] = (utf8proc_uint8_t)tolower((unsigned char)s[i]);
        on = (utf8proc_ssize_t)n;
    } else {
        on = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &out,
                          UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE |
                              UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_IGNORE);
    }
    if (on < 0) return arena_strndup(a, s, n);
    /* Hyphens, apostrophes and dots do not tell names apart. */
    char *r = arena_alloc(a, (size_t)on + 1);
    size_t m = 0;
    bool space = false;
    for (utf8proc_ssize_t i = 0; i < on; i++) {
        char c = (char)out[i];
        if (c == '-' || c == ' ' || c == '\t' || c == '\n') {
            space = m > 0;
            continue;
        }
        if (c == '.' || c == '\'' || c == ',') continue;
        if (space) r[m++] = ' ';
        space = false;
        r[m++] = c;
    }
    r[m] = 0;
    free(out);
    return r;
}

void norm_doc(doc_t *d, const struct ruleset *rs, struct worker *w) {
    /* every document starts here: what the worker kept for the last one
     * (scratch, the prefilter's last unit) must not leak into this one */
    if (w) worker_reset(w);
    if (d->status == DOC_SKIPPED) return;
    norm_chars(d);
    if (rs) rules_rewrite(rs, w, d);
    /* no-break, zero-width and ideographic spaces alone are no text either */
    bool blank = true;
    for (size_t i = 0; i < d->len && blank; i++) blank = d->text[i] == ' ' || d->text[i] == '\n';
    if (blank && d->status != DOC_EMPTY) {
        d->status = DOC_EMPTY;
        doc_note(d, "no text (white space only)");
    }
}
