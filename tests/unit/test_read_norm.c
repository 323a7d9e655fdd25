/* read and normalize: encodings, NFKC, quotes, dashes, spaces, the
 * offset map back to original bytes. */
#define _DEFAULT_SOURCE
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "norm.h"
#include "read.h"
#include "unit.h"

static doc_t *normalized(const char *bytes, size_t n) {
    doc_t *d = read_bytes("t", bytes, n);
    worker_t *w = worker_new(unit_rules);
    norm_doc(d, unit_rules, w);
    worker_free(w);
    return d;
}

static void test_walk(void);

void test_read(void) {
    doc_t *d = read_bytes("t", "a\r\nb\rc", 6);
    CHECK_STR(d->text, "a\nb\nc");
    CHECK(d->status == DOC_OK);
    doc_free(d);

    d = read_bytes("t", "ok \xC0\xAF bad", 9); /* overlong */
    CHECK(d->status == DOC_REPAIRED);
    CHECK(strstr(sbuf_str(&d->note), "U+FFFD") != NULL);
    doc_free(d);

    d = read_bytes("t", "\xED\xA0\x80", 3); /* a surrogate */
    CHECK(d->status == DOC_REPAIRED);
    doc_free(d);

    d = read_bytes("t", "x\0y", 3);
    CHECK(d->status == DOC_SKIPPED);
    CHECK(strstr(sbuf_str(&d->note), "NUL") != NULL);
    doc_free(d);

    d = read_bytes("t", "\xFF\xFEH\0i\0", 6); /* UTF-16LE */
    CHECK_STR(d->text, "Hi");
    CHECK(d->status == DOC_REPAIRED);
    doc_free(d);

    d = read_bytes("t", " \n\t ", 4);
    CHECK(d->status == DOC_EMPTY);
    doc_free(d);

    d = read_bytes("t", "\xEF\xBB\xBFHello", 8); /* a BOM is dropped, not a repair */
    CHECK_STR(d->text, "Hello");
    CHECK(d->status == DOC_OK);
    doc_free(d);

    test_walk();
}

static void touch(const char *dir, const char *rel) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, rel);
    for (char *p = path + strlen(dir) + 1; (p = strchr(p, '/')); p++) {
        *p = 0;
        mkdir(path, 0700);
        *p = '/';
    }
    FILE *f = fopen(path, "w");
    if (f) fclose(f);
}

static int cmp_names(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The walk streams inputs in byte order of the whole relative path (the
 * SPEC's row order) while sorting one directory at a time: "a.txt" comes
 * before "a/b.txt" ('.' < '/') and "a0.txt" after it. */
static void test_walk(void) {
    char dir[] = "/tmp/readout-walk-XXXXXX";
    if (!mkdtemp(dir)) {
        CHECK(!"mkdtemp");
        return;
    }
    const char *files[] = {"a/b.txt", "a.txt", "a0.txt", "a-b.txt", "a/c/d.txt", "a.b/e.txt",
                           "B.TXT", "z.txt", "a/c.txt"};
    size_t n = sizeof files / sizeof *files;
    for (size_t i = 0; i < n; i++) touch(dir, files[i]);
    touch(dir, ".hidden.txt");
    touch(dir, "notes.csv");
    const char *sorted[16];
    memcpy(sorted, files, sizeof files);
    qsort(sorted, n, sizeof *sorted, cmp_names);

    char *paths[] = {dir};
    walk_spec_t spec = {paths, 1, false, 0, 0};
    err_t err = {0};
    walker_t *w = walker_new(&spec, &err);
    CHECK(w != NULL);
    input_t in;
    size_t got = 0;
    while (w && walker_next(w, &in)) {
        if (got < n) CHECK_STR(in.name, sorted[got]);
        got++;
    }
    CHECK(got == n);
    CHECK(w && walker_count(w) == n);
    walker_free(w);

    /* three shards: every input in exactly one */
    size_t seen = 0;
    for (int k = 1; k <= 3; k++) {
        walk_spec_t shard = {paths, 1, false, k, 3};
        w = walker_new(&shard, &err);
        while (w && walker_next(w, &in)) {
            CHECK(read_doc_hash(in.name) % 3 == (uint64_t)(k - 1));
            seen++;
        }
        walker_free(w);
    }
    CHECK(seen == n);

    char missing[600];
    snprintf(missing, sizeof missing, "%s/none", dir);
    char *bad[] = {dir, missing};
    walk_spec_t nothing = {bad, 2, false, 0, 0};
    err_t e2 = {0};
    CHECK(walker_new(&nothing, &e2) == NULL);
    CHECK(strstr(e2.msg, "cannot read input") != NULL);

    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    CHECK(system(cmd) == 0);
}

void test_norm(void) {
    /* full-width digits and colon, curly quotes, en dash, no-break space */
    const char *in = "\xEF\xBC\x91\xEF\xBC\x90\xEF\xBC\x9A\xEF\xBC\x93\xEF\xBC\x90 "
                     "\xE2\x80\x9CKeen Sword\xE2\x80\x9D \xE2\x80\x93 it\xE2\x80\x99s\xC2\xA0ok";
    doc_t *d = normalized(in, strlen(in));
    CHECK_STR(d->text, "10:30 \"Keen Sword\" - it's ok");
    /* the offset of "Keen" maps back to its original byte */
    const char *k = strstr(d->text, "Keen");
    CHECK(doc_orig_offset(d, (uint32_t)(k - d->text)) == (uint32_t)(strstr(in, "Keen") - in));
    doc_free(d);

    const char *acr = "disaster response (HA / DR) activities";
    d = normalized(acr, strlen(acr));
    CHECK_STR(d->text, "disaster response (HA/DR) activities");
    const char *dr = strstr(d->text, "DR");
    CHECK(doc_orig_offset(d, (uint32_t)(dr - d->text)) == (uint32_t)(strstr(acr, "DR") - acr));
    doc_free(d);

    const char *ws = "a  b\t\tc   \n  indented\xE2\x80\x8Bword";
    d = normalized(ws, strlen(ws));
    CHECK_STR(d->text, "a b c\n  indentedword");
    doc_free(d);

    const char *circ = "\xE2\x91\xA0 first"; /* circled one stays a marker */
    d = normalized(circ, strlen(circ));
    CHECK_STR(d->text, "(1) first");
    doc_free(d);

    const char *nfkc = "\xEF\xBC\xA8\xEF\xBC\xA1 e\xCC\x81"; /* full-width HA, e + combining acute */
    d = normalized(nfkc, strlen(nfkc));
    CHECK_STR(d->text, "HA \xC3\xA9");
    doc_free(d);

    const char *crumbs = "Home \xE2\x80\xBA Press Releases"; /* a breadcrumb's single guillemet */
    d = normalized(crumbs, strlen(crumbs));
    CHECK_STR(d->text, "Home > Press Releases");
    doc_free(d);

    arena_t *a = arena_new();
    CHECK_STR(norm_fold(a, "St\xC3\xA9phane DION", 14), "stephane dion");
    CHECK_STR(norm_fold(a, "Han Min-koo", 11), "han min koo");
    arena_free(a);
}
