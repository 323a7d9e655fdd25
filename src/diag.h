/* diag.h — messages a user can act on.
 *
 * Every diagnostic goes through diag_at()/diag() so they all read
 * `readout: FILE:LINE:COL: message` (git's style: what failed first,
 * lowercase, no full stop).  Errors travel as values: functions that can
 * fail on input return false and fill an err_t; only main decides what to
 * print and which exit status follows.
 */
#ifndef READOUT_DIAG_H
#define READOUT_DIAG_H

#include <stdbool.h>
#include <stdio.h>

/* Exit statuses, documented in the README. */
enum { EXIT_DONE = 0, EXIT_NOT_OK = 1, EXIT_FATAL = 2 };

typedef struct {
    char file[512];
    int line, col; /* 0 when not applicable */
    char msg[1024];
} err_t;

bool err_set(err_t *e, const char *file, int line, int col, const char *fmt,
             ...) __attribute__((format(printf, 5, 6)));
void err_print(const err_t *e, FILE *to);

void diag(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
