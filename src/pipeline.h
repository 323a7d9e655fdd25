/* pipeline.h — the nouns of readout.  Read this first.
 *
 * A document moves through the stages in its own doc_t:
 *
 *   read_     bytes from a file or stdin, UTF-8 checked/repaired  (read.c)
 *   norm_     NFKC text + a map back to original offsets           (norm.c)
 *   seg_      title, dateline, paragraphs, sentences, lists         (segment.c)
 *   match_    every rule run over every sentence, overlaps settled  (match.c)
 *   extract_  talks, participants, positions, items as rows         (extract.c:
 *             talks.c, participants.c, positions.c)
 *     resolve: dates against the release date (temporal.c),
 *              people against the gazetteer (people.c)
 *   emit_     CSV tables written atomically                         (emit.c)
 *
 * Text is held once per document (doc->text, normalized, NUL-terminated);
 * everything else refers to it by span_t byte ranges.  All memory of a
 * document belongs to doc->arena.  The rule set (rules.h) is built once,
 * before any input is read, and is read-only afterwards, so documents can
 * be processed on several threads, each with its own worker_t.
 */
#ifndef READOUT_PIPELINE_H
#define READOUT_PIPELINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"

typedef struct {
    uint32_t start, end; /* byte offsets into doc->text, end exclusive */
} span_t;

/* Map from normalized offsets to original byte offsets: breakpoints where
 * the two stop advancing together (see norm.c). */
typedef struct {
    uint32_t norm, orig;
} offbp_t;
typedef VEC(offbp_t) offmap_t;

typedef enum { DOC_OK, DOC_EMPTY, DOC_REPAIRED, DOC_SKIPPED } doc_status_t;
typedef enum { TR_NONE, TR_MACHINE, TR_PROVISIONAL } translation_t;

typedef struct {
    int y, m, d; /* 0 = unknown */
} date_t;

typedef enum { PARA_TEXT, PARA_ITEM } para_kind_t;

typedef struct {
    span_t span;      /* whole paragraph or item, marker excluded */
    para_kind_t kind; /* PARA_ITEM: a bulleted/numbered line of a list */
    int list;         /* index into doc->lists, -1 for text */
    int indent;       /* leading blanks of its first line */
} para_t;

typedef enum {
    SENT_BODY = 0,
    SENT_TITLE = 1,    /* the heading line */
    SENT_DATELINE = 2, /* the line that gives the release date */
    SENT_ITEM = 4,     /* a cooperation item (not a sentence of the talk) */
    SENT_HEADER = 8,   /* masthead / attribution lines above the body */
} sent_flags_t;

typedef struct {
    span_t span;
    int para;
    unsigned flags;
} sentence_t;

typedef struct {
    int leadin;     /* sentence index, -1 when none */
    int first_para; /* its items are paras first_para .. first_para+nitems-1 */
    int nitems;
    bool coop; /* the lead-in introduces cooperation items */
} list_t;

/* Output tables, in the order they are written. */
typedef enum {
    T_DOCUMENTS,
    T_TALKS,
    T_PARTICIPANTS,
    T_POSITIONS,
    T_ITEMS,
    T_MATCHES,
    T_COUNT
} table_id_t;

typedef struct {
    const char **cells;  /* table_ncols(table) strings, never NULL */
    const char *rule;    /* id of the rule that made the row, or "" */
    span_t span;         /* the text it came from */
} row_t;
typedef VEC(row_t) rowvec_t;

typedef struct doc {
    arena_t *arena;
    const char *name; /* the `doc` column */
    const char *path; /* where it was read from, "-" for stdin */
    size_t bytes;     /* input size */

    const char *raw; /* original bytes (arena), raw_len of them */
    size_t raw_len;
    char *text; /* normalized, NUL-terminated */
    size_t len;
    offmap_t map;

    doc_status_t status;
    sbuf_t note; /* "; "-joined warnings */
    int nnotes;

    int title;    /* sentence index or -1 */
    int dateline; /* sentence index or -1 */
    date_t published;
    translation_t translation;

    VEC(para_t) paras;
    VEC(sentence_t) sents;
    VEC(list_t) lists;
    uint32_t body_end; /* footer boilerplate starts here */

    rowvec_t rows[T_COUNT];
    /* the rows as CSV text, rendered by the worker (emit_render) */
    sbuf_t csv[T_COUNT];
} doc_t;

/* The last character of text[start, end) but blanks, or 0: what a line or
 * sentence ends on (a full stop, a colon, a word). */
static inline char text_last_char(const doc_t *d, uint32_t start, uint32_t end) {
    while (end > start && d->text[end - 1] == ' ') end--;
    return end > start ? d->text[end - 1] : 0;
}

const char *table_name(table_id_t t);
const char *table_file(table_id_t t);
int table_ncols(table_id_t t);
const char *const *table_header(table_id_t t);

doc_t *doc_new(const char *name, const char *path);
void doc_free(doc_t *d);
void doc_note(doc_t *d, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* The text of a span with runs of white space folded to one space and the
 * ends trimmed: what the tables show. */
char *doc_span_text(doc_t *d, span_t s);
/* Original byte offset of a normalized offset. */
uint32_t doc_orig_offset(const doc_t *d, uint32_t norm);
const char *doc_status_name(doc_status_t s);
void doc_add_row(doc_t *d, table_id_t t, const char **cells, const char *rule,
                 span_t span);

#endif
