/* explain.c — the rule trace of one document, for people. */
#include "explain.h"

#include <string.h>

#include "extract.h"
#include "read.h"

static const char *label(const sentence_t *s) {
    if (s->flags & SENT_TITLE) return "title";
    if (s->flags & SENT_DATELINE) return "dateline";
    if (s->flags & SENT_HEADER) return "header";
    if (s->flags & SENT_ITEM) return "item";
    return "sentence";
}

static bool inside(span_t in, span_t out) { return in.start >= out.start && in.end <= out.end; }

int explain_file(const ruleset_t *rs, const char *path, const char *only_rule, bool colour,
                 FILE *out) {
    err_t err = {0};
    doc_t *d = read_one(path, &err);
    if (!d) {
        err_print(&err, stderr);
        return EXIT_FATAL;
    }
    worker_t *w = worker_new(rs);
    extract_trace_t tr;
    memset(&tr, 0, sizeof tr);
    extract_opts_t xo = {false};
    extract_pipeline(d, rs, w, &xo, &tr);
    const char *B = colour ? "\033[1m" : "", *DIM = colour ? "\033[2m" : "",
               *G = colour ? "\033[32m" : "", *Y = colour ? "\033[33m" : "",
               *C = colour ? "\033[36m" : "", *R = colour ? "\033[0m" : "";
    const rowvec_t *docrow = &d->rows[T_DOCUMENTS];
    if (docrow->n) {
        const char *const *c = docrow->v[0].cells;
        fprintf(out, "%s%s%s  status=%s published=%s translation=%s talks=%s%s%s\n", B, d->name, R,
                c[1], c[3], c[4], c[5], *c[8] ? " note=" : "", c[8]);
    }
    for (size_t i = 0; i < d->sents.n; i++) {
        const sentence_t *s = &d->sents.v[i];
        int talk = tr.talk_of ? tr.talk_of[i] : 0;
        fprintf(out, "\n%s[%zu] %s%s", B, i + 1, label(s), R);
        if (talk) fprintf(out, " %s(talk %d)%s", DIM, talk, R);
        fprintf(out, "  %s\n", doc_span_text(d, s->span));
        for (size_t k = 0; k < tr.matches.n; k++) {
            const match_t *m = &tr.matches.v[k];
            if (m->sent != (int)i) continue;
            if (only_rule && strcmp(m->rule->id, only_rule)) continue;
            fprintf(out, "    %s%-28s%s %s%-12s%s \"%s\"", C, m->rule->id, R, DIM,
                    rule_table_name(m->rule->table), R, doc_span_text(d, m->span));
            for (int f = 0; f < F_COUNT; f++) {
                const char *v = match_field(d, m, (field_t)f);
                if (v) fprintf(out, " %s=%s", field_name((field_t)f), v);
            }
            if (m->dropped) fprintf(out, " %s(lost to an overlapping match)%s", Y, R);
            fputc('\n', out);
        }
        for (int t = T_TALKS; t <= T_ITEMS; t++) {
            for (size_t r = 0; r < d->rows[t].n; r++) {
                const row_t *row = &d->rows[t].v[r];
                bool here = t == T_PARTICIPANTS ? inside(row->span, s->span)
                                                : row->span.start == s->span.start &&
                                                      row->span.end == s->span.end;
                if (!here) continue;
                if (only_rule && strcmp(row->rule, only_rule)) continue;
                fprintf(out, "    %s-> %s%s", G, table_name((table_id_t)t), R);
                const char *const *cols = table_header((table_id_t)t);
                for (int c = 1; cols[c]; c++) {
                    if (!strcmp(cols[c], "text") || !strcmp(cols[c], "evidence") ||
                        !strcmp(cols[c], "lead_in") || !*row->cells[c])
                        continue;
                    fprintf(out, " %s=%s", cols[c], row->cells[c]);
                }
                fprintf(out, " %s[rule %s]%s\n", DIM, *row->rule ? row->rule : "-", R);
            }
        }
    }
    doc_free(d);
    worker_free(w);
    return EXIT_DONE;
}
