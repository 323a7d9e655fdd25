/* check.h — `readout rules check`: every rule's examples, through the same
 * code that extraction runs.
 *
 * An `example` must give a surviving match of its rule (after overlaps with
 * the other rules of its table are settled) whose fields equal the expected
 * `k=v` pairs: normalized values for time rules (date, start, end,
 * duration, approx), resolved ones for participants (name, country,
 * office, title), constants and groups otherwise.  A `counter` must give
 * none.
 */
#ifndef READOUT_CHECK_H
#define READOUT_CHECK_H

#include <stdio.h>

#include "rules.h"

typedef struct {
    int passed, failed;
    /* the rule whose compiled pattern is largest, its size and PCRE2's
     * limit (a lexicon grows a pattern: titles.tsv, countries.tsv) */
    const rule_t *largest;
    size_t largest_size, size_limit;
    int in_parts; /* rules too large for one pattern, compiled in parts */
    /* lexicon entries a rule's declared `needs` would keep it from ever
     * matching (reported as warnings; counted only when `out` is given) */
    int unreachable;
} check_result_t;

/* Reports each failure to `out` (NULL: silent) as FILE:LINE:COL; `first`
 * receives the first one.  True when all pass. */
bool check_rules(const ruleset_t *rs, FILE *out, check_result_t *res, err_t *first);

#endif
