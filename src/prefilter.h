/* prefilter.h — which rules can match a sentence at all.
 *
 * Every rule may declare `needs` literals (or has them derived from its
 * pattern, literals.h), and so has each topic line; a rule or topic line
 * runs on a sentence only when one of them occurs in it.  All literals of all rules are found in one
 * pass with an Aho-Corasick automaton (a full DFA, ASCII case folded,
 * ASCII punctuation and line ends read as blanks, a blank before and after
 * the unit: " he " is the word "he"), so doubling the rule set does not double the
 * scanning.  Its alphabet is the bytes the literals use, plus one class for
 * all others, which keeps the table small enough for the cache.  The
 * automaton is built once per ruleset and only read after.
 */
#ifndef READOUT_PREFILTER_H
#define READOUT_PREFILTER_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"

typedef struct prefilter {
    uint8_t cls[256]; /* byte -> letter of the alphabet; 0: in no literal */
    size_t nclasses;
    uint32_t *step;  /* nstates x nclasses transitions: target state x
                      * nclasses, top bit set when it reports literals */
    int32_t *out;    /* per state: index into outs, -1 for none */
    int32_t *outs;   /* literal ids, -1 ended lists */
    size_t nstates, nlits;
} prefilter_t;

/* Builds the automaton of lits[0..n) (lower case); memory from arena a. */
prefilter_t *prefilter_build(arena_t *a, char *const *lits, size_t n);
/* Sets seen[id] = 1 for every literal that occurs in s[0..len) and lists
 * each such id once in hits (room for nlits); returns how many. */
size_t prefilter_scan(const prefilter_t *p, const char *s, size_t len, unsigned char *seen,
                      int32_t *hits);

#endif
