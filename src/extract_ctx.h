/* extract_ctx.h — what the extract stage's files share about one document:
 * the talks being built, what is known of each sentence, and the context
 * (ex_t) that talks.c, participants.c and positions.c read and fill.
 * Private to extract.c, participants.c, talks.c and positions.c.
 */
#ifndef READOUT_EXTRACT_CTX_H
#define READOUT_EXTRACT_CTX_H

#include <string.h>

#include "extract.h"
#include "people.h"
#include "temporal.h"

#define MAX_SIDES 32

typedef struct {
    const char *code[MAX_SIDES];
    int n;
} sides_t;

static inline bool sides_has(const sides_t *s, const char *c) {
    for (int i = 0; i < s->n; i++)
        if (!strcmp(s->code[i], c)) return true;
    return false;
}
static inline void sides_add(sides_t *s, const char *c) {
    if (c && !sides_has(s, c) && s->n < MAX_SIDES) s->code[s->n++] = c;
}

typedef struct {
    mention_t m;
    bool from_series; /* added from a lead summing up the talks */
    bool from_list;   /* ... from a side's line of an attendee list only */
    bool from_group;  /* ... from a group ("the defense ministers of A and B") only */
} part_t;

typedef struct {
    int event_sent;
    const char *kind;
    int kind_prio;
    const rule_t *kind_rule;
    bool kind_of_series; /* the kind is the lead's, for a talk that said none yet */
    tval_t t;
    bool has_date, has_start, has_dur;
    bool date_relative; /* the date came from "today", "yesterday" */
    bool date_of_series; /* the day of a lead summing up the talks, until
                          * the talk's own day is told */
    bool told;           /* a sentence after its heading told it */
    /* its day is "the same day" as the talk before's, which had none yet
     * when it was read (its "Date and time" line comes later): the
     * release's for now, settled by same_day_as_talk_before */
    bool date_same_pending;
    date_t same_as;      /* ... the day it was given then */
    bool sides_listed;   /* its sides came from an attendee list, a line
                          * each: one talk of them all, no lead of several */
    int heading_sent;    /* the section heading over its text, -1 none */
    int evidence_sent;
    VEC(part_t) parts;
    sides_t sides;
} talk_t;

/* Everything known about one sentence. */
typedef struct {
    size_t time_from, time_n;
    bool times_run; /* matched only where needed: see need_times */
    size_t talk_from, talk_n;
    size_t part_from, part_n;
    size_t actor_from, actor_n;
    size_t pos_from, pos_n;
    VEC(mention_t) mentions;
    const char *topics;
    int talk; /* 0-based index, -1 none */
    /* "At the meeting with Minister Kulubaev on Tuesday, ...": the event
     * sentence of the earlier talk it goes back to, -1 none */
    int back_to_event;
    /* tells an earlier meeting of others, no talk of the release: no
     * stance of it is taken ("On February 7, Prime Minister Ishiba and
     * President Trump held ... and issued a Joint Statement affirming") */
    bool background;
} sinfo_t;

typedef struct {
    doc_t *d;
    const ruleset_t *rs;
    worker_t *w;
    matchvec_t mv;
    sinfo_t *si;
    VEC(talk_t) talks;
    /* the office holder a header line names ("Senator the Hon Marise
     * Payne / Minister for Foreign Affairs"): the "I" of a first-person
     * release ("On Monday I met Japan's Foreign Minister") */
    mention_t author;
    bool has_author;
    /* "Joint media release: Senator the Hon Penny Wong, Minister for
     * Foreign Affairs, and the Hon Richard Marles MP, ...": all the office
     * holders of the author's line, whom "we" in a sentence telling a talk
     * means */
    mention_t coauthors[4];
    int ncoauthors;
    /* the office holders named so far in the text, talk or not ("Secretary
     * of State Rex W. Tillerson traveled to Bonn"): whom a later "the
     * Secretary" means when no talk's people tell */
    talk_t seen;
    talk_t seen_unknown; /* people no gazetteer knows, named with a country */
    /* a talk still to come was told ("is scheduled to hold ... with"): with
     * no talk that took place and no stance taken, the title names that
     * one, not a talk */
    bool announced;
    bool summed_up; /* a lead summing up the talks was read: a talk "restated" is its */
    /* the first sentence naming a spokesperson by name (a vetoed mention
     * with a name), -1 none; looked up once, by the positions */
    int first_named_outsider;
    bool outsiders_looked;
} ex_t;

static inline bool body_sentence(const sentence_t *s) { return s->flags == SENT_BODY; }

/* participants.c — people */
void read_mentions(ex_t *x, size_t i, const talk_t *t); /* sentence i's, resolved */
void mention_sides(const mention_t *p, sides_t *s);
bool same_person(const mention_t *a, const mention_t *b);
const mention_t *talk_person(const talk_t *t, const mention_t *p); /* t's participant p is, or NULL */
void settle_country(ex_t *x, const talk_t *t, mention_t *p);
void talk_add_part(ex_t *x, talk_t *t, const mention_t *p);
void take_fuller_title(mention_t *q, const mention_t *p, bool same_office);
void talk_add_group(ex_t *x, talk_t *t, const mention_t *p, const char *office);
const char *side_marker_before(ex_t *x, const mention_t *p); /* "(Japan) ..." in an attendee list */
bool side_label_line(const ex_t *x, size_t i); /* "Australia: Richard Marles, ..." */

/* talks.c — the passes extract_doc runs, in its order */
void build_talks(ex_t *x);
void fold_lead_talks_into_sections(ex_t *x);
void assign_sentences(ex_t *x);
void same_day_as_talk_before(ex_t *x);
void leaders_to_their_calls(ex_t *x);
void lead_guests_told_apart(ex_t *x);
void unnamed_from_talk_before(ex_t *x);
void one_row_per_person(ex_t *x);
void counterparts_titled(ex_t *x);
void drop_one_sided_talks(ex_t *x);

/* positions.c — the positions table's rows */
void emit_positions(ex_t *x);

/* Questions about a sentence or the text that every file asks. */
bool sentence_has_role(ex_t *x, size_t i, const char *role); /* a match of that role */
bool actor_is(const ex_t *x, const match_t *m, const char *word);
bool span_possessive(const doc_t *d, span_t sp);            /* "Japan's" */
span_t relative_clause_in(const doc_t *d, uint32_t from, uint32_t to); /* ", who is also ...," */
bool text_has(const doc_t *d, uint32_t from, uint32_t to, const char *w);
bool word_before(const doc_t *d, uint32_t at, const char *w);
bool in_object_place(const ex_t *x, uint32_t at); /* "with X", "to X" */
void need_times(ex_t *x, size_t i); /* extract.c: match times late */

#endif
