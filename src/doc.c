/* doc.c — the document context and the table schemas (SPEC.md "Tables"). */
#include "pipeline.h"

#include <stdarg.h>
#include <string.h>

static const char *const documents_cols[] = {
    "doc", "status", "title", "published", "translation",
    "talks", "sentences", "bytes", "note", NULL};
static const char *const talks_cols[] = {
    "doc", "talk", "kind", "date", "start_time", "end_time",
    "duration_min", "approx", "countries", "evidence", NULL};
static const char *const participants_cols[] = {
    "doc", "talk", "name", "country_code", "country", "office", "title",
    "mention", NULL};
static const char *const positions_cols[] = {
    "doc", "talk", "seq", "kind", "actor", "topics", "text", NULL};
static const char *const items_cols[] = {
    "doc", "talk", "list", "item", "lead_in", "text", "topics", NULL};
static const char *const matches_cols[] = {
    "doc", "rule", "table", "start", "end", "text", NULL};

static const struct {
    const char *name, *file;
    const char *const *cols;
} tables[T_COUNT] = {
    [T_DOCUMENTS] = {"documents", "documents.csv", documents_cols},
    [T_TALKS] = {"talks", "talks.csv", talks_cols},
    [T_PARTICIPANTS] = {"participants", "participants.csv", participants_cols},
    [T_POSITIONS] = {"positions", "positions.csv", positions_cols},
    [T_ITEMS] = {"cooperation_items", "cooperation_items.csv", items_cols},
    [T_MATCHES] = {"matches", "matches.csv", matches_cols},
};

const char *table_name(table_id_t t) { return tables[t].name; }
const char *table_file(table_id_t t) { return tables[t].file; }
const char *const *table_header(table_id_t t) { return tables[t].cols; }
int table_ncols(table_id_t t) {
    int n = 0;
    while (tables[t].cols[n]) n++;
    return n;
}

doc_t *doc_new(const char *name, const char *path) {
    arena_t *a = arena_new();
    doc_t *d = arena_alloc(a, sizeof *d);
    d->arena = a;
    d->name = arena_strdup(a, name);
    d->path = arena_strdup(a, path);
    d->title = d->dateline = -1;
    d->raw = d->text = arena_strdup(a, "");
    sbuf_init(&d->note, a);
    return d;
}

void doc_free(doc_t *d) {
    if (d) arena_free(d->arena);
}

/* A document's note says what went wrong, not every instance of it. */
#define DOC_MAX_NOTES 12

void doc_note(doc_t *d, const char *fmt, ...) {
    if (d->nnotes > DOC_MAX_NOTES) return;
    va_list ap;
    va_start(ap, fmt);
    char *msg = arena_vprintf(d->arena, fmt, ap);
    va_end(ap);
    /* The same warning twice says nothing new. */
    if (d->note.len && strstr(sbuf_str(&d->note), msg)) return;
    if (d->note.len) sbuf_adds(&d->note, "; ");
    sbuf_adds(&d->note, ++d->nnotes > DOC_MAX_NOTES ? "more notes omitted" : msg);
}

char *doc_span_text(doc_t *d, span_t s) {
    if (s.end > d->len) s.end = (uint32_t)d->len;
    if (s.start > s.end) s.start = s.end;
    char *out = arena_alloc(d->arena, s.end - s.start + 1);
    size_t n = 0;
    bool space = false;
    for (uint32_t i = s.start; i < s.end; i++) {
        char c = d->text[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = n > 0;
            continue;
        }
        if (space) out[n++] = ' ';
        space = false;
        out[n++] = c;
    }
    out[n] = 0;
    return out;
}

uint32_t doc_orig_offset(const doc_t *d, uint32_t norm) {
    const offmap_t *m = &d->map;
    if (!m->n) return norm < d->raw_len ? norm : (uint32_t)d->raw_len;
    size_t lo = 0, hi = m->n;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (m->v[mid].norm <= norm) lo = mid;
        else hi = mid;
    }
    uint32_t o = m->v[lo].orig + (norm - m->v[lo].norm);
    if (lo + 1 < m->n && o > m->v[lo + 1].orig) o = m->v[lo + 1].orig;
    if (o > d->raw_len) o = (uint32_t)d->raw_len;
    return o;
}

const char *doc_status_name(doc_status_t s) {
    switch (s) {
    case DOC_OK: return "ok";
    case DOC_EMPTY: return "empty";
    case DOC_REPAIRED: return "repaired";
    case DOC_SKIPPED: return "skipped";
    }
    return "ok";
}

void doc_add_row(doc_t *d, table_id_t t, const char **cells, const char *rule,
                 span_t span) {
    int n = table_ncols(t);
    const char **c = arena_alloc(d->arena, sizeof(char *) * (size_t)n);
    for (int i = 0; i < n; i++) c[i] = cells[i] ? cells[i] : "";
    row_t r = {c, rule ? rule : "", span};
    VEC_PUSH(d->arena, d->rows[t], r);
}
