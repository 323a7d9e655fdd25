/* Unit tests of each stage: main loads the shipped rules once. */
#define _DEFAULT_SOURCE
#include <stdlib.h>

#include "extract.h"
#include "read.h"
#include "unit.h"

int unit_passed, unit_failed;
const ruleset_t *unit_rules;

doc_t *unit_extract(const char *name, const char *text) {
    worker_t *w = worker_new(unit_rules);
    doc_t *d = read_bytes(name, text, strlen(text));
    extract_opts_t o = {true};
    extract_pipeline(d, unit_rules, w, &o, NULL);
    worker_free(w);
    return d;
}

char *unit_scratch(const char *shipped, const char *name, const char *text) {
    char tmpl[] = "/tmp/readout-unit-XXXXXX";
    char *dir = mkdtemp(tmpl);
    if (!dir) return NULL;
    const char *S = READOUT_SOURCE_DIR "/rules";
    char cmd[2048];
    int n = snprintf(cmd, sizeof cmd,
                     "cp -r '%s/lexicons' '%s/countries.tsv' '%s/titles.tsv' '%s/topics.tsv' '%s/'",
                     S, S, S, S, dir);
    if (*shipped && n > 0 && (size_t)n < sizeof cmd)
        snprintf(cmd + n, sizeof cmd - (size_t)n, " && cp %s/%s '%s/'", S, shipped, dir);
    if (system(cmd) != 0) return NULL;
    char path[600];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    if (!f) return NULL;
    fputs(text, f);
    fclose(f);
    return xstrdup(dir);
}

void unit_scratch_free(char *dir) {
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0) fprintf(stderr, "cannot remove %s\n", dir);
    free(dir);
}

const char *unit_cell(const doc_t *d, int t, size_t row, const char *col) {
    if (row >= d->rows[t].n) return "";
    const char *const *h = table_header((table_id_t)t);
    for (int c = 0; h[c]; c++)
        if (!strcmp(h[c], col)) return d->rows[t].v[row].cells[c];
    return "";
}

int main(void) {
    err_t err = {0};
    ruleset_t *rs = rules_load(READOUT_SOURCE_DIR "/rules", &err);
    if (!rs) {
        err_print(&err, stderr);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    unit_rules = rs;
    test_read();
    test_norm();
    test_segment();
    test_rules();
    test_csv();
    test_temporal();
    test_people();
    test_positions();
    rules_free(rs);
    printf("%d passed, %d failed\n", unit_passed, unit_failed);
    return unit_failed ? 1 : 0;
}
