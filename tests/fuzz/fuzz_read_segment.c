/* fuzz_read_segment — stages 1-3 on arbitrary bytes: UTF-8 checking and
 * repair / charset conversion (read.c), NFKC normalization with the offset
 * map and the `normalize` rewrite rules (norm.c, rules_rewrite), the
 * segmenter (segment.c: header zone, dateline, paragraphs, lists,
 * sentences, footer) and `readout segment`'s printer. */
#include <stdio.h>

#include "fuzz_common.h"
#include "norm.h"
#include "read.h"
#include "segment.h"

static ruleset_t *rs;
static worker_t *w; /* one per thread, reused across documents as in run.c */
static FILE *devnull;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc, (void)argv;
    rs = fuzz_load_rules_or_die(fuzz_rules_dir());
    w = worker_new(rs);
    devnull = fopen("/dev/null", "w");
    if (!devnull) {
        perror("fuzz: /dev/null");
        exit(2);
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    doc_t *d = read_bytes("fuzz", (const char *)data, size);
    norm_doc(d, rs, w);
    seg_doc(d, rs, w);
    seg_print(d, devnull);
    fuzz_sink += d->len + d->sents.n + d->paras.n + d->lists.n;
    doc_free(d);
    return 0;
}
