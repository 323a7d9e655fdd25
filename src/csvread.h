/* csvread.h — reading CSV tables back (gold tables, shard outputs) with
 * libcsv.  A table is its header and rows of strings, all owned by the
 * table's arena.
 */
#ifndef READOUT_CSVREAD_H
#define READOUT_CSVREAD_H

#include "diag.h"
#include "pipeline.h"

typedef struct {
    arena_t *arena;
    char **header;
    int ncols;
    VEC(char **) rows; /* each has ncols cells ("" when missing) */
} csvtab_t;

/* False with err when the file cannot be read or parsed. */
bool csv_load(const char *path, csvtab_t *t, err_t *err);
void csv_table_free(csvtab_t *t);
/* Column index of `name`, or -1. */
int csv_col(const csvtab_t *t, const char *name);

#endif
