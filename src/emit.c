/* emit.c — stage 5: atomic CSV output through libcsv. */
#define _DEFAULT_SOURCE
#include "emit.h"

#include <csv.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static bool needs_quotes(const char *s) {
    return strpbrk(s, ",\"\r\n") != NULL;
}

/* The one CSV writer: fields quoted by libcsv only where RFC 4180 needs it,
 * spreadsheet formulas neutralized under --excel.  `put` appends bytes to
 * a stream or a string builder. */
typedef void (*put_fn)(void *to, const char *s, size_t n);

static void put_file(void *to, const char *s, size_t n) { fwrite(s, 1, n, to); }
static void put_sbuf(void *to, const char *s, size_t n) { sbuf_add(to, s, n); }

static void put_field(put_fn put, void *to, const char *c) {
    size_t n = strlen(c);
    if (!needs_quotes(c)) {
        put(to, c, n);
        return;
    }
    char stack[512];
    size_t cap = 2 * n + 3; /* every quote doubled, and the two around */
    char *buf = cap <= sizeof stack ? stack : xmalloc(cap);
    size_t w = csv_write(buf, cap, c, n);
    put(to, buf, w);
    if (buf != stack) free(buf);
}

static void record(put_fn put, void *to, const char *const *cells, int n, bool excel) {
    for (int i = 0; i < n; i++) {
        if (i) put(to, ",", 1);
        const char *c = cells[i] ? cells[i] : "";
        if (excel && (c[0] == '=' || c[0] == '+' || c[0] == '-' || c[0] == '@' ||
                      c[0] == '\t' || c[0] == '\r')) {
            /* A spreadsheet would evaluate it: make it text. */
            size_t n2 = strlen(c) + 2;
            char *guarded = xmalloc(n2);
            snprintf(guarded, n2, "'%s", c);
            put_field(put, to, guarded);
            free(guarded);
            continue;
        }
        put_field(put, to, c);
    }
    if (excel) put(to, "\r\n", 2);
    else put(to, "\n", 1);
}

void emit_record(FILE *f, const char *const *cells, int n, bool excel) {
    record(put_file, f, cells, n, excel);
}

void emit_record_sbuf(sbuf_t *b, const char *const *cells, int n, bool excel) {
    record(put_sbuf, b, cells, n, excel);
}

void emit_render(doc_t *d, bool excel, bool trace) {
    for (int t = 0; t < T_COUNT; t++) {
        sbuf_init(&d->csv[t], d->arena);
        if (t == T_MATCHES && !trace) continue;
        int n = table_ncols((table_id_t)t);
        for (size_t i = 0; i < d->rows[t].n; i++)
            emit_record_sbuf(&d->csv[t], d->rows[t].v[i].cells, n, excel);
    }
}

static bool mkdirs(const char *dir) {
    char *p = xstrdup(dir);
    for (char *s = p + 1; *s; s++) {
        if (*s != '/') continue;
        *s = 0;
        mkdir(p, 0777);
        *s = '/';
    }
    bool ok = mkdir(p, 0777) == 0 || errno == EEXIST;
    free(p);
    return ok;
}

enum { WRITE_BUFFER = 64 * 1024 };

bool emit_open(emitter_t *e, const char *dir, bool excel, bool trace, err_t *err) {
    memset(e, 0, sizeof *e);
    e->dir = xstrdup(dir);
    e->excel = excel;
    for (int t = 0; t < T_COUNT; t++) e->tables[t] = t != T_MATCHES || trace;
    struct stat st;
    if (stat(dir, &st) != 0 && !mkdirs(dir)) {
        err_set(err, dir, 0, 0, "cannot create output directory: %s", strerror(errno));
        free(e->dir);
        return false;
    }
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        err_set(err, dir, 0, 0, "output path is not a directory");
        free(e->dir);
        return false;
    }
    for (int t = 0; t < T_COUNT; t++) {
        if (!e->tables[t]) continue;
        size_t n = strlen(dir) + 64;
        e->final[t] = xmalloc(n);
        e->tmp[t] = xmalloc(n);
        snprintf(e->final[t], n, "%s/%s", dir, table_file(t));
        snprintf(e->tmp[t], n, "%s/.%s.tmp.%ld", dir, table_file(t), (long)getpid());
        e->f[t] = fopen(e->tmp[t], "wb");
        if (!e->f[t]) {
            err_set(err, dir, 0, 0, "cannot write output directory: %s", strerror(errno));
            emit_abort(e);
            return false;
        }
        /* stdio's 4 KB buffer made a system call for nearly every
         * document (glibc ignores the size unless given the buffer) */
        e->buf[t] = xmalloc(WRITE_BUFFER);
        setvbuf(e->f[t], e->buf[t], _IOFBF, WRITE_BUFFER);
        if (excel) fputs("\xEF\xBB\xBF", e->f[t]);
        emit_record(e->f[t], table_header(t), table_ncols(t), excel);
    }
    return true;
}

void emit_doc(emitter_t *e, const doc_t *d) {
    for (int t = 0; t < T_COUNT; t++) {
        if (!e->f[t]) continue;
        if (d->csv[t].len) fwrite(d->csv[t].s, 1, d->csv[t].len, e->f[t]);
        if (ferror(e->f[t]) && !e->failed) {
            e->failed = true;
            snprintf(e->why, sizeof e->why, "write error on %s: %s", e->tmp[t], strerror(errno));
        }
    }
}

static void release(emitter_t *e) {
    for (int t = 0; t < T_COUNT; t++) {
        free(e->tmp[t]);
        free(e->final[t]);
        free(e->buf[t]);
        e->tmp[t] = e->final[t] = e->buf[t] = NULL;
    }
    free(e->dir);
    e->dir = NULL;
}

void emit_abort(emitter_t *e) {
    for (int t = 0; t < T_COUNT; t++) {
        if (e->f[t]) fclose(e->f[t]);
        e->f[t] = NULL;
        if (e->tmp[t]) unlink(e->tmp[t]);
    }
    release(e);
}

bool emit_commit(emitter_t *e, err_t *err) {
    bool ok = !e->failed;
    if (!ok) err_set(err, e->dir, 0, 0, "%s", e->why);
    for (int t = 0; t < T_COUNT && ok; t++) {
        if (!e->f[t]) continue;
        if (fflush(e->f[t]) != 0 || ferror(e->f[t]) || fsync(fileno(e->f[t])) != 0) {
            ok = err_set(err, e->tmp[t], 0, 0, "write error: %s", strerror(errno));
        }
    }
    for (int t = 0; t < T_COUNT; t++) {
        if (!e->f[t]) continue;
        if (fclose(e->f[t]) != 0 && ok)
            ok = err_set(err, e->tmp[t], 0, 0, "write error: %s", strerror(errno));
        e->f[t] = NULL;
    }
    /* Only when every table is complete does any of them replace the old. */
    for (int t = 0; t < T_COUNT && ok; t++) {
        if (!e->tmp[t]) continue;
        if (rename(e->tmp[t], e->final[t]) != 0)
            ok = err_set(err, e->final[t], 0, 0, "cannot rename into place: %s", strerror(errno));
    }
    if (!ok)
        for (int t = 0; t < T_COUNT; t++)
            if (e->tmp[t]) unlink(e->tmp[t]);
    release(e);
    return ok;
}
