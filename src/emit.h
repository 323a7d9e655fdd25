/* emit.h — stage 5: CSV tables, written atomically.
 *
 * Rows are streamed into temporary files beside the targets as documents
 * finish; emit_commit() flushes, checks every write and renames them all
 * into place.  Until then the previous tables stay untouched, and
 * emit_abort() (an error, SIGINT, SIGTERM) removes the temporaries.
 * Fields are quoted by libcsv only where RFC 4180 needs it.  --excel adds a
 * BOM and CRLF, and neutralizes cells that a spreadsheet would run as a
 * formula (leading = + - @ TAB CR) with a leading apostrophe.
 */
#ifndef READOUT_EMIT_H
#define READOUT_EMIT_H

#include <stdio.h>

#include "diag.h"
#include "pipeline.h"

typedef struct {
    char *dir;
    bool excel;
    bool tables[T_COUNT];
    FILE *f[T_COUNT];
    char *buf[T_COUNT]; /* the streams' buffers */
    char *tmp[T_COUNT], *final[T_COUNT];
    bool failed;
    char why[256];
} emitter_t;

/* Creates dir when missing; false with err when it cannot be written. */
bool emit_open(emitter_t *e, const char *dir, bool excel, bool trace, err_t *err);
/* Writes the CSV of a document that emit_render rendered. */
void emit_doc(emitter_t *e, const doc_t *d);
/* Renders a document's rows as CSV into d->csv (in its arena), so that the
 * writer thread only copies bytes: the formatting runs on the workers. */
void emit_render(doc_t *d, bool excel, bool trace);
bool emit_commit(emitter_t *e, err_t *err);
void emit_abort(emitter_t *e);

/* One CSV record to a stream, or to a string builder, as emit writes it. */
void emit_record(FILE *f, const char *const *cells, int n, bool excel);
void emit_record_sbuf(sbuf_t *b, const char *const *cells, int n, bool excel);

#endif
