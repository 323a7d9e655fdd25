/* run.h — driving documents through the stages: `readout extract`.
 *
 * Inputs are read, normalized, segmented and extracted on --jobs worker
 * threads, each with its own worker_t (PCRE2 match data and JIT stack);
 * one writer emits the rows in input order, so the output is the same
 * byte for byte whatever the number of threads.  Inputs come from the
 * walk as they are taken and at most a window of documents is in memory
 * at once: memory is bounded by jobs x the largest document (and the
 * widest directory), not by the number of documents.
 */
#ifndef READOUT_RUN_H
#define READOUT_RUN_H

#include "read.h"
#include "rules.h"

typedef struct {
    int jobs;
    bool trace, excel, strict, quiet;
    size_t max_bytes;
} run_opts_t;

/* Returns the exit status (EXIT_DONE, EXIT_NOT_OK, EXIT_FATAL). */
int run_extract(const ruleset_t *rs, walker_t *walker, const char *outdir,
                const run_opts_t *opts);

/* Set from a signal handler: stop, keep the previous tables. */
void run_install_signals(void);

#endif
