/* csvread.c — CSV to rows of strings through libcsv's parser. */
#include "csvread.h"

#include <csv.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    csvtab_t *t;
    VEC(char *) cur;
    bool header_done;
} loader_t;

static void on_field(void *s, size_t n, void *data) {
    loader_t *l = data;
    VEC_PUSH(l->t->arena, l->cur, arena_strndup(l->t->arena, s ? s : "", s ? n : 0));
}

static void on_row(int c, void *data) {
    (void)c;
    loader_t *l = data;
    csvtab_t *t = l->t;
    if (!l->header_done) {
        /* A BOM (Excel mode) is not part of the first column's name. */
        if (l->cur.n && !strncmp(l->cur.v[0], "\xEF\xBB\xBF", 3)) l->cur.v[0] += 3;
        t->header = l->cur.v;
        t->ncols = (int)l->cur.n;
        l->header_done = true;
    } else {
        char **row = arena_alloc(t->arena, sizeof(char *) * (size_t)(t->ncols + 1));
        for (int i = 0; i < t->ncols; i++) row[i] = i < (int)l->cur.n ? l->cur.v[i] : "";
        VEC_PUSH(t->arena, t->rows, row);
    }
    l->cur.v = NULL;
    l->cur.n = l->cur.cap = 0;
}

bool csv_load(const char *path, csvtab_t *t, err_t *err) {
    memset(t, 0, sizeof *t);
    t->arena = arena_new();
    FILE *f = fopen(path, "rb");
    if (!f) return err_set(err, path, 0, 0, "cannot read: %s", strerror(errno));
    struct csv_parser p;
    csv_init(&p, CSV_APPEND_NULL);
    loader_t l = {t, {0}, false};
    char buf[65536];
    size_t n;
    bool ok = true;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        if (csv_parse(&p, buf, n, on_field, on_row, &l) != n) {
            ok = err_set(err, path, 0, 0, "not valid CSV: %s", csv_strerror(csv_error(&p)));
            break;
        }
    if (ok) csv_fini(&p, on_field, on_row, &l);
    csv_free(&p);
    fclose(f);
    if (!ok) return false;
    if (!t->header) return err_set(err, path, 0, 0, "empty CSV (no header)");
    return true;
}

void csv_table_free(csvtab_t *t) {
    arena_free(t->arena);
    memset(t, 0, sizeof *t);
}

int csv_col(const csvtab_t *t, const char *name) {
    for (int i = 0; i < t->ncols; i++)
        if (!strcmp(t->header[i], name)) return i;
    return -1;
}
