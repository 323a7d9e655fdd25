/* rules: loading errors name FILE:LINE:COL; lexicons; examples. */
#define _DEFAULT_SOURCE
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "literals.h"
#include "match.h"
#include "norm.h"
#include "prefilter.h"
#include "read.h"
#include "unit.h"

/* The literals of lits found in text, as a string of 0/1. */
static const char *prefilter_seen(char *const *lits, size_t n, const char *text, char *buf) {
    arena_t *a = arena_new();
    prefilter_t *p = prefilter_build(a, lits, n);
    unsigned char seen[16] = {0};
    int32_t hits[16];
    size_t nhits = prefilter_scan(p, text, strlen(text), seen, hits);
    for (size_t i = 0; i < n; i++) buf[i] = seen[i] ? '1' : '0';
    buf[n] = 0;
    /* hits lists what seen marks, each literal once */
    size_t marked = 0;
    for (size_t i = 0; i < n; i++) marked += seen[i];
    CHECK(nhits == marked);
    for (size_t i = 0; i < nhits; i++) CHECK(seen[hits[i]]);
    arena_free(a);
    return buf;
}

static void test_prefilter(void) {
    char buf[16];
    char *lits[] = {"he", "she", "his", "hers", "o'clock", "to do", "\xc3\xa9t\xc3\xa9", " i "};
    /* overlapping literals (the classic Aho-Corasick case), case folding */
    CHECK_STR(prefilter_seen(lits, 8, "USHERS", buf), "11010000");
    CHECK_STR(prefilter_seen(lits, 8, "his", buf), "00100000");
    /* line ends and punctuation read as blanks: "to-do", "o clock" */
    CHECK_STR(prefilter_seen(lits, 8, "what to\ndo at 10 O'Clock", buf), "00001100");
    CHECK_STR(prefilter_seen(lits, 8, "to-do at 10 o clock", buf), "00001100");
    CHECK_STR(prefilter_seen(lits, 8, "to\n   do", buf), "00000100");
    CHECK_STR(prefilter_seen(lits, 8, "h9e", buf), "00000000");
    /* a blank before and after the unit: " i " is the word at either edge */
    CHECK_STR(prefilter_seen(lits, 8, "I reconfirmed", buf), "00000001");
    CHECK_STR(prefilter_seen(lits, 8, "so did I.", buf), "00000001");
    CHECK_STR(prefilter_seen(lits, 8, "in it, Iris", buf), "00000000");
    /* UTF-8 bytes are letters of the alphabet too */
    CHECK_STR(prefilter_seen(lits, 8, "l'\xc3\xa9t\xc3\xa9", buf), "00000010");
    CHECK_STR(prefilter_seen(lits, 8, "", buf), "00000000");
    /* literals that fold alike are both reported; blank runs in a literal
     * fold to one like the text's */
    char *alike[] = {"a.m", "a m", "p.m.  on", "xyz"};
    CHECK_STR(prefilter_seen(alike, 4, "at 9 A.M. sharp", buf), "1100");
    CHECK_STR(prefilter_seen(alike, 4, "5 p.m. on Monday", buf), "0010");
}

/* Loads rule_text; returns the error as "LINE:COL: message" ("" if fine). */
static const char *load_error(const char *rule_text, char *buf, size_t n) {
    char *dir = unit_scratch("gazetteer*.tsv", "test.rules", rule_text);
    err_t err = {0};
    ruleset_t *rs = rules_load(dir, &err);
    if (rs) {
        check_result_t res;
        if (!check_rules(rs, NULL, &res, &err)) rs = (rules_free(rs), NULL);
        else rules_free(rs);
    }
    if (!rs && err.msg[0]) snprintf(buf, n, "%s %d:%d: %s", strrchr(err.file, '/') + 1, err.line, err.col, err.msg);
    else buf[0] = 0;
    unit_scratch_free(dir);
    return buf;
}

/* The tags match_topics gives a text released on `published` (y == 0:
 * unknown), with a scratch topics.tsv; the load's error when it fails. */
static const char *topics_at(const char *tsv, const char *text, date_t published, char *buf, size_t n) {
    char *dir = unit_scratch("time.rules", "topics.tsv", tsv);
    err_t err = {0};
    ruleset_t *rs = dir ? rules_load(dir, &err) : NULL;
    if (dir) unit_scratch_free(dir);
    if (!rs) {
        snprintf(buf, n, "%s", err.msg);
        return buf;
    }
    worker_t *w = worker_new(rs);
    doc_t *d = read_bytes("t", text, strlen(text));
    norm_doc(d, rs, w);
    d->published = published;
    snprintf(buf, n, "%s", match_topics(rs, w, d, (span_t){0, (uint32_t)d->len}, NULL));
    doc_free(d);
    worker_free(w);
    rules_free(rs);
    return buf;
}

static const char *topics_of(const char *tsv, const char *text, char *buf, size_t n) {
    return topics_at(tsv, text, (date_t){0}, buf, n);
}

static void test_topics(void) {
    char buf[2048];
    const char *tsv = "ecs\tEast\\s+China\\s+Sea\n"
                      "china\tChina\n"
                      "osumi\t\xc5\x8csumi(?:\\s+Islands)?\n"
                      "space\t(?<=,\\s)space\n"
                      "defense\tdefen[cs]e\n";
    /* the earlier line wins where phrases overlap: no "china" in the sea */
    CHECK_STR(topics_of(tsv, "the East China Sea and defence", buf, sizeof buf), "defense;ecs");
    CHECK_STR(topics_of(tsv, "China, and the East China Sea", buf, sizeof buf), "china;ecs");
    /* a phrase with no first character (a lookbehind) and one that starts
     * with a non-ASCII letter, in a sentence that is not ASCII */
    CHECK_STR(topics_of(tsv, "\xc5\x8csumi Islands, space, China", buf, sizeof buf),
              "china;osumi;space");
    CHECK_STR(topics_of(tsv, "Osumi, spaces, Chinatown", buf, sizeof buf), "");
    /* a line with no literal (run everywhere) and one found by its
     * literal start at one place: the earlier line wins, either way round */
    CHECK_STR(topics_of("code\t[A-Z]{2}-\\d+\nkf\tKF-21\n", "the KF-21 jet", buf, sizeof buf), "code");
    CHECK_STR(topics_of("kf\tKF-21\ncode\t[A-Z]{2}-\\d+\n", "the KF-21 jet", buf, sizeof buf), "kf");
    CHECK_STR(topics_of("kf\tKF-21\ncode\t[A-Z]{2}-\\d+\n", "an FA-50 and the KF-21", buf, sizeof buf), "code;kf");
    /* a line with a first day tags only readouts released from it on (and
     * those of no known day); its words stay its own before it */
    const char *dated = "covid\tinfectious\\s+diseases\t2019-12-01\nhealth\tdiseases\n";
    CHECK_STR(topics_at(dated, "infectious diseases", (date_t){2018, 5, 1}, buf, sizeof buf), "");
    CHECK_STR(topics_at(dated, "infectious diseases", (date_t){2019, 12, 1}, buf, sizeof buf), "covid");
    CHECK_STR(topics_at(dated, "infectious diseases", (date_t){0}, buf, sizeof buf), "covid");
    CHECK(strstr(topics_of("covid\tvirus\t2019-13-01\n", "virus", buf, sizeof buf), "bad date") != NULL);
}

/* The literals derived from a pattern, joined by '|'; "-" for none. */
static const char *required(const char *pattern, size_t min_alnum, char *buf, size_t size) {
    arena_t *a = arena_new();
    literals_t l;
    buf[0] = 0;
    if (!literals_required(a, pattern, min_alnum, &l)) snprintf(buf, size, "-");
    for (size_t i = 0; buf[0] != '-' && i < l.n; i++)
        snprintf(buf + strlen(buf), size - strlen(buf), "%s%s", i ? "|" : "", l.v[i]);
    arena_free(a);
    return buf;
}

static void test_literals(void) {
    char buf[256];
    /* blanks and punctuation as the prefilter reads them; the longest factor */
    CHECK_STR(required("North\\s+Korea(?:n|'s)?", 3, buf, sizeof buf), "north korea");
    CHECK_STR(required("Democratic\\s+People's\\s+Republic", 3, buf, sizeof buf), "democratic people s republic");
    CHECK_STR(required("(?:alpha|beta)\\s+gammas", 3, buf, sizeof buf), "gammas");
    CHECK_STR(required("(?:alpha|beta)\\s+gam", 3, buf, sizeof buf), "alpha|beta");
    CHECK_STR(required("CVID|complete,?\\s+verifiable", 3, buf, sizeof buf), "cvid|verifiable");
    /* optional and repeated atoms, classes, escapes, groups of all kinds */
    CHECK_STR(required("colou?r", 3, buf, sizeof buf), "colo");
    CHECK_STR(required("(?:North\\s+)?Korea", 3, buf, sizeof buf), "korea");
    CHECK_STR(required("defen[cs]e\\s+industry", 3, buf, sizeof buf), "e industry");
    CHECK_STR(required("(?<=the\\s)pandemic(?![\\w-])", 3, buf, sizeof buf), "pandemic");
    CHECK_STR(required("(?i)(?<name>Kishi)\\b", 3, buf, sizeof buf), "kishi");
    CHECK_STR(required("(?-i:\\x41BC)d{2,}", 3, buf, sizeof buf), "abc");
    CHECK_STR(required("U\\.S\\.\\s+forces", 3, buf, sizeof buf), "u s forces");
    CHECK_STR(required("caf\xc3\xa9s", 3, buf, sizeof buf), "caf");
    CHECK_STR(required("ab+c", 2, buf, sizeof buf), "ab");
    CHECK_STR(required("(?:ab){2}x", 2, buf, sizeof buf), "ab");
    /* nothing required: an empty branch, a branch without letters enough,
     * only classes, calls, back references, an unbalanced parenthesis */
    CHECK_STR(required("foo|", 3, buf, sizeof buf), "-");
    CHECK_STR(required("foo|ab", 3, buf, sizeof buf), "-");
    CHECK_STR(required("\\w+ing\\b", 4, buf, sizeof buf), "-");
    CHECK_STR(required("(?&name)(?(DEFINE)(?<name>word))", 3, buf, sizeof buf), "-");
    CHECK_STR(required("(word)\\1", 3, buf, sizeof buf), "word");
    CHECK_STR(required("a)word", 3, buf, sizeof buf), "-");
    CHECK_STR(required("[(]word", 3, buf, sizeof buf), "word");
}

/* Loads the shipped time rules with lexicons/NAME.lex = text: the error
 * as in load_error, or "" with the lexicon's first entry in entry. */
static const char *lexicon_load(const char *name, const char *text, char *buf, size_t n,
                                char *entry, size_t en) {
    char file[64];
    snprintf(file, sizeof file, "lexicons/%s.lex", name);
    char *dir = unit_scratch("time.rules", file, text);
    err_t err = {0};
    ruleset_t *rs = dir ? rules_load(dir, &err) : NULL;
    buf[0] = entry[0] = 0;
    if (!rs && err.msg[0]) snprintf(buf, n, "%s %d:%d: %s", strrchr(err.file, '/') + 1, err.line, err.col, err.msg);
    const lexicon_t *lex = rs ? rules_lexicon(rs, name) : NULL;
    if (lex && lex->entries.n) snprintf(entry, en, "%s", lex->entries.v[0].text);
    rules_free(rs);
    if (dir) unit_scratch_free(dir);
    return buf;
}

/* Whether the PCRE2 fragment matches all of text, as rules compile it. */
static bool fragment_matches(const char *frag, const char *text) {
    int code;
    PCRE2_SIZE off;
    char pat[4200];
    snprintf(pat, sizeof pat, "^(?:%s)$", frag);
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
                                   PCRE2_CASELESS | PCRE2_UTF | PCRE2_UCP, &code, &off, NULL);
    if (!re) return false;
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
    int rc = pcre2_match(re, (PCRE2_SPTR)text, strlen(text), 0, 0, md, NULL);
    pcre2_match_data_free(md);
    pcre2_code_free(re);
    return rc >= 0;
}

/* `@name` inside a %regex lexicon: expanded at load; unknown names and
 * cycles are errors at the entry's line. */
static void test_lexicon_refs(void) {
    char buf[1200], entry[4096];
    CHECK_STR(lexicon_load("zz", "%regex\n# dates\n@weekdays,\\s+@months\n", buf, sizeof buf, entry, sizeof entry), "");
    CHECK(!strchr(entry, '@'));
    CHECK(fragment_matches(entry, "Friday, March"));
    CHECK(!fragment_matches(entry, "Friday March"));
    lexicon_load("zz", "%regex\nfoo\\s+@nosuch\n", buf, sizeof buf, entry, sizeof entry);
    CHECK(!strncmp(buf, "zz.lex 2:7: unknown lexicon '@nosuch' (no ", 42));
    lexicon_load("zz", "%regex\nx\n(?:a|@zz)\n", buf, sizeof buf, entry, sizeof entry);
    CHECK(!strncmp(buf, "zz.lex 3:1: lexicon 'zz' refers to itself", 41));
    /* \@ is the character */
    CHECK_STR(lexicon_load("zz", "%regex\nmail\\@home\n", buf, sizeof buf, entry, sizeof entry), "");
    CHECK_STR(entry, "mail\\@home");
}

void test_rules(void) {
    test_prefilter();
    test_topics();
    test_literals();
    test_lexicon_refs();
    char buf[1200];
    /* A PCRE2 error points at the column of the mistake in the file. */
    load_error("rule a\n  table positions\n  set kind=agree\n  pattern  agreed(abc\nend\n", buf, sizeof buf);
    CHECK(!strncmp(buf, "test.rules 4:", 13));
    CHECK(strstr(buf, "missing closing parenthesis") != NULL);
    load_error("rule a\n  table positions\n  pattern  x)y\nend\n", buf, sizeof buf);
    CHECK(!strncmp(buf, "test.rules 3:13: in rule 'a': unmatched closing parenthesis", 57));

    load_error("rule a\n  table positions\n  pattern  @nosuch\nend\n", buf, sizeof buf);
    CHECK(!strncmp(buf, "test.rules 3:12: unknown lexicon '@nosuch'", 42));

    load_error("rule a\n  table positions\n  pattern  a\nend\nrule a\n  table positions\n  pattern  b\nend\n",
               buf, sizeof buf);
    CHECK(!strncmp(buf, "test.rules 5:6: duplicate rule id 'a'", 37));

    load_error("rule a\n  table positions\n  pattern  (?<bogus>x)\nend\n", buf, sizeof buf);
    CHECK(!strncmp(buf, "test.rules 3:15: group 'bogus'", 30));

    load_error("rule a\n  table positions\n  pattern  x\n", buf, sizeof buf);
    CHECK(!strncmp(buf, "test.rules 1:1: rule 'a' is not closed", 38));

    load_error("rule a\n  table nosuch\n", buf, sizeof buf);
    CHECK(!strncmp(buf, "test.rules 2:9: unknown table", 29));

    load_error("rule a\n  table positions\n  set kind=agree\n  pattern  \\bagreed\\b\n  example  they disagreed\nend\n",
               buf, sizeof buf);
    CHECK(!strncmp(buf, "test.rules 5:1: rule 'a': example did not match", 47));

    load_error("rule a\n  table positions\n  set kind=maybe\n  pattern  x\nend\n", buf, sizeof buf);
    CHECK(!strncmp(buf, "test.rules 3:", 13) && strstr(buf, "'maybe' is not a value of kind"));

    load_error("rule a\n  table positions\n  flavour x\nend\n", buf, sizeof buf);
    CHECK(!strncmp(buf, "test.rules 3:3: unknown key 'flavour'", 37));

    load_error("rule a\n  table actors\n  set actor=pronoun\n  needs    he|\\b\n  pattern  he\nend\n", buf,
               sizeof buf);
    CHECK(!strncmp(buf, "test.rules 4:", 13) && strstr(buf, "has no letters besides"));

    /* needs with word edges: "He" at the start is the word; "the" is not */
    load_error("rule a\n  table actors\n  set actor=pronoun\n  needs    \\bhe\\b\n  pattern  \\bhe\\b\n"
               "  example  He stated that => actor=pronoun\n  example  so did he. => actor=pronoun\nend\n",
               buf, sizeof buf);
    CHECK_STR(buf, "");
    /* several needs lines: each must be met, or the rule does not run */
    load_error("rule a\n  table positions\n  set kind=agree\n  needs    agreed|concurred\n"
               "  needs    \\bboth\\b\n  pattern  \\bagreed\\b\n  example  Both sides agreed. => kind=agree\n"
               "  counter  Both sides concurred.\nend\n", buf, sizeof buf);
    CHECK_STR(buf, "");
    load_error("rule a\n  table positions\n  set kind=agree\n  needs    agreed|concurred\n"
               "  needs    \\bboth\\b\n  pattern  \\bagreed\\b\n  example  They agreed. => kind=agree\nend\n",
               buf, sizeof buf);
    CHECK(!strncmp(buf, "test.rules 7:1: rule 'a': example did not match", 47));
    load_error("rule a\n  table positions\n  needs a\n  needs b\n  needs c\n  needs d\n  needs e\n"
               "  needs f\n  needs g\n  needs h\n  needs i\n  pattern x\nend\n", buf, sizeof buf);
    CHECK(!strncmp(buf, "test.rules 11:1: more than 8 'needs' lines", 42));
    /* two rules of different tables with one pattern share its code; a
     * group the second table lacks is still an error */
    load_error("rule a\n  table positions\n  set kind=agree\n  pattern  (?<verb>agreed)\nend\n"
               "rule b\n  table actors\n  pattern  (?<verb>agreed)\nend\n", buf, sizeof buf);
    CHECK(!strncmp(buf, "test.rules 8:", 13) && strstr(buf, "group 'verb'"));

    /* a good file loads */
    load_error("rule a\n  table positions\n  set kind=agree\n  pattern  \\b@stance_agree\\b\n"
               "  example  They agreed. => kind=agree\nend\n", buf, sizeof buf);
    CHECK_STR(buf, "");

    /* lexicon lookups fold case and blanks */
    const lexicon_t *months = rules_lexicon(unit_rules, "months");
    const lex_entry_t *e = lexicon_find(months, "NOVEMBER", 8);
    CHECK(e && !strcmp(e->value, "11"));
    CHECK_STR(rules_country_code(unit_rules, "the Republic of Korea", 21), "KR");
    CHECK_STR(rules_country_code(unit_rules, "Canada's", 8), "CA");
    CHECK(rules_country_code(unit_rules, "us", 2) == NULL); /* countries are case-sensitive */

    /* the shipped rules pass their own examples */
    check_result_t res;
    err_t err = {0};
    CHECK(check_rules(unit_rules, NULL, &res, &err));
    CHECK(res.passed >= 200);
}
