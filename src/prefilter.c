/* prefilter.c — an Aho-Corasick automaton over the rules' `needs` literals. */
#include "prefilter.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#define REPORTS 0x80000000u

/* Letters in lower case; every other ASCII byte (blanks, punctuation) reads
 * as a blank, so a literal " to " finds "to" between any non-letters.  The
 * automaton may then see a literal where the rule's pattern would not (it
 * only has to never miss one).  Runs of blanks read as one. */
static unsigned char fold(unsigned char c) {
    if (c >= 0x80) return c;
    return isalnum(c) ? (unsigned char)tolower(c) : ' ';
}

prefilter_t *prefilter_build(arena_t *a, char *const *lits, size_t n) {
    size_t cap = 1;
    for (size_t i = 0; i < n; i++) cap += strlen(lits[i]);
    prefilter_t *p = arena_alloc(a, sizeof *p);
    p->nlits = n;
    /* the alphabet: one letter per folded byte the literals use (at most
     * 230 of them: fold() merges upper case and line ends) */
    uint8_t of_folded[256] = {0};
    size_t K = 1;
    for (size_t i = 0; i < n; i++)
        for (const unsigned char *c = (const unsigned char *)lits[i]; *c; c++)
            if (!of_folded[fold(*c)]) of_folded[fold(*c)] = (uint8_t)K++;
    for (int c = 0; c < 256; c++) p->cls[c] = of_folded[fold((unsigned char)c)];
    p->nclasses = K;
    int32_t *next = xmalloc(cap * K * sizeof *next);
    int32_t *fail = xcalloc(cap, sizeof *fail);
    /* own[s]: the first literal ending at s, -1 for none; same[i]: the next
     * literal ending there (distinct literals can fold alike: "a.m", "a m") */
    int32_t *own = xmalloc(cap * sizeof *own);
    int32_t *same = xmalloc((n + 1) * sizeof *same);
    memset(next, -1, cap * K * sizeof *next);
    own[0] = -1;
    size_t ns = 1;
    const uint8_t blank = p->cls[' '];
    for (size_t i = 0; i < n; i++) { /* the trie */
        int32_t s = 0;
        bool after_blank = false;
        for (const unsigned char *c = (const unsigned char *)lits[i]; *c; c++) {
            /* blanks fold to one, as in the text */
            if (p->cls[*c] == blank && after_blank) continue;
            after_blank = p->cls[*c] == blank;
            int32_t *t = &next[(size_t)s * K + p->cls[*c]];
            if (*t < 0) {
                own[ns] = -1;
                *t = (int32_t)ns++;
            }
            s = *t;
        }
        same[i] = own[s];
        own[s] = (int32_t)i;
    }
    /* breadth first: failure links, and the missing transitions filled in,
     * which makes the trie a DFA */
    int32_t *queue = xmalloc(ns * sizeof *queue);
    size_t head = 0, tail = 0;
    for (size_t c = 0; c < K; c++) {
        int32_t t = next[c];
        if (t < 0) next[c] = 0;
        else fail[t] = 0, queue[tail++] = t;
    }
    while (head < tail) {
        int32_t s = queue[head++];
        for (size_t c = 0; c < K; c++) {
            int32_t *t = &next[(size_t)s * K + c];
            int32_t f = next[(size_t)fail[s] * K + c];
            if (*t < 0) *t = f;
            else fail[*t] = f, queue[tail++] = *t;
        }
    }
    /* outputs: a state reports its literal and those of its failure chain */
    p->out = arena_alloc(a, ns * sizeof *p->out);
    size_t total = 0;
    for (size_t s = 0; s < ns; s++)
        for (int32_t t = (int32_t)s; t > 0; t = fail[t])
            for (int32_t l = own[t]; l >= 0; l = same[l]) total++;
    p->outs = arena_alloc(a, (total + ns + 1) * sizeof *p->outs);
    size_t k = 0;
    for (size_t s = 0; s < ns; s++) {
        p->out[s] = -1;
        size_t start = k;
        for (int32_t t = (int32_t)s; t > 0; t = fail[t])
            for (int32_t l = own[t]; l >= 0; l = same[l]) p->outs[k++] = l;
        if (k > start) {
            p->out[s] = (int32_t)start;
            p->outs[k++] = -1;
        }
    }
    /* each step holds the target's row (state x K) and, in the top bit,
     * whether the target reports literals: one load per byte */
    p->step = arena_alloc(a, ns * K * sizeof *p->step);
    for (size_t i = 0; i < ns * K; i++)
        p->step[i] = (uint32_t)next[i] * (uint32_t)K | (p->out[next[i]] >= 0 ? REPORTS : 0);
    p->nstates = ns;
    free(next);
    free(fail);
    free(own);
    free(same);
    free(queue);
    return p;
}

size_t prefilter_scan(const prefilter_t *p, const char *s, size_t len, unsigned char *seen,
                      int32_t *hits) {
    size_t nhits = 0;
    size_t K = p->nclasses;
    /* the unit is read with a blank before and after it: words at its
     * edges are words too */
    const uint8_t blank = p->cls[' '];
    uint32_t row = p->step[blank] & ~REPORTS; /* the blank before the unit */
    bool after_blank = true;
    for (size_t i = 0; i <= len; i++) {
        uint8_t c = p->cls[i < len ? (unsigned char)s[i] : ' '];
        /* a run of blanks reads as one: "states\n   that" has "states that" */
        if (c == blank && after_blank) continue;
        after_blank = c == blank;
        uint32_t t = p->step[row + c];
        row = t & ~REPORTS;
        if (t & REPORTS)
            for (const int32_t *o = p->outs + p->out[row / K]; *o >= 0; o++)
                if (!seen[*o]) seen[*o] = 1, hits[nhits++] = *o;
    }
    return nhits;
}
