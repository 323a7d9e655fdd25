/* fuzz_extract_doc — the whole per-document pipeline on arbitrary bytes, as
 * `readout run --trace` runs it: read, normalize, segment, match every rule
 * table, resolve dates (temporal.c) and people (people.c), build the rows of
 * every table including `matches`.  Every cell of every row is read, and the
 * spans the rows and trace matches point at must lie inside doc->text
 * (pipeline.h: span_t is a byte range of doc->text). */
#include <string.h>

#include "extract.h"
#include "fuzz_common.h"
#include "read.h"

static ruleset_t *rs;
static worker_t *w; /* one per thread, reused across documents as in run.c */

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc, (void)argv;
    rs = fuzz_load_rules_or_die(fuzz_rules_dir());
    w = worker_new(rs);
    return 0;
}

static void check_span(const doc_t *d, span_t s) {
    if (s.start > s.end || s.end > d->len) {
        fprintf(stderr, "fuzz: span %u..%u outside the text (%zu bytes)\n", s.start, s.end,
                d->len);
        __builtin_trap();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    doc_t *d = read_bytes("fuzz", (const char *)data, size);
    extract_opts_t opts = {.trace = true};
    extract_trace_t trace;
    memset(&trace, 0, sizeof trace);
    extract_pipeline(d, rs, w, &opts, &trace);

    size_t n = strlen(sbuf_str(&d->note));
    for (int t = 0; t < T_COUNT; t++) {
        int ncols = table_ncols((table_id_t)t);
        for (size_t i = 0; i < d->rows[t].n; i++) {
            const row_t *r = &d->rows[t].v[i];
            for (int c = 0; c < ncols; c++) n += strlen(r->cells[c]);
            n += strlen(r->rule);
            check_span(d, r->span);
        }
    }
    for (size_t i = 0; i < trace.matches.n; i++) check_span(d, trace.matches.v[i].span);
    if (trace.talk_of)
        for (size_t i = 0; i <= d->sents.n; i++) n += (size_t)trace.talk_of[i];
    fuzz_sink += n;
    doc_free(d);
    return 0;
}
