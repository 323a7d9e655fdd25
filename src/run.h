/* run.h — driving documents through the stages: `readout extract`.
 *
 * Inputs are read, normalized, segmented and extracted on --jobs worker
 * threads, each with its own worker_t (PCRE2 match data and JIT stack);
 * one writer emits the rows in input order, so the output is the same
 * byte for byte whatever the number of threads.  At most a window of
 * documents is in memory at once: memory is bounded by jobs x the largest
 * document, not by the number of documents.
 */
#ifndef READOUT_RUN_H
#define READOUT_RUN_H

#include "read.h"
#include "rules.h"

typedef struct {
    int jobs;
    bool trace, excel, strict, quiet;
    size_t max_bytes;
    int shard_k, shard_n; /* 1-based K of N; N == 0: no sharding */
} run_opts_t;

/* Returns the exit status (EXIT_DONE, EXIT_NOT_OK, EXIT_FATAL). */
int run_extract(const ruleset_t *rs, inputs_t *in, const char *outdir,
                const run_opts_t *opts);

/* Keeps only the inputs of shard k of n (by a hash of `doc`). */
void run_shard(inputs_t *in, int k, int n);
uint64_t run_doc_hash(const char *name);

/* Set from a signal handler: stop, keep the previous tables. */
void run_install_signals(void);

#endif
