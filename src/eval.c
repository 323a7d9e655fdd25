/* eval.c — precision, recall, F1 and field accuracy against gold tables. */
#include "eval.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "csvread.h"
#include "extract.h"
#include "norm.h"
#include "read.h"

/* ---- tokens ------------------------------------------------------------ */

typedef struct {
    char **tok;
    int n;
} toks_t;

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static toks_t tokens(arena_t *a, const char *s) {
    toks_t t = {0};
    size_t n = strlen(s);
    t.tok = arena_alloc(a, sizeof(char *) * (n / 2 + 2));
    for (size_t i = 0; i < n;) {
        while (i < n && !isalnum((unsigned char)s[i]) && !((unsigned char)s[i] & 0x80)) i++;
        size_t j = i;
        while (j < n && (isalnum((unsigned char)s[j]) || ((unsigned char)s[j] & 0x80))) j++;
        if (j > i) {
            char *w = arena_strndup(a, s + i, j - i);
            for (char *c = w; *c; c++) *c = (char)tolower((unsigned char)*c);
            t.tok[t.n++] = w;
        }
        i = j;
    }
    qsort(t.tok, (size_t)t.n, sizeof(char *), cmp_str);
    int u = 0; /* a set */
    for (int i = 0; i < t.n; i++)
        if (!u || strcmp(t.tok[u - 1], t.tok[i])) t.tok[u++] = t.tok[i];
    t.n = u;
    return t;
}

double eval_jaccard(const char *a, const char *b) {
    arena_t *ar = arena_new();
    toks_t x = tokens(ar, a), y = tokens(ar, b);
    int i = 0, j = 0, inter = 0;
    while (i < x.n && j < y.n) {
        int c = strcmp(x.tok[i], y.tok[j]);
        if (!c) inter++, i++, j++;
        else if (c < 0) i++;
        else j++;
    }
    int uni = x.n + y.n - inter;
    arena_free(ar);
    return uni ? (double)inter / uni : 1.0;
}

/* ---- predicted rows as a table like the gold ones ------------------------ */

typedef struct {
    const char *doc;
    const char **cells;
    const char *rule;
    bool used;
} prow_t;

typedef struct {
    int ncols;
    const char *const *cols;
    VEC(prow_t) rows;
} ptab_t;

static int pcol(const ptab_t *t, const char *name) {
    for (int i = 0; i < t->ncols; i++)
        if (!strcmp(t->cols[i], name)) return i;
    return -1;
}

typedef struct {
    const char *name;
    table_id_t table;
    const char *gold_file;
    const char *fields[6];
    int tp, fp, fn;
    int right[6], total[6];
} score_t;

static bool same_set(const char *a, const char *b) { return !strcmp(a ? a : "", b ? b : ""); }

static bool field_equal(const char *field, const char *gold, const char *pred, arena_t *a) {
    if (!strcmp(field, "name")) {
        if (!*gold) return !*pred;
        /* the gold surname found in the predicted name, folded */
        const char *sp = strrchr(gold, ' ');
        const char *sur = sp ? sp + 1 : gold;
        char *fs = norm_fold(a, sur, strlen(sur)), *fp = norm_fold(a, pred, strlen(pred));
        return strstr(fp, fs) != NULL;
    }
    if (!strcmp(field, "topics") || !strcmp(field, "countries")) return same_set(gold, pred);
    return !strcmp(gold, pred);
}

/* Does predicted row p match gold row g (same doc assumed)? */
static bool rows_match(const score_t *s, const csvtab_t *g, char **grow, const ptab_t *p,
                       const prow_t *prow, double *quality) {
    *quality = 1;
#define G(name) (csv_col(g, name) >= 0 ? grow[csv_col(g, name)] : "")
#define P(name) (pcol(p, name) >= 0 ? prow->cells[pcol(p, name)] : "")
    switch (s->table) {
    case T_DOCUMENTS: return true;
    case T_TALKS: return !strcmp(G("talk"), P("talk")) && !strcmp(G("kind"), P("kind"));
    case T_PARTICIPANTS:
        *quality = !strcmp(G("talk"), P("talk")) ? 1 : 0.5;
        return !strcmp(G("country_code"), P("country_code")) && !strcmp(G("office"), P("office"));
    case T_POSITIONS:
        if (strcmp(G("kind"), P("kind"))) return false;
        *quality = eval_jaccard(G("text"), P("text"));
        return *quality >= 0.5;
    case T_ITEMS:
        *quality = eval_jaccard(G("text"), P("text"));
        return *quality >= 0.7;
    default: return false;
    }
#undef G
#undef P
}

static void score_table(score_t *s, const csvtab_t *g, ptab_t *p, bool diff, FILE *out, arena_t *a) {
    int gdoc = csv_col(g, "doc");
    for (size_t i = 0; i < g->rows.n; i++) {
        char **grow = g->rows.v[i];
        prow_t *best = NULL;
        double bq = -1;
        for (size_t j = 0; j < p->rows.n; j++) {
            prow_t *pr = &p->rows.v[j];
            if (pr->used || strcmp(pr->doc, grow[gdoc])) continue;
            double q;
            if (rows_match(s, g, grow, p, pr, &q) && q > bq) best = pr, bq = q;
        }
        if (!best) {
            s->fn++;
            if (diff) {
                fprintf(out, "MISS     %-18s %s:", s->name, grow[gdoc]);
                for (int c = 1; c < g->ncols; c++) fprintf(out, " %s=%s", g->header[c], grow[c]);
                fputc('\n', out);
            }
            continue;
        }
        best->used = true;
        s->tp++;
        for (int f = 0; s->fields[f]; f++) {
            int gc = csv_col(g, s->fields[f]), pc = pcol(p, s->fields[f]);
            if (gc < 0 || pc < 0) continue;
            s->total[f]++;
            if (field_equal(s->fields[f], grow[gc], best->cells[pc], a)) s->right[f]++;
            else if (diff)
                fprintf(out, "FIELD    %-18s %s: %s gold='%s' predicted='%s' [rule %s]%s%s\n", s->name,
                        grow[gdoc], s->fields[f], grow[gc], best->cells[pc], best->rule,
                        s->table == T_POSITIONS ? " text=" : "",
                        s->table == T_POSITIONS ? best->cells[pcol(p, "text")] : "");
        }
    }
    for (size_t j = 0; j < p->rows.n; j++) {
        prow_t *pr = &p->rows.v[j];
        if (pr->used) continue;
        s->fp++;
        if (diff) {
            fprintf(out, "SPURIOUS %-18s %s: [rule %s]", s->name, pr->doc, pr->rule);
            for (int c = 1; c < p->ncols; c++)
                if (strcmp(p->cols[c], "evidence") && strcmp(p->cols[c], "mention"))
                    fprintf(out, " %s=%s", p->cols[c], pr->cells[c]);
            fputc('\n', out);
        }
    }
}

static double ratio(int a, int b) { return b ? (double)a / b : 1.0; }

int eval_run(const ruleset_t *rs, const eval_opts_t *o, FILE *out) {
    err_t err = {0};
    inputs_t in = {0};
    if (!read_collect(&in, o->docs, &err)) {
        err_print(&err, stderr);
        return EXIT_FATAL;
    }
    score_t scores[] = {
        {"documents", T_DOCUMENTS, "documents.csv", {"title", "published", "translation", "talks", NULL}, 0, 0, 0, {0}, {0}},
        {"talks", T_TALKS, "talks.csv", {"date", "start_time", "duration_min", "approx", "countries", NULL}, 0, 0, 0, {0}, {0}},
        {"participants", T_PARTICIPANTS, "participants.csv", {"name", NULL}, 0, 0, 0, {0}, {0}},
        {"positions", T_POSITIONS, "positions.csv", {"actor", "topics", "talk", NULL}, 0, 0, 0, {0}, {0}},
        {"cooperation_items", T_ITEMS, "cooperation_items.csv", {"topics", NULL}, 0, 0, 0, {0}, {0}},
    };
    size_t nscores = sizeof scores / sizeof *scores;
    /* Extract everything in memory; the rows keep their rule ids. */
    worker_t *w = worker_new(rs);
    doc_t **docs = xcalloc(in.n + 1, sizeof *docs);
    read_opts_t ro = {READ_DEFAULT_MAX_BYTES};
    extract_opts_t xo = {false};
    for (size_t i = 0; i < in.n; i++) {
        docs[i] = read_doc(&in.v[i], &ro);
        extract_pipeline(docs[i], rs, w, &xo, NULL);
    }
    arena_t *a = arena_new();
    int rc = EXIT_DONE;
    for (size_t k = 0; k < nscores; k++) {
        score_t *s = &scores[k];
        ptab_t p = {table_ncols(s->table), table_header(s->table), {0}};
        for (size_t i = 0; i < in.n; i++)
            for (size_t r = 0; r < docs[i]->rows[s->table].n; r++) {
                prow_t pr = {docs[i]->name, docs[i]->rows[s->table].v[r].cells,
                             docs[i]->rows[s->table].v[r].rule, false};
                if (!*pr.rule) pr.rule = "-";
                VEC_PUSH(a, p.rows, pr);
            }
        char *path = arena_printf(a, "%s/%s", o->gold, s->gold_file);
        csvtab_t g;
        if (!csv_load(path, &g, &err)) {
            err_print(&err, stderr);
            rc = EXIT_FATAL;
            break;
        }
        score_table(s, &g, &p, o->diff, out, a);
        csv_table_free(&g);
    }
    if (rc == EXIT_DONE) {
        if (o->json) fprintf(out, "{\"docs\": %zu, \"tables\": {", in.n);
        else fprintf(out, "%zu documents in %s against %s\n", in.n, o->docs, o->gold);
        for (size_t k = 0; k < nscores; k++) {
            score_t *s = &scores[k];
            double P = ratio(s->tp, s->tp + s->fp), R = ratio(s->tp, s->tp + s->fn);
            double F = P + R > 0 ? 2 * P * R / (P + R) : 0;
            if (o->json) {
                fprintf(out, "%s\"%s\": {\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f, \"fields\": {",
                        k ? ", " : "", s->name, P, R, F);
                for (int f = 0; s->fields[f]; f++)
                    fprintf(out, "%s\"%s\": %.4f", f ? ", " : "", s->fields[f], ratio(s->right[f], s->total[f]));
                fprintf(out, "}}");
            } else {
                fprintf(out, "%-18s P=%.3f R=%.3f F1=%.3f  (tp %d, fp %d, fn %d)", s->name, P, R, F,
                        s->tp, s->fp, s->fn);
                for (int f = 0; s->fields[f]; f++)
                    fprintf(out, "  %s=%.3f", s->fields[f], ratio(s->right[f], s->total[f]));
                fputc('\n', out);
            }
            if (s->table != T_DOCUMENTS && F < o->min_f1) rc = EXIT_NOT_OK;
        }
        if (o->json) fprintf(out, "}}\n");
        if (rc == EXIT_NOT_OK) diag("a table's F1 is below --min-f1 %.3f", o->min_f1);
    }
    for (size_t i = 0; i < in.n; i++) doc_free(docs[i]);
    free(docs);
    worker_free(w);
    arena_free(a);
    read_inputs_free(&in);
    return rc;
}
