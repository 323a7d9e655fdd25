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
 * column (the tables are UTF-8); the path itself is kept to open it.
 * The caller frees the result. */
static char *valid_name(const char *name) {
    size_t n = strlen(name);
    char *out = xmalloc(n * 3 + 1);
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

uint64_t read_doc_hash(const char *name) { /* FNV-1a, stable across hosts */
    uint64_t h = 1469598103934665603ull;
    for (; *name; name++) h = (h ^ (unsigned char)*name) * 1099511628211ull;
    return h;
}

/* Why a link that stat() cannot follow is no document (errno from stat). */
static const char *broken_link(int err) {
    return err == ELOOP ? "symbolic link loop" : "dangling symbolic link";
}

static bool is_txt(const char *name) {
    size_t n = strlen(name);
    return n > 4 && !strcasecmp(name + n - 4, ".txt");
}

/* ---- the walk ------------------------------------------------------------ */

typedef struct {
    char *name;
    unsigned char type; /* d_type, DT_UNKNOWN resolved by lstat */
    char *problem;      /* the lstat that failed */
} entry_t;

/* A directory on the way down, with its entries in order. */
typedef struct {
    char *dir, *rel; /* on disk; relative to the root given ("" at the root) */
    entry_t *e;
    size_t n, next;
} frame_t;

struct walker {
    walk_spec_t spec;
    int next_path;
    frame_t *stack;
    size_t depth, cap;
    char *path, *rel, *name, *problem; /* the input last returned */
};

/* Byte order of the whole relative path, the SPEC's row order, without
 * holding every path: siblings compare by name, a directory's as if it
 * ended in '/', the byte that follows it in the paths under it. */
static int cmp_entries(const void *a, const void *b) {
    const entry_t *ea = a, *eb = b;
    const unsigned char *x = (const unsigned char *)ea->name, *y = (const unsigned char *)eb->name;
    while (*x && *x == *y) x++, y++;
    int cx = *x ? *x : ea->type == DT_DIR ? '/' : 0;
    int cy = *y ? *y : eb->type == DT_DIR ? '/' : 0;
    return cx - cy;
}

static char *join(const char *a, const char *b) {
    size_t n = strlen(a) + strlen(b) + 2;
    char *s = xmalloc(n);
    if (a[0]) snprintf(s, n, "%s/%s", a, b);
    else snprintf(s, n, "%s", b);
    return s;
}

/* Opens dir and pushes its entries, sorted; false (errno set) when it
 * cannot be read.  The type readdir gives spares an lstat per file: on a
 * big archive those calls were a tenth of the run. */
static bool push_dir(walker_t *w, const char *dir, const char *rel) {
    DIR *d = opendir(dir);
    if (!d) return false;
    entry_t *v = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.') continue; /* ., .. and hidden files */
        if (n == cap) {
            cap = cap ? cap * 2 : 32;
            v = xrealloc(v, cap * sizeof *v);
        }
        entry_t *e = &v[n++];
        e->name = xstrdup(de->d_name);
        e->type = de->d_type;
        e->problem = NULL;
        if (e->type == DT_UNKNOWN) { /* the file system did not say */
            char *path = join(dir, e->name);
            struct stat lst;
            if (lstat(path, &lst) != 0) e->problem = xstrdup(strerror(errno));
            else e->type = S_ISLNK(lst.st_mode) ? DT_LNK : S_ISDIR(lst.st_mode) ? DT_DIR : DT_REG;
            free(path);
        }
    }
    closedir(d);
    if (n) qsort(v, n, sizeof *v, cmp_entries);
    if (w->depth == w->cap) {
        w->cap = w->cap ? w->cap * 2 : 8;
        w->stack = xrealloc(w->stack, w->cap * sizeof *w->stack);
    }
    w->stack[w->depth++] = (frame_t){xstrdup(dir), xstrdup(rel), v, n, 0};
    return true;
}

static void pop_dir(walker_t *w) {
    frame_t *f = &w->stack[--w->depth];
    for (size_t i = 0; i < f->n; i++) {
        free(f->e[i].name);
        free(f->e[i].problem);
    }
    free(f->e);
    free(f->dir);
    free(f->rel);
}

static void forget_current(walker_t *w) {
    free(w->path);
    free(w->rel);
    free(w->name);
    free(w->problem);
    w->path = w->rel = w->name = w->problem = NULL;
}

/* Makes (rel, path, problem) the current input; takes the strings. */
static void set_current(walker_t *w, input_t *out, char *rel, char *path, const char *problem) {
    w->rel = rel;
    w->path = path;
    w->problem = problem ? xstrdup(problem) : NULL;
    out->path = path;
    out->problem = w->problem;
    out->name = rel;
    if (!valid_utf8(rel)) out->name = w->name = valid_name(rel);
}

/* A path named on the command line: "-", a file, a directory to walk. */
static bool start_path(walker_t *w, const char *path, input_t *out) {
    if (!strcmp(path, "-")) {
        set_current(w, out, xstrdup("-"), xstrdup("-"), NULL);
        return true;
    }
    const char *base = strrchr(path, '/');
    struct stat st;
    if (stat(path, &st) != 0) { /* a dangling link (walker_new saw it) */
        set_current(w, out, xstrdup(base ? base + 1 : path), xstrdup(path), broken_link(errno));
        return true;
    }
    if (!S_ISDIR(st.st_mode)) {
        set_current(w, out, xstrdup(base && base[1] ? base + 1 : path), xstrdup(path), NULL);
        return true;
    }
    char *root = xstrdup(path);
    size_t l = strlen(root);
    while (l > 1 && root[l - 1] == '/') root[--l] = 0;
    bool opened = push_dir(w, root, "");
    if (!opened) set_current(w, out, xstrdup("."), root, strerror(errno));
    else free(root);
    return !opened;
}

/* The next input under the directory on top of the stack, or false when
 * that directory is done. */
static bool next_entry(walker_t *w, input_t *out) {
    frame_t *f = &w->stack[w->depth - 1];
    if (f->next == f->n) {
        pop_dir(w);
        return false;
    }
    const entry_t *e = &f->e[f->next++];
    char *path = join(f->dir, e->name), *rel = join(f->rel, e->name);
    const char *problem = e->problem;
    bool take = true;
    struct stat st;
    if (problem) {
        /* listed with the error of its lstat */
    } else if (e->type == DT_LNK) {
        /* Links to files are followed; links to directories are not,
         * so a link loop cannot make the walk endless. */
        if (stat(path, &st) != 0)
            problem = broken_link(errno);
        else if (S_ISDIR(st.st_mode)) problem = "symbolic link to a directory not followed";
        else take = w->spec.all_files || is_txt(e->name);
    } else if (e->type == DT_DIR) {
        take = !push_dir(w, path, rel); /* an unreadable one is listed */
        if (take) problem = strerror(errno);
    } else {
        take = w->spec.all_files || is_txt(e->name); /* files, FIFOs...: read_doc tells */
    }
    if (take) {
        set_current(w, out, rel, path, problem);
        return true;
    }
    free(path);
    free(rel);
    return false;
}

walker_t *walker_new(const walk_spec_t *spec, err_t *err) {
    for (int i = 0; i < spec->npaths; i++) {
        const char *p = spec->paths[i];
        struct stat st, lst;
        /* a missing path is a usage error; a dangling link named by the
         * user is a document that cannot be read */
        if (strcmp(p, "-") && stat(p, &st) != 0 && lstat(p, &lst) != 0) {
            err_set(err, p, 0, 0, "cannot read input: %s", strerror(errno));
            return NULL;
        }
    }
    walker_t *w = xcalloc(1, sizeof *w);
    w->spec = *spec;
    return w;
}

bool walker_next(walker_t *w, input_t *out) {
    for (;;) {
        forget_current(w);
        bool got;
        if (w->depth) got = next_entry(w, out);
        else if (w->next_path < w->spec.npaths) got = start_path(w, w->spec.paths[w->next_path++], out);
        else return false;
        if (got && (!w->spec.shard_n ||
                    read_doc_hash(out->name) % (uint64_t)w->spec.shard_n == (uint64_t)(w->spec.shard_k - 1)))
            return true;
    }
}

void walker_free(walker_t *w) {
    if (!w) return;
    while (w->depth) pop_dir(w);
    free(w->stack);
    forget_current(w);
    free(w);
}

size_t walker_count(const walker_t *w) {
    walker_t *again = xcalloc(1, sizeof *again);
    again->spec = w->spec;
    input_t in;
    size_t n = 0;
    while (walker_next(again, &in)) n++;
    walker_free(again);
    return n;
}

/* ---- lists of inputs ----------------------------------------------------- */

static void inputs_push(inputs_t *in, const input_t *from) {
    if (in->n == in->cap) {
        in->cap = in->cap ? in->cap * 2 : 64;
        in->v = xrealloc(in->v, in->cap * sizeof *in->v);
    }
    if (!in->strings) in->strings = arena_new();
    input_t *e = &in->v[in->n++];
    e->path = arena_strdup(in->strings, from->path);
    size_t pl = strlen(from->path), nl = strlen(from->name);
    if (nl <= pl && !strcmp(from->path + pl - nl, from->name)) e->name = e->path + pl - nl;
    else e->name = arena_strdup(in->strings, from->name);
    e->problem = from->problem ? arena_strdup(in->strings, from->problem) : NULL;
}

void read_inputs_free(inputs_t *in) {
    free(in->v);
    arena_free(in->strings);
    memset(in, 0, sizeof *in);
}

bool read_collect(inputs_t *in, const char *path, err_t *err) {
    char *paths[] = {(char *)path};
    walk_spec_t spec = {paths, 1, in->all_files, 0, 0};
    walker_t *w = walker_new(&spec, err);
    if (!w) return false;
    input_t one;
    while (walker_next(w, &one)) inputs_push(in, &one);
    walker_free(w);
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
        size_t j = i, k = 0;
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
