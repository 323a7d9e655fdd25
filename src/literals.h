/* literals.h — the words a pattern cannot match without.
 *
 * For the prefilter (prefilter.h): from a PCRE2 pattern, a set of literals
 * one of which occurs in every text the pattern matches, written as the
 * prefilter reads text (ASCII letters in lower case, any other ASCII byte a
 * blank, runs of blanks one).  It is derived, not declared, so it must
 * never be wrong: what the reader does not follow (classes, recursion,
 * back references, non-ASCII) requires nothing, and a pattern may require
 * nothing at all.
 */
#ifndef READOUT_LITERALS_H
#define READOUT_LITERALS_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"

typedef struct {
    char **v;
    size_t n;
} literals_t;

/* The literals of pattern (every one with at least min_alnum letters or
 * digits), in out; false when the pattern requires none such. */
bool literals_required(arena_t *a, const char *pattern, size_t min_alnum, literals_t *out);

#endif
