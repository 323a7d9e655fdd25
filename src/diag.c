/* diag.c — formatting and printing of diagnostics (see diag.h). */
#include "diag.h"

#include <stdarg.h>
#include <string.h>

bool err_set(err_t *e, const char *file, int line, int col, const char *fmt,
             ...) {
    if (!e) return false;
    snprintf(e->file, sizeof e->file, "%s", file ? file : "");
    e->line = line;
    e->col = col;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    return false;
}

void err_print(const err_t *e, FILE *to) {
    fputs("readout: ", to);
    if (e->file[0]) {
        fputs(e->file, to);
        if (e->line) fprintf(to, ":%d", e->line);
        if (e->line && e->col) fprintf(to, ":%d", e->col);
        fputs(": ", to);
    }
    fprintf(to, "%s\n", e->msg);
}

void diag(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("readout: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}
