/* unit.h — a small test harness: CHECK records a failure with its line and
 * the run ends with the plain line "N passed, M failed". */
#ifndef READOUT_UNIT_H
#define READOUT_UNIT_H

#include <stdio.h>
#include <string.h>

#include "rules.h"

extern int unit_passed, unit_failed;
extern const ruleset_t *unit_rules; /* the shipped rules */

#define CHECK(cond)                                                            \
    do {                                                                       \
        if (cond) unit_passed++;                                               \
        else {                                                                 \
            unit_failed++;                                                     \
            fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);    \
        }                                                                      \
    } while (0)
#define CHECK_STR(got, want)                                                   \
    do {                                                                       \
        const char *g_ = (got), *w_ = (want);                                  \
        if (g_ && w_ && !strcmp(g_, w_)) unit_passed++;                        \
        else {                                                                 \
            unit_failed++;                                                     \
            fprintf(stderr, "FAIL %s:%d: %s\n  got:  '%s'\n  want: '%s'\n",    \
                    __FILE__, __LINE__, #got, g_ ? g_ : "(null)", w_);         \
        }                                                                      \
    } while (0)

/* A temporary rules directory: the shipped lexicons, countries, titles and
 * topics, the shipped files named by `shipped` (a shell glob, or ""), and
 * one file `name` holding `text`.  unit_scratch_free removes it. */
char *unit_scratch(const char *shipped, const char *name, const char *text);
void unit_scratch_free(char *dir);

/* Runs the whole pipeline on text; the caller frees with doc_free. */
struct doc;
struct doc *unit_extract(const char *name, const char *text);
/* The cell `col` of row `row` of table t ("" when out of range). */
const char *unit_cell(const struct doc *d, int t, size_t row, const char *col);

void test_norm(void);
void test_segment(void);
void test_rules(void);
void test_csv(void);
void test_temporal(void);
void test_people(void);
void test_positions(void);
void test_read(void);

#endif
