/* check.c — running the examples of rule files. */
#define _GNU_SOURCE /* memmem */
#include "check.h"

#include <ctype.h>
#include <string.h>

#include "literals.h"
#include "match.h"
#include "norm.h"
#include "people.h"
#include "read.h"
#include "temporal.h"

static bool resolves_overlaps(rule_table_t t) {
    return t == RT_TIME || t == RT_PARTICIPANTS || t == RT_POSITIONS || t == RT_ACTORS;
}

/* The value a field of a match stands for, as the tables would show it. */
static const char *value_of(const ruleset_t *rs, doc_t *d, const match_t *m, const char *key) {
    char buf[32];
    if (m->rule->table == RT_TIME) {
        tval_t v;
        temporal_interpret(rs, d, m, d->published, &v);
        if (!strcmp(key, "date")) {
            if (!v.has_date) return "";
            temporal_fmt_date(v.date, buf, sizeof buf);
            return arena_strdup(d->arena, buf);
        }
        if (!strcmp(key, "start") || !strcmp(key, "end")) {
            temporal_fmt_time(key[0] == 's' ? v.start : (v.end >= 0 ? v.end % 1440 : -1), buf, sizeof buf);
            return arena_strdup(d->arena, buf);
        }
        if (!strcmp(key, "duration")) {
            if (v.duration < 0) return "";
            return arena_printf(d->arena, "%d", v.duration);
        }
        if (!strcmp(key, "approx")) return v.approx ? "true" : "false";
        if (!strcmp(key, "problem")) return v.problem ? "yes" : "no";
    }
    if (m->rule->table == RT_PARTICIPANTS) {
        mention_t p;
        people_mention(rs, d, m, &p);
        people_ctx_t ctx = {d->published, NULL, 0, false};
        people_resolve(rs, d, &p, &ctx);
        if (!strcmp(key, "name")) return p.name ? p.name : "";
        if (!strcmp(key, "country")) {
            if (p.ngroup) {
                sbuf_t b;
                sbuf_init(&b, d->arena);
                for (int i = 0; i < p.ngroup; i++) {
                    if (i) sbuf_addc(&b, ';');
                    sbuf_adds(&b, p.group[i]);
                }
                return sbuf_str(&b);
            }
            return p.country ? p.country : "";
        }
        if (!strcmp(key, "office")) return p.office ? p.office : "";
        if (!strcmp(key, "title")) return p.title ? p.title : "";
    }
    if (!strcmp(key, "text") && m->rule->table == RT_NORMALIZE) return d->text;
    for (int f = 0; f < F_COUNT; f++)
        if (!strcmp(field_name((field_t)f), key)) {
            const char *v = match_field(d, m, (field_t)f);
            return v ? v : "";
        }
    return NULL;
}

static bool fail(FILE *out, err_t *first, bool *have_first, const rule_t *r,
                 const example_t *e, const char *fmt, const char *a, const char *b) {
    char msg[1024];
    snprintf(msg, sizeof msg, fmt, a, b);
    if (out) fprintf(out, "readout: %s:%d:1: rule '%s': %s\n", r->file, e->line, r->id, msg);
    if (!*have_first) {
        err_set(first, r->file, e->line, 1, "rule '%s': %s", r->id, msg);
        *have_first = true;
    }
    return false;
}

static bool run_example(const ruleset_t *rs, worker_t *w, const rule_t *r, const example_t *e,
                        FILE *out, err_t *first, bool *have_first) {
    doc_t *d = read_bytes("example", e->text, strlen(e->text));
    temporal_parse_date(e->published, &d->published);
    bool ok = true;
    if (r->table == RT_NORMALIZE) {
        norm_doc(d, rs, w);
        const char *want = e->expect && !strncmp(e->expect, "text=", 5) ? e->expect + 5 : NULL;
        size_t wl = want ? strlen(want) : 0;
        if (want && wl >= 2 && want[0] == '"' && want[wl - 1] == '"')
            want = arena_strndup(d->arena, want + 1, wl - 2);
        if (want && strcmp(d->text, want))
            ok = fail(out, first, have_first, r, e, "expected text '%s', got '%s'", want, d->text);
        doc_free(d);
        return ok;
    }
    norm_doc(d, rs, w);
    matchvec_t mv = {0};
    span_t all = {0, (uint32_t)d->len};
    match_unit(rs, w, d, r->table, all, 0, &mv);
    if (resolves_overlaps(r->table)) match_resolve(&mv, 0);
    /* A copy of the rule (same pattern) may win the tie for the span: its
     * match stands for this rule too. */
    const rule_t *canon = r->same_as ? r->same_as : r;
    const match_t *hit = NULL;
    for (size_t i = 0; i < mv.n && !hit; i++) {
        const rule_t *mr = mv.v[i].rule;
        if ((mr == r || (mr->same_as ? mr->same_as : mr) == canon) && !mv.v[i].dropped) hit = &mv.v[i];
    }
    if (e->counter) {
        if (hit) ok = fail(out, first, have_first, r, e, "counter example matched: '%s'%s",
                           doc_span_text(d, hit->span), "");
    } else if (!hit) {
        ok = fail(out, first, have_first, r, e, "example did not match: '%s'%s", e->text, "");
    } else if (e->expect) {
        /* k=v pairs separated by blanks; a value with blanks is quoted:
         * name="Harjit Sajjan". */
        const char *p = e->expect;
        while (*p && ok) {
            while (*p == ' ') p++;
            if (!*p) break;
            const char *eq = strchr(p, '=');
            if (!eq) {
                ok = fail(out, first, have_first, r, e, "bad expectation '%s'%s (want k=v)", p, "");
                break;
            }
            char *kv = arena_strndup(d->arena, p, (size_t)(eq - p));
            const char *v = eq + 1, *vend;
            if (*v == '"') {
                v++;
                vend = strchr(v, '"');
                if (!vend) vend = v + strlen(v);
                p = *vend ? vend + 1 : vend;
            } else {
                vend = v;
                while (*vend && *vend != ' ') vend++;
                p = vend;
            }
            char *want = arena_strndup(d->arena, v, (size_t)(vend - v));
            const char *got = value_of(rs, d, hit, kv);
            if (!got) ok = fail(out, first, have_first, r, e, "unknown field '%s'%s", kv, "");
            else if (strcmp(got, want)) {
                char exp[512];
                snprintf(exp, sizeof exp, "%s=%s", kv, want);
                ok = fail(out, first, have_first, r, e, "expected %s, got '%s'", exp, got);
            }
        }
    }
    doc_free(d);
    return ok;
}

/* A pattern's text as the prefilter reads literals: lower case, "\\s+"
 * and the like a blank, lookaheads opened. */
static char *literal_view(arena_t *a, const char *pattern) {
    size_t n = strlen(pattern);
    char *v = arena_alloc(a, n + 1), *o = v;
    for (const char *p = pattern; *p;) {
        if (p[0] == '(' && p[1] == '?' && p[2] == '=') { /* what a lookahead asks for is there */
            p += 3;
        } else if (p[0] == '\\' && p[1] == 's') {
            p += 2;
            if (*p == '+' || *p == '*' || *p == '?') p++;
            *o++ = ' ';
        } else {
            *o++ = (char)tolower((unsigned char)*p++);
        }
    }
    *o = 0;
    return v;
}

/* Whether one of r's needs literals is inside text (blanks at a literal's
 * ends, its word edges, left out). */
static bool holds_a_need(const rule_t *r, const char *text) {
    for (int k = 0; k < r->nneeds; k++) {
        const char *n = r->needs[k];
        size_t l = strlen(n);
        while (l && *n == ' ') n++, l--;
        while (l && n[l - 1] == ' ') l--;
        if (l && memmem(text, strlen(text), n, l)) return true;
    }
    return false;
}

/* Whether the rule's needs admit a lexicon entry: its text holds one, or
 * every literal it cannot match without does. */
static bool entry_admitted(arena_t *a, const rule_t *r, const lexicon_t *lex, const lex_entry_t *en) {
    if (holds_a_need(r, literal_view(a, en->text))) return true;
    literals_t lits;
    if (!lex->regex || !literals_required(a, en->text, 3, &lits)) return false;
    for (size_t q = 0; q < lits.n; q++)
        if (!holds_a_need(r, lits.v[q])) return false;
    return true;
}

/* "coincided(?=\\s+in)" added to stance_agree.lex while stance.agree
 * needs "agree|concur|...": the prefilter never runs the rule on a
 * sentence only that entry fits.  Reported for the lexicons a rule's
 * declared needs are about (three in five of whose entries they admit:
 * not @numbers in "ten o'clock", whose needs are the clock's words). */
static int unreachable_entries(const ruleset_t *rs, FILE *out) {
    arena_t *a = arena_new();
    int n = 0;
    for (size_t i = 0; i < rs->rules.n; i++) {
        const rule_t *r = rs->rules.v[i];
        if (!r->needs_declared) continue;
        for (size_t k = 0; k < r->lexicons.n; k++) {
            const lexicon_t *lex = r->lexicons.v[k];
            size_t admitted = 0;
            for (size_t e = 0; e < lex->entries.n; e++) admitted += entry_admitted(a, r, lex, &lex->entries.v[e]);
            if (lex->entries.n < 4 || admitted * 5 < lex->entries.n * 3 || admitted == lex->entries.n) continue;
            for (size_t e = 0; e < lex->entries.n; e++) {
                const lex_entry_t *en = &lex->entries.v[e];
                if (entry_admitted(a, r, lex, en)) continue;
                n++;
                if (out)
                    fprintf(out,
                            "%s:%d:1: warning: no 'needs' of rule '%s' (%s:%d) is in this entry of "
                            "@%s: the rule never runs where only it occurs\n",
                            lex->file, en->line, r->id, r->file, r->line, lex->name);
            }
        }
    }
    arena_free(a);
    return n;
}

bool check_rules(const ruleset_t *rs, FILE *out, check_result_t *res, err_t *first) {
    worker_t *w = worker_new(rs);
    bool have_first = false;
    memset(res, 0, sizeof *res);
    for (size_t i = 0; i < rs->rules.n; i++) {
        const rule_t *r = rs->rules.v[i];
        for (size_t k = 0; k < r->examples.n; k++) {
            if (run_example(rs, w, r, &r->examples.v[k], out, first, &have_first)) res->passed++;
            else res->failed++;
        }
    }
    worker_free(w);
    /* only to report: an extract run, which checks the examples at start,
     * would spend a fifth of a second on what it never shows */
    res->unreachable = out ? unreachable_entries(rs, out) : 0;
    res->size_limit = rules_pattern_limit();
    for (size_t i = 0; i < rs->rules.n; i++) {
        const rule_t *r = rs->rules.v[i];
        res->in_parts += r->nparts > 0 && !r->shares_code;
        for (int k = 0; k < (r->nparts ? r->nparts : 1); k++) {
            const pcre2_code *re = r->nparts ? r->parts[k].re : r->re;
            size_t size = 0;
            if (re) pcre2_pattern_info(re, PCRE2_INFO_SIZE, &size);
            if (size > res->largest_size) res->largest_size = size, res->largest = r;
        }
    }
    return res->failed == 0;
}
