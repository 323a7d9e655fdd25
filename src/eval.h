/* eval.h — scoring against gold tables (`readout eval`) and joining shard
 * outputs (`readout merge`).
 *
 * eval extracts the documents in memory and scores them as the SPEC's
 * "Scoring" section says: per table precision, recall and F1 over rows
 * matched within a doc (talks by talk number and kind; participants by
 * country_code and office; positions by kind and token Jaccard >= 0.5 of
 * the text; cooperation items by token Jaccard >= 0.7), and field accuracy
 * on matched rows.  --diff names, for every spurious row, the rule that
 * made it.
 */
#ifndef READOUT_EVAL_H
#define READOUT_EVAL_H

#include <stdio.h>

#include "rules.h"

typedef struct {
    const char *docs, *gold;
    bool diff, json;
    double min_f1;
    int jobs;
} eval_opts_t;

int eval_run(const ruleset_t *rs, const eval_opts_t *o, FILE *out);

/* Token Jaccard similarity of two texts (lower-cased words). */
double eval_jaccard(const char *a, const char *b);

int eval_merge(const char *const *dirs, int ndirs, const char *out);

#endif
