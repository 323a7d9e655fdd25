/* norm.h — stage 2: normalization (SPEC "Normalization that every table
 * sees").
 *
 * Rewrites doc->text in place of the decoded text: Unicode NFKC (through
 * utf8proc, skipped for ASCII runs), curly quotes and dashes to ASCII,
 * no-break and zero-width spaces handled, runs of blanks folded inside a
 * line (leading indentation is kept: the segmenter reads it), trailing
 * blanks dropped.  Then the rules of table `normalize` rewrite the text
 * (`HA / DR` -> `HA/DR`).  doc->map keeps pointing into the original bytes.
 * Line structure is kept; joining hard-wrapped lines is the segmenter's job.
 * It is every document's first stage with a worker, so it also resets the
 * worker's per-document state (worker_reset).
 */
#ifndef READOUT_NORM_H
#define READOUT_NORM_H

#include "pipeline.h"

struct ruleset;
struct worker;

void norm_doc(doc_t *d, const struct ruleset *rs, struct worker *w);

/* Case-folded, accent-stripped, NFKC form of s for comparing names:
 * "Stéphane" and "STEPHANE" fold alike.  Result in arena a. */
/* Whether s[0..n) is pure ASCII (then the rules' ASCII compiles apply and
 * folding needs no utf8proc). */
bool norm_is_ascii(const char *s, size_t n);
char *norm_fold(arena_t *a, const char *s, size_t n);

/* Rebuilds d->text from pieces: used by norm_doc and by rewrite rules.
 * Each output byte is added with the offset in the current text it comes
 * from, so the map to original bytes stays exact. */
typedef struct {
    doc_t *d;
    sbuf_t out;
    offmap_t map;
    size_t k; /* cursor into the old map */
    bool started;
    uint32_t last_old;
} mapper_t;
void mapper_init(mapper_t *m, doc_t *d);
void mapper_put(mapper_t *m, const char *s, size_t n, uint32_t old_off,
                bool advance);
void mapper_finish(mapper_t *m);

#endif
