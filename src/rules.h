/* rules.h — the rule set: rule files, lexicons, countries, titles,
 * gazetteer and topics, loaded from a rules directory once per run.
 *
 * Format (rules/README.md has the user's version):
 *
 *   rule ID
 *     table     positions          which stage uses it (rule_table_t)
 *     priority  20                 wins over lower ones where matches overlap
 *     set       kind=agree         constant fields of every match
 *     needs     agree|concur       literals a sentence must contain (prefilter);
 *                                  several lines must all be met
 *     pattern   \b(?<verb>@stance_agree)\b     PCRE2; pieces concatenate
 *     example   The two Ministers agreed. => kind=agree
 *     counter   They did not agree.
 *   end
 *
 * `@name` in a pattern expands to the lexicon rules/lexicons/name.lex, or to
 * a built-in list: @country (countries.tsv forms), @title (titles.tsv).  Named groups are output fields;
 * the names a table accepts are listed in rules.c (field_names).
 *
 * Ownership: everything belongs to the ruleset's arena; a ruleset is
 * read-only after rules_load() and shared by all worker threads.
 */
#ifndef READOUT_RULES_H
#define READOUT_RULES_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <string.h>

#include "diag.h"
#include "pipeline.h"

typedef enum {
    RT_NORMALIZE,
    RT_SEGMENT,
    RT_TALKS,
    RT_TIME,
    RT_PARTICIPANTS,
    RT_ACTORS,
    RT_POSITIONS,
    RT_ITEMS,
    RT_COUNT
} rule_table_t;

/* Fields: named groups and `set` keys. */
typedef enum {
    F_KIND, F_ROLE, F_ACTOR, F_VOICE, F_TRANSLATION, F_OFFICE,
    F_YEAR, F_MONTH, F_DAY, F_WEEKDAY, F_ERA, F_ERA_YEAR, F_REL,
    F_HOUR, F_MIN, F_AMPM, F_HOUR2, F_MIN2, F_AMPM2, F_NOON,
    F_DUR_H, F_DUR_M, F_HALF, F_HEDGE,
    F_TITLE, F_NAME, F_COUNTRY, F_COUNTRIES, F_VERB, F_TEXT,
    F_COUNT
} field_t;

const char *field_name(field_t f);
const char *rule_table_name(rule_table_t t);

typedef struct {
    char *text;     /* sample sentence */
    char *expect;   /* "k=v k=v" or NULL; counters have none */
    char *published; /* YYYY-MM-DD the example resolves against */
    bool counter;   /* must give no match of this rule */
    int line;
} example_t;

typedef struct rule {
    char *id;
    const char *file;
    int line;
    rule_table_t table;
    int priority;
    int index; /* position in the ruleset's list: a stable tie-breaker */
    int table_index; /* position in its table's list */
    char *set[F_COUNT];   /* constant fields, NULL when unset */
    int group[F_COUNT][4]; /* capture groups per field (a name may repeat
                            * in alternatives), 0 = none */
    /* the same, flat: (field, group) pairs in field order, for matching */
    struct field_group {
        unsigned short field, group;
    } *groups;
    int ngroups;
    char *source;         /* pattern after lexicon expansion */
    char *replace;        /* table normalize: replacement template */
    char **needs;         /* prefilter literals (lower case), NULL-ended */
    int nneeds;
    /* each `needs` line is a group of which one literal must occur: the
     * group of needs[k], and the mask of all groups */
    unsigned char *needs_group;
    unsigned char needs_all;
    bool needs_declared;  /* written in the rule, not derived from its pattern */
    /* the lexicons its pattern names (`@name`), for `rules check` */
    VEC(const struct lexicon *) lexicons;
    pcre2_code *re;
    pcre2_code *re_ascii; /* the same without UTF/UCP, for ASCII units (or NULL) */
    /* a pattern too large for PCRE2 is compiled in parts, each with a share
     * of its largest lexicon (re, re_ascii are the first); rules_run runs
     * them all.  NULL and 0 for a rule in one piece. */
    struct rule_part {
        pcre2_code *re, *re_ascii;
    } *parts;
    int nparts;
    bool shares_code;     /* re, re_ascii and parts belong to an earlier rule */
    /* an earlier rule of the same table with the same pattern and needs:
     * its matches are reused instead of running the pattern again */
    const struct rule *same_as;
    VEC(example_t) examples;
} rule_t;

/* Whether rule r (NULL: none) sets that role ("event", "cue", "none"). */
static inline bool rule_has_role(const rule_t *r, const char *role) {
    return r && r->set[F_ROLE] && !strcmp(r->set[F_ROLE], role);
}

#define NEEDS_GROUPS_MAX 8

typedef struct {
    char *text, *value; /* entry as written; value may be NULL */
    char *key;          /* folded lookup key */
    size_t len;         /* of text */
    int line;
} lex_entry_t;

typedef struct lexicon {
    char *name, *file;
    bool regex; /* entries are PCRE2 fragments (%regex) */
    bool cased; /* matched case-sensitively (%case) */
    VEC(lex_entry_t) entries;
    bool first[256]; /* the first bytes of entries, in either case */
    /* open-addressing hash of folded keys -> entry index + 1 */
    uint32_t *slots;
    size_t nslots;
} lexicon_t;

typedef struct {
    char *code, *name;
    bool side;
} country_t;

typedef struct {
    const char *country, *office, *name;
    char **keys; /* folded name and aliases */
    int nkeys;
    const char *titles; /* |-joined titles an unnamed mention must bear, or NULL */
    date_t start, end; /* end.y == 0: in office */
    long start_day, end_day; /* the same as day numbers (temporal_days); 0: none */
    int line;
} holder_t;

typedef struct {
    char *tag;
    char *pattern;          /* the line's fragment */
    pcre2_code *re;         /* \b(?:fragment) at a word's end */
    pcre2_code *re_ascii;   /* the same for ASCII text */
    bool always;            /* no literal it needs: run on every unit */
    date_t from;            /* tags only readouts released on or after it; y == 0: any */
} topic_t;

typedef struct ruleset {
    arena_t *arena;
    char *dir;
    VEC(rule_t *) rules;          /* all, in file order */
    VEC(rule_t *) by_table[RT_COUNT];
    VEC(lexicon_t *) lexicons;
    VEC(country_t) countries;
    VEC(holder_t) holders;
    /* every folded name/alias with its holder, sorted by key */
    struct holder_key {
        const char *key;
        size_t holder;
    } *holder_keys;
    size_t nholder_keys;
    size_t *holders_by_country; /* holder indices sorted by country, then index */
    VEC(char *) name_words; /* the words of all holder keys, indexed: */
    uint32_t *name_word_slots;
    size_t nname_word_slots;
    VEC(topic_t) topics;
    lexicon_t *country_lex, *title_lex;
    uint32_t *lex_slots; /* lexicons by name: hash -> index + 1 */
    size_t nlex_slots;
    VEC(char *) needs_lits; /* index -> literal */
    /* index -> the rules that need it, as rule_t.index * NEEDS_GROUPS_MAX
     * + the group of the rule's `needs` lines it is in */
    VEC(int) *lit_rules;
    VEC(int) *lit_topics; /* index -> the topic lines it may start (literals.h) */
    struct prefilter *prefilter; /* finds them all in one pass (prefilter.h) */
    size_t match_limit, depth_limit;
    bool interpreted; /* some pattern has no JIT code: match with pcre2_match */
} ruleset_t;

/* Loads and compiles everything under dir.  On a mistake: NULL, and err
 * names FILE:LINE:COL.  Nothing is read or written before this succeeds. */
ruleset_t *rules_load(const char *dir, err_t *err);
void rules_free(ruleset_t *rs);

/* Where the rules are: --rules, $READOUT_RULES, next to the binary
 * (../rules from build/), or the install prefix.  Caller frees. */
char *rules_find_dir(const char *cli_dir, const char *argv0);

/* Lexicon lookups: the value of the entry whose folded text equals the
 * folded s (NULL when absent). */
const lex_entry_t *lexicon_find(const lexicon_t *lex, const char *s, size_t n);
const lexicon_t *rules_lexicon(const ruleset_t *rs, const char *name);
/* The largest compiled pattern PCRE2 holds here, in bytes. */
size_t rules_pattern_limit(void);
const country_t *rules_country(const ruleset_t *rs, const char *code);
/* Code of a country named by s ("Canadian", "the Republic of Korea",
 * "Japan's"), or NULL. */
const char *rules_country_code(const ruleset_t *rs, const char *s, size_t n);
/* Holders with folded name or alias `key`: *first and the count. */
size_t rules_holders_named(const ruleset_t *rs, const char *key, size_t *first);
/* Whether some holder's folded name or alias has the word w (folded as
 * norm_fold folds). */
bool rules_name_word(const ruleset_t *rs, const char *w);
/* The holders of a country (indices into rs->holders, in file order):
 * *idx and the count. */
size_t rules_holders_of(const ruleset_t *rs, const char *country, const size_t **idx);

/* Per-thread matching state. */
typedef struct worker {
    pcre2_match_data *md;
    pcre2_match_context *mc;
    pcre2_jit_stack *jit;
    arena_t *scratch; /* reset per document (worker_reset) */
    /* the literals found in the last unit scanned: the tables of one
     * sentence share one prefilter pass */
    const char *seen_subj;
    size_t seen_len;
    bool may_valid;
    unsigned char *may;  /* by rule_t.index: the groups of its needs met */
    unsigned char *topic_may; /* by topic line: one of its literals occurs */
    unsigned char *seen; /* by literal: all zero between scans */
    int32_t *hits;       /* the literals of the last scan */
    /* READOUT_PROFILE=1: time spent in each rule, how many units it ran on
     * and on how many it matched, printed by worker_free (the 25 slowest;
     * READOUT_PROFILE=all: every rule) */
    const struct ruleset *rs;
    double *rule_seconds;
    size_t *rule_runs, *rule_hits;
    size_t profile_rows;
} worker_t;

worker_t *worker_new(const ruleset_t *rs);
void worker_free(worker_t *w);
/* Drops what a worker kept for the previous document. */
void worker_reset(worker_t *w);

/* Runs one of rs's patterns with w's match data: pcre2_jit_match, which
 * skips pcre2_match's checks (a quarter of the cost of a call), when every
 * pattern has JIT code. */
int rules_match(const ruleset_t *rs, worker_t *w, const pcre2_code *re, const char *subj,
                size_t len, size_t pos, uint32_t opts);

/* A pattern's code for a unit: its ASCII variant (no UTF/UCP, faster JIT
 * code) when the unit is ASCII and the variant compiled. */
static inline const pcre2_code *rules_code_for(const pcre2_code *any, const pcre2_code *ascii,
                                               bool is_ascii) {
    return is_ascii && ascii ? ascii : any;
}

/* Runs rule r from pos (its ASCII code when `ascii` and it has one); a
 * rule in parts runs each, and the leftmost match wins, at one place the
 * longest, then the earlier part's.  The winner's offsets are in w->md. */
int rules_run(const ruleset_t *rs, worker_t *w, const rule_t *r, bool ascii, const char *subj,
              size_t len, size_t pos, uint32_t opts);

/* Runs the `normalize` rules (rewrites) over d->text, keeping d->map. */
void rules_rewrite(const ruleset_t *rs, worker_t *w, doc_t *d);

/* Lower-cases ASCII and folds blanks: the key of lexicon lookups. */
char *rules_key(arena_t *a, const char *s, size_t n);

#endif
