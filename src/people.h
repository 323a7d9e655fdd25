/* people.h — resolve: who a mention of a person is.
 *
 * A mention comes from a `participants` rule (groups title, name, country,
 * countries).  people_mention() reads it: office from the titles lexicon,
 * country from the countries lexicon, the name cleaned of honorifics and
 * post-nominals (lexicons honorifics, postnominals).  people_resolve()
 * finds the office holder in the gazetteer: exact name or alias (case and
 * accents folded, middle initials and surname-first order tolerated), then
 * a unique near miss among holders of that country and office on the talk
 * date (translation misspellings), or, for an unnamed mention, the holder
 * of that office on that date.
 */
#ifndef READOUT_PEOPLE_H
#define READOUT_PEOPLE_H

#include "match.h"

typedef struct {
    const match_t *m;
    span_t span;
    int sent;
    const char *title;     /* as written, or NULL */
    const char *office;    /* from the title, or the holder, or NULL */
    const char *country;   /* code, or NULL */
    const char *name_text; /* cleaned name as written, or NULL */
    const char *name;      /* canonical (gazetteer) or name_text */
    const holder_t *holder;
    const char *role;      /* rule's role: person (default), group, counterpart */
    const char **group;    /* role group: codes of "Ministers of A, B and C" */
    int ngroup;
    bool unresolved;       /* a name that the gazetteer does not know */
} mention_t;

typedef struct {
    date_t date;              /* talk date, y == 0 unknown */
    const char *const *sides; /* country codes known to take part */
    int nsides;
    /* the date is the release's, no talk's: good to choose between
     * holders of a name, not to search every holder for a near miss */
    bool date_guessed;
} people_ctx_t;

/* False when no word of the name span, folded as the gazetteer's keys are,
 * is a word of any holder's name or alias: such a bare name can never
 * resolve exactly (role=known), and the full reading can be skipped. */
bool people_may_be_known(const ruleset_t *rs, doc_t *d, span_t name);
void people_mention(const ruleset_t *rs, doc_t *d, const match_t *m,
                    mention_t *out);
void people_resolve(const ruleset_t *rs, doc_t *d, mention_t *p,
                    const people_ctx_t *ctx);
/* When a mention names no country, the one its title implies ("the
 * Secretary of State for Defence" is British: titles.tsv, third column).
 * True when it set one. */
bool people_title_country(const ruleset_t *rs, mention_t *p);
/* Holder of an office on a date when exactly one is known; a holder with
 * titles (gazetteer column 7) only for a `title` that bears one. */
const holder_t *people_holder_on(const ruleset_t *rs, const char *country,
                                 const char *office, const char *title, date_t date);
/* Levenshtein distance of two short strings (bounded: returns max+1 when
 * larger). */
int people_distance(const char *a, const char *b, int max);

/* The office a title names ("Minister of National Defence": defense), or
 * NULL. */
const char *people_title_office(const ruleset_t *rs, const char *title);

/* How far a name as written is from a person's name or one of its words
 * ("Panikkar": Manohar Parrikar): the edit distance when it is within two
 * fifths of the longer, INT_MAX when it is not.  For the few people of one
 * talk, where a gazetteer-wide near miss would be a guess. */
int people_likeness(arena_t *a, const char *written, const char *name);

/* Whether p's title is one of the gazetteer titles of h (an office many
 * officials share: "Minister for the Armed Forces" is Britain's junior
 * minister, whatever office titles.tsv gives the words). */
bool people_titled_as(const mention_t *p, const holder_t *h);

/* Whether m holds a head of state's or government's office. */
bool people_is_leader(const mention_t *m);

/* Whether h held the office on d (any day when d is unknown). */
bool people_in_office(const holder_t *h, date_t d);

/* "TSUJI Kiyoto" (the surname in capitals first, as Japan's Foreign
 * Ministry writes names) as "Kiyoto Tsuji", the order and case the SPEC's
 * names have; any other name as it is. */
const char *people_given_name_first(arena_t *a, const char *name);

#endif
