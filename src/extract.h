/* extract.h — stage 4: from matches to the SPEC's rows.
 *
 * Runs the rule tables over the segmented document (match.c), resolves
 * times and people (temporal.c, people.c), and assembles the rows of
 * documents, talks, participants, positions and cooperation items (and
 * matches under --trace) into doc->rows.  All memory is the document's.
 */
#ifndef READOUT_EXTRACT_H
#define READOUT_EXTRACT_H

#include "match.h"

typedef struct {
    bool trace; /* fill T_MATCHES */
} extract_opts_t;

/* The per-sentence evidence that explain prints. */
typedef struct {
    matchvec_t matches; /* every match of every table, sentence order */
    int *talk_of;       /* sentence -> talk number (1-based), 0 = none */
} extract_trace_t;

void extract_doc(doc_t *d, const ruleset_t *rs, worker_t *w,
                 const extract_opts_t *opts, extract_trace_t *trace);

/* The whole pipeline for one document read into memory: normalize,
 * segment, extract (used by run.c, check.c, the tests and fuzzers). */
void extract_pipeline(doc_t *d, const ruleset_t *rs, worker_t *w,
                      const extract_opts_t *opts, extract_trace_t *trace);

#endif
