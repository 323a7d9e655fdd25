/* emit (CSV quoting, --excel) and temporal resolution against the release
 * date. */
#define _DEFAULT_SOURCE
#include <stdlib.h>

#include "csvread.h"
#include "emit.h"
#include "match.h"
#include "norm.h"
#include "read.h"
#include "temporal.h"
#include "unit.h"

static char *record(const char *const *cells, int n, bool excel) {
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    emit_record(f, cells, n, excel);
    fclose(f);
    return buf;
}

void test_csv(void) {
    const char *plain[] = {"a", "b c", "", "x"};
    char *r = record(plain, 4, false);
    CHECK_STR(r, "a,b c,,x\n");
    free(r);
    const char *tricky[] = {"a,b", "say \"hi\"", "line\nbreak", "cr\rhere"};
    r = record(tricky, 4, false);
    CHECK_STR(r, "\"a,b\",\"say \"\"hi\"\"\",\"line\nbreak\",\"cr\rhere\"\n");
    free(r);
    const char *formulas[] = {"=1+1", "+1", "-2", "@SUM(A1)", "\tx", "ok", "=HYPERLINK(\"u\",\"t\")"};
    r = record(formulas, 7, true);
    CHECK_STR(r, "'=1+1,'+1,'-2,'@SUM(A1),'\tx,ok,\"'=HYPERLINK(\"\"u\"\",\"\"t\"\")\"\r\n");
    free(r);

    /* What emit writes, libcsv reads back the same. */
    char path[] = "/tmp/readout-csv-XXXXXX";
    int fd = mkstemp(path);
    FILE *f = fdopen(fd, "w");
    const char *head[] = {"doc", "text"};
    const char *row[] = {"a, \"b\".txt", "multi\nline"};
    emit_record(f, head, 2, false);
    emit_record(f, row, 2, false);
    fclose(f);
    csvtab_t t;
    err_t err = {0};
    CHECK(csv_load(path, &t, &err));
    CHECK(t.rows.n == 1);
    if (t.rows.n) {
        CHECK_STR(t.rows.v[0][0], "a, \"b\".txt");
        CHECK_STR(t.rows.v[0][1], "multi\nline");
    }
    csv_table_free(&t);
    remove(path);
}

/* The first surviving time match in text, resolved against pub. */
static tval_t when(const char *text, const char *pub) {
    doc_t *d = read_bytes("t", text, strlen(text));
    worker_t *w = worker_new(unit_rules);
    norm_doc(d, unit_rules, w);
    if (pub) temporal_parse_date(pub, &d->published);
    matchvec_t mv = {0};
    match_unit(unit_rules, w, d, RT_TIME, (span_t){0, (uint32_t)d->len}, 0, &mv);
    match_resolve(&mv, 0);
    tval_t v;
    memset(&v, 0, sizeof v);
    v.start = v.end = v.duration = -1;
    for (size_t i = 0; i < mv.n; i++)
        if (!mv.v[i].dropped) {
            temporal_interpret(unit_rules, d, &mv.v[i], d->published, &v);
            if (v.problem) v.problem = "problem"; /* the doc's memory goes */
            break;
        }
    worker_free(w);
    doc_free(d);
    return v;
}

static const char *date_of(tval_t v) {
    static char buf[16];
    if (!v.has_date) return "";
    temporal_fmt_date(v.date, buf, sizeof buf);
    return buf;
}

void test_temporal(void) {
    /* relative days against the release date */
    CHECK_STR(date_of(when("spoke today with", "2021-01-26")), "2021-01-26");
    CHECK_STR(date_of(when("yesterday", "2021-03-01")), "2021-02-28");
    CHECK_STR(date_of(when("yesterday", "2020-03-01")), "2020-02-29");
    CHECK_STR(date_of(when("on the same day", "2022-10-04")), "2022-10-04");
    CHECK_STR(date_of(when("On the 25th", "2020-11-26")), "2020-11-25");
    CHECK_STR(date_of(when("On the 28th", "2021-01-03")), "2020-12-28");
    CHECK_STR(date_of(when("in a video call Monday", "2021-09-28")), "2021-09-27");
    /* no release date: nothing to resolve against, no date */
    CHECK_STR(date_of(when("today", NULL)), "");
    CHECK(when("today", NULL).date_needs_year);
    CHECK_STR(date_of(when("On the morning of Sunday January 24", NULL)), "");
    /* year-less dates take the release year, or the year before */
    CHECK_STR(date_of(when("on November 25", "2020-11-26")), "2020-11-25");
    CHECK_STR(date_of(when("on December 28", "2021-01-04")), "2020-12-28");
    CHECK_STR(date_of(when("on January 3", "2021-01-04")), "2021-01-03");
    CHECK_STR(date_of(when("on December 2", "2020-11-25")), "2020-12-02"); /* a week ahead stays */
    /* a written year wins */
    CHECK_STR(date_of(when("on December 28, 2019", "2021-01-04")), "2019-12-28");
    CHECK_STR(date_of(when("July 8, Reiwa 3", NULL)), "2021-07-08");
    /* impossible values give nothing and say so */
    tval_t bad = when("on February 30", "2021-03-01");
    CHECK(!bad.has_date && bad.problem);
    bad = when("at 25:70", "2021-03-01");
    CHECK(bad.start < 0 && bad.problem);
    /* clock and duration */
    tval_t t = when("from 9:50 P.M. for approximately 20 minutes", "2013-02-12");
    CHECK(t.start == 21 * 60 + 50);
    t = when("about an hour and a half", NULL);
    CHECK(t.duration == 90 && t.approx);
    /* day arithmetic */
    date_t d = {2024, 2, 29};
    CHECK(temporal_valid(d));
    date_t back = temporal_from_days(temporal_days(d) + 1);
    CHECK(back.y == 2024 && back.m == 3 && back.d == 1);
    CHECK(temporal_number(unit_rules, "forty-five") == 45);
    CHECK(temporal_number(unit_rules, "an") == 1);
    CHECK(temporal_number(unit_rules, "forty-ten") == -1);
}
