/* read.h — stage 1: inputs to documents.
 *
 * A walker turns command-line paths into the inputs, one at a time, in
 * `doc` order (directories walked recursively, `-` for stdin).  A walk
 * takes the files named *.txt (every file with all_files), never hidden
 * ones, so gold tables beside the readouts are not read as readouts; a file
 * named on the command line is always read.
 * read_doc() loads one input into a new doc_t: raw bytes kept for offsets,
 * a UTF-8 text to normalize, and the document's status.  Nothing here fails
 * the run: an unreadable, binary or too large input becomes a `skipped`
 * document with its reason in the note.
 */
#ifndef READOUT_READ_H
#define READOUT_READ_H

#include "diag.h"
#include "pipeline.h"

typedef struct {
    const char *name;    /* the doc column: usually the tail of path */
    const char *path;    /* "-" for stdin */
    const char *problem; /* set when the walk already knows it cannot be read */
} input_t;

/* What a run reads: paths in the order given, each directory walked
 * recursively in the SPEC's row order, optionally one shard of it. */
typedef struct {
    char *const *paths;
    int npaths;
    bool all_files;       /* directory walks take every file, not only *.txt */
    int shard_k, shard_n; /* 1-based K of N by a hash of `doc`; N == 0: all */
} walk_spec_t;

/* The inputs as a stream.  Only the directories on the way down are held,
 * each with its sorted entries: memory follows the widest directory and
 * the depth, not the number of files. */
typedef struct walker walker_t;
/* NULL with err when a path does not exist (a usage error, checked for
 * every path before any is walked).  spec->paths must outlive the walker. */
walker_t *walker_new(const walk_spec_t *spec, err_t *err);
/* The next input, false at the end; its strings live until the next call. */
bool walker_next(walker_t *w, input_t *out);
void walker_free(walker_t *w);
/* How many inputs a fresh walk of the same spec gives (for progress). */
size_t walker_count(const walker_t *w);
/* The hash that picks an input's shard (FNV-1a, the same on every host). */
uint64_t read_doc_hash(const char *name);

/* A whole list of inputs, for commands that hold every document anyway. */
typedef struct {
    input_t *v;
    size_t n, cap;
    bool all_files;
    arena_t *strings;
} inputs_t;

/* Adds the inputs named by `path`; false with err set when the path itself
 * does not exist (a usage error, not a document). */
bool read_collect(inputs_t *in, const char *path, err_t *err);
void read_inputs_free(inputs_t *in);

typedef struct {
    size_t max_bytes; /* larger inputs are skipped */
} read_opts_t;
#define READ_DEFAULT_MAX_BYTES ((size_t)64 << 20)

/* Never NULL.  The caller owns the result (doc_free). */
doc_t *read_doc(const input_t *in, const read_opts_t *opts);
/* One named file (or "-") for the inspection commands; NULL with err when
 * the path is missing or a directory.  The caller owns the result. */
doc_t *read_one(const char *path, err_t *err);
/* The same for bytes already in memory (tests, fuzzers); `name` is the doc
 * column. */
doc_t *read_bytes(const char *name, const char *bytes, size_t len);

#endif
