/* read and normalize: encodings, NFKC, quotes, dashes, spaces, the
 * offset map back to original bytes. */
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

    arena_t *a = arena_new();
    CHECK_STR(norm_fold(a, "St\xC3\xA9phane DION", 14), "stephane dion");
    CHECK_STR(norm_fold(a, "Han Min-koo", 11), "han min koo");
    arena_free(a);
}
