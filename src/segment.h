/* segment.h — stage 3: structure of a normalized document.
 *
 * Finds the header zone (mastheads, attribution lines, the title, the
 * dateline with the release date and translation marker), the body's
 * paragraphs (hard-wrapped lines joined), bullet and numbered lists with
 * their lead-in sentence, the footer boilerplate, and the sentences.  What
 * counts as a bullet, a masthead, a footer, a lead-in or an abbreviation is
 * data: `segment` rules and the `abbrev` lexicon.
 */
#ifndef READOUT_SEGMENT_H
#define READOUT_SEGMENT_H

#include "rules.h"

void seg_doc(doc_t *d, const ruleset_t *rs, worker_t *w);

/* Prints the segmentation, one labelled unit per line (`readout segment`). */
void seg_print(doc_t *d, FILE *out);

#endif
