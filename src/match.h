/* match.h — running rules over a unit of text (a line, a sentence).
 *
 * A unit is matched as its own subject, so `^` and `$` in a pattern mean
 * the start and end of the line or sentence.  Matches carry absolute
 * offsets into doc->text.  Where matches of one table overlap, the higher
 * priority wins, then the longer, then the earlier (match_resolve).
 */
#ifndef READOUT_MATCH_H
#define READOUT_MATCH_H

#include "rules.h"

typedef struct {
    const rule_t *rule;
    int sent; /* sentence index, -1 for lines */
    span_t span;
    span_t group[F_COUNT]; /* valid where has & (1 << field) */
    uint64_t has;
    bool dropped; /* lost to an overlapping match */
} match_t;

typedef VEC(match_t) matchvec_t;

/* Appends the matches of every rule of `table` in span s; returns how many
 * were added.  Rules that hit the PCRE2 match limit are skipped for this
 * unit, with a note on the document naming the rule. */
size_t match_unit(const ruleset_t *rs, worker_t *w, doc_t *d,
                  rule_table_t table, span_t s, int sent, matchvec_t *out);
/* Drops the losers among overlapping matches out[from..]. */
void match_resolve(matchvec_t *out, size_t from);
/* The text of a group (NULL when the group did not take part). */
const char *match_group(doc_t *d, const match_t *m, field_t f);
/* The rule's constant for f, or the group's text. */
const char *match_field(doc_t *d, const match_t *m, field_t f);
/* First rule of `table` with set role=`role` that matches in s, or NULL. */
const match_t *match_role(const ruleset_t *rs, worker_t *w, doc_t *d,
                          rule_table_t table, span_t s, const char *role,
                          matchvec_t *scratch);

/* The topic tags named in span s, sorted, ';'-joined ("" when none). */
const char *match_topics(const ruleset_t *rs, worker_t *w, doc_t *d, span_t s,
                         matchvec_t *trace);

#endif
