/* read.c — stage 1: collecting inputs, loading bytes, checking encodings.
 *
 * Produces doc->raw (original bytes), doc->text (UTF-8 without BOM, CR/CRLF
 * turned into LF, invalid sequences replaced by U+FFFD, UTF-16 converted)
 * and doc->map from text offsets back to raw offsets.
 */
#define _DEFAULT_SOURCE
#include "read.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

static size_t utf8_valid_len(const unsigned char *s, size_t n);

/* A file name with bytes that are not UTF-8 gets U+FFFD in the `doc`
 * column (the tables are UTF-8); the path itself is kept to open it. */
static char *valid_name(arena_t *a, const char *name) {
    size_t n = strlen(name);
    char *out = arena_alloc(a, n * 3 + 1);
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        size_t k = utf8_valid_len((const unsigned char *)name + i, n - i);
        if (!k) {
            memcpy(out + o, "\xEF\xBF\xBD", 3);
            o += 3;
            i++;
            continue;
        }
        memcpy(out + o, name + i, k);
        o += k;
        i += k;
    }
    out[o] = 0;
    return out;
}

static bool valid_utf8(const char *s) {
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        size_t k = utf8_valid_len((const unsigned char *)s + i, n - i);
        if (!k) return false;
        i += k;
    }
    return true;
}

static void inputs_push(inputs_t *in, const char *name, const char *path,
                        const char *problem) {
    if (in->n == in->cap) {
        in->cap = in->cap ? in->cap * 2 : 64;
        in->v = xrealloc(in->v, in->cap * sizeof *in->v);
    }
    if (!in->strings) in->strings = arena_new();
    input_t *e = &in->v[in->n++];
    e->path = arena_strdup(in->strings, path);
    size_t pl = strlen(path), nl = strlen(name);
    if (nl <= pl && !strcmp(path + pl - nl, name) && valid_utf8(name)) e->name = e->path + pl - nl;
    else e->name = valid_name(in->strings, name);
    e->problem = problem ? arena_strdup(in->strings, problem) : NULL;
}

void read_inputs_free(inputs_t *in) {
    free(in->v);
    arena_free(in->strings);
    memset(in, 0, sizeof *in);
}

static bool is_txt(const char *name) {
    size_t n = strlen(name);
    return n > 4 && !strcasecmp(name + n - 4, ".txt");
}

static int cmp_inputs(const void *a, const void *b) {
    return strcmp(((const input_t *)a)->name, ((const input_t *)b)->name);
}

typedef struct {
    char *name;
    unsigned char type; /* d_type; DT_UNKNOWN asks lstat */
} entry_t;

static int cmp_entries(const void *a, const void *b) {
    return strcmp(((const entry_t *)a)->name, ((const entry_t *)b)->name);
}

/* Walks `dir`; `rel` is the path relative to the root given by the user.
 * The type readdir gives spares an lstat per file: on a big archive those
 * calls were a tenth of the run. */
static void walk(inputs_t *in, const char *dir, const char *rel) {
    DIR *d = opendir(dir);
    if (!d) {
        inputs_push(in, rel[0] ? rel : ".", dir, strerror(errno));
        return;
    }
    entry_t *names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue; /* ., .. and hidden files */
        if (n == cap) {
            cap = cap ? cap * 2 : 32;
            names = xrealloc(names, cap * sizeof *names);
        }
        names[n].name = xstrdup(e->d_name);
        names[n++].type = e->d_type;
    }
    closedir(d);
    if (n) qsort(names, n, sizeof *names, cmp_entries);
    for (size_t i = 0; i < n; i++) {
        const char *name = names[i].name;
        size_t plen = strlen(dir) + strlen(name) + 2;
        size_t rlen = strlen(rel) + strlen(name) + 2;
        char *path = xmalloc(plen), *r = xmalloc(rlen);
        snprintf(path, plen, "%s/%s", dir, name);
        if (rel[0]) snprintf(r, rlen, "%s/%s", rel, name);
        else snprintf(r, rlen, "%s", name);
        struct stat lst, st;
        unsigned char type = names[i].type;
        bool unreadable = false;
        if (type == DT_UNKNOWN) { /* the file system did not say */
            unreadable = lstat(path, &lst) != 0;
            if (unreadable) inputs_push(in, r, path, strerror(errno));
            else type = S_ISLNK(lst.st_mode) ? DT_LNK : S_ISDIR(lst.st_mode) ? DT_DIR : DT_REG;
        }
        if (unreadable) {
            /* listed above with its error */
        } else if (type == DT_LNK) {
            /* Links to files are followed; links to directories are not,
             * so a link loop cannot make the walk endless. */
            if (stat(path, &st) != 0)
                inputs_push(in, r, path,
                            errno == ELOOP ? "symbolic link loop"
                                           : "dangling symbolic link");
            else if (S_ISDIR(st.st_mode))
                inputs_push(in, r, path,
                            "symbolic link to a directory not followed");
            else if (in->all_files || is_txt(name))
                inputs_push(in, r, path, NULL);
        } else if (type == DT_DIR) {
            walk(in, path, r);
        } else if (in->all_files || is_txt(name)) {
            inputs_push(in, r, path, NULL); /* files, FIFOs...: read_doc tells */
        }
        free(path);
        free(r);
        free(names[i].name);
    }
    free(names);
}

bool read_collect(inputs_t *in, const char *path, err_t *err) {
    if (!strcmp(path, "-")) {
        inputs_push(in, "-", "-", NULL);
        return true;
    }
    struct stat st;
    if (stat(path, &st) != 0) {
        struct stat lst;
        if (lstat(path, &lst) == 0) { /* a dangling link named by the user */
            const char *base = strrchr(path, '/');
            inputs_push(in, base ? base + 1 : path, path,
                        errno == ELOOP ? "symbolic link loop"
                                       : "dangling symbolic link");
            return true;
        }
        return err_set(err, path, 0, 0, "cannot read input: %s",
                       strerror(errno));
    }
    if (S_ISDIR(st.st_mode)) {
        char *root = xstrdup(path);
        size_t l = strlen(root);
        while (l > 1 && root[l - 1] == '/') root[--l] = 0;
        size_t from = in->n;
        walk(in, root, "");
        free(root);
        /* byte order of the whole relative path: the SPEC's row order, and
         * the order `merge` restores */
        if (in->n > from) qsort(in->v + from, in->n - from, sizeof *in->v, cmp_inputs);
        return true;
    }
    const char *base = strrchr(path, '/');
    inputs_push(in, base && base[1] ? base + 1 : path, path, NULL);
    return true;
}

/* ---- decoding ---------------------------------------------------------- */

typedef struct {
    doc_t *d;
    sbuf_t out;
    size_t repaired; /* invalid sequences replaced */
    size_t first_bad;
} decoder_t;

static void map_point(doc_t *d, size_t norm, size_t orig) {
    offmap_t *m = &d->map;
    if (m->n) {
        offbp_t last = m->v[m->n - 1];
        if (last.orig + (norm - last.norm) == orig) return; /* still in step */
    }
    offbp_t bp = {(uint32_t)norm, (uint32_t)orig};
    VEC_PUSH(d->arena, *m, bp);
}

static void put_cp(sbuf_t *b, uint32_t cp) {
    char u[4];
    size_t n;
    if (cp < 0x80) u[0] = (char)cp, n = 1;
    else if (cp < 0x800)
        u[0] = (char)(0xC0 | (cp >> 6)), u[1] = (char)(0x80 | (cp & 0x3F)),
        n = 2;
    else if (cp < 0x10000)
        u[0] = (char)(0xE0 | (cp >> 12)),
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F)),
        u[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
    else
        u[0] = (char)(0xF0 | (cp >> 18)),
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F)),
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)),
        u[3] = (char)(0x80 | (cp & 0x3F)), n = 4;
    sbuf_add(b, u, n);
}

/* Length of a valid UTF-8 sequence at s (RFC 3629: no overlongs, no
 * surrogates, nothing above U+10FFFF), 0 when invalid. */
static size_t utf8_valid_len(const unsigned char *s, size_t n) {
    unsigned char c = s[0];
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80) return 0;
        if (c == 0xE0 && s[1] < 0xA0) return 0;  /* overlong */
        if (c == 0xED && s[1] >= 0xA0) return 0; /* surrogate */
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
            (s[3] & 0xC0) != 0x80)
            return 0;
        if (c == 0xF0 && s[1] < 0x90) return 0;
        if (c == 0xF4 && s[1] >= 0x90) return 0;
        return 4;
    }
    return 0;
}

/* Line ends: CRLF and lone CR become LF.  Valid stretches are copied
 * whole, with one map test each. */
static void decode_utf8(decoder_t *dc, const unsigned char *s, size_t n,
                        size_t base) {
    size_t i = 0;
    while (i < n) {
        size_t j = i, k;
        while (j < n && s[j] != '\r' && (s[j] < 0x80 || (k = utf8_valid_len(s + j, n - j))))
            j += s[j] < 0x80 ? 1 : k;
        map_point(dc->d, dc->out.len, base + i);
        if (j > i) {
            sbuf_add(&dc->out, (const char *)s + i, j - i);
            i = j;
        } else if (s[i] == '\r') {
            sbuf_addc(&dc->out, '\n');
            i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
        } else {
            if (!dc->repaired) dc->first_bad = base + i;
            dc->repaired++;
            put_cp(&dc->out, 0xFFFD);
            i++;
        }
    }
}

static void decode_utf16(decoder_t *dc, const unsigned char *s, size_t n,
                         size_t base, bool le) {
    size_t i = 0;
    bool cr = false;
    while (i + 1 < n) {
        uint32_t u = le ? (uint32_t)(s[i] | s[i + 1] << 8)
                        : (uint32_t)(s[i] << 8 | s[i + 1]);
        size_t adv = 2;
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < n) {
            uint32_t v = le ? (uint32_t)(s[i + 2] | s[i + 3] << 8)
                            : (uint32_t)(s[i + 2] << 8 | s[i + 3]);
            if (v >= 0xDC00 && v <= 0xDFFF) {
                u = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
                adv = 4;
            }
        }
        if ((u >= 0xD800 && u <= 0xDFFF) || u == 0) {
            if (!dc->repaired) dc->first_bad = base + i;
            dc->repaired++;
            u = 0xFFFD;
        }
        map_point(dc->d, dc->out.len, base + i);
        if (u == '\n' && cr) { /* second half of CRLF */
            cr = false;
            i += adv;
            continue;
        }
        cr = u == '\r';
        put_cp(&dc->out, u == '\r' ? '\n' : u);
        i += adv;
    }
    if (i < n) { /* an odd byte at the end */
        if (!dc->repaired) dc->first_bad = base + i;
        dc->repaired++;
        map_point(dc->d, dc->out.len, base + i);
        put_cp(&dc->out, 0xFFFD);
    }
}

static bool all_blank(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\n' && s[i] != '\t' && s[i] != '\r' &&
            s[i] != '\f' && s[i] != '\v')
            return false;
    return true;
}

static void decode(doc_t *d) {
    const unsigned char *s = (const unsigned char *)d->raw;
    size_t n = d->raw_len;
    decoder_t dc = {.d = d};
    sbuf_init(&dc.out, d->arena);
    const char *converted = NULL;
    if (n >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF))) {
        bool le = s[0] == 0xFF;
        decode_utf16(&dc, s + 2, n - 2, 2, le);
        converted = le ? "UTF-16LE" : "UTF-16BE";
    } else {
        const void *nul = memchr(s, 0, n);
        if (nul) {
            d->status = DOC_SKIPPED;
            doc_note(d, "binary input: NUL byte at offset %zu",
                     (size_t)((const unsigned char *)nul - s));
            return;
        }
        size_t start = 0;
        if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) start = 3;
        decode_utf8(&dc, s + start, n - start, start);
    }
    d->text = (char *)sbuf_str(&dc.out);
    d->len = dc.out.len;
    if (converted) {
        d->status = DOC_REPAIRED;
        doc_note(d, "converted from %s", converted);
    }
    if (dc.repaired) {
        d->status = DOC_REPAIRED;
        doc_note(d, "invalid %s replaced by U+FFFD in %zu place%s (first at byte %zu)",
                 converted ? converted : "UTF-8", dc.repaired,
                 dc.repaired == 1 ? "" : "s", dc.first_bad);
    }
    if (all_blank(d->text, d->len)) {
        d->status = DOC_EMPTY;
        doc_note(d, n ? "no text (white space only)" : "empty file");
    }
}

doc_t *read_bytes(const char *name, const char *bytes, size_t len) {
    doc_t *d = doc_new(name, name);
    char *raw = arena_alloc(d->arena, len + 1);
    if (len) memcpy(raw, bytes, len);
    d->raw = raw;
    d->raw_len = d->bytes = len;
    decode(d);
    return d;
}

static doc_t *skipped(doc_t *d, const char *why) {
    d->status = DOC_SKIPPED;
    doc_note(d, "%s", why);
    return d;
}

/* Reads fd to its end into b.  With the size known (a regular file), a
 * short read is the end: one read() call per document, not two.  Returns
 * 0 or an errno; *too_big when past max (0: no limit). */
static int read_all(int fd, size_t size, size_t max, sbuf_t *b, bool *too_big) {
    bool sized = size > 0;
    size_t want = sized ? size + 1 : 65536;
    for (;;) {
        sbuf_reserve(b, want);
        ssize_t got = read(fd, b->s + b->len, b->cap - b->len - 1);
        if (got < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        b->len += (size_t)got;
        if (max && b->len > max) {
            *too_big = true;
            return 0;
        }
        if (!got || (sized && b->len >= size && b->len < b->cap - 1)) return 0;
        want = 65536;
    }
}

doc_t *read_doc(const input_t *in, const read_opts_t *opts) {
    doc_t *d = doc_new(in->name, in->path);
    if (in->problem) return skipped(d, in->problem);
    bool is_stdin = !strcmp(in->path, "-");
    int fd = STDIN_FILENO;
    size_t size = 0;
    if (!is_stdin) {
        /* O_NONBLOCK: opening a FIFO must not wait for a writer */
        fd = open(in->path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0)
            return skipped(d, arena_printf(d->arena, "cannot open: %s", strerror(errno)));
        struct stat st;
        const char *problem = NULL;
        if (fstat(fd, &st) != 0) problem = strerror(errno);
        else if (!S_ISREG(st.st_mode))
            problem = S_ISFIFO(st.st_mode) ? "not a regular file (FIFO)" : "not a regular file";
        else if (opts->max_bytes && (size_t)st.st_size > opts->max_bytes) {
            d->bytes = (size_t)st.st_size;
            problem = arena_printf(d->arena, "too large (%zu bytes, limit %zu)",
                                   (size_t)st.st_size, opts->max_bytes);
        }
        if (problem) {
            close(fd);
            return skipped(d, problem);
        }
        size = (size_t)st.st_size;
    }
    sbuf_t b;
    sbuf_init(&b, d->arena);
    bool too_big = false;
    int failed = read_all(fd, size, opts->max_bytes, &b, &too_big);
    if (!is_stdin) close(fd);
    if (failed)
        return skipped(d, arena_printf(d->arena, "read error: %s", strerror(failed)));
    if (too_big)
        return skipped(d, arena_printf(d->arena, "too large (limit %zu bytes)",
                                       opts->max_bytes));
    d->raw = sbuf_str(&b);
    d->raw_len = d->bytes = b.len;
    decode(d);
    return d;
}

doc_t *read_one(const char *path, err_t *err) {
    inputs_t in = {0};
    in.all_files = true;
    if (!read_collect(&in, path, err) || in.n != 1) {
        if (in.n != 1) err_set(err, path, 0, 0, "not a single file");
        read_inputs_free(&in);
        return NULL;
    }
    read_opts_t ro = {READ_DEFAULT_MAX_BYTES};
    doc_t *d = read_doc(&in.v[0], &ro);
    read_inputs_free(&in);
    return d;
}
