/* fuzz_rules_parse — the rule-file parser and everything rules_load does
 * with one rule file: keys, `set` values, `needs` literals, example and
 * counter lines, @lexicon expansion, PCRE2 compilation, the named-group
 * check, the prefilter; then, when the set loads, `readout rules check`
 * (check.c) runs the file's examples through norm/match/temporal/people.
 *
 * Each input is written as the only `.rules` file of a private copy of the
 * rules directory (lexicons/, countries.tsv, titles.tsv, topics.tsv and
 * gazetteer*.tsv, copied once at start), loaded, checked, freed and
 * removed.  LeakSanitizer reports whatever a load or a failed load keeps. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "fuzz_common.h"

static char tmpdir[4096];
static char rulefile[4200];

static void die(const char *what, const char *path) {
    fprintf(stderr, "fuzz: %s '%s': ", what, path);
    perror(NULL);
    exit(2);
}

static void copy_file(const char *from, const char *to) {
    FILE *in = fopen(from, "rb");
    if (!in) die("cannot read", from);
    FILE *out = fopen(to, "wb");
    if (!out) die("cannot write", to);
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
        if (fwrite(buf, 1, n, out) != n) die("cannot write", to);
    fclose(in);
    if (fclose(out) != 0) die("cannot write", to);
}

static bool ends_with(const char *s, const char *suffix) {
    size_t l = strlen(s), n = strlen(suffix);
    return l >= n && !strcmp(s + l - n, suffix);
}

/* Copies the regular files of `from` accepted by keep() into `to`. */
static void copy_dir(const char *from, const char *to, bool (*keep)(const char *)) {
    DIR *d = opendir(from);
    if (!d) die("cannot open", from);
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.' || !keep(e->d_name)) continue;
        char src[4400], dst[4400];
        snprintf(src, sizeof src, "%s/%s", from, e->d_name);
        snprintf(dst, sizeof dst, "%s/%s", to, e->d_name);
        struct stat st;
        if (stat(src, &st) != 0 || !S_ISREG(st.st_mode)) continue;
        copy_file(src, dst);
    }
    closedir(d);
}

static bool is_lexicon(const char *name) { return ends_with(name, ".lex"); }

static bool is_table(const char *name) {
    return !strcmp(name, "countries.tsv") || !strcmp(name, "titles.tsv") ||
           !strcmp(name, "topics.tsv") ||
           (!strncmp(name, "gazetteer", 9) && ends_with(name, ".tsv"));
}

static void remove_dir(const char *dir) {
    DIR *d = opendir(dir);
    if (!d) return;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        char p[4400];
        snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
        struct stat st;
        if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode)) remove_dir(p);
        else unlink(p);
    }
    closedir(d);
    rmdir(dir);
}

static void cleanup(void) {
    if (tmpdir[0]) remove_dir(tmpdir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc, (void)argv;
    const char *src = fuzz_rules_dir();
    /* The original must load: a broken rules/ would make every input fail
     * in the same place. */
    rules_free(fuzz_load_rules_or_die(src));

    const char *t = getenv("TMPDIR");
    snprintf(tmpdir, sizeof tmpdir, "%s/readout-fuzz-rules-XXXXXX", t && *t ? t : "/tmp");
    if (!mkdtemp(tmpdir)) die("cannot create", tmpdir);
    atexit(cleanup);
    char from[4400], to[4400];
    snprintf(from, sizeof from, "%s/lexicons", src);
    snprintf(to, sizeof to, "%s/lexicons", tmpdir);
    if (mkdir(to, 0700) != 0) die("cannot create", to);
    copy_dir(from, to, is_lexicon);
    copy_dir(src, tmpdir, is_table);
    snprintf(rulefile, sizeof rulefile, "%s/fuzz.rules", tmpdir);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    FILE *f = fopen(rulefile, "wb");
    if (!f) die("cannot write", rulefile);
    if (size && fwrite(data, 1, size, f) != size) die("cannot write", rulefile);
    if (fclose(f) != 0) die("cannot write", rulefile);

    err_t err = {0};
    ruleset_t *rs = rules_load(tmpdir, &err);
    if (rs) {
        check_result_t res;
        err_t first = {0};
        check_rules(rs, NULL, &res, &first);
        fuzz_sink += (size_t)res.passed + (size_t)res.failed + strlen(first.msg);
        rules_free(rs);
    } else {
        fuzz_sink += strlen(err.msg) + strlen(err.file);
    }
    unlink(rulefile);
    return 0;
}
