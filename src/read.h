/* read.h — stage 1: inputs to documents.
 *
 * read_collect() turns command-line paths into the sorted list of inputs
 * (directories walked recursively, `-` for stdin).  A walk takes the files
 * named *.txt (every file with inputs_t.all_files), never hidden ones, so
 * gold tables beside the readouts are not read as readouts; a file named on
 * the command line is always read.  Inputs are sorted by `doc`.
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

/* The inputs of a run.  Their strings live in one arena, the `doc` name
 * inside the path, so a list of millions of files stays small. */
typedef struct {
    input_t *v;
    size_t n, cap;
    bool all_files; /* directory walks take every file, not only *.txt */
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
