/* match.c — rules over units of text, prefilter, overlaps, topics. */
#define _DEFAULT_SOURCE
#include "match.h"

#include "norm.h"
#include "prefilter.h"
#include "temporal.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>


static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Documents hold valid UTF-8 (read.c repairs, norm.c keeps it so), so
 * PCRE2 need not check every subject again for every rule: a check that was
 * a tenth of the run.  Offsets then must stay on character starts. */
#define MATCH_OPTS PCRE2_NO_UTF_CHECK

static size_t next_char(const char *s, size_t len, size_t pos) {
    pos++;
    while (pos < len && ((unsigned char)s[pos] & 0xC0) == 0x80) pos++;
    return pos;
}

/* Which groups of each rule's `needs` literals occur in the unit (a mask
 * by rule_t.index): one pass (prefilter.c), shared by the tables run on the
 * same unit. */
static const unsigned char *rules_possible(const ruleset_t *rs, worker_t *w,
                                           const char *subj, size_t len) {
    if (!rs->prefilter) return NULL;
    if (w->may_valid && w->seen_subj == subj && w->seen_len == len) return w->may;
    double t0 = w->rule_seconds ? now_seconds() : 0;
    memset(w->may, 0, rs->rules.n + 1);
    memset(w->topic_may, 0, rs->topics.n + 1);
    size_t nhits = prefilter_scan(rs->prefilter, subj, len, w->seen, w->hits);
    for (size_t h = 0; h < nhits; h++) {
        int32_t lit = w->hits[h];
        for (size_t k = 0; k < rs->lit_rules[lit].n; k++) {
            int entry = rs->lit_rules[lit].v[k];
            w->may[entry / NEEDS_GROUPS_MAX] |= (unsigned char)(1u << entry % NEEDS_GROUPS_MAX);
        }
        for (size_t k = 0; k < rs->lit_topics[lit].n; k++) w->topic_may[rs->lit_topics[lit].v[k]] = 1;
        w->seen[lit] = 0; /* ready for the next scan */
    }
    if (w->rule_seconds) w->rule_seconds[rs->rules.n] += now_seconds() - t0;
    w->seen_subj = subj;
    w->seen_len = len;
    w->may_valid = true;
    return w->may;
}

/* READOUT_PROFILE=1: the time, runs and hits of each rule (rules.c prints them). */
static void profile_rule(worker_t *w, const rule_t *r, double t0, bool hit) {
    if (!w->rule_seconds) return;
    w->rule_seconds[r->index] += now_seconds() - t0;
    w->rule_runs[r->index]++;
    w->rule_hits[r->index] += hit;
}

static bool rule_may_match(const rule_t *r, const unsigned char *may) {
    return !r->nneeds || !may || may[r->index] == r->needs_all;
}

size_t match_unit(const ruleset_t *rs, worker_t *w, doc_t *d,
                  rule_table_t table, span_t s, int sent, matchvec_t *out) {
    size_t before = out->n;
    const char *subj = d->text + s.start;
    size_t len = s.end - s.start;
    const unsigned char *may = NULL;
    bool scanned = false, ascii = norm_is_ascii(subj, len);
    /* where each rule's matches went: a rule's are consecutive */
    size_t nrules = rs->by_table[table].n;
    size_t *from = arena_alloc_raw(w->scratch, 2 * nrules * sizeof *from), *to = from + nrules;
    for (size_t i = 0; i < nrules; i++) {
        const rule_t *r = rs->by_table[table].v[i];
        from[i] = out->n;
        if (r->same_as) { /* the same pattern ran already: copy its matches */
            size_t q = (size_t)r->same_as->table_index;
            for (size_t k = from[q]; k < to[q]; k++) {
                match_t m = out->v[k];
                m.rule = r;
                VEC_PUSH(d->arena, *out, m);
            }
            to[i] = out->n;
            continue;
        }
        to[i] = out->n; /* until the rule runs */
        if (r->nneeds && !scanned) {
            may = rules_possible(rs, w, subj, len);
            scanned = true;
        }
        if (!rule_may_match(r, may)) continue;
        double t0 = w->rule_seconds ? now_seconds() : 0;
        size_t pos = 0;
        while (pos <= len) {
            int rc = rules_run(rs, w, r, ascii, subj, len, pos, MATCH_OPTS);
            if (rc == PCRE2_ERROR_NOMATCH) break;
            if (rc < 0) {
                doc_note(d, "rule '%s' skipped in a sentence: %s", r->id,
                         rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
                                 rc == PCRE2_ERROR_JIT_STACKLIMIT
                             ? "match limit reached"
                             : "match error");
                break;
            }
            PCRE2_SIZE *ov = pcre2_get_ovector_pointer(w->md);
            match_t m = {0};
            m.rule = r;
            m.sent = sent;
            m.span.start = s.start + (uint32_t)ov[0];
            m.span.end = s.start + (uint32_t)ov[1];
            /* a field's first group that took part */
            for (int k = 0; k < r->ngroups; k++) {
                int f = r->groups[k].field, g = r->groups[k].group;
                if ((m.has >> f & 1) || g >= rc || ov[2 * g] == PCRE2_UNSET) continue;
                m.group[f].start = s.start + (uint32_t)ov[2 * g];
                m.group[f].end = s.start + (uint32_t)ov[2 * g + 1];
                m.has |= 1ull << f;
            }
            VEC_PUSH(d->arena, *out, m);
            pos = ov[1] > ov[0] ? ov[1] : next_char(subj, len, ov[1]);
        }
        to[i] = out->n;
        profile_rule(w, r, t0, to[i] > from[i]);
    }
    return out->n - before;
}

static int cmp_strength(const void *a, const void *b) {
    const match_t *x = *(const match_t *const *)a, *y = *(const match_t *const *)b;
    if (x->rule->priority != y->rule->priority)
        return x->rule->priority > y->rule->priority ? -1 : 1;
    uint32_t lx = x->span.end - x->span.start, ly = y->span.end - y->span.start;
    if (lx != ly) return lx > ly ? -1 : 1;
    if (x->span.start != y->span.start) return x->span.start < y->span.start ? -1 : 1;
    return x->rule->index - y->rule->index;
}

static int cmp_position(const void *a, const void *b) {
    const match_t *x = a, *y = b;
    if (x->span.start != y->span.start) return x->span.start < y->span.start ? -1 : 1;
    if (x->span.end != y->span.end) return x->span.end < y->span.end ? -1 : 1;
    return x->rule->index - y->rule->index;
}

void match_resolve(matchvec_t *out, size_t from) {
    size_t n = out->n - from;
    if (n < 2) return;
    match_t **order = xmalloc(n * sizeof *order);
    for (size_t i = 0; i < n; i++) order[i] = &out->v[from + i];
    qsort(order, n, sizeof *order, cmp_strength);
    /* strongest first; a match is dropped when it overlaps one kept */
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        match_t *m = order[i];
        for (size_t j = 0; j < kept && !m->dropped; j++)
            if (m->span.start < order[j]->span.end && order[j]->span.start < m->span.end)
                m->dropped = true;
        if (!m->dropped) order[kept++] = m; /* order[0..kept) are the kept */
    }
    free(order);
    qsort(out->v + from, n, sizeof(match_t), cmp_position);
}

const char *match_group(doc_t *d, const match_t *m, field_t f) {
    if (!(m->has & (1ull << f))) return NULL;
    return doc_span_text(d, m->group[f]);
}

const char *match_field(doc_t *d, const match_t *m, field_t f) {
    if (m->rule->set[f]) return m->rule->set[f];
    return match_group(d, m, f);
}

const match_t *match_role(const ruleset_t *rs, worker_t *w, doc_t *d,
                          rule_table_t table, span_t s, const char *role,
                          matchvec_t *scratch) {
    /* only the rules that play this role are run */
    const char *subj = d->text + s.start;
    bool ascii = norm_is_ascii(subj, s.end - s.start);
    const unsigned char *may = NULL;
    bool scanned = false;
    for (size_t i = 0; i < rs->by_table[table].n; i++) {
        const rule_t *r = rs->by_table[table].v[i];
        if (!rule_has_role(r, role)) continue;
        /* the same pattern in this role failed already */
        if (rule_has_role(r->same_as, role)) continue;
        /* (its needed literals, as match_unit reads them) */
        if (r->nneeds && !scanned) {
            may = rules_possible(rs, w, subj, s.end - s.start);
            scanned = true;
        }
        if (!rule_may_match(r, may)) continue;
        double t0 = w->rule_seconds ? now_seconds() : 0;
        int rc = rules_run(rs, w, r, ascii, subj, s.end - s.start, 0, MATCH_OPTS);
        profile_rule(w, r, t0, rc >= 0);
        if (rc < 0) continue;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(w->md);
        scratch->n = 0;
        match_t m = {0};
        m.rule = r;
        m.sent = -1;
        m.span.start = s.start + (uint32_t)ov[0];
        m.span.end = s.start + (uint32_t)ov[1];
        VEC_PUSH(d->arena, *scratch, m);
        return &scratch->v[0];
    }
    return NULL;
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

const char *match_topics(const ruleset_t *rs, worker_t *w, doc_t *d, span_t s,
                         matchvec_t *trace) {
    size_t nt = rs->topics.n;
    if (!nt) return "";
    double t0 = w->rule_seconds ? now_seconds() : 0;
    const char *subj = d->text + s.start;
    size_t len = s.end - s.start, pos = 0;
    bool ascii = norm_is_ascii(subj, len);
    /* the lines that may match: a literal of theirs occurs (or they have
     * none); each line's next match is kept until the text moves past it */
    const unsigned char *may = rules_possible(rs, w, subj, len) ? w->topic_may : NULL;
    size_t *cand = arena_alloc_raw(w->scratch, 3 * nt * sizeof *cand), ncand = 0;
    size_t *at = cand + nt, *end = at + nt; /* SIZE_MAX: not looked for yet */
    for (size_t l = 0; l < nt; l++)
        if (!may || may[l] || rs->topics.v[l].always) at[ncand] = SIZE_MAX, cand[ncand++] = l;
    const char *tags[64];
    size_t n = 0;
    while (pos < len) {
        /* the leftmost match of any line; at one place the earlier line's */
        size_t win = SIZE_MAX;
        for (size_t c = 0; c < ncand; c++) {
            if (at[c] == SIZE_MAX || (at[c] < pos && at[c] != SIZE_MAX - 1)) {
                const topic_t *t = &rs->topics.v[cand[c]];
                int rc = rules_match(rs, w, rules_code_for(t->re, t->re_ascii, ascii), subj, len, pos, MATCH_OPTS);
                if (rc < 0) {
                    at[c] = SIZE_MAX - 1; /* no more */
                    continue;
                }
                PCRE2_SIZE *ov = pcre2_get_ovector_pointer(w->md);
                at[c] = ov[0], end[c] = ov[1];
            }
            if (at[c] != SIZE_MAX - 1 && (win == SIZE_MAX || at[c] < at[win])) win = c;
        }
        if (win == SIZE_MAX) break;
        size_t line = cand[win];
        const char *tag = rs->topics.v[line].tag;
        /* (a phrase for a topic of its time, "infectious diseases" for
         * COVID-19, holds its words but tags no earlier readout) */
        const date_t *from = &rs->topics.v[line].from;
        bool skip = from->y && d->published.y && temporal_days(d->published) < temporal_days(*from);
        for (size_t i = 0; i < n; i++) skip |= !strcmp(tags[i], tag); /* (or tagged already) */
        if (!skip && n < 64) tags[n++] = tag;
        if (trace) {
            match_t m = {0};
            m.span.start = s.start + (uint32_t)at[win];
            m.span.end = s.start + (uint32_t)end[win];
            m.rule = NULL;
            m.group[F_TEXT].start = (uint32_t)line;
            VEC_PUSH(d->arena, *trace, m);
        }
        pos = end[win] > at[win] ? end[win] : next_char(subj, len, end[win]);
    }
    if (w->rule_seconds) w->rule_seconds[rs->rules.n] += now_seconds() - t0;
    if (!n) return "";
    qsort(tags, n, sizeof *tags, cmp_str);
    sbuf_t b;
    sbuf_init(&b, d->arena);
    for (size_t i = 0; i < n; i++) {
        if (i) sbuf_addc(&b, ';');
        sbuf_adds(&b, tags[i]);
    }
    return sbuf_str(&b);
}
