/* merge.c — `readout merge`: shard outputs joined in the SPEC's order.
 *
 * Each document lives in exactly one shard and its rows are already in
 * document order there, so a stable sort of all rows by `doc` gives the
 * order of a single run (inputs are processed in byte order of `doc`).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "csvread.h"
#include "emit.h"
#include "eval.h"

typedef struct {
    char **cells;
    size_t seq;
} mrow_t;

static int cmp_mrow(const void *a, const void *b) {
    const mrow_t *x = a, *y = b;
    int c = strcmp(x->cells[0], y->cells[0]);
    if (c) return c;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

int eval_merge(const char *const *dirs, int ndirs, const char *out) {
    err_t err = {0};
    emitter_t em;
    bool trace = false;
    for (int i = 0; i < ndirs; i++) {
        char p[4096];
        struct stat st;
        snprintf(p, sizeof p, "%s/%s", dirs[i], table_file(T_MATCHES));
        if (stat(p, &st) == 0) trace = true;
    }
    if (!emit_open(&em, out, false, trace, &err)) {
        err_print(&err, stderr);
        return EXIT_FATAL;
    }
    for (int t = 0; t < T_COUNT; t++) {
        if (!em.f[t]) continue;
        csvtab_t *tabs = xcalloc((size_t)ndirs, sizeof *tabs);
        VEC(mrow_t) rows = {0};
        arena_t *a = arena_new();
        bool ok = true;
        for (int i = 0; i < ndirs && ok; i++) {
            char p[4096];
            snprintf(p, sizeof p, "%s/%s", dirs[i], table_file((table_id_t)t));
            if (!csv_load(p, &tabs[i], &err)) ok = false;
            else if (tabs[i].ncols != table_ncols((table_id_t)t))
                ok = err_set(&err, p, 0, 0, "has %d columns, expected %d", tabs[i].ncols,
                             table_ncols((table_id_t)t));
            for (size_t r = 0; ok && r < tabs[i].rows.n; r++) {
                mrow_t m = {tabs[i].rows.v[r], rows.n};
                VEC_PUSH(a, rows, m);
            }
        }
        if (ok) {
            qsort(rows.v, rows.n, sizeof *rows.v, cmp_mrow);
            for (size_t r = 0; r < rows.n; r++)
                emit_record(em.f[t], (const char *const *)rows.v[r].cells, table_ncols((table_id_t)t), false);
        }
        for (int i = 0; i < ndirs; i++)
            if (tabs[i].arena) csv_table_free(&tabs[i]);
        free(tabs);
        arena_free(a);
        if (!ok) {
            err_print(&err, stderr);
            emit_abort(&em);
            return EXIT_FATAL;
        }
    }
    if (!emit_commit(&em, &err)) {
        err_print(&err, stderr);
        return EXIT_FATAL;
    }
    return EXIT_DONE;
}
