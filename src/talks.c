/* talks.c — which talks a readout tells: the sentences that open one, its
 * kind, day, times and sides, leads that sum up several talks, section
 * headings, and which talk every sentence belongs to. */
#define _GNU_SOURCE /* memmem */
#include "extract_ctx.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <strings.h>

#include "norm.h"
#include "segment.h"
#include "temporal.h"

static void talk_time_within(ex_t *x, talk_t *t, size_t i, const talk_t *before, span_t within);
static bool within_role(const ex_t *x, size_t i, span_t sp, const char *role);
static bool person_of_later_talk(const ex_t *x, const mention_t *p);
static bool kind_of_later_talk(const ex_t *x, const talk_t *t, const sinfo_t *si, const match_t *m);
static bool only_role(const ex_t *x, size_t i, const char *role);

/* The time of talk t told in sentence i; `before` is the talk told before
 * it, whose day "the same day" means (the release's when there is none). */
static void talk_time_from(ex_t *x, talk_t *t, size_t i, const talk_t *before) {
    talk_time_within(x, t, i, before, x->d->sents.v[i].span);
}

/* ... of the time words inside `within` only */
static void talk_time_within(ex_t *x, talk_t *t, size_t i, const talk_t *before, span_t within) {
    sinfo_t *si = &x->si[i];
    /* "today (4 February)": a written date right after the relative one
     * wins over it (a release dated a day later would shift "today"); "today
     * ... to discuss the Aug. 5 incident" is another day */
    bool relative_here = false;
    uint32_t relative_end = 0;
    for (size_t k = 0; k < si->time_n; k++) {
        const match_t *m = &x->mv.v[si->time_from + k];
        if (m->dropped || m->span.start < within.start || m->span.end > within.end) continue;
        /* the time of another event ("launched at 8:24 a.m."), or of one
         * to come ("Le Drian is due to leave for Paris on Saturday") */
        if (rule_has_role(m->rule, "event")) continue;
        if (within_role(x, i, m->span, "future")) continue;
        tval_t v;
        temporal_interpret(x->rs, x->d, m, x->d->published, &v);
        if (v.problem) doc_note(x->d, "%s", v.problem);
        if (v.same_day && before && before->has_date) v.has_date = true, v.date = before->t.date;
        if (v.next_day && before && before->has_date)
            v.has_date = true, v.date = temporal_from_days(temporal_days(before->t.date) + 1);
        bool used = false;
        bool relative = m->has >> F_REL & 1;
        bool restates = relative_here && !relative && m->span.start <= relative_end + 3;
        /* a summary's day gives way to the talk's own ("held on November
         * 16" above "1. Date and time: November 15") */
        /* "held two calls on Sunday 13 April" above "... talks, which was
         * hosted in Muscat on Saturday": a weekday alone in a relative
         * clause that is not the lead's day is another event's */
        span_t ss = x->d->sents.v[i].span;
        bool weekday_only = (m->has >> F_WEEKDAY & 1) && !(m->has >> F_DAY & 1);
        bool relative_clause = text_has(x->d, ss.start, m->span.start, " which ") ||
                               text_has(x->d, ss.start, m->span.start, " that ") ||
                               text_has(x->d, ss.start, m->span.start, " who ");
        bool other_weekday = weekday_only && relative_clause && t->has_date && t->date_of_series &&
                             temporal_days(v.date) != temporal_days(t->t.date);
        if (v.has_date && !other_weekday && (!t->has_date || restates || t->date_of_series)) {
            t->date_of_series = false;
            t->has_date = true;
            t->t.date = v.date;
            /* (or only the lead's day so far: "3 Courtesy call ... / Same
             * day 15:00-15:30" after "2 Working lunch", whose day the lead
             * gave until its section's; or one "the same day" itself) */
            t->date_same_pending =
                v.same_day && before && (!before->has_date || before->date_of_series || before->date_same_pending);
            t->same_as = v.date;
            t->date_relative = relative;
            relative_here = relative;
            relative_end = m->span.end;
            used = true;
        }
        if (v.start >= 0 && !t->has_start) {
            t->has_start = true;
            t->t.start = v.start;
            t->t.end = v.end;
            used = true;
            if (v.duration >= 0 && !t->has_dur) {
                t->has_dur = true;
                t->t.duration = v.duration;
                t->t.approx = v.approx;
            }
        } else if (v.duration >= 0 && !t->has_dur) {
            t->has_dur = true;
            t->t.duration = v.duration;
            t->t.approx = v.approx;
            used = true;
        } else if (v.duration >= 0 && v.approx && t->has_dur && v.duration == t->t.duration) {
            /* "from 16:00 to 16:30 (about 30 minutes)": the length the
             * text hedges is hedged, as the SPEC has it */
            t->t.approx = true;
        }
        /* "at 18:00 hours ... a videoconference ..., which ended at 18:50
         * hours": an end told apart from the start */
        if (v.start < 0 && v.end >= 0 && t->has_start && t->t.end < 0) {
            int diff = v.end - t->t.start;
            if (diff > 0 && diff <= 12 * 60) {
                t->t.end = v.end;
                if (!t->has_dur) t->has_dur = true, t->t.duration = diff, t->t.approx = false;
                used = true;
            }
        }
        if (used && (v.start >= 0 || v.duration >= 0 || t->evidence_sent < 0))
            t->evidence_sent = (int)i;
    }
}

/* How many days before the release the month sentence i names alone ended
 * ("In May, Mr Dar travelled to Beijing" in an August report), 0 when it
 * names none. */
static long month_alone_before_release(ex_t *x, size_t i) {
    const sinfo_t *si = &x->si[i];
    for (size_t k = 0; x->d->published.y && k < si->time_n; k++) {
        const match_t *m = &x->mv.v[si->time_from + k];
        if (m->dropped || !rule_has_role(m->rule, "month")) continue;
        tval_t v;
        temporal_interpret(x->rs, x->d, m, x->d->published, &v);
        if (v.month_alone) return temporal_days(x->d->published) - temporal_days(v.month_last);
    }
    return 0;
}

static int kind_rank(const match_t *m) { return m->rule->priority; }

static bool has_role(const match_t *m, const char *role);

/* Whether sp lies in the name of the gathering (talks role=venue). */
static bool within_role(const ex_t *x, size_t i, span_t sp, const char *role) {
    const sinfo_t *si = &x->si[i];
    for (size_t k = 0; k < si->talk_n; k++) {
        const match_t *m = &x->mv.v[si->talk_from + k];
        if (has_role(m, role) && m->span.start <= sp.start && sp.end <= m->span.end) return true;
    }
    return false;
}

/* Whether sp lies in a reference to a talk before this sentence's:
 * "Following the videoconference", "After the call". */
static bool in_look_back(const ex_t *x, size_t i, span_t sp) {
    const sinfo_t *si = &x->si[i];
    const char *text = x->d->text;
    for (size_t k = 0; k < si->talk_n; k++) {
        const match_t *m = &x->mv.v[si->talk_from + k];
        if (m->span.start > sp.start || sp.end > m->span.end) continue;
        /* (the sequel's own words: "Following the video conference, from
         * 19:05 ..., Minister Hamada held a telephone talk") */
        if (has_role(m, "sequel") && (!strncasecmp(text + m->span.start, "following ", 10) ||
                                      !strncasecmp(text + m->span.start, "after ", 6)))
            return true;
        if (!has_role(m, "reference")) continue;
        uint32_t b = m->span.start, from = x->d->sents.v[i].span.start;
        while (b > from && text[b - 1] == ' ') b--;
        uint32_t w = b;
        while (w > from && isalpha((unsigned char)text[w - 1])) w--;
        if ((b - w == 9 && !strncasecmp(text + w, "following", 9)) || (b - w == 5 && !strncasecmp(text + w, "after", 5)))
            return true;
    }
    return false;
}

/* Whether sp lies in a venue ("on the sidelines of the G20 Summit") or in
 * a talk to come ("ahead of the CELAC Summit"): its kind words are no
 * talk's of this sentence. */
static bool in_venue(const ex_t *x, size_t i, span_t sp) {
    return within_role(x, i, sp, "venue") || within_role(x, i, sp, "future");
}

static void talk_kind_within(ex_t *x, talk_t *t, size_t i, bool title, span_t within);

/* The kind a sentence's words give t. */
static void talk_kind_from(ex_t *x, talk_t *t, size_t i, bool title) {
    talk_kind_within(x, t, i, title, x->d->sents.v[i].span);
}

/* The kind the words of sentence i within a span of it (all of it, or a
 * lead's clause of its own talk) give t.  A title naming several talks
 * ("A-B Meeting and A-C Telephone Talk") names the first talk first: only
 * its first kind word counts. */
static void talk_kind_within(ex_t *x, talk_t *t, size_t i, bool title, span_t within) {
    sinfo_t *si = &x->si[i];
    uint32_t first = UINT32_MAX;
    for (size_t k = 0; title && x->talks.n > 1 && k < si->talk_n; k++) {
        const match_t *m = &x->mv.v[si->talk_from + k];
        if (m->rule->set[F_KIND] && m->span.start < first) first = m->span.start;
    }
    /* (a bare "spoke with" is other: a meeting's word beside it tells the
     * gathering or the trip, "who is visiting Jakarta ..., spoke with ...
     * before the start of the meeting") */
    bool spoke = false;
    for (size_t k = 0; k < si->talk_n && !spoke; k++) {
        const match_t *m = &x->mv.v[si->talk_from + k];
        const char *kind = m->rule->set[F_KIND];
        spoke = kind && !strcmp(kind, "other") && has_role(m, "event");
    }
    /* (a kind word in a look back at another talk is that talk's when the
     * sentence has its own: "Following the videoconference, Esper spoke by
     * phone with ...") */
    bool kind_outside_look_back = false;
    for (size_t k = 0; k < si->talk_n && !kind_outside_look_back; k++) {
        const match_t *m = &x->mv.v[si->talk_from + k];
        kind_outside_look_back = m->rule->set[F_KIND] && !has_role(m, "reference") &&
                                 !in_look_back(x, i, m->span) && !in_venue(x, i, m->span);
    }
    for (size_t k = 0; k < si->talk_n; k++) {
        const match_t *m = &x->mv.v[si->talk_from + k];
        const char *kind = m->rule->set[F_KIND];
        if (!kind || in_venue(x, i, m->span) || m->span.start < within.start || m->span.end > within.end) continue;
        if (kind_outside_look_back && in_look_back(x, i, m->span)) continue;
        if (spoke && !strcmp(kind, "meeting") && !has_role(m, "event")) continue;
        /* (not a gathering to come: "spoke with ... about the upcoming
         * ASEAN Summit") */
        if (within_role(x, i, m->span, "future")) continue;
        const char *role = m->rule->set[F_ROLE];
        if (title && role && !strcmp(role, "event") && !strcmp(kind, "other")) continue;
        if (first != UINT32_MAX && m->span.start != first) continue;
        if (title && t->kind && kind_of_later_talk(x, t, si, m)) continue;
        /* (the body's own word for the medium over the title's: "Call
         * with Quad Ministers" above "participated today in a video
         * conference with ...") */
        if (title && t->kind && rule_has_role(t->kind_rule, "cue") && !strcmp(t->kind, "video") &&
            strcmp(kind, "video"))
            continue;
        if (!t->kind || kind_rank(m) > t->kind_prio) {
            t->kind = kind;
            t->kind_prio = kind_rank(m);
            t->kind_rule = m->rule;
        }
    }
}

static bool has_role(const match_t *m, const char *role) { return rule_has_role(m->rule, role); }

/* Whether no word has told t's kind yet but a bare "spoke with" (other):
 * a word elsewhere may. */
static bool kind_unsaid(const talk_t *t) { return !t->kind || !strcmp(t->kind, "other"); }

/* Whether a kind is a talk at a distance: a call or a video conference. */
static bool remote_kind(const char *kind) { return kind && (!strcmp(kind, "telephone") || !strcmp(kind, "video")); }

/* Whether sentence i says sp's people joined the talk: after a "joined"
 * match that ends in "by" ("Minister Blair was joined by his counterparts
 * from ..."). */
static bool joined_by(const ex_t *x, size_t i, span_t sp) {
    const sinfo_t *si = &x->si[i];
    const char *text = x->d->text;
    for (size_t k = 0; k < si->talk_n; k++) {
        const match_t *m = &x->mv.v[si->talk_from + k];
        if (has_role(m, "joined") && m->span.end <= sp.start && m->span.end - m->span.start > 3 &&
            !strncasecmp(text + m->span.end - 3, " by", 3))
            return true;
    }
    return false;
}

/* A sentence reports a talk when an event rule matches outside every
 * "future" match ("would like to hold talks with"), and does not restate
 * the talk before ("The 30-minute call ... came three days after Lee hosted
 * Austin": the whole sentence looks back). */
bool sentence_has_role(ex_t *x, size_t i, const char *role) {
    const sinfo_t *si = &x->si[i];
    for (size_t k = 0; k < si->talk_n; k++)
        if (has_role(&x->mv.v[si->talk_from + k], role)) return true;
    return false;
}

/* Whether one of sentence i's talk matches is rule r's. */
static bool sentence_has_rule(const ex_t *x, size_t i, const rule_t *r) {
    const sinfo_t *si = &x->si[i];
    for (size_t k = 0; k < si->talk_n; k++)
        if (x->mv.v[si->talk_from + k].rule == r) return true;
    return false;
}

/* Whether sentence i is an item of a list of people whose lead-in says
 * they joined: "Also taking part were:" above "• Argentine Ambassador to
 * the United States Gerardo Werthein". */
static bool listed_as_joining(ex_t *x, size_t i) {
    const doc_t *d = x->d;
    int list = d->paras.v[d->sents.v[i].para].list;
    if (list < 0 || d->lists.v[list].coop) return false;
    int leadin = d->lists.v[list].leadin;
    if (leadin < 0 || (size_t)leadin == i) return false;
    /* (a lead-in ending in a colon: numbered sections are lists too, and
     * their first lines say anything) */
    span_t sp = d->sents.v[leadin].span;
    return text_last_char(d, sp.start, sp.end) == ':' && sentence_has_role(x, (size_t)leadin, "joined");
}

static bool has_event(ex_t *x, size_t i) {
    sinfo_t *si = &x->si[i];
    if (!si->talk_n) return false;
    const match_t *ms = &x->mv.v[si->talk_from];
    for (size_t k = 0; k < si->talk_n; k++) {
        if (!has_role(&ms[k], "event") && !has_role(&ms[k], "heading")) continue;
        bool future = false;
        /* (a talk "restated" before any was told is told here: "He said
         * this was among the outcomes of his bilateral meeting with ...";
         * not after a lead summing up the talks: "held telephone talks
         * with A and B, respectively. This was the first telephone talk
         * with each of them ...") */
        for (size_t j = 0; j < si->talk_n && !future; j++)
            if ((has_role(&ms[j], "restated") && (x->talks.n || x->summed_up)) || has_role(&ms[j], "past") ||
                (has_role(&ms[j], "future") &&
                 ms[j].span.start < ms[k].span.end && ms[k].span.start < ms[j].span.end)) {
                future = true;
                if (has_role(&ms[j], "future")) x->announced = true;
            }
        if (!future) return true;
    }
    return false;
}

/* Whether mention p may be a side's person in a talk: known or named, of
 * a country, no group. */
static bool side_person(const mention_t *p) { return p->country && !p->ngroup && (p->holder || p->name_text); }

/* The sides every mention of sentence si names, groups' too, added to s. */
static void add_mention_sides(const sinfo_t *si, sides_t *s) {
    for (size_t k = 0; k < si->mentions.n; k++) mention_sides(&si->mentions.v[k], s);
}

/* The sides of the people sentence si names, added to s. */
static void add_sides_named(const sinfo_t *si, sides_t *s) {
    for (size_t k = 0; k < si->mentions.n; k++)
        if (side_person(&si->mentions.v[k])) sides_add(s, si->mentions.v[k].country);
}

/* t's sides again after people left it: those of the people it keeps. */
static void sides_of_people(talk_t *t) {
    sides_t left = {{0}, 0};
    for (size_t k = 0; k < t->parts.n; k++) sides_add(&left, t->parts.v[k].m.country);
    t->sides = left;
}

/* Whether every person sentence i names of a side t lacks is named inside a
 * talk the sentence only tells of ("briefed EAM on recent contacts ...,
 * including the meeting between President Putin and President Trump"), and
 * there is one: they are that talk's, not a talk's of this release.
 * ("Safadi and Hoekstra agreed ... to hold the next round of
 * consultations": Hoekstra named before it is this release's.) */
static bool newcomers_only_in_told_talk(ex_t *x, size_t i, const talk_t *t) {
    const sinfo_t *si = &x->si[i];
    uint32_t told_from = UINT32_MAX;
    for (size_t k = 0; k < si->talk_n; k++) {
        const match_t *m = &x->mv.v[si->talk_from + k];
        if ((has_role(m, "future") || has_role(m, "past")) && m->span.start < told_from) told_from = m->span.start;
    }
    if (told_from == UINT32_MAX || !sentence_has_role(x, i, "event")) return false;
    bool any = false;
    for (size_t k = 0; k < si->mentions.n; k++) {
        const mention_t *p = &si->mentions.v[k];
        if (!side_person(p) || sides_has(&t->sides, p->country)) continue;
        if (p->span.start < told_from) return false;
        any = true;
    }
    return any;
}

/* The office that people of two sides sentence j names hold alike (the
 * Foreign Ministers, not the President the visitor also called on); NULL
 * when none. */
static const char *shared_office(const ex_t *x, size_t j) {
    const sinfo_t *sj = &x->si[j];
    for (size_t k = 0; k < sj->mentions.n; k++) {
        const mention_t *p = &sj->mentions.v[k];
        if (!side_person(p) || !p->office) continue;
        for (size_t q = k + 1; q < sj->mentions.n; q++) {
            const mention_t *o = &sj->mentions.v[q];
            if (side_person(o) && o->office && !strcmp(o->office, p->office) && strcmp(o->country, p->country))
                return p->office;
        }
    }
    return NULL;
}

/* The nearest sentence before i, the title included, that names people of
 * two sides, and the office they hold alike in *office; -1 when none, or
 * when they hold no office alike. */
static int counterparts_before(ex_t *x, size_t i, const char **office) {
    const doc_t *d = x->d;
    for (size_t j = i; j-- > 0;) {
        if (!body_sentence(&d->sents.v[j]) && (int)j != d->title) continue;
        if ((int)j == d->title) read_mentions(x, j, NULL);
        sides_t s = {{0}, 0};
        add_sides_named(&x->si[j], &s);
        if (s.n < 2) continue;
        *office = shared_office(x, j);
        return *office ? (int)j : -1;
    }
    return -1;
}

/* The counterparts sentence j names to talk t: the first person of each
 * side who holds the office they share. */
static void add_counterparts(ex_t *x, talk_t *t, size_t j, const char *office) {
    const sinfo_t *sj = &x->si[j];
    sides_t taken = {{0}, 0};
    for (size_t k = 0; k < sj->mentions.n; k++) {
        const mention_t *p = &sj->mentions.v[k];
        if (!side_person(p) || sides_has(&taken, p->country) || !p->office || strcmp(p->office, office)) continue;
        sides_add(&taken, p->country);
        talk_add_part(x, t, p);
    }
}

/* Whether sentence i names someone lead j named by name, other than
 * those of the side j names first (the traveller's). */
static bool name_someone_alike(const ex_t *x, size_t i, size_t j) {
    const char *first = NULL;
    for (size_t k = 0; k < x->si[j].mentions.n; k++) {
        const mention_t *p = &x->si[j].mentions.v[k];
        if (!side_person(p)) continue;
        if (!first) first = p->country;
        if (!strcmp(p->country, first)) continue;
        for (size_t q = 0; q < x->si[i].mentions.n; q++)
            if (same_person(p, &x->si[i].mentions.v[q])) return true;
    }
    return false;
}

/* Whether every "bilateral" of sentence i is in its words for the talk
 * before ("Following the bilateral talks, Minister Shin held the
 * Korea-US-Japan ... Meeting"): the sequel's, not the talk's. */
static bool bilateral_told_before(const ex_t *x, size_t i) {
    const sinfo_t *si = &x->si[i];
    span_t sp = x->d->sents.v[i].span;
    bool any = false;
    for (uint32_t p = sp.start; p + 9 <= sp.end; p++) {
        if (strncasecmp(x->d->text + p, "bilateral", 9) || (p > sp.start && isalpha((unsigned char)x->d->text[p - 1])))
            continue;
        bool within = false;
        for (size_t k = 0; k < si->talk_n && !within; k++) {
            const match_t *m = &x->mv.v[si->talk_from + k];
            within = has_role(m, "sequel") && m->span.start <= p && p + 9 <= m->span.end;
        }
        if (!within) return false;
        any = true;
    }
    return any;
}

/* The span of a relative clause set off by commas within from..to
 * (", who is also Australia's Deputy Prime Minister,"), or by a comma and
 * the end; empty when none. */
span_t relative_clause_in(const doc_t *d, uint32_t from, uint32_t to) {
    for (uint32_t p = from; p + 6 < to; p++) {
        if (d->text[p] != ',' || (strncmp(d->text + p, ", who ", 6) && strncmp(d->text + p, ", which ", 8))) continue;
        for (uint32_t q = p + 6; q < to; q++)
            if (d->text[q] == ',') return (span_t){p, q};
        /* (or one of a person that runs to the sentence's end: "..., who
         * signed the agreement with Secretary of State Antony J. Blinken in
         * May."; not "..., which Minister Baerbock welcomed.") */
        return !strncmp(d->text + p, ", who ", 6) ? (span_t){p, to} : (span_t){0, 0};
    }
    return (span_t){0, 0};
}

/* The span of a clause of circumstance that ends sentence span sp (",
 * as Riyadh received a stream of visiting envoys, including ..."): ", as",
 * a capitalized word and a verb in -ed; empty when none ("as well as",
 * "as part of" are none). */
static span_t as_clause_in(const doc_t *d, span_t sp) {
    const char *t = d->text;
    for (uint32_t p = sp.start; p + 6 < sp.end; p++) {
        if (strncmp(t + p, ", as ", 5) || !isupper((unsigned char)t[p + 5])) continue;
        uint32_t q = p + 5;
        while (q < sp.end && isalpha((unsigned char)t[q])) q++;
        if (q >= sp.end || t[q] != ' ') continue;
        uint32_t v = ++q;
        while (q < sp.end && islower((unsigned char)t[q])) q++;
        if (q - v >= 4 && !strncmp(t + q - 2, "ed", 2)) return (span_t){p, sp.end};
    }
    return (span_t){0, 0};
}

/* The people a relative clause of sentence i names that tells no talk
 * ("Minister Kihara, who earlier signed the GIGO Convention with the
 * Defence Ministers of Italy and the United Kingdom, held a bilateral
 * meeting with ..."): another occasion's, not the talk's.  So with a
 * clause of circumstance at its end ("Retno also spoke with Prince Faisal
 * on Sunday, as Riyadh received a stream of visiting envoys, including US
 * Secretary of State Antony Blinken"). */
static void drop_told_in_relative_clause(ex_t *x, size_t i) {
    sinfo_t *si = &x->si[i];
    span_t rel = relative_clause_in(x->d, x->d->sents.v[i].span.start, x->d->sents.v[i].span.end);
    if (rel.end <= rel.start) rel = as_clause_in(x->d, x->d->sents.v[i].span);
    if (rel.end <= rel.start) return;
    for (size_t k = 0; k < si->talk_n; k++) {
        const match_t *m = &x->mv.v[si->talk_from + k];
        if ((has_role(m, "event") || has_role(m, "heading")) && m->span.start < rel.end && rel.start < m->span.end)
            return;
    }
    size_t kept = 0;
    for (size_t k = 0; k < si->mentions.n; k++) {
        const mention_t *p = &si->mentions.v[k];
        if (!(p->span.start > rel.start && p->span.end <= rel.end)) si->mentions.v[kept++] = *p;
    }
    si->mentions.n = kept;
}

/* Whether a title's kind word m is a later talk's: the person named
 * right after it ("..., has brief exchange with China's Wang Yi") is in a
 * later talk and not in t. */
static bool kind_of_later_talk(const ex_t *x, const talk_t *t, const sinfo_t *si, const match_t *m) {
    const mention_t *next = NULL;
    for (size_t k = 0; k < si->mentions.n; k++) {
        const mention_t *q = &si->mentions.v[k];
        if (q->span.start >= m->span.end && q->span.start - m->span.end <= 60 && (!next || q->span.start < next->span.start))
            next = q;
    }
    return next && (next->holder || next->name_text) && !talk_person(t, next) && person_of_later_talk(x, next);
}

/* A talk that knows nothing yet. */
static talk_t blank_talk(int event_sent) {
    talk_t t;
    memset(&t, 0, sizeof t);
    t.event_sent = event_sent;
    t.evidence_sent = -1;
    t.heading_sent = -1;
    t.t.start = t.t.end = t.t.duration = -1;
    return t;
}

/* "On Tuesday 1 November, the Defence Secretary toured ... He then held
 * talks with ...": the day a sentence before i in its paragraph (and after
 * sentence `after`) gives, the day a sequel is on rather than the day of
 * the talk before. */
static bool paragraph_day(ex_t *x, size_t i, int after, date_t *out) {
    int para = x->d->sents.v[i].para;
    for (size_t k = i; k-- > 0 && (int)k > after && x->d->sents.v[k].para == para;) {
        need_times(x, k);
        /* (a written day of the month: "in the evening" is no new day) */
        for (size_t q = 0; q < x->si[k].time_n; q++) {
            const match_t *m = &x->mv.v[x->si[k].time_from + q];
            if (m->dropped || !(m->has >> F_DAY & 1) || (m->has >> F_REL & 1)) continue;
            tval_t v;
            temporal_interpret(x->rs, x->d, m, x->d->published, &v);
            if (!v.has_date) continue;
            *out = v.date;
            return true;
        }
    }
    return false;
}

/* A roundup's heading line right above sentence i (or above the line
 * attributing the readout), with a word for a call: "Secretary Pompeo's
 * Call with Australian Foreign Minister Payne" / "The below is
 * attributable to Spokesperson Morgan Ortagus:" / "... spoke with
 * Australian Foreign Minister Marise Payne today" -- the talk's kind the
 * sentence leaves unsaid.  -1 when there is none. */
static int kind_line_above(ex_t *x, size_t i) {
    const doc_t *d = x->d;
    for (size_t k = i; k-- > 0 && k + 3 > i;) {
        const sentence_t *st = &d->sents.v[k];
        if (!body_sentence(st) || st->para == d->sents.v[i].para) return -1;
        char last = text_last_char(d, st->span.start, st->span.end);
        if (last == ':') continue;
        if (last == '.' || last == '!' || last == '?') return -1;
        talk_t probe = blank_talk(-1);
        talk_kind_from(x, &probe, k, false);
        /* (a call's word only: "Bilateral meeting with ..." above "spoke
         * with" on the margins keeps the bare word's kind) */
        return remote_kind(probe.kind) ? (int)k : -1;
    }
    return -1;
}

/* Whether sentence i tells its talk as what came next in a story ("Cohen
 * then met", "Later, he met"), not as one more of a trip's ("also held a
 * bilateral meeting"). */
static bool told_as_next(ex_t *x, size_t i) {
    static const char *const next[] = {"then", "later", "afterward", "subsequently", "after ", "following "};
    const sinfo_t *si = &x->si[i];
    for (size_t k = 0; k < si->talk_n; k++) {
        const match_t *m = &x->mv.v[si->talk_from + k];
        if (!has_role(m, "sequel")) continue;
        for (size_t w = 0; w < sizeof next / sizeof *next; w++)
            if (!strncasecmp(x->d->text + m->span.start, next[w], strlen(next[w]))) return true;
    }
    return false;
}

/* The first talk, told as what came next ("Cohen then met with ..."), is
 * on the day the body gave before it ("arrived in Kyiv on Thursday
 * morning"), not a background's. */
static void earlier_day(ex_t *x, talk_t *t, size_t i) {
    for (size_t k = i; k-- > 0;) {
        if (x->d->sents.v[k].flags != SENT_BODY) break;
        if (x->si[k].background) continue;
        need_times(x, k);
        /* (an arrival's day too, which date.travel keeps from being a
         * talk's: "arrived in Kyiv on Thursday morning") */
        for (size_t q = 0; q < x->si[k].time_n; q++) {
            const match_t *m = &x->mv.v[x->si[k].time_from + q];
            if (within_role(x, k, m->span, "future")) continue;
            tval_t v;
            temporal_interpret(x->rs, x->d, m, x->d->published, &v);
            if (!v.has_date) continue;
            t->has_date = true, t->t.date = v.date;
            return;
        }
    }
}

static talk_t *new_talk(ex_t *x, int event_sent) {
    talk_t t = blank_talk(event_sent);
    VEC_PUSH(x->d->arena, x->talks, t);
    return &x->talks.v[x->talks.n - 1];
}

/* The same people again on another day or at another hour ("the two
 * leaders held a working dinner from 6:40 p.m."): a new talk.  A sentence
 * restating the talk's own time is not, nor a relative day (a reprint's
 * "today" is the reprint's day). */
static bool another_time(const talk_t *probe, const talk_t *cur) {
    if (probe->has_start && cur->has_start && probe->t.start != cur->t.start) return true;
    /* (a sentence's day that is only the lead's series day, "The two
     * ministers talked for about 45 minutes" under "On June 26, ...", is
     * no other day) */
    /* (a relative day is another only when it comes before a day the
     * text wrote out: "On May 21, 2025, ... held an informal trilateral
     * meeting ...", then "Yesterday, Wang Yi held talks with Dar") */
    bool relative_before = probe->date_relative && !cur->date_relative &&
                           temporal_days(probe->t.date) < temporal_days(cur->t.date);
    /* (two relative days read against the same release are two days:
     * "During their first call yesterday, ...", then "This morning, the two
     * leaders spoke again") */
    bool both_relative = probe->date_relative && cur->date_relative;
    return probe->has_date && cur->has_date && (!probe->date_relative || relative_before || both_relative) &&
           !cur->date_of_series &&
           !probe->date_of_series &&
           (probe->t.date.y != cur->t.date.y || probe->t.date.m != cur->t.date.m ||
            probe->t.date.d != cur->t.date.d);
}

/* Whether day is after the release's (a day's margin for time zones): a
 * talk to come, not one the release tells. */
static bool day_to_come(const doc_t *d, date_t day) {
    return d->published.y && temporal_days(day) > temporal_days(d->published) + 1;
}

/* What t does not know yet of its day, hour and length, from `from`. */
static void fill_time(talk_t *t, const talk_t *from) {
    if (!t->has_date && from->has_date) {
        t->has_date = true, t->t.date = from->t.date, t->date_relative = from->date_relative;
        t->date_same_pending = from->date_same_pending, t->same_as = from->same_as;
    }
    if (!t->has_start && from->has_start) {
        t->has_start = true;
        t->t.start = from->t.start;
        t->t.end = from->t.end;
    }
    if (!t->has_dur && from->has_dur) {
        t->has_dur = true;
        t->t.duration = from->t.duration;
        t->t.approx = from->t.approx;
    }
    if (from->evidence_sent >= 0 && (from->has_start || from->has_dur || t->evidence_sent < 0))
        t->evidence_sent = from->evidence_sent;
}

/* The people a summary named: its first, who held the talks, in every one
 * ("The meeting with the Korean minister began at 8.45"), the others for
 * the sides this talk's heading names ("Japan-Canada ... Meeting"). */

/* 1 for "During the first call, ...", 2 for "In the second call", ...;
 * 0 when the sentence counts no talk. */
static int talk_ordinal(const doc_t *d, span_t sp) {
    static const char *const nth[] = {"first ", "second ", "third ", "fourth "};
    static const char *const kinds[] = {"call", "meeting", "conversation", "talk"};
    /* ("It was the first meeting ...": none; "The first call, with bin
     * Alawi, lasted about 20 minutes" opening the sentence: the first) */
    for (uint32_t p = sp.start; p + 4 < sp.end; p++) {
        bool opens = p == sp.start && !strncmp(d->text + p, "The ", 4);
        if (!opens && (strncmp(d->text + p, "the ", 4) ||
                       !(word_before(d, p, "during ") || word_before(d, p, "in ") || word_before(d, p, "at "))))
            continue;
        for (int k = 0; k < 4; k++) {
            size_t n = strlen(nth[k]);
            if (p + 4 + n > sp.end || strncmp(d->text + p + 4, nth[k], n)) continue;
            for (int q = 0; q < 4; q++)
                if (!strncmp(d->text + p + 4 + n, kinds[q], strlen(kinds[q]))) return k + 1;
        }
    }
    return 0;
}

static void add_series_people(ex_t *x, talk_t *t, size_t series_sent, const sinfo_t *si, int ordinal) {
    const sinfo_t *summary = &x->si[series_sent];
    /* the host is named before the words that sum up the talks ("he held
     * meetings with ... and paid a courtesy call on Prime Minister Prayut":
     * none) */
    uint32_t verb = UINT32_MAX;
    for (size_t k = 0; k < summary->talk_n; k++) {
        const match_t *m = &x->mv.v[summary->talk_from + k];
        if (has_role(m, "summary") && m->span.start < verb) verb = m->span.start;
    }
    /* (or before its first talk, told by a pronoun: "In Palau, he paid a
     * courtesy call on President Remengesau, ..., and held a meeting with
     * ...", whose words that sum up come after the first guest) */
    for (size_t k = 0; k < summary->talk_n; k++) {
        const match_t *m = &x->mv.v[summary->talk_from + k];
        if (has_role(m, "event") && m->span.start < verb &&
            (word_before(x->d, m->span.start, "he ") || word_before(x->d, m->span.start, "she ")))
            verb = m->span.start;
    }
    /* the host's sides: those of the summary's people before its verb */
    sides_t host_sides = {{0}, 0};
    for (size_t k = 0; k < summary->mentions.n; k++) {
        const mention_t *p = &summary->mentions.v[k];
        if (!p->ngroup && p->country && p->span.start < verb) sides_add(&host_sides, p->country);
    }
    /* ("Kamikawa and Wang also spoke on the sidelines": two of the guests
     * met without the host) */
    sides_t guests_here = {{0}, 0};
    for (size_t k = 0; k < summary->mentions.n; k++) {
        const mention_t *p = &summary->mentions.v[k];
        if (p->ngroup || !p->country || p->span.start < verb) continue;
        for (size_t q = 0; q < si->mentions.n; q++)
            if (!si->mentions.v[q].ngroup && si->mentions.v[q].name_text && same_person(&si->mentions.v[q], p))
                sides_add(&guests_here, p->country);
    }
    /* (or, the guests told only as "his American and Chinese
     * counterparts", a talk told here by two people of sides other than
     * the host's: "Mr Austin and Admiral Dong held their first
     * face-to-face talks") */
    sides_t named_here = {{0}, 0};
    bool host_named_here = false, told_here = has_event(x, (size_t)(si - x->si));
    for (size_t q = 0; told_here && q < si->mentions.n; q++) {
        const mention_t *g = &si->mentions.v[q];
        if (g->ngroup || !g->country || !g->name_text) continue;
        host_named_here |= sides_has(&host_sides, g->country);
        sides_add(&named_here, g->country);
    }
    bool host = guests_here.n < 2 && !(named_here.n >= 2 && !host_named_here);
    /* ("Defense Minister Kihara visited the Kingdom of Cambodia from August
     * 19 to 21. In Phnom Penh, he met Tea Seiha ..., and paid a courtesy
     * call on Prime Minister Hun Manet": the host is the visitor the
     * sentence before names, when the summary names none before its verb) */
    bool named_host = host_sides.n > 0;
    bool pronoun_host = verb != UINT32_MAX && (word_before(x->d, verb, "he ") || word_before(x->d, verb, "she "));
    if (!named_host && pronoun_host && series_sent > 0 && body_sentence(&x->d->sents.v[series_sent - 1])) {
        const sinfo_t *before = &x->si[series_sent - 1];
        for (size_t k = 0; k < before->mentions.n; k++) {
            const mention_t *p = &before->mentions.v[k];
            if (p->ngroup || !p->country || !p->name_text) continue;
            talk_add_part(x, t, p);
            break;
        }
    }
    sides_t guests = {{0}, 0}; /* the sides of the lead's people after its host, in order */
    for (size_t k = 0; k < summary->mentions.n; k++) {
        mention_t *p = &summary->mentions.v[k];
        if (p->ngroup || !p->country) continue;
        bool side = host && p->span.start < verb;
        /* "received two separate phone calls from A and B" / "During the
         * first call, the two ministers ...": A's */
        if (!side && ordinal && !sides_has(&guests, p->country)) {
            sides_add(&guests, p->country);
            side = guests.n == ordinal;
        } else if (!side && ordinal) {
            side = guests.n == ordinal && !strcmp(guests.code[ordinal - 1], p->country);
        }
        host = false;
        for (size_t q = 0; q < si->mentions.n && !side; q++) {
            const mention_t *g = &si->mentions.v[q];
            /* "Japan-Vietnam Defense Ministers' Meeting": the lead's
             * defense minister of Vietnam, not its prime minister */
            if (g->office && p->office && strcmp(g->office, p->office)) continue;
            for (int c = 0; c < g->ngroup; c++) side |= !strcmp(g->group[c], p->country);
        }
        size_t before = t->parts.n;
        if (side) talk_add_part(x, t, p);
        if (t->parts.n > before) t->parts.v[before].from_series = true;
    }
}

/* A side's person from the lead gives way to the one the talk's own
 * sentences name ("made a courtesy call to Prime Minister X" in the lead,
 * "held a meeting with General Y, Minister of National Defense" in the
 * meeting's section). */
static void drop_series_people_named_again(talk_t *t) {
    size_t kept = 0;
    for (size_t i = 0; i < t->parts.n; i++) {
        const part_t *p = &t->parts.v[i];
        bool again = false;
        for (size_t j = 0; j < t->parts.n && p->from_series && !again; j++)
            again = !t->parts.v[j].from_series && !strcmp(t->parts.v[j].m.country, p->m.country);
        if (!again) t->parts.v[kept++] = *p;
    }
    t->parts.n = kept;
}

/* "... held a Defense Ministerial Meeting with Secretary Teodoro and paid a
 * courtesy call on President Marcos" above both talks: the leader, from
 * the lead, is only in the call his own words tell, not in the ministers'
 * meeting beside the minister of his side. */
static void leaders_only_in_their_own_talk(ex_t *x) {
    for (size_t k = 0; k < x->talks.n; k++) {
        talk_t *t = &x->talks.v[k];
        size_t kept = 0;
        for (size_t i = 0; i < t->parts.n; i++) {
            const part_t *p = &t->parts.v[i];
            bool own_talk = false, side_kept = false;
            for (size_t u = 0; p->from_series && people_is_leader(&p->m) && u < x->talks.n && !own_talk; u++)
                for (size_t q = 0; u != k && q < x->talks.v[u].parts.n && !own_talk; q++)
                    own_talk = !x->talks.v[u].parts.v[q].from_series && same_person(&x->talks.v[u].parts.v[q].m, &p->m);
            for (size_t j = 0; own_talk && j < t->parts.n && !side_kept; j++)
                side_kept = j != i && !strcmp(t->parts.v[j].m.country, p->m.country) && !people_is_leader(&t->parts.v[j].m);
            if (!(own_talk && side_kept)) t->parts.v[kept++] = *p;
        }
        t->parts.n = kept;
    }
}

static bool person_of_later_talk(const ex_t *x, const mention_t *p) {
    for (size_t k = 1; k < x->talks.n; k++)
        if (talk_person(&x->talks.v[k], p)) return true;
    return false;
}

static bool side_of_later_talk(const ex_t *x, const char *code) {
    for (size_t k = 1; k < x->talks.n; k++)
        if (sides_has(&x->talks.v[k].sides, code)) return true;
    return false;
}

/* Whether actor match m is the word `word` ("I", "we"). */
bool actor_is(const ex_t *x, const match_t *m, const char *word) {
    size_t n = strlen(word);
    return m->span.end - m->span.start == n && !strncasecmp(x->d->text + m->span.start, word, n);
}

/* Whether sentence i has the actor `word` ("I", "we"). */
static bool says(const ex_t *x, size_t i, const char *word) {
    const sinfo_t *si = &x->si[i];
    for (size_t k = 0; k < si->actor_n; k++) {
        const match_t *m = &x->mv.v[si->actor_from + k];
        if (!m->dropped && actor_is(x, m, word)) return true;
    }
    return false;
}

/* Whether sentence i has "I" as an actor (actors.rules: actor.both). */
static bool says_i(const ex_t *x, size_t i) { return says(x, i, "I"); }

/* Whether the title is that of a minister's own words, which name their
 * speaker first ("X's opening remarks ...", "Remarks by X ...", "Press
 * Conference by Foreign Minister X"). */
static bool remarks_title(const doc_t *d) {
    span_t sp = d->sents.v[d->title].span;
    static const char *const marks[] = {"'s opening remarks", "'s remarks", "'s statement", "'s speech",
                                        "Remarks by ", "Statement by ", "Speech by ", "Opening remarks by ",
                                        "Press Conference by ", "Press conference by "};
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++)
        if (text_has(d, sp.start, sp.end, marks[k])) return true;
    return false;
}

/* A header line, or a short line that reports nothing (a byline the
 * segmenter left in the body), naming an office holder: the author. */
static void find_author(ex_t *x) {
    doc_t *d = x->d;
    bool story = false; /* a byline comes before the story ("Speech by
                         * Defense Minister X" among links below it is none) */
    const char *title_waiting = NULL;
    size_t title_line = 0; /* (the sentence title_waiting is) */
    bool titles_first = false;
    /* (a joint release's bylines follow one another: "Senator the Hon
     * Marise Payne / Minister for Foreign Affairs / The Hon Peter Dutton MP
     * / Minister for Defence"; the first line that is none ends them) */
    for (size_t i = 0; i < d->sents.n; i++) {
        const sentence_t *s = &d->sents.v[i];
        /* (not a sentence that tells something: "Defense Minister Nakatani
         * stayed in ... from January 5 (Sun) to 8 (Wed).") */
        bool told = s->span.end - s->span.start > 60 && d->text[s->span.end - 1] == '.';
        bool byline = body_sentence(s) && !story && !x->si[i].talk_n && !x->si[i].pos_n &&
                      s->span.end - s->span.start < 200 && !told;
        story |= body_sentence(s) && (x->si[i].talk_n || x->si[i].pos_n);
        if (!(s->flags & SENT_HEADER) && !byline) {
            if (x->has_author) break;
            continue;
        }
        /* (a header that tells the talk, GOV.UK's summary under the title
         * "Prime Minister Boris Johnson spoke to Prime Minister Fumio
         * Kishida of Japan this morning.", is by nobody: the "From:" line
         * below it names the author) */
        if ((s->flags & SENT_HEADER) && x->si[i].talk_n && s->span.end > s->span.start &&
            d->text[s->span.end - 1] == '.')
            continue;
        read_mentions(x, i, NULL);
        for (size_t k = 0; k < x->si[i].mentions.n; k++) {
            mention_t p = x->si[i].mentions.v[k];
            /* a byline's title on a line of its own: the name's below it
             * ("Minister for Foreign Affairs" / "Senator the Hon Penny
             * Wong") or above it ("Senator the Hon Marise Payne" /
             * "Minister for Foreign Affairs" / "Minister for Women"), as
             * the first line of the byline tells */
            bool whole_line = p.m && p.m->span.start == s->span.start && p.m->span.end == s->span.end;
            if (!p.holder && !p.name_text && !p.country && p.title && whole_line) {
                if (!x->ncoauthors) titles_first = true;
                mention_t *last = x->ncoauthors ? &x->coauthors[x->ncoauthors - 1] : NULL;
                if (!titles_first && last && !last->title) last->title = p.title;
                else if (titles_first && !title_waiting) title_waiting = p.title, title_line = i;
                continue;
            }
            if (!p.holder) continue;
            /* (a title line that is no byline's, the site's "Foreign
             * Minister" above the headline, waits for no name: the names
             * come first) */
            if (title_waiting && title_line + 1 != i) {
                title_waiting = NULL;
                if (!x->ncoauthors) titles_first = false;
            }
            if (!p.title) p.title = title_waiting;
            title_waiting = NULL;
            x->has_author = true;
            bool again = false;
            for (int c = 0; c < x->ncoauthors; c++) again |= x->coauthors[c].holder == p.holder;
            if (!again && x->ncoauthors < 4) x->coauthors[x->ncoauthors++] = p;
        }
    }
    /* ("Foreign Minister Sergey Lavrov's opening remarks during talks with
     * ...": a title giving the speaker of the text below) */
    if (!x->has_author && d->title >= 0 && remarks_title(d)) {
        read_mentions(x, (size_t)d->title, NULL);
        const sinfo_t *ti = &x->si[d->title];
        for (size_t k = 0; k < ti->mentions.n && !x->has_author && x->ncoauthors < 4; k++)
            if (ti->mentions.v[k].holder) x->coauthors[x->ncoauthors++] = ti->mentions.v[k], x->has_author = true;
    }
    /* (the first, with the title a line below may have given it) */
    if (x->has_author) x->author = x->coauthors[0];
}

/* The office holders sentence i's mentions (as read) name, as named so
 * far. */
static void remember_holders(ex_t *x, size_t i) {
    for (size_t k = 0; k < x->si[i].mentions.n; k++)
        if (x->si[i].mentions.v[k].holder) talk_add_part(x, &x->seen, &x->si[i].mentions.v[k]);
}

/* The people of sentence i from `from` on whom no gazetteer knows, named
 * with a country or a title that tells it ("Deputy Secretary of State
 * Wendy R. Sherman"): kept apart, for the surname or the title alone
 * later. */
static void remember_unknown(ex_t *x, size_t i, uint32_t from) {
    for (size_t k = 0; k < x->si[i].mentions.n; k++) {
        mention_t *p = &x->si[i].mentions.v[k];
        if (p->holder || p->span.start < from) continue;
        mention_t q = *p;
        bool named_country = p->m && (p->m->has >> F_COUNTRY & 1) && p->country;
        if (p->name_text && (named_country || people_title_country(x->rs, &q)))
            talk_add_part(x, &x->seen_unknown, &q);
    }
}

static void note_seen(ex_t *x, size_t i) {
    read_mentions(x, i, NULL);
    remember_holders(x, i);
    remember_unknown(x, i, 0);
}

/* Where sentence i's words that sum up several talks begin. */
static uint32_t summary_start(const ex_t *x, size_t i) {
    uint32_t at = UINT32_MAX;
    for (size_t k = 0; k < x->si[i].talk_n; k++) {
        const match_t *m = &x->mv.v[x->si[i].talk_from + k];
        if (has_role(m, "summary") && m->span.start < at) at = m->span.start;
    }
    return at;
}


/* Whether sentence i takes a stance (a positions match that is no veto). */
static bool takes_stance(const ex_t *x, size_t i) {
    const sinfo_t *si = &x->si[i];
    for (size_t k = 0; k < si->pos_n; k++) {
        const match_t *m = &x->mv.v[si->pos_from + k];
        if (!m->dropped && m->rule->set[F_KIND] && strcmp(m->rule->set[F_KIND], "none")) return true;
    }
    return false;
}

/* Whether some body sentence takes a stance. */
static bool any_stance(const ex_t *x) {
    for (size_t i = 0; i < x->d->sents.n; i++)
        if (takes_stance(x, i)) return true;
    return false;
}

/* Whether sentences i and j are in different items of a list ("• India (23
 * September): Minister Wong met ..." / "• Canada: In a meeting with ..."):
 * a talk each. */
static bool another_item(const doc_t *d, size_t i, int j) {
    if (j < 0) return false;
    int pi = d->sents.v[i].para, pj = d->sents.v[j].para;
    return pi >= 0 && pj >= 0 && pi != pj && d->paras.v[pi].kind == PARA_ITEM &&
           d->paras.v[pj].kind == PARA_ITEM;
}

/* The mentions of sentence i resolved on cur's day but not among its
 * sides (which would veto a newcomer); `day` holds that context. */
static void read_mentions_on_day(ex_t *x, size_t i, const talk_t *cur, talk_t *day) {
    *day = blank_talk(-1);
    if (cur) day->has_date = cur->has_date, day->t.date = cur->t.date;
    read_mentions(x, i, day);
}

/* Whether sentence i opens its paragraph with the words at `at` (an
 * honorific or two before them aside). */
static bool paragraph_opening(const doc_t *d, size_t i, uint32_t at) {
    if (i > 0 && d->sents.v[i - 1].para == d->sents.v[i].para) return false;
    uint32_t p = d->sents.v[i].span.start;
    while (p < at && (isupper((unsigned char)d->text[p]) || d->text[p] == '.' || d->text[p] == ' ')) p++;
    return p >= at;
}

/* "held separate meetings with A of X, B of Y and C of Z" ... "Safadi and
 * Hoekstra agreed to ...": a sentence naming the person of a side the lead
 * listed, that no talk has had yet, together with someone of the talk so
 * far, tells that side's talk though it has no talk words. */
static bool opens_series_talk(ex_t *x, size_t i, const talk_t *cur, int series_sent, date_t series_date) {
    /* ("In December last year, at their summit meeting in Tokyo, ...": an
     * earlier talk, told as background) */
    if (sentence_has_role(x, i, "past")) return false;
    const sinfo_t *lead = &x->si[series_sent];
    /* (no talk yet: the summary's first; the host is then anyone of
     * another side, and the day the summary's) */
    talk_t day;
    if (!cur && series_date.y) {
        day = blank_talk(-1);
        day.has_date = true, day.t.date = series_date;
        read_mentions(x, i, &day);
    } else {
        read_mentions_on_day(x, i, cur, &day);
    }
    const sinfo_t *si = &x->si[i];
    bool newcomer = false, known = false, with_newcomer = false, newcomer_opens = false;
    int sides = 0;
    for (size_t k = 0; k < si->mentions.n; k++) {
        mention_t *p = &x->si[i].mentions.v[k];
        if (!p->country && !p->ngroup) settle_country(x, cur ? cur : &day, p); /* "the Foreign Secretary" */
        if (!p->country || p->ngroup) continue;
        sides++;
        if (cur && sides_has(&cur->sides, p->country)) {
            known = true;
            continue;
        }
        if (!p->holder && !p->name_text) continue;
        bool listed = false, told = false;
        for (size_t q = 0; q < lead->mentions.n && !listed; q++) {
            const mention_t *l = &lead->mentions.v[q];
            listed = l->country && !strcmp(l->country, p->country);
            /* (or one of a group: "from the Foreign Ministers of the United
             * Arab Emirates and the State of Qatar") */
            for (int g = 0; g < l->ngroup && !listed; g++) listed = !strcmp(l->group[g], p->country);
        }
        for (size_t t = 0; t < x->talks.n && !told; t++) told = sides_has(&x->talks.v[t].sides, p->country);
        if (listed && !told) {
            newcomer = true;
            /* "In his conversation with the Saudi Foreign Minister, the
             * Deputy Prime Minister ...": the newcomer is the counterpart */
            uint32_t at = p->span.start;
            if (word_before(x->d, at, "the ")) at -= 4;
            with_newcomer |= word_before(x->d, at, "with ");
            /* (or opening a paragraph of its own: "H.E. Sheikh Mohammed
             * ..., Prime Minister and Minister of Foreign Affairs of Qatar,
             * condemned ..." after the paragraph of the first call) */
            newcomer_opens |= sides == 1 && paragraph_opening(x->d, i, p->span.start);
        }
    }
    /* "With Secretary Blinken, he discussed ...": the newcomer is the
     * counterpart whoever the subject is */
    bool with = with_newcomer || !strncmp(x->d->text + x->d->sents.v[i].span.start, "With ", 5);
    return newcomer && (known || with || (!cur && sides >= 2) || (cur && newcomer_opens));
}

/* "... also held bilateral talks with US Secretary of State Marco Rubio,
 * Japanese Foreign Minister Takeshi Iwaya and the EU's Kaja Kallas." /
 * "With Secretary Rubio, the Foreign Secretary welcomed ...": a sentence
 * naming the people of two of a lead's three or more sides (not a joint
 * talk) tells one of the talks the lead named. */
static bool span_has_word(const doc_t *d, span_t sp, const char *w, size_t n);

/* "During the meeting with Minister Hayashi, Landsbergis thanked ...": an
 * event sentence that goes back to one of a lead's talks by name. */
static bool goes_back_to_a_talk(const doc_t *d, span_t sp) {
    /* (every phrase has it: one scan for most sentences) */
    if (!text_has(d, sp.start, sp.end, " with ")) return false;
    static const char *const back[] = {"the meeting with", "the talks with", "the call with",
                                       "the conversation with", "bilateral meeting with",
                                       "bilateral talks with"};
    for (size_t k = 0; k < sizeof back / sizeof *back; k++)
        if (text_has(d, sp.start, sp.end, back[k])) return true;
    return false;
}

/* Whether the talk is told as one of three sides or more, in its lead or
 * after it, before sentence i: "... met A and B in Tokyo" / "The
 * trilateral meeting ... began at 10:30am". */
static bool told_as_joint(ex_t *x, const talk_t *cur, size_t i) {
    for (int k = cur->event_sent; k >= 0 && k < (int)i; k++)
        if ((k == cur->event_sent || body_sentence(&x->d->sents.v[k])) && sentence_has_role(x, (size_t)k, "joint"))
            return true;
    return false;
}

static bool tells_one_of_lead(ex_t *x, size_t i, talk_t *cur) {
    if (cur->sides.n < 3 || cur->sides_listed || cur->event_sent < 0 ||
        sentence_has_role(x, (size_t)cur->event_sent, "heading"))
        return false;
    /* (a lead that sums up several talks, one of them joint: "spoke by
     * telephone with A, and, later the same day, joined A and B for a
     * trilateral videoconference": its word "trilateral" is that one's) */
    bool several = sentence_has_role(x, (size_t)cur->event_sent, "summary");
    if (!several && told_as_joint(x, cur, i)) return false;
    /* ("Readout of ... Trilateral Meeting with Japanese and Korean National
     * Security Advisors": the lead's one talk of three sides, whose later
     * sentences name two of them) */
    /* (... or "Joint Readout of Australia-Japan-Philippines-United States
     * Defense Ministers' Meeting") */
    const doc_t *d = x->d;
    if (!several && d->title >= 0 && (span_has_word(d, d->sents.v[d->title].span, "trilateral", 10) ||
                          span_has_word(d, d->sents.v[d->title].span, "quadrilateral", 13) ||
                          sentence_has_role(x, (size_t)d->title, "joint")))
        return false;
    /* a lead naming its talk as one of several sides ("a Japan-U.S.-
     * Australia Defense Ministers' Meeting") is joint */
    const sinfo_t *lead = &x->si[cur->event_sent];
    for (size_t k = 0; k < lead->mentions.n; k++)
        if (lead->mentions.v[k].ngroup >= 3) return false;
    talk_t day;
    read_mentions_on_day(x, i, cur, &day);
    sides_t s = {{0}, 0};
    for (size_t k = 0; k < x->si[i].mentions.n; k++) {
        mention_t *p = &x->si[i].mentions.v[k];
        if (p->ngroup) return false;
        if (!p->country) settle_country(x, cur, p);
        if (!p->country) continue;
        if (!sides_has(&cur->sides, p->country)) return false;
        sides_add(&s, p->country);
    }
    return s.n == 2;
}

/* "• China (2 August): I held a constructive meeting with ..." / "•
 * Indonesia (3 August): Foreign Minister Retno Marsudi and I welcomed ...":
 * in a list whose items tell talks, an item's first sentence naming the
 * person of a side the talk before lacks tells the next talk. */
static bool opens_item_talk(ex_t *x, size_t i, const talk_t *cur) {
    const doc_t *d = x->d;
    if (!another_item(d, i, cur->event_sent) || (i > 0 && d->sents.v[i - 1].para == d->sents.v[i].para))
        return false;
    /* ("2. Courtesy Call on President Mirziyoyev" / "(1) Minister Kono
     * conveyed ...": the first point under a heading naming one side
     * names the other) */
    if (cur->sides.n < 2 && cur->heading_sent >= 0 && cur->heading_sent == cur->event_sent) return false;
    talk_t day;
    read_mentions_on_day(x, i, cur, &day);
    /* (near the item's head, or in an item with talk words: not "called
     * for the release of those detained, including State Counsellor Aung
     * San Suu Kyi"; "resolve the situation through dialogue" is none,
     * "... support for the mediation efforts by His Highness Sheikh Sabah,
     * Amir of the State of Kuwait") */
    uint32_t head = d->sents.v[i].span.start + 80;
    bool talk_words = !only_role(x, i, "reference");
    for (size_t k = 0; k < x->si[i].mentions.n; k++) {
        const mention_t *p = &x->si[i].mentions.v[k];
        if (p->holder && p->country && !sides_has(&cur->sides, p->country) &&
            (p->span.start < head || talk_words))
            return true;
    }
    return false;
}

/* Whether `at` lies in a clause reported after the sentence's first event
 * ("..., and stated that he hoped the G7 ministers would ..."). */
static bool said_after_event(ex_t *x, size_t i, uint32_t at) {
    const sinfo_t *si = &x->si[i];
    uint32_t ev = UINT32_MAX;
    for (size_t k = 0; k < si->talk_n; k++) {
        const match_t *m = &x->mv.v[si->talk_from + k];
        if ((has_role(m, "event") || has_role(m, "heading")) && m->span.end < ev) ev = m->span.end;
    }
    return ev != UINT32_MAX && ev < at && text_has(x->d, ev, at, " that ");
}

/* "At their meeting on the sidelines of the Dialogue on Saturday evening,
 * Ms Collins and Australia's ... Richard Marles agreed to ...": a sentence
 * opening with a reference to a talk, naming the person of a side no
 * talk so far has beside someone who took part in one, tells a talk of
 * its own that was not told before ("The Secretary's call with Minister
 * Robles ran from 1:15 p.m." after the call with Italy). */
static bool refers_to_untold_talk(ex_t *x, size_t i, const talk_t *cur) {
    static const char *const refs[] = {"their meeting", "their talks", "their call", "their conversation",
                                       "their phone call", "their telephone call", "his talks with",
                                       "her talks with", "his meeting with", "her meeting with",
                                       "'s call with", "'s meeting with", "'s talks with"};
    span_t sp = x->d->sents.v[i].span;
    uint32_t head = sp.start + 40 < sp.end ? sp.start + 40 : sp.end;
    if (!text_has(x->d, sp.start, head, "their ") && !text_has(x->d, sp.start, head, "his ") &&
        !text_has(x->d, sp.start, head, "her ") && !text_has(x->d, sp.start, head, "'s "))
        return false;
    bool ref = false;
    for (size_t k = 0; k < sizeof refs / sizeof *refs && !ref; k++) ref = text_has(x->d, sp.start, head, refs[k]);
    if (!ref) return false;
    talk_t day;
    read_mentions_on_day(x, i, cur, &day);
    bool newcomer = false, known = false;
    for (size_t k = 0; k < x->si[i].mentions.n; k++) {
        mention_t *p = &x->si[i].mentions.v[k];
        if (!p->country) settle_country(x, cur, p);
        if (!side_person(p)) continue;
        /* (a person, not a side: "During his talks with Peiris on
         * Saturday evening" after the call on the president) */
        bool told = false;
        for (size_t t = 0; t < x->talks.n && !told; t++) told = talk_person(&x->talks.v[t], p) != NULL;
        if (!told) newcomer = true;
        else known = true;
    }
    return newcomer && known;
}

/* Whether sentence i opens on a word for a talk told already ("The meeting
 * at a lakeside hotel lasted ...", "The trilateral talks with ... ran
 * from 9.30am"). */
static bool opens_on_reference(const ex_t *x, size_t i) {
    const sinfo_t *si = &x->si[i];
    for (size_t k = 0; k < si->talk_n; k++) {
        const match_t *m = &x->mv.v[si->talk_from + k];
        if (has_role(m, "reference") && m->span.start == x->d->sents.v[i].span.start) return true;
    }
    return false;
}

/* "GENEVA, Jan 21 (Reuters) - U.S. Secretary of State Antony Blinken and
 * Russian Foreign Minister Sergei Lavrov agreed on Friday to keep talking
 * ...", then "The meeting at a lakeside hotel lasted about an hour and a
 * half": a wire's lead with no talk word, the people of two sides taking a
 * stance, that the next sentence calls the meeting. */
static bool lead_told_by_reference(ex_t *x, size_t i) {
    const doc_t *d = x->d;
    size_t next = i + 1;
    while (next < d->sents.n && !body_sentence(&d->sents.v[next])) next++;
    if (next >= d->sents.n || !takes_stance(x, i) || !opens_on_reference(x, next)) return false;
    read_mentions(x, i, NULL);
    sides_t s = {{0}, 0};
    add_sides_named(&x->si[i], &s);
    return s.n >= 2;
}

/* The earlier talk (not cur) one of whose people sentence i names, none
 * of cur's: "At the meeting with Minister Kulubaev on Tuesday, the two
 * ministers had also agreed ..." under the day of another talk; -1 none. */
static int earlier_talk_named(ex_t *x, size_t i, const talk_t *cur) {
    talk_t day;
    read_mentions_on_day(x, i, cur, &day);
    int found = -1;
    for (size_t k = 0; k < x->si[i].mentions.n; k++) {
        mention_t *p = &x->si[i].mentions.v[k];
        if (!p->country) settle_country(x, cur, p);
        if (!side_person(p)) continue;
        if (talk_person(cur, p)) return -1;
        for (size_t t = 0; t + 1 < x->talks.n; t++) {
            const talk_t *e = &x->talks.v[t];
            if (p->holder && talk_person(e, p) && e->event_sent >= 0) found = (int)t;
        }
    }
    return found;
}

/* Whether the word w (n bytes) stands at p, whole, within sp. */
static bool word_at(const doc_t *d, span_t sp, uint32_t p, const char *w, size_t n) {
    return p + n <= sp.end && !strncasecmp(d->text + p, w, n) &&
           (p == sp.start || !isalnum((unsigned char)d->text[p - 1])) &&
           (p + n == sp.end || !isalnum((unsigned char)d->text[p + n]));
}

/* Whether the text at sp holds w (folded) as a whole word. */
static bool span_has_word(const doc_t *d, span_t sp, const char *w, size_t n) {
    for (uint32_t p = sp.start; p + n <= sp.end; p++)
        if (word_at(d, sp, p, w, n)) return true;
    return false;
}

/* "1. Foreign Ministers' Meeting" ... "2. Working Dinner" below a lead that
 * told both talks: a short line of its own, no sentence, whose every word
 * is in the sentence that told exactly one earlier talk, names that talk;
 * the sentences under it are that talk's.  -1: none. */
/* Whether sentence i is a short line of its own that ends no sentence: a
 * section's heading. */
static bool section_line(const doc_t *d, size_t i) {
    span_t sp = d->sents.v[i].span;
    int para = d->sents.v[i].para;
    if (para < 0 || (i > 0 && d->sents.v[i - 1].para == para) ||
        (i + 1 < d->sents.n && d->sents.v[i + 1].para == para))
        return false;
    char last = sp.end > sp.start ? d->text[sp.end - 1] : 0;
    return !(last == '.' || last == ':' || last == '?' || last == '!' || sp.end - sp.start > 80);
}

static bool names_meal(const doc_t *d, span_t sp);

/* Whether the heading at h, from its first letter on, is inside the
 * sentence at ev, word for word. */
static bool heading_in_row(const doc_t *d, span_t h, span_t ev) {
    uint32_t from = h.start, to = h.end;
    while (from < to && !isalpha((unsigned char)d->text[from])) from++;
    while (to > from && !isalnum((unsigned char)d->text[to - 1])) to--;
    size_t n = to - from;
    for (uint32_t p = ev.start; n && p + n <= ev.end; p++)
        if (!strncasecmp(d->text + p, d->text + from, n)) return true;
    return false;
}

/* Whether the word w[0..n) is a noun for a talk ("Conversation"). */
static bool is_talk_noun(const char *w, size_t n) {
    static const char *const nouns[] = {"conversation", "meeting", "talk", "talks", "call", "exchange"};
    for (size_t k = 0; k < sizeof nouns / sizeof *nouns; k++)
        if (strlen(nouns[k]) == n && !strncasecmp(w, nouns[k], n)) return true;
    return false;
}

static int talk_named_by_heading(const ex_t *x, size_t i, size_t before) {
    const doc_t *d = x->d;
    span_t sp = d->sents.v[i].span;
    if (!section_line(d, i)) return -1;
    int named = -1;
    for (size_t k = 0; k < before; k++) {
        const talk_t *t = &x->talks.v[k];
        if (t->event_sent < 0) continue;
        span_t ev = d->sents.v[t->event_sent].span;
        bool all = true;
        int words = 0;
        /* (words from the first letter on, past the section's number;
         * "2+2" is one) */
        uint32_t from = sp.start;
        while (from < sp.end && !isalpha((unsigned char)d->text[from])) from++;
        for (uint32_t p = from; p < sp.end && all;) {
            while (p < sp.end && !isalnum((unsigned char)d->text[p])) p++;
            uint32_t e = p;
            while (e < sp.end && (isalnum((unsigned char)d->text[e]) || d->text[e] == '\'' || d->text[e] == '-' ||
                                  d->text[e] == '+'))
                e++;
            /* (a word for the talk may be the heading's own: "2.
             * Conversation at the Reception" over "... spoke again at a
             * reception") */
            bool talk_word = e > p && is_talk_noun(d->text + p, e - p);
            if (e > p && !talk_word) words++, all = span_has_word(d, ev, d->text + p, e - p);
            p = e;
        }
        /* (one word names a talk only as a meal: "(3) Overview" under "2
         * Courtesy call on ..." is no heading of the lead's "The overview is
         * as follows") */
        if (!all || !words || (words < 2 && !names_meal(d, sp))) continue;
        if (named >= 0) {
            /* two talks fit: the one whose sentence has the heading's words
             * in a row ("1. Japan-Philippines Foreign Ministers' Meeting",
             * not the "... Foreign and Defense Ministers' Meeting" after
             * it), else neither */
            bool here = heading_in_row(d, sp, ev), there = heading_in_row(d, sp, d->sents.v[x->talks.v[named].event_sent].span);
            if (here == there) return -1;
            if (here) named = (int)k;
            continue;
        }
        named = (int)k;
    }
    return named;
}

static bool names_meal(const doc_t *d, span_t sp);
static bool tells_meal(const ex_t *x, size_t i);

/* Section heading i is the talk's it names, else cur's (a heading naming
 * an earlier talk of the lead is that talk's: "1 Japan-France "2+2"" after
 * a lead telling the 2+2 and then a Defense Ministers' Meeting, the talk
 * so far). */
static void take_heading(ex_t *x, talk_t *cur, size_t i) {
    int named = talk_named_by_heading(x, i, x->talks.n);
    talk_t *headed = named >= 0 ? &x->talks.v[named] : cur;
    /* (not the meal the lead told last, "Minister Kamikawa then hosted a
     * working dinner", for "1 Foreign Ministers' Meeting": the talk before
     * it, which no heading has yet) */
    if (named < 0 && cur != x->talks.v && cur->event_sent >= 0 && tells_meal(x, (size_t)cur->event_sent) &&
        !names_meal(x->d, x->d->sents.v[i].span) && cur[-1].heading_sent < 0 && cur[-1].event_sent >= 0)
        headed = cur - 1;
    if (headed->heading_sent < 0) headed->heading_sent = (int)i;
}

/* The number the digits d->text[from..to) write (100 and over stop
 * growing: no section is numbered so). */
static size_t digits_value(const doc_t *d, uint32_t from, uint32_t to) {
    size_t n = 0;
    for (; from < to && n < 100; from++) n = n * 10 + (size_t)(d->text[from] - '0');
    return n;
}

/* The number of the section the sentence at sp heads, left before it as
 * a list marker at a line's start ("1. ", "2) ") or in it ("1 Foreign
 * Ministers' Meeting"); 0 when none ("(3) Others" is a subsection's). */
static size_t section_number(const doc_t *d, span_t sp) {
    uint32_t p = sp.start;
    while (p > 0 && d->text[p - 1] == ' ') p--;
    if (p > 0 && (d->text[p - 1] == '.' || d->text[p - 1] == ')')) p--;
    uint32_t end = p;
    while (p > 0 && isdigit((unsigned char)d->text[p - 1])) p--;
    if (p == end || (p > 0 && d->text[p - 1] != '\n')) {
        p = sp.start; /* (none before it) */
        for (end = p; end < sp.end && isdigit((unsigned char)d->text[end]); end++) {}
        if (end == p || end >= sp.end || !strchr(". )", d->text[end])) return 0;
    }
    return digits_value(d, p, end);
}

/* The number of the subsection the sentence at sp heads, "(2) " left
 * before it at a line's start; 0 when none. */
static size_t subsection_number(const doc_t *d, span_t sp) {
    uint32_t p = sp.start;
    while (p > 0 && d->text[p - 1] == ' ') p--;
    if (p == 0 || d->text[p - 1] != ')') return 0;
    uint32_t end = --p;
    while (p > 0 && isdigit((unsigned char)d->text[p - 1])) p--;
    if (p == end || p == 0 || d->text[p - 1] != '(') return 0;
    uint32_t open = p - 1;
    while (open > 0 && d->text[open - 1] == ' ') open--;
    if (open > 0 && d->text[open - 1] != '\n') return 0;
    return digits_value(d, p, end);
}

/* "1. Foreign Ministers' Meeting" / "2. Working Lunch" under a lead that
 * told both talks: a numbered section heading with words for a talk, the
 * talk of its number when every talk up to `before` was told above it.
 * -1: none. */
static int talk_by_section_number(const ex_t *x, size_t i, size_t before) {
    const doc_t *d = x->d;
    span_t sp = d->sents.v[i].span;
    bool kind_named = names_meal(d, sp);
    for (size_t k = 0; k < x->si[i].talk_n && !kind_named; k++)
        kind_named = x->mv.v[x->si[i].talk_from + k].rule->set[F_KIND] != NULL;
    /* (not "2 Outline" inside a talk's own section) */
    if (before < 2 || !section_line(d, i) || !kind_named) return -1;
    size_t n = section_number(d, sp), base = 0;
    /* "1. Japan-Jamaica Foreign Ministers' Meeting and Working Dinner",
     * its lead telling both, then "(1) Meeting" and "(2) Working Dinner":
     * the talks of that section, in their order */
    if (!n && (n = subsection_number(d, sp))) {
        size_t j = i;
        while (j-- > 0 && !(section_line(d, j) && section_number(d, d->sents.v[j].span))) {}
        if (j < i)
            while (base < before && x->talks.v[base].event_sent >= 0 && x->talks.v[base].event_sent < (int)j) base++;
        if (before - base < 2) return -1;
    }
    if (n < 1 || base + n > before) return -1;
    for (size_t k = base; k < before; k++)
        if (x->talks.v[k].event_sent < 0 || x->talks.v[k].event_sent >= (int)i) return -1;
    return (int)(base + n) - 1;
}

/* The words for a meal or a reception, a talk's occasion of its own. */
static const char *const meal_words[] = {"dinner", "lunch", "luncheon", "breakfast", "reception", NULL};

/* Whether the text at sp names a meal ("Working Dinner"). */
static bool names_meal(const doc_t *d, span_t sp) {
    for (int k = 0; meal_words[k]; k++)
        if (span_has_word(d, sp, meal_words[k], strlen(meal_words[k]))) return true;
    return false;
}

/* Whether sentence i tells a meal itself: its first event is one ("hosted
 * a working lunch for"), not a meeting that a meal followed ("held a ...
 * Meeting ..., followed by a working dinner"). */
static bool tells_meal(const ex_t *x, size_t i) {
    const sinfo_t *si = &x->si[i];
    const match_t *first = NULL;
    for (size_t k = 0; k < si->talk_n; k++) {
        const match_t *m = &x->mv.v[si->talk_from + k];
        if ((has_role(m, "event") || has_role(m, "heading")) && (!first || m->span.start < first->span.start))
            first = m;
    }
    return first && names_meal(x->d, first->span);
}

/* Whether sentence i opens with its sequel word, before any event
 * ("Subsequently, Minister Kono hosted a working dinner"), not a talk
 * "followed by a lunch", whose sequel is the event. */
static bool sequel_first(ex_t *x, size_t i) {
    const sinfo_t *si = &x->si[i];
    uint32_t sequel_end = UINT32_MAX, event_start = UINT32_MAX;
    for (size_t k = 0; k < si->talk_n; k++) {
        const match_t *m = &x->mv.v[si->talk_from + k];
        if (has_role(m, "sequel") && m->span.end < sequel_end) sequel_end = m->span.end;
        if ((has_role(m, "event") || has_role(m, "heading")) && m->span.start < event_start)
            event_start = m->span.start;
    }
    return sequel_end != UINT32_MAX && sequel_end <= event_start;
}

/* Whether the people sentence si names by name are all the talk's, and
 * the talk has someone else of one of their sides, in another office. */
static bool names_some_of_a_side(const talk_t *t, const sinfo_t *si) {
    bool some = false, others = false;
    for (size_t k = 0; k < si->mentions.n; k++) {
        const mention_t *p = &si->mentions.v[k];
        if (p->ngroup || !p->country) continue;
        if (!p->name_text) return false; /* (named: not "the Defense Ministers' Meeting") */
        const mention_t *in = talk_person(t, p);
        /* (also one the gazetteer does not know, of the office the lead
         * gave: "1. Meeting with Minister of Foreign and CARICOM Affairs
         * Browne") */
        const char *office = p->holder && p->office ? p->office : in ? in->office : NULL;
        if (!in || !office || (!p->holder && !in->name_text)) return false;
        some = true;
        for (size_t q = 0; q < t->parts.n && !others; q++) {
            const mention_t *m = &t->parts.v[q].m;
            if ((!m->holder && !m->name_text) || !m->office || strcmp(m->country, p->country) ||
                !strcmp(m->office, office))
                continue;
            bool named = false;
            for (size_t r = 0; r < si->mentions.n && !named; r++) named = same_person(&si->mentions.v[r], m);
            others = !named;
        }
    }
    return some && others;
}

/* Whether the lead at sentence i, or the next sentence of its paragraph,
 * gives each talk's length: "held meetings with A and B, each for about
 * 25 minutes", "... with the Foreign Ministers of Viet Nam and Cambodia.
 * Each meeting lasted approximately 30 minutes." */
static bool length_of_each(const doc_t *d, int i) {
    span_t sp = d->sents.v[i].span;
    if (text_has(d, sp.start, sp.end, " each")) return true;
    if ((size_t)i + 1 >= d->sents.n || d->sents.v[i + 1].para != d->sents.v[i].para) return false;
    return !strncmp(d->text + d->sents.v[i + 1].span.start, "Each ", 5);
}

/* Whether sentence i says "trilateral" or "quadrilateral" of a talk of its
 * own (not "Following the trilateral meeting, Kihara held a bilateral
 * meeting"). */
static bool joint_word_here(const ex_t *x, size_t i) {
    static const char *const words[] = {"trilateral", "quadrilateral"};
    span_t sp = x->d->sents.v[i].span;
    for (size_t w = 0; w < 2; w++) {
        size_t n = strlen(words[w]);
        for (uint32_t p = sp.start; p + n <= sp.end; p++)
            if (word_at(x->d, sp, p, words[w], n) && !in_look_back(x, i, (span_t){p, p + (uint32_t)n})) return true;
    }
    return false;
}

/* Whether sentence i tells a trilateral (or quadrilateral) talk after
 * talk cur, which was none. */
static bool multilateral_after(ex_t *x, const talk_t *cur, size_t i, bool event) {
    return event && cur && cur->event_sent >= 0 && !sentence_has_role(x, (size_t)cur->event_sent, "joint") &&
           joint_word_here(x, i);
}

/* Whether talk t has a side none of its people is of (the release's own,
 * which a heading left unsaid). */
static bool side_without_people(const talk_t *t) {
    for (int k = 0; k < t->sides.n; k++) {
        bool peopled = false;
        for (size_t q = 0; q < t->parts.n && !peopled; q++)
            peopled = t->parts.v[q].m.country && !strcmp(t->parts.v[q].m.country, t->sides.code[k]);
        if (!peopled) return true;
    }
    return false;
}

/* Whether sentence to, after sentence from, is a side's line in a list of
 * them (an attendee list may follow the lead and its "Attendees" line). */
static bool side_label_lines(const ex_t *x, size_t from, size_t to) {
    return to > from && side_label_line(x, to) &&
           (side_label_line(x, to - 1) || (to + 1 < x->d->sents.n && side_label_line(x, to + 1)));
}

/* A talk with no length of its own takes its series' ("each for about 30
 * minutes"); whether it did. */
static bool take_series_length(talk_t *t, int dur, bool approx) {
    if (dur < 0 || t->has_dur) return false;
    t->has_dur = true, t->t.duration = dur, t->t.approx = approx;
    return true;
}

/* Whether every side of s is of someone sentence j named (read), or the
 * host's: a side of the talk before. */
static bool sides_named_in(const ex_t *x, int j, const sides_t *s, const talk_t *before) {
    if (j < 0) return false;
    sides_t named = {{0}, 0};
    add_mention_sides(&x->si[j], &named);
    /* (or by its adjective alone: "with his Argentine and South African
     * counterparts") */
    for (size_t k = 0; k < x->si[j].actor_n; k++) {
        const match_t *m = &x->mv.v[x->si[j].actor_from + k];
        const char *c = m->dropped ? NULL : match_group(x->d, m, F_COUNTRY);
        const char *code = c ? rules_country_code(x->rs, c, strlen(c)) : NULL;
        if (code) sides_add(&named, code);
    }
    for (int k = 0; k < s->n; k++)
        if (!sides_has(&named, s->code[k]) && !(before && sides_has(&before->sides, s->code[k]))) return false;
    return true;
}

/* "On February 7, Prime Minister ISHIBA Shigeru and President Donald J.
 * Trump held the Japan-U.S. Summit Meeting ..." under the overview of a
 * defence ministers' call on the 13th: leaders, none of whom took part in
 * a talk told so far, meeting days before the talk in hand, are its
 * background, no talk of the release. */
/* (no talk yet, under a summary of the talks: before the summary's day,
 * or the release's, `series_day`) */
static bool leaders_before_the_talk(ex_t *x, const talk_t *cur, date_t series_day, const talk_t *probe,
                                    const sinfo_t *si) {
    bool has_day = cur ? cur->has_date && !cur->date_of_series : series_day.y != 0;
    date_t day = cur ? cur->t.date : series_day;
    if (!has_day || !probe->has_date || probe->date_relative || probe->date_of_series ||
        temporal_days(probe->t.date) >= temporal_days(day))
        return false;
    int leaders = 0;
    for (size_t k = 0; k < si->mentions.n; k++) {
        const mention_t *p = &si->mentions.v[k];
        if (p->ngroup || (!p->holder && !p->name_text)) continue;
        if (!people_is_leader(p)) return false;
        for (size_t t = 0; t < x->talks.n; t++)
            if (talk_person(&x->talks.v[t], p)) return false;
        leaders++;
    }
    return leaders > 0;
}

/* The latest talk before the one just opened whose ministers (leaders
 * aside) are of two sides or more, or NULL. */
static const talk_t *ministers_talk(const ex_t *x) {
    for (size_t b = x->talks.n - 1; b-- > 0;) {
        sides_t s = {{0}, 0};
        for (size_t k = 0; k < x->talks.v[b].parts.n; k++)
            if (!people_is_leader(&x->talks.v[b].parts.v[k].m)) sides_add(&s, x->talks.v[b].parts.v[k].m.country);
        if (s.n >= 2) return &x->talks.v[b];
    }
    return NULL;
}

/* The kind sentence i, telling talk cur again, gives it: when it had none
 * ("V. Talks with ..." / "... held talks with ..."), or when a section
 * line's call was by video ("Call with Foreign Minister Kuleba" / "...
 * held a video call with ..."). */
static void kind_told_again(ex_t *x, talk_t *cur, size_t i) {
    if (kind_unsaid(cur)) {
        talk_kind_from(x, cur, i, false);
        return;
    }
    /* "met with Winston Peters ... and spoke with ... Lavrov", then under
     * "2. Conversation with Russian Foreign Minister": "Minister Cho spoke
     * with Minister Lavrov": the talk's own words over the lead's */
    if (cur->kind_of_series) {
        talk_t told = blank_talk(-1);
        talk_kind_from(x, &told, i, false);
        if (told.kind) cur->kind = told.kind, cur->kind_prio = told.kind_prio, cur->kind_rule = told.kind_rule;
        cur->kind_of_series = false;
        return;
    }
    if (strcmp(cur->kind, "telephone") || cur->event_sent < 0 ||
        !(cur->heading_sent == cur->event_sent || section_line(x->d, (size_t)cur->event_sent)))
        return;
    talk_t told = blank_talk(-1);
    talk_kind_from(x, &told, i, false);
    if (told.kind && !strcmp(told.kind, "video")) cur->kind = told.kind;
}

/* Whether the text between from and to holds only capitalized words and
 * punctuation (a place beside a day in a heading), or nothing. */
static bool only_names(const doc_t *d, uint32_t from, uint32_t to) {
    for (uint32_t p = from; p < to; p++) {
        unsigned char c = (unsigned char)d->text[p];
        bool word_start = isalpha(c) && (p == from || !isalnum((unsigned char)d->text[p - 1]));
        if (word_start && !isupper(c)) return false;
        if (isdigit(c)) return false;
    }
    return true;
}

/* "Friday, March 28" on a line of its own above a day's talks: the day of
 * the talks told under it, until the next such line. */
static bool day_heading(ex_t *x, size_t i, date_t *day) {
    const doc_t *d = x->d;
    const sentence_t *s = &d->sents.v[i];
    if (!body_sentence(s) || s->span.end - s->span.start > 40 || x->si[i].talk_n) return false;
    if ((i > 0 && d->sents.v[i - 1].para == s->para) ||
        (i + 1 < d->sents.n && d->sents.v[i + 1].para == s->para))
        return false;
    need_times(x, i);
    const sinfo_t *si = &x->si[i];
    for (size_t k = 0; k < si->time_n; k++) {
        const match_t *m = &x->mv.v[si->time_from + k];
        /* (the line may name the place too: "Thursday 27 March - Beijing",
         * "Beijing, 28 March") */
        /* (or follow the trip's day count: "Day 2 - Tuesday 16 April") */
        uint32_t from = s->span.start;
        if (!strncasecmp(d->text + from, "day ", 4) && isdigit((unsigned char)d->text[from + 4]))
            for (from += 4; from < m->span.start && isdigit((unsigned char)d->text[from]); from++) {}
        if (m->dropped || !(m->has >> F_DAY & 1) ||
            !only_names(d, from, m->span.start) || !only_names(d, m->span.end, s->span.end))
            continue;
        talk_t probe = blank_talk(-1);
        talk_time_from(x, &probe, i, NULL);
        if (!probe.has_date) return false;
        *day = probe.t.date;
        return true;
    }
    return false;
}

static bool lead_of(const doc_t *d, size_t i, int event);
static const mention_t *host_of(const ex_t *x, const talk_t *t);
static bool actor_before_event(const ex_t *x, size_t i, const char *actor);

/* "On the same day, the four Ministers jointly called on Prime Minister
 * Morrison", "They then met ...": a talk whose subject is both sides of
 * the talk before (an actor "both" ahead of the event's words) has its
 * people. */
static bool both_as_subject(const ex_t *x, size_t i) { return actor_before_event(x, i, "both"); }

/* ... or its object, in the event's words: "Mr Muttaqi joined the two
 * ministers for the trilateral dialogue". */
static bool both_in_event(const ex_t *x, size_t i) {
    const sinfo_t *si = &x->si[i];
    for (size_t k = 0; k < si->talk_n; k++) {
        const match_t *e = &x->mv.v[si->talk_from + k];
        if (e->dropped || !has_role(e, "event")) continue;
        for (size_t a = 0; a < si->actor_n; a++) {
            const match_t *m = &x->mv.v[si->actor_from + a];
            const char *who = m->rule->set[F_ACTOR];
            if (!m->dropped && who && !strcmp(who, "both") && m->span.start > e->span.start &&
                m->span.end <= e->span.end)
                return true;
        }
    }
    return false;
}

/* Whether an actor of the kind `actor` ("both", "pronoun") ends before
 * sentence i's first event word; not "I" or "we", a first-person
 * release's own side. */
static bool actor_before_event(const ex_t *x, size_t i, const char *actor) {
    const sinfo_t *si = &x->si[i];
    uint32_t event_at = UINT32_MAX;
    for (size_t k = 0; k < si->talk_n; k++) {
        const match_t *m = &x->mv.v[si->talk_from + k];
        if (has_role(m, "event") && m->span.start < event_at) event_at = m->span.start;
    }
    for (size_t k = 0; k < si->actor_n; k++) {
        const match_t *m = &x->mv.v[si->actor_from + k];
        const char *a = m->rule->set[F_ACTOR];
        bool first_person = actor_is(x, m, "I") || actor_is(x, m, "we");
        /* (the event's words may begin inside it: "The two ministers met",
         * whose event is "ministers met") */
        if (!m->dropped && a && !strcmp(a, actor) && !first_person && m->span.start < event_at) return true;
    }
    return false;
}

/* Whether m is a live actor.side match ("Australia" in "Australia-India
 * 2+2"); *code is its country's code, NULL when countries.tsv has none. */
static bool actor_side(const ex_t *x, const match_t *m, const char **code) {
    const char *a = m->rule->set[F_ACTOR], *cs = match_group(x->d, m, F_COUNTRY);
    if (m->dropped || !a || strcmp(a, "side") || !cs) return false;
    *code = rules_country_code(x->rs, cs, strlen(cs));
    return true;
}

/* "..., while the Nigerian side was attended by Chief of Defence Staff
 * General Christopher Musa": the side (actor.side) named in sentence i
 * after the mention before p and before p, or NULL. */
static const char *side_named_before(const ex_t *x, size_t i, const mention_t *p) {
    const sinfo_t *si = &x->si[i];
    uint32_t after = x->d->sents.v[i].span.start;
    for (size_t k = 0; k < si->mentions.n; k++) {
        const mention_t *q = &si->mentions.v[k];
        if (q != p && q->span.end <= p->span.start && q->span.end > after) after = q->span.end;
    }
    const char *side = NULL, *code;
    for (size_t k = 0; k < si->actor_n; k++) {
        const match_t *m = &x->mv.v[si->actor_from + k];
        if (!actor_side(x, m, &code) || m->span.start < after || m->span.end > p->span.start) continue;
        side = code;
    }
    return side;
}

/* The side whose delegation sentence i says p was of, named after p ("Ms
 * Molly Phee, formed part of the United States delegation"), or NULL. */
static const char *delegation_named_after(const ex_t *x, size_t i, const mention_t *p) {
    const sinfo_t *si = &x->si[i];
    const char *code;
    for (size_t k = 0; k < si->actor_n; k++) {
        const match_t *m = &x->mv.v[si->actor_from + k];
        if (!actor_side(x, m, &code) || m->span.start < p->span.end) continue;
        uint32_t to = m->span.end + 12 < x->d->sents.v[i].span.end ? m->span.end + 12 : x->d->sents.v[i].span.end;
        if (text_has(x->d, m->span.start, to, " delegation")) return code;
    }
    return NULL;
}

/* The side of the person listed right before p ("where Mr Dar, Interior
 * Minister Mohsin Naqvi and ... were also present"): one delegation's
 * list, NULL when p opens the list or that person has no side. */
static const char *side_listed_before(const ex_t *x, size_t i, const mention_t *p) {
    const sinfo_t *si = &x->si[i];
    const mention_t *prev = NULL;
    for (size_t k = 0; k < si->mentions.n; k++) {
        const mention_t *q = &si->mentions.v[k];
        if (q != p && q->span.end <= p->span.start && (!prev || q->span.end > prev->span.end)) prev = q;
    }
    if (!prev || !prev->country || prev->ngroup) return NULL;
    size_t gap = p->span.start - prev->span.end;
    const char *between = x->d->text + prev->span.end;
    bool listed = (gap == 2 && !strncmp(between, ", ", 2)) || (gap == 5 && !strncmp(between, " and ", 5)) ||
                  (gap == 6 && !strncmp(between, ", and ", 6));
    return listed ? prev->country : NULL;
}

/* The side of whoever the release's body names first among t's people, up to
 * sentence i ("Taiana received Brazilian Defense Minister José Múcio"):
 * the host's, whose officials attend unnamed as such. */
static const char *host_side(const ex_t *x, const talk_t *t, size_t i) {
    int own = (int)(t - x->talks.v);
    /* (the body's: a headline may name the visitor first, "Visit to
     * Brazil of the Minister ... of Angola") */
    for (size_t k = 0; k <= i; k++) {
        const sinfo_t *si = &x->si[k];
        if (si->talk != own || !body_sentence(&x->d->sents.v[k])) continue;
        const mention_t *first = NULL;
        for (size_t q = 0; q < si->mentions.n; q++) {
            const mention_t *m = &si->mentions.v[q];
            if (m->country && !m->ngroup && sides_has(&t->sides, m->country) &&
                (!first || m->span.start < first->span.start))
                first = m;
        }
        if (first) return first->country;
    }
    return t->parts.v[0].m.country;
}

/* Adds the countries sentence i names as sides (actor.side: "Australia"
 * in "Australia-India 2+2") to s. */
static void sides_named_by_actors(const ex_t *x, size_t i, sides_t *s) {
    const sinfo_t *si = &x->si[i];
    const char *code;
    for (size_t k = 0; k < si->actor_n; k++)
        if (actor_side(x, &x->mv.v[si->actor_from + k], &code) && code) sides_add(s, code);
}

/* Whether an event of sentence i follows "also" ("Minister Anand also
 * spoke with"), not "as agreed by ... when they met". */
static bool event_after_also(const ex_t *x, size_t i) {
    const sinfo_t *si = &x->si[i];
    for (size_t k = 0; k < si->talk_n; k++) {
        const match_t *m = &x->mv.v[si->talk_from + k];
        if (has_role(m, "event") && word_before(x->d, m->span.start, "also ")) return true;
    }
    return false;
}

/* "Minister Jaishankar's visit": the apostrophe may be inside the mention
 * or just after it. */
bool span_possessive(const doc_t *d, span_t sp) {
    uint32_t e = sp.end;
    return (e < d->len && d->text[e] == '\'') || d->text[e - 1] == '\'' ||
           (e >= 2 && d->text[e - 2] == '\'' && d->text[e - 1] == 's');
}

/* Whether the word after a possessive mention ("X's ...") starts with one of
 * words[0..n). */
static bool possessed_is(const doc_t *d, span_t sp, const char *const *words, size_t n) {
    uint32_t p = sp.end;
    if (p < d->len && d->text[p] == '\'') p++;
    if (p < d->len && d->text[p] == 's') p++;
    while (p < d->len && d->text[p] == ' ') p++;
    for (size_t k = 0; k < n; k++)
        if (!strncasecmp(d->text + p, words[k], strlen(words[k]))) return true;
    return false;
}

/* ... a thing of the person's, not a talk they hold ("Xi Jinping's
 * expected visit") */
static bool possessed_is_no_talk(const doc_t *d, span_t sp) {
    static const char *const things[] = {"visit", "trip", "expected", "upcoming", "planned", "state ", "speech",
                                         "remarks", "policy", "government", "administration", "message",
                                         "letter", "invitation", "decision", "inauguration", "election"};
    return possessed_is(d, sp, things, sizeof things / sizeof *things);
}

/* "President Trump's Cabinet", "President Trump's June 12 summit with
 * Chairman Kim": a leader's anything but a talk of theirs ("Prime Minister
 * Modi's meeting with ...") names no one at the table. */
static bool possessed_is_a_talk(const doc_t *d, span_t sp) {
    static const char *const talks[] = {"meeting", "talk", "call", "conversation", "telephone", "phone",
                                        "video", "discussion", "courtesy call"};
    return possessed_is(d, sp, talks, sizeof talks / sizeof *talks);
}

/* Whether sentence si names two or more of t's people, each one of
 * them, but not all. */
static bool names_fewer_of(const talk_t *t, const sinfo_t *si) {
    size_t named = 0;
    for (size_t k = 0; k < si->mentions.n; k++) {
        const mention_t *p = &si->mentions.v[k];
        if (p->ngroup || (!p->holder && !p->name_text)) continue;
        if (!talk_person(t, p)) return false;
        named++;
    }
    return named >= 2 && named < t->parts.n;
}

static bool named_since_lead(const ex_t *x, const talk_t *t, size_t i, const mention_t *p);

/* Where the second event of sentence i starts, clear of the first ("held
 * bilateral talks" and "talks with" are one); 0 when it tells one. */
static uint32_t second_event_at(const ex_t *x, int i) {
    if (i < 0) return 0;
    const sinfo_t *si = &x->si[i];
    const match_t *first = NULL;
    for (size_t k = 0; k < si->talk_n; k++) {
        const match_t *m = &x->mv.v[si->talk_from + k];
        if (has_role(m, "event") && (!first || m->span.start < first->span.start)) first = m;
    }
    uint32_t second = 0;
    for (size_t k = 0; first && k < si->talk_n; k++) {
        const match_t *m = &x->mv.v[si->talk_from + k];
        if (has_role(m, "event") && m->span.start >= first->span.end && (!second || m->span.start < second))
            second = m->span.start;
    }
    return second;
}

/* Whether sentence i names only people of t, and a sentence after t's lead
 * and before i named one of t's people whom i does not: the lead's other
 * talk, told apart. */
static bool others_of_lead_told(const ex_t *x, const talk_t *t, size_t i) {
    const sinfo_t *here = &x->si[i];
    size_t named = 0;
    for (size_t q = 0; q < here->mentions.n; q++) {
        const mention_t *p = &here->mentions.v[q];
        if (side_person(p) && !talk_person(t, p)) return false;
        if (side_person(p)) named++;
    }
    /* (or i names only people of the lead's second event, no sentence
     * since the lead named them, and every other person of t was: "met
     * today with Hayashi, and later received a phone call from Giorgos
     * Gerapetritis", the meeting told, then "On the same day, His Highness
     * received a phone call from Giorgos Gerapetritis") */
    uint32_t second = second_event_at(x, t->event_sent);
    size_t unnamed_before = 0, told_before = 0;
    for (size_t k = 0; second && k < t->parts.n; k++) {
        const mention_t *p = &t->parts.v[k].m;
        bool named_here = false;
        for (size_t q = 0; q < here->mentions.n && !named_here; q++)
            named_here = side_person(&here->mentions.v[q]) && same_person(p, &here->mentions.v[q]);
        bool before = named_since_lead(x, t, i, p);
        bool in_second = p->span.start > second && p->span.end <= x->d->sents.v[t->event_sent].span.end;
        if (named_here && !before && in_second) unnamed_before++;
        else if (!named_here && before && !in_second) told_before++;
    }
    if (named && unnamed_before == named && told_before + named == t->parts.n) return true;
    for (int j = t->event_sent + 1; j >= 1 && j < (int)i; j++)
        for (size_t k = 0; k < x->si[j].mentions.n; k++) {
            const mention_t *p = &x->si[j].mentions.v[k];
            if (p->ngroup || (!p->holder && !p->name_text) || !talk_person(t, p)) continue;
            /* (someone else of a side sentence i names: Manturov beside
             * Lavrov, not the visitor "he" stands for) */
            bool named_here = false, side_here = false;
            for (size_t q = 0; q < here->mentions.n && !named_here; q++) {
                const mention_t *o = &here->mentions.v[q];
                named_here = same_person(p, o);
                side_here |= p->country && o->country && (o->holder || o->name_text) && !strcmp(p->country, o->country);
            }
            if (!named_here && side_here) return true;
        }
    return false;
}

/* Whether a sentence of x after t's lead and before i names p. */
static bool named_since_lead(const ex_t *x, const talk_t *t, size_t i, const mention_t *p) {
    for (int j = t->event_sent + 1; j >= 1 && j < (int)i; j++)
        for (size_t k = 0; k < x->si[j].mentions.n; k++)
            if (same_person(p, &x->si[j].mentions.v[k])) return true;
    return false;
}

/* The people of t's lead whom sentence i, the lead's other talk, names and
 * no sentence of t's own did (Lavrov in "co-chaired ... with Manturov, and
 * held talks with Lavrov"): that talk's, not t's -- while t keeps someone
 * of their side. */
static void drop_lead_people_told_apart(const ex_t *x, talk_t *t, size_t i) {
    const sinfo_t *here = &x->si[i];
    size_t kept = 0;
    for (size_t k = 0; k < t->parts.n; k++) {
        const part_t *p = &t->parts.v[k];
        bool named_here = false;
        for (size_t q = 0; q < here->mentions.n && !named_here; q++)
            named_here = same_person(&p->m, &here->mentions.v[q]);
        bool side_kept = false;
        for (size_t j = 0; j < t->parts.n && !side_kept; j++)
            side_kept = j != k && !strcmp(t->parts.v[j].m.country, p->m.country) &&
                        named_since_lead(x, t, i, &t->parts.v[j].m);
        /* (or a side of its own the talk can spare: "His Highness received
         * a phone call from Giorgos Gerapetritis" after the meeting with
         * Hayashi, the title naming all three) */
        bool spare = !side_kept && t->sides.n > 2;
        if (!(named_here && (side_kept || spare) && !named_since_lead(x, t, i, &p->m))) t->parts.v[kept++] = *p;
    }
    t->parts.n = kept;
    sides_of_people(t);
}

/* "held a telephone call with A on March 2 from 4:00 p.m. ..., and held a
 * telephone call with B on March 3 from 5:30 p.m. ...": a talk the lead
 * summed up, told later with no time of its own, takes the day and times
 * of its own clause of the lead -- after the mention of its side, before
 * the mention of another side after it. */
static void own_clause_of_lead(ex_t *x, talk_t *t, size_t lead, const sides_t *sides, const sinfo_t *here,
                               bool named_only) {
    const sinfo_t *li = &x->si[lead];
    span_t ls = x->d->sents.v[lead].span;
    uint32_t from = 0, to = ls.end;
    /* (the clause of the person the talk's own line names, when the lead
     * named them: "3 Courtesy call on Prime Minister Wong" under "he met
     * Minister Ng ... on June 1 from 9:15 to 10:00, and called on Prime
     * Minister Lawrence Wong on the 2nd from 12:00 for about 25 minutes") */
    size_t named = 0;
    for (size_t k = 1; k < li->mentions.n && !named; k++)
        for (size_t q = 0; q < here->mentions.n && !named; q++)
            if (li->mentions.v[k].country && !li->mentions.v[k].ngroup && here->mentions.v[q].name_text &&
                same_person(&li->mentions.v[k], &here->mentions.v[q]))
                named = k;
    if (named_only && !named) return;
    for (size_t k = named; k < li->mentions.n; k++) {
        const mention_t *p = &li->mentions.v[k];
        if (!p->country || p->ngroup) continue;
        if (!from && sides_has(sides, p->country) && k > 0) {
            from = p->span.end;
        } else if (from && p->span.start > from && (named || !sides_has(sides, p->country))) {
            to = p->span.start;
            break;
        }
    }
    if (!from) return;
    talk_t own = blank_talk(t->event_sent);
    talk_time_within(x, &own, lead, NULL, (span_t){from, to});
    if (!own.has_start && !own.has_dur) return; /* (a day alone may be the lead's) */
    if (own.has_date) t->has_date = true, t->t.date = own.t.date, t->date_of_series = false;
    if (own.has_start) t->has_start = true, t->t.start = own.t.start, t->t.end = own.t.end;
    if (own.has_dur) t->has_dur = true, t->t.duration = own.t.duration, t->t.approx = own.t.approx;
    if (t->evidence_sent < 0) t->evidence_sent = (int)lead;
}

/* A mention in sentence i of someone by an office alone ("His Majesty the
 * Sultan"), whom no country was read for; NULL when none. */
static const mention_t *office_alone(const ex_t *x, int i) {
    if (i < 0) return NULL;
    const sinfo_t *si = &x->si[i];
    for (size_t k = 0; k < si->mentions.n; k++) {
        const mention_t *q = &si->mentions.v[k];
        if (!q->country && !q->name_text && !q->ngroup && q->office) return q;
    }
    return NULL;
}

/* Whether talk t's heading or event sentence names someone by an office
 * alone that is not p's ("4. Audience with His Majesty the Sultan" after
 * the Foreign Ministers' Meeting: the Sultan is the other side, not the
 * Foreign Minister of the talk before). */
static bool office_alone_other_than(const ex_t *x, const talk_t *t, const mention_t *p) {
    const int sents[2] = {t->heading_sent, t->event_sent};
    for (int k = 0; k < 2; k++) {
        const mention_t *q = office_alone(x, sents[k]);
        if (q && (!p->office || strcmp(q->office, p->office))) return true;
    }
    return false;
}

/* Whether sentence i names a participant of talk t of the side of
 * mention `after`, before it. */
static bool names_participant_before(const ex_t *x, const talk_t *t, size_t i, const mention_t *after) {
    const sinfo_t *si = &x->si[i];
    for (size_t k = 0; k < si->mentions.n; k++) {
        const mention_t *p = &si->mentions.v[k];
        if (!p->country || strcmp(p->country, after->country) || p->span.start >= after->span.start) continue;
        if (talk_person(t, p)) return true;
    }
    return false;
}

/* The side, other than t's own, that the most talks of x have; NULL on a
 * tie. */
static const char *side_of_most_talks(const ex_t *x, const talk_t *t) {
    const char *best = NULL;
    size_t best_n = 0;
    bool tie = false;
    for (size_t a = 0; a < x->talks.n; a++)
        for (int k = 0; k < x->talks.v[a].sides.n; k++) {
            const char *c = x->talks.v[a].sides.code[k];
            if (sides_has(&t->sides, c)) continue;
            size_t n = 0;
            for (size_t b = 0; b < x->talks.n; b++) n += sides_has(&x->talks.v[b].sides, c);
            if (n > best_n) best = c, best_n = n, tie = false;
            else if (n == best_n && strcmp(best, c)) tie = true;
        }
    return tie ? NULL : best;
}

/* Whether sentence i names two weekdays alone ("met the foreign ministers
 * of Nigeria and Kazakhstan on Tuesday and Wednesday"): a lead with no
 * one day for its talks. */
static bool names_several_days(const ex_t *x, size_t i) {
    const sinfo_t *si = &x->si[i];
    int days = 0;
    for (size_t k = 0; k < si->time_n; k++) {
        const match_t *m = &x->mv.v[si->time_from + k];
        if (!m->dropped && (m->has >> F_WEEKDAY & 1) && !(m->has >> F_DAY & 1)) days++;
    }
    return days >= 2;
}

void build_talks(ex_t *x) {
    doc_t *d = x->d;
    find_author(x);
    talk_t *cur = NULL;
    date_t series_date = {0}; /* the summary's day; y == 0: none */
    int series_sent = -1; /* the summary: its people take part in the talks after it */
    int series_dur = -1;  /* "meetings of about 15 minutes each" */
    const char *series_kind = NULL; /* the lead's kind, for headings that say none */
    bool summary_kind = false;      /* ... from a summary: only for talks with no word for it */
    bool series_approx = false;
    int sideless_event = -1; /* an event before any talk that named no side */
    date_t heading_day = {0}; /* the day a line of its own gave the talks below */
    int heading_day_sent = -1; /* ... and that line */
    int title = d->title;
    for (size_t i = 0; i < d->sents.n; i++) {
        if (!body_sentence(&d->sents.v[i])) continue;
        date_t day;
        if (day_heading(x, i, &day)) {
            heading_day = day;
            heading_day_sent = (int)i;
            continue;
        }
        bool event = has_event(x, i), heading = sentence_has_role(x, i, "heading");
        span_t lsp = d->sents.v[i].span;
        /* ("During the first meeting, ..., Al Bowardi and the Korean minister
         * reviewed ..." under a lead meeting two ministers: the first of its
         * talks) */
        /* (not one that looks back at an earlier talk: "The Moscow talks
         * came six days after Defence Minister Rajnath Singh met his
         * Chinese counterpart") */
        bool lead_part = cur && (!event || goes_back_to_a_talk(d, lsp) || talk_ordinal(d, lsp)) &&
                         !sentence_has_role(x, i, "past") && tells_one_of_lead(x, i, cur);
        /* "During the first call, ...", "In the second call, ..." after a
         * lead summing up the calls: each a talk of its own, whatever other
         * talk words the sentence has ("the next meeting") */
        int ordinal = series_sent >= 0 ? talk_ordinal(d, lsp) : 0;
        if (ordinal) event = true;
        int back = cur && goes_back_to_a_talk(d, lsp) ? earlier_talk_named(x, i, cur) : -1;
        if (back >= 0) {
            x->si[i].back_to_event = x->talks.v[back].event_sent;
            continue;
        }
        bool next_item = cur && !event && opens_item_talk(x, i, cur);
        if (!event && cur && refers_to_untold_talk(x, i, cur)) event = true;
        if (!event && !cur && !x->talks.n && lead_told_by_reference(x, i)) event = true;
        if (!event && !sentence_has_role(x, i, "summary") && !lead_part && !next_item &&
            !(series_sent >= 0 && opens_series_talk(x, i, cur, series_sent, series_date))) {
            note_seen(x, i);
            /* "the Japan-U.S. Security Consultative Committee was held in
             * New York" naming no side, then "Japan was represented by Mr.
             * Fumio Kishida, ..., and the United States by ...": the talk
             * the event told, of the people who joined it */
            if (!cur && sideless_event >= 0 && sentence_has_role(x, i, "joined")) {
                talk_t told = blank_talk(sideless_event);
                need_times(x, (size_t)sideless_event);
                talk_time_from(x, &told, (size_t)sideless_event, NULL);
                talk_kind_from(x, &told, (size_t)sideless_event, false);
                read_mentions(x, i, &told);
                for (size_t k = 0; k < x->si[i].mentions.n; k++)
                    if (side_person(&x->si[i].mentions.v[k]) && x->si[i].mentions.v[k].holder)
                        talk_add_part(x, &told, &x->si[i].mentions.v[k]);
                if (told.sides.n >= 2) {
                    cur = new_talk(x, sideless_event);
                    *cur = told, cur->told = true, sideless_event = -1;
                }
                continue;
            }
            /* "2. Courtesy call on Prime Minister Ishiba" / "Prime Minister
             * Ishiba welcomed Deputy Prime Minister Marles' visit": the
             * first sentence under a heading naming one side that names
             * anyone names the others; after it ("Minister Nakatani was
             * also present."), the first to name another side */
            /* ("... said Defence Minister Mohamed Khaled" / "He said this
             * was among the outcomes of his bilateral meeting with Turkish
             * Minister of National Defence Yasar Guler": a talk told again
             * names its other side) */
            /* (or two, one with nobody yet: "3 Courtesy call on Prime
             * Minister Bainimarama" of the visitor's side unnamed) */
            bool short_side = cur && (cur->sides.n < 2 || side_without_people(cur));
            bool told_again_with = short_side && goes_back_to_a_talk(d, lsp);
            if (short_side && cur->event_sent >= 0 &&
                (cur->heading_sent == cur->event_sent || told_again_with ||
                 (cur->heading_sent > cur->event_sent && (int)i > cur->heading_sent))) {
                bool named_before = cur->told;
                read_mentions(x, i, cur);
                for (size_t k = 0; k < x->si[i].mentions.n; k++) {
                    mention_t *p = &x->si[i].mentions.v[k];
                    if (!p->country) settle_country(x, cur, p);
                    if (p->country && !p->ngroup && (!named_before || !sides_has(&cur->sides, p->country)))
                        talk_add_part(x, cur, p), cur->told = true;
                }
            }
            /* "The meeting was attended by H.E. Mr. ..., Minister of Foreign
             * Affairs of the Republic of Kazakhstan, ...": the sides of the
             * office holders named with their country are the talk's from
             * here on, not a new talk's (the people join it once the talks
             * are built) */
            /* (and a group's the sentence says joined: "Minister Blair was
             * joined by his counterparts from France, Germany and Japan";
             * not a gathering attended, "the working dinner of NATO Defence
             * Ministers, which Minister Reznikov also joined") */
            if (cur && sentence_has_role(x, i, "joined"))
                for (size_t k = 0; k < x->si[i].mentions.n; k++) {
                    const mention_t *p = &x->si[i].mentions.v[k];
                    if (p->ngroup) {
                        if (joined_by(x, i, p->span)) mention_sides(p, &cur->sides);
                    } else if (p->holder && p->m && (p->m->has >> F_COUNTRY & 1)) {
                        sides_add(&cur->sides, p->country);
                    }
                }
            continue;
        }
        /* Time first: the date helps to resolve the people (a sentence
         * with no talk words telling a talk has had no times matched) */
        need_times(x, i);
        talk_t probe = blank_talk(-1);
        /* "the same evening" is the day of the talk before; a heading's
         * talk with no day yet is not it */
        const talk_t *day_of = cur && (!cur->has_date || cur->date_of_series) && x->talks.n >= 2 &&
                                       cur->heading_sent == cur->event_sent
                                   ? &x->talks.v[x->talks.n - 2]
                                   : cur;
        /* (the summary's day first: a weekday of another event in the
         * sentence does not replace it, talk_time_from) */
        bool summary = sentence_has_role(x, i, "summary");
        /* (and the lead's next sentence, before any talk is told: "During
         * his stay, X held a meeting with A and paid a courtesy call on B.
         * He also held a video conference with C.") */
        span_t own_sp = d->sents.v[i].span;
        bool summary_goes_on = !summary && !cur && series_sent >= 0 && event &&
                               d->sents.v[i].para == d->sents.v[series_sent].para &&
                               text_has(d, own_sp.start, own_sp.end, " also ");
        summary |= summary_goes_on;
        if (series_date.y && !summary) probe.has_date = probe.date_of_series = true, probe.t.date = series_date;
        /* ("held bilateral meetings on 26 July with A and B", then "EAM
         * met Foreign Minister Cho in the morning": the summary's day) */
        talk_t series_day = blank_talk(-1);
        if (!day_of && series_date.y && !summary)
            series_day.has_date = true, series_day.t.date = series_date, day_of = &series_day;
        talk_time_from(x, &probe, i, day_of);
        bool day_of_heading = !probe.has_date && heading_day.y;
        if (day_of_heading) {
            probe.has_date = true, probe.t.date = heading_day;
            if (probe.evidence_sent < 0) probe.evidence_sent = heading_day_sent;
        }
        /* "the first country to recognize the independence of Angola, on
         * November 11, 1975, and ... dialogue with African partners": an
         * event over a year before the release is its history, no talk */
        /* (and after a talk, one over two weeks before the release, "On
         * Nov. 26, Wang visited Busan for a trilateral meeting, where the
         * three agreed ..." in a February report: background; the release's
         * own first talk keeps the wider margin, a late page date aside) */
        long before_release = probe.has_date && d->published.y
                                  ? temporal_days(d->published) - temporal_days(probe.t.date)
                              : !probe.has_date ? month_alone_before_release(x, i)
                                                : 0;
        if (before_release > (cur ? 14 : 366)) {
            /* (nor are the stances of a recent one the talk's; a word on
             * history, "the first to recognize ... in 1975", is a stance) */
            x->si[i].background = cur && before_release <= 366;
            note_seen(x, i);
            continue;
        }
        /* "held bilateral meetings with the foreign ministers of Nigeria and
         * Kenya": the talks come one by one after it, on its day */
        if (summary) {
            if (probe.has_date && !names_several_days(x, i)) series_date = probe.t.date;
            if (probe.has_dur && length_of_each(d, (int)i))
                series_dur = probe.t.duration, series_approx = probe.t.approx;
            read_mentions(x, i, &probe);
            remember_holders(x, i);
            /* ("held bilateral meetings with Egypt's Foreign Minister Sameh
             * Shoukry and Cyprus's Foreign Minister Constantinos Kombos",
             * then "EAM met Foreign Minister Kombos": the guests) */
            remember_unknown(x, i, summary_start(x, i));
            /* (the lead's first sentence keeps the host and the guests) */
            if (!summary_goes_on) series_sent = (int)i;
            x->summed_up = true;
            /* "separate phone calls": the kind of talks that have no words
             * for it */
            talk_kind_from(x, &probe, i, false);
            if (probe.kind && strcmp(probe.kind, "other")) series_kind = probe.kind, summary_kind = true;
            continue;
        }
        bool dur_of_series = take_series_length(&probe, series_dur, series_approx);
        /* a talk with one side so far takes this sentence in (below): its
         * day is the day the people here are resolved on */
        /* a talk with one side so far: being introduced ("○ Courtesy call
         * on Prime Minister Prayut", then the sentence telling it) */
        /* (under a summary, a talk introduced by a heading or a line of
         * its own: "Japan side: ..." then "U.S. side: ...") */
        /* (an item under a heading that opened the talk with one side is
         * not another item of a list of talks: "1 Meeting with State
         * Minister ..." / "○ At the beginning, ... Minister Onodera ...") */
        bool heading_talk = cur && cur->heading_sent >= 0 && cur->heading_sent == cur->event_sent;
        bool one_sided = cur && cur->sides.n < 2 && (heading_talk || !another_item(d, i, cur->event_sent)) &&
                         (series_sent < 0 ||
                          (cur->event_sent >= 0 && (sentence_has_role(x, (size_t)cur->event_sent, "heading") ||
                                                    (section_line(d, i) && section_line(d, (size_t)cur->event_sent) &&
                                                     (size_t)cur->event_sent + 1 == i))));
        /* (a heading's talk nobody has told yet, "Bilateral meeting with
         * China", whose day is only the lead's: the sentence under it
         * tells it, with the day it gives, "On the sidelines ... on May 31") */
        bool untold_heading = heading_talk && cur && !cur->told && !cur->sides.n;
        bool completes = one_sided && (!another_time(&probe, cur) || untold_heading);
        date_t own_date = probe.t.date;
        bool had_date = probe.has_date;
        if (completes && !probe.has_date && cur->has_date) probe.has_date = true, probe.t.date = cur->t.date;
        read_mentions(x, i, &probe);
        probe.has_date = had_date, probe.t.date = own_date;
        sinfo_t *si = &x->si[i];
        drop_told_in_relative_clause(x, i);
        sides_t s = {{0}, 0};
        for (size_t k = 0; k < si->mentions.n; k++) {
            mention_t *p = &si->mentions.v[k];
            if (!p->country) settle_country(x, cur ? cur : &probe, p);
            /* (a group in what was said is no side of the talk: "...
             * welcomed Secretary Kerry to Hiroshima, and stated that he
             * hoped the G7 ministers would send a strong message") */
            if (p->ngroup && event && said_after_event(x, i, p->span.start)) continue;
            mention_sides(p, &s);
        }
        /* "Kishida and Kerry agreed Thursday to ..." / "The two spoke for 15
         * minutes in a phone call": the first talk's event naming nobody
         * is of the two the sentence before it named */
        if (!s.n && !cur && event && i > 0 && body_sentence(&d->sents.v[i - 1]) && both_as_subject(x, i)) {
            read_mentions(x, i - 1, &probe);
            sides_t before = {{0}, 0};
            add_mention_sides(&x->si[i - 1], &before);
            if (before.n >= 2) { /* (or three: "the three Defense Ministers held a trilateral meeting") */
                for (size_t k = 0; k < x->si[i - 1].mentions.n; k++)
                    VEC_PUSH(d->arena, si->mentions, x->si[i - 1].mentions.v[k]);
                s = before;
            }
        }
        /* "Foreign Minister Annalena Baerbock travelled to Moldova today",
         * then "In Chisinau, she met her Moldovan counterpart ...": the
         * pronoun is the one person of another side the sentence before
         * named */
        /* (also over several sides: "In Riyadh, he held a Japan-Saudi
         * Arabia Defense Ministers' Meeting with ... and in Abu Dhabi he
         * held ...") */
        if (s.n >= 1 && !cur && event && actor_before_event(x, i, "pronoun")) {
            for (size_t j = i; j-- > 0 && j + 3 > i;) {
                if (!body_sentence(&d->sents.v[j])) continue;
                read_mentions(x, j, &probe);
                const mention_t *before = x->si[j].mentions.v;
                size_t nbefore = x->si[j].mentions.n;
                const char *other = NULL;
                bool one = true;
                for (size_t k = 0; k < nbefore; k++) {
                    const mention_t *p = &before[k];
                    if (!side_person(p) || sides_has(&s, p->country))
                        continue;
                    if (other && strcmp(other, p->country)) one = false;
                    other = p->country;
                }
                if (other && one) {
                    for (size_t k = 0; k < nbefore; k++)
                        if (before[k].country && !strcmp(before[k].country, other) &&
                            (before[k].holder || before[k].name_text))
                            VEC_PUSH(d->arena, si->mentions, before[k]);
                    sides_add(&s, other);
                }
                break;
            }
        }
        /* (so is one whose heading named its one side: "3. Video
         * Conference with Foreign Minister Radulović of Montenegro", then
         * "On June 29, State Minister Washio held a video conference with
         * Minister Radulović" -- the day is the sentence's, not the lead's) */
        bool heading_told_here = heading_talk && cur && !cur->told && cur->sides.n == 1 && event &&
                                 sides_has(&s, cur->sides.code[0]);
        bool other_time = cur && another_time(&probe, cur) && !untold_heading && !heading_told_here;
        /* ("In a meeting of about four hours with Vice Foreign Minister Xie
         * Feng, ..." then "Deputy Secretary Sherman later met State
         * Councilor Wang Yi from 4:00 p.m. to 5:30 p.m.": a talk told as
         * the next, of another length) */
        other_time |= cur && event && probe.has_dur && cur->has_dur && probe.t.duration != cur->t.duration &&
                      (int)i != cur->event_sent && told_as_next(x, i);
        /* ("2. Working Dinner" after a talk whose sentence told a meeting
         * "followed by a working dinner": the dinner's own section) */
        bool meal = heading && names_meal(d, d->sents.v[i].span) && cur && cur->event_sent >= 0 &&
                    !tells_meal(x, (size_t)cur->event_sent);
        /* (a talk told by lines of their own, "Japan side: ...", is a
         * section as a heading's talk is) */
        bool after_own_lines = cur && cur->heading_sent < 0 && cur->event_sent >= 0 &&
                               (int)i > cur->event_sent + 2 && section_line(d, (size_t)cur->event_sent);
        bool new_section = cur && !s.n && heading &&
                           ((cur->heading_sent >= 0 && (int)i > cur->heading_sent + 1) || meal || after_own_lines);
        /* "2. One-on-one meeting" / "Following the small-group meeting, the
         * two leaders held a one-on-one meeting for approximately 40
         * minutes": under a line of its own, the pair's next talk, with a
         * time of its own (a meal after a talk is told elsewhere) */
        bool pair_sequel = cur && !s.n && event && cur->event_sent >= 0 && (int)i != cur->event_sent &&
                           i > 0 && section_line(d, i - 1) && cur->heading_sent != (int)i - 1 && !names_meal(d, d->sents.v[i].span) &&
                           (probe.has_dur || probe.has_start) && sentence_has_role(x, i, "sequel") &&
                           both_as_subject(x, i);
        new_section |= pair_sequel;
        /* "Subsequently, Minister Kono hosted a working dinner for about an
         * hour and a half" after the sentence telling the meeting: the meal
         * is a talk of its own, with a time of its own */
        bool meal_sequel = cur && event && cur->event_sent >= 0 && (int)i != cur->event_sent &&
                           (probe.has_dur || probe.has_start) && sentence_has_role(x, i, "sequel") &&
                           tells_meal(x, i) && !tells_meal(x, (size_t)cur->event_sent) && sequel_first(x, i);
        /* ("Later the three ministers held a trilateral meeting" after the
         * bilateral one: the sides are the talks' so far) */
        bool joint_sequel = multilateral_after(x, cur, i, event) && sentence_has_role(x, i, "sequel") &&
                            cur->event_sent != (int)i;
        if (!s.n && !other_time && !new_section && !ordinal && !joint_sequel) {
            /* "the fourth Japan-UK '2+2' was held by video teleconference"
             * above the lines naming each side: the talk they tell */
            /* ("... holds bilateral talks with Foreign Minister Ali Sabry
             * and calls on President Wickremesinghe" / "On 29 July, the two
             * Foreign Ministers held bilateral talks ..., which commenced at
             * 10.00 a.m.": a talk with its own time, of the counterparts the
             * title or lead named) */
            const char *pair_office = NULL;
            int pair_from = event && !cur && series_sent < 0 && (probe.has_start || probe.has_dur)
                                ? counterparts_before(x, i, &pair_office)
                                : -1;
            if (pair_from >= 0) {
                cur = new_talk(x, (int)i);
                fill_time(cur, &probe);
                cur->date_of_series = probe.date_of_series;
                add_counterparts(x, cur, (size_t)pair_from, pair_office);
                /* (and the day of the lead that named them, "signed ... on
                 * Tuesday" above "Before the signing ceremony, the two
                 * ministers held talks lasting around 90 minutes") */
                talk_t named_day = blank_talk(-1);
                if (!cur->has_date && pair_from != d->title) {
                    need_times(x, (size_t)pair_from);
                    talk_time_from(x, &named_day, (size_t)pair_from, NULL);
                }
                if (named_day.has_date) cur->has_date = true, cur->t.date = named_day.t.date;
                cur->told = true;
                continue;
            }
            if (event && !cur) sideless_event = (int)i;
            /* "1. Japan-U.S. Security Consultative Committee ("2+2")" under
             * the lead, naming no side it reads: the first section's
             * heading, so that "2. ..." opens a talk of its own */
            if (heading && cur && cur->heading_sent < 0 && cur->event_sent >= 0 && (int)i > cur->event_sent &&
                !cur->told)
                take_heading(x, cur, i);
            continue;
        }
        /* "Following the bilateral meetings, Foreign Minister X chaired the
         * trilateral meeting": a joint talk after two-side ones is a talk of
         * its own, of all their people */
        bool joint_after = multilateral_after(x, cur, i, event) && cur->sides.n == 2 && x->talks.n >= 2;
        bool fresh = !cur || other_time || new_section || joint_after || joint_sequel || meal_sequel ||
                     (ordinal && cur->event_sent >= 0 && talk_ordinal(d, d->sents.v[cur->event_sent].span) != ordinal);
        /* ("3 Attendees" / "Japan: Nobuo Kishi, Defense Minister" /
         * "United States: Lloyd Austin, ..." / "Australia: Richard Marles,
         * ...": a side's line after the lines of the talk's other sides
         * adds its side) */
        bool next_side_line = cur && cur->sides.n >= 2 && cur->event_sent >= 0 &&
                              side_label_lines(x, (size_t)cur->event_sent, i);
        for (int k = 0; cur && k < s.n; k++)
            if (!sides_has(&cur->sides, s.code[k]) && !next_side_line) fresh = true;
        /* "1. Courtesy call by the Australian Ambassador" ... "2. Courtesy
         * call by the British Ambassador" under a title that named both: a
         * heading whose sides differ from those the talk's own heading
         * named, each having one the other lacks */
        bool heading_of_others = false;
        if (heading && cur && cur->heading_sent >= 0 && cur->heading_sent < (int)i) {
            sides_t before = {{0}, 0};
            add_mention_sides(&x->si[cur->heading_sent], &before);
            bool new_side = false, old_side = false;
            for (int k = 0; k < s.n; k++) new_side |= !sides_has(&before, s.code[k]);
            for (int k = 0; k < before.n; k++) old_side |= !sides_has(&s, before.code[k]);
            heading_of_others = before.n && new_side && old_side;
            fresh |= heading_of_others;
        }
        /* (the named: "Germany: Federal Minister of Defence Pistorius,
         * Ambassador of Germany to Japan, and others") */
        for (size_t k = 0; next_side_line && k < si->mentions.n; k++) {
            const mention_t *p = &si->mentions.v[k];
            if (!side_person(p)) continue;
            size_t before = cur->parts.n;
            talk_add_part(x, cur, p), cur->sides_listed = true;
            if (cur->parts.n > before) cur->parts.v[before].from_list = true;
        }
        /* "Earlier in the day, Minister Park paid a courtesy call on
         * President Marcos": a talk told as before or after another, with a
         * head of state or government the talk did not have; a section
         * heading, with someone an earlier talk of the lead had and it did
         * not ("1. Courtesy Call on Prime Minister Bainimarama" under a lead
         * whose last talk was with the Attorney-General) */
        /* (not the first sentence under the talk's own heading: "2
         * Japan-Italy Telephone Talk" / "Following the video conference,
         * Minister Hamada held a telephone talk with Minister Croseto"
         * tells the heading's talk) */
        bool sequel_event = event && sentence_has_role(x, i, "sequel") &&
                            !(cur && cur->heading_sent == (int)i - 1 && cur->event_sent == cur->heading_sent);
        if ((sequel_event || heading) && cur && !fresh && cur->event_sent >= 0 && (int)i != cur->event_sent)
            for (size_t k = 0; k < x->si[i].mentions.n && !fresh; k++) {
                const mention_t *p = &x->si[i].mentions.v[k];
                if (talk_person(cur, p) || (!p->holder && !p->name_text)) continue;
                /* (or another person, named, of a side the talk had:
                 * "Earlier in the day, the Secretary met for half an hour
                 * with Foreign Minister Dinesh Gunawardena" after the meeting
                 * with the President; "Later Sunday, Hayashi met with Wang
                 * Yi" after the talks with Qin Gang) */
                if (sequel_event)
                    fresh = people_is_leader(p) || (p->name_text && !p->holder) ||
                            (p->name_text && p->office && !strcmp(p->office, "other")) ||
                            (p->holder && p->name_text && p->country && sides_has(&cur->sides, p->country));
                for (size_t u = 0; heading && !sequel_event && u < x->talks.n && !fresh; u++)
                    fresh = &x->talks.v[u] != cur && talk_person(&x->talks.v[u], p);
            }
        /* "... hosted A and B for a trilateral meeting, followed by separate
         * bilateral meetings with each minister", then "In his meeting with
         * Foreign Minister Hayashi, ...": one of the bilaterals, that day */
        const talk_t *joint = NULL;
        for (size_t k = x->talks.n; event && k-- > 0 && !joint;)
            if (x->talks.v[k].sides.n >= 3) joint = &x->talks.v[k];
        uint32_t told_from = d->sents.v[0].span.start, told_to = d->sents.v[i].span.start;
        /* (the sides of the people it names: "the Foreign Minister" may be
         * read as either) */
        sides_t named_sides = {{0}, 0};
        for (size_t k = 0; joint && k < x->si[i].mentions.n; k++) {
            const mention_t *p = &x->si[i].mentions.v[k];
            if (side_person(p)) sides_add(&named_sides, p->country);
        }
        bool bilateral_after = joint && named_sides.n >= 1 && named_sides.n < joint->sides.n && joint->event_sent >= 0 &&
                               (int)i > joint->event_sent &&
                               (text_has(d, told_from, told_to, "separate bilateral") ||
                                text_has(d, told_from, told_to, "followed by bilateral") ||
                                /* (or an event saying so itself: "Kihara and
                                 * Shapps also held bilateral talks on
                                 * Thursday") */
                                (event && text_has(d, lsp.start, lsp.end, " held bilateral ")));
        for (int k = 0; bilateral_after && k < named_sides.n; k++)
            bilateral_after = sides_has(&joint->sides, named_sides.code[k]);
        date_t joint_day = joint && joint->has_date ? joint->t.date : (date_t){0};
        fresh |= bilateral_after;
        /* "Trilateral Strategic Dialogue with Japan and Australia", then
         * "the Secretary joined the Japanese and Australian Foreign
         * Ministers for the sixth ministerial meeting": the heading's talk
         * told, with the side it left unsaid (the release's own) */
        if (fresh && cur && !cur->told && !other_time && cur->heading_sent >= 0 &&
            cur->heading_sent == cur->event_sent && lead_of(d, (size_t)cur->event_sent, (int)i)) {
            bool all = true;
            for (int k = 0; k < cur->sides.n; k++) all &= sides_has(&s, cur->sides.code[k]);
            if (all) fresh = false;
        }
        /* A section heading naming some of the sides of the talk before,
         * or an event naming some of them at a time of its own ("Ms Collins
         * met Mr Marles yesterday evening"): that talk was a lead naming
         * everyone met ("held talks with A and B"), the talks are told one
         * by one after it; its people and day serve them.  Not when the
         * lead says the talk was joint ("trilateral"). */
        bool own_time = cur && ((probe.has_date && !cur->has_date) ||
                                (probe.has_start && !cur->has_start));
        /* (a lead telling a joint talk, "held the Japan-U.S.-Australia
         * Defense Ministers' Meeting and ...": that talk stands; a heading
         * of two of its sides is a talk on its margins) */
        bool joint_lead = cur && told_as_joint(x, cur, i);
        bool lead_to_series = false;
        if (cur && !fresh && heading && joint_lead && s.n >= 2 && s.n < cur->sides.n) fresh = true;
        /* "held talks with Foreign Minister Sabry, called on President
         * Wickremesinghe and met Prime Minister Gunawardena", then a
         * section each ("1. Bilateral Talks with Foreign Minister Ali
         * Sabry"): a section naming some of the lead's people of a side,
         * not the others, is the first of the talks the lead summed up */
        if (cur && !fresh && event && section_line(d, i) && cur->event_sent >= 0 && cur->heading_sent < 0 &&
            !sentence_has_role(x, (size_t)cur->event_sent, "heading") && !joint_lead &&
            names_some_of_a_side(cur, si))
            fresh = true, lead_to_series = true;
        /* (a talk told under a section heading of its own is no lead: "1.
         * Japan-Baltic States Foreign Ministers' Video Conference" / "On
         * February 16, ... held a video conference with ...", then "2.
         * Japan-Lithuania Foreign Ministers' Telephone Talk") */
        bool under_own_heading = cur && cur->event_sent > 0 && section_line(d, (size_t)cur->event_sent - 1) &&
                                 sentence_has_role(x, (size_t)cur->event_sent - 1, "heading");
        if (lead_to_series ||
            (cur && !fresh && s.n >= 2 && s.n < cur->sides.n && cur->event_sent >= 0 &&
            !sentence_has_role(x, (size_t)cur->event_sent, "heading") && !under_own_heading &&
            (heading || lead_part || (own_time && cur->sides.n >= 3 && !joint_lead)))) {
            series_sent = cur->event_sent;
            series_kind = cur->kind, summary_kind = false;
            if (cur->has_date) series_date = cur->t.date;
            /* ("held meetings with A and B, each for approximately 25
             * minutes": every talk's length, as a summary's) */
            if (cur->has_dur && length_of_each(d, cur->event_sent))
                series_dur = cur->t.duration, series_approx = cur->t.approx;
            dur_of_series |= take_series_length(&probe, series_dur, series_approx);
            if (!probe.has_date && series_date.y)
                probe.has_date = probe.date_of_series = true, probe.t.date = series_date;
            x->talks.n--;
            cur = x->talks.n ? &x->talks.v[x->talks.n - 1] : NULL;
            fresh = true;
            one_sided = false; /* (of the lead just taken apart) */
        }
        /* "On the same day, Foreign Minister X paid a courtesy call on Prime
         * Minister Y" in a paragraph of its own: a head of government or
         * state the talk did not have is a talk of its own, though the
         * sides are the same; so is another office holder of a side */
        span_t isp = d->sents.v[i].span;
        /* (not the sentence telling the talk a heading opened: "Meeting
         * with Japanese Foreign Minister Kamikawa", then "Secretary Blinken
         * met with ... to follow up on Prime Minister Kishida's visit") */
        bool tells_heading = cur && cur->heading_sent >= 0 && cur->heading_sent == cur->event_sent &&
                             !cur->told && lead_of(d, (size_t)cur->heading_sent, (int)i);
        bool own_para = cur && !fresh && cur->event_sent >= 0 && !tells_heading &&
                        d->sents.v[i].para != d->sents.v[cur->event_sent].para && event;
        /* ("was later received in audience ... by His Majesty King
         * Abdullah II": a call on the leader too) */
        bool courtesy = own_para && (text_has(d, isp.start, isp.end, "courtesy call") ||
                                     text_has(d, isp.start, isp.end, "called on") ||
                                     text_has(d, isp.start, isp.end, "calls on") ||
                                     text_has(d, isp.start, isp.end, "audience"));
        /* "On the same day, Wang and Iwaya co-chaired the second round of
         * the ... high-level dialogue": a session of its own, in a
         * paragraph of its own, though its people are the talk's */
        if (own_para && !fresh && sentence_has_role(x, i, "sequel") &&
            (text_has(d, isp.start, isp.end, "co-chaired") || text_has(d, isp.start, isp.end, "co-chair ")))
            fresh = true;
        /* ("In the evening of the same day, State Minister Tsuji attended a
         * reception ... and briefly exchanged words with Minister Kulbaev
         * again": the pair's second encounter) */
        /* (in the lead too: "In the evening of the same day, Minister
         * Kono and the Governor spoke again at a reception.") */
        if (!fresh && event && sentence_has_role(x, i, "sequel") && (own_para || sequel_first(x, i)) &&
            (text_has(d, isp.start, isp.end, " again.") || text_has(d, isp.start, isp.end, " again,") ||
             text_has(d, isp.start, isp.end, " again at ")))
            fresh = true;
        for (size_t k = 0; own_para && !fresh && k < si->mentions.n; k++) {
            const mention_t *p = &si->mentions.v[k];
            /* (someone named, whom the gazetteer may not know) */
            if ((!p->holder && !p->name_text) || !p->office || !p->country) continue;
            bool leader = people_is_leader(p);
            /* "EAM called on President Marcos" / "EAM met Secretary of
             * National Defense Teodoro" after talks with the Secretary of
             * Foreign Affairs: another office holder of a side the talk
             * has, in a paragraph of its own */
            bool known = false, same_side_other = false;
            for (size_t q = 0; q < cur->parts.n && !known; q++) {
                const mention_t *m = &cur->parts.v[q].m;
                known = same_person(m, p);
                /* (or of the same office, named otherwise: the army chief,
                 * then the chairman of the joint chiefs; the Foreign
                 * Minister, then "Baerbock later met Wang Yi") */
                /* (not one a group gave the talk: "The foreign and defense
                 * ministers of Japan and the Philippines agreed ...", then
                 * "Foreign Minister Hayashi and Defense Minister Kishi
                 * hosted ... for talks that started at 3 p.m.") */
                same_side_other |= (m->holder || m->name_text) && m->office && !strcmp(m->country, p->country) &&
                                   !cur->parts.v[q].from_group;
            }
            /* ("While in New Delhi, Minister Anand also spoke with India's
             * National Security Advisor" after her talk with the trade
             * minister) */
            bool told_apart = (probe.has_date && !day_of_heading) || probe.has_start ||
                              sentence_has_role(x, i, "sequel") || event_after_also(x, i);
            /* (not one named after a participant of their side, in the
             * list of a delegation: "Kenya side: Cabinet Secretary for
             * Defence Aden Duale, Chief of the Defence Forces General Robert
             * Kibochi") */
            /* (but "The same day, Shoigu and Onodera, together with Lavrov
             * and Kono, took part in the "2+2" consultations": a later event
             * of theirs with others) */
            if (!known && !(courtesy && leader) && same_side_other && told_apart &&
                names_participant_before(x, cur, i, p) && !(event && sentence_has_role(x, i, "sequel")))
                continue;
            if (!known && ((courtesy && leader) || (same_side_other && told_apart))) fresh = true;
        }
        /* one section heading after another ("1 Japan-Vietnam Defense
         * Ministers' Meeting" ... "2 Courtesy call on Prime Minister Pham
         * Minh Chinh", "3 Working dinner"): a talk each, though the sides
         * are the same */
        if (cur && !fresh && heading && ((cur->heading_sent >= 0 && (int)i > cur->heading_sent + 1) || after_own_lines))
            fresh = true;
        /* "Later the same day, Mr Marles and Mr Kishi held a bilateral
         * meeting": some of a joint talk's sides, after it */
        if (cur && !fresh && s.n >= 2 && s.n < cur->sides.n && sentence_has_role(x, i, "sequel"))
            fresh = true;
        /* "Earlier in the day, Secretary Lorenzana held a bilateral meeting
         * with Minister Kishi" after their 2+2 of four: some of its people,
         * told as another talk */
        if (cur && !fresh && event && s.n >= 2 && sentence_has_role(x, i, "sequel") &&
            names_fewer_of(cur, si))
            fresh = true;
        /* ("co-chaired the commission with A, and held talks with B", then
         * "On 20 August, EAM and A co-chaired ...", then "On 21 August, EAM
         * held talks with B": a lead that summed up two talks, each told
         * later on a day of its own) */
        /* (or told as the one after: "Austin first met with Zaki ..." /
         * "Later, he met with el-Sisi" under "met with President el-Sisi
         * and Minister Zaki") */
        bool own_day = probe.has_date && !probe.date_relative && !probe.date_of_series;
        if (cur && !fresh && event && (s.n >= 2 || sentence_has_role(x, i, "sequel")) &&
            (own_day || sentence_has_role(x, i, "sequel")) && cur->parts.n > 2 && others_of_lead_told(x, cur, i)) {
            fresh = true;
            drop_lead_people_told_apart(x, cur, i);
            /* (the lead's own talk takes the kind of its clause: "met
             * today with A, and later received a phone call from B") */
            uint32_t second = second_event_at(x, cur->event_sent);
            if (second) {
                cur->kind = NULL, cur->kind_prio = 0;
                talk_kind_within(x, cur, (size_t)cur->event_sent, false,
                                 (span_t){d->sents.v[cur->event_sent].span.start, second});
            }
        }
        /* ("Earlier in the day, Deputy Secretary Sullivan and Foreign
         * Minister Zalkaliani held a bilateral meeting that lasted
         * approximately forty minutes" after the commission's plenary
         * session they co-chaired: a bilateral with a length of its own,
         * after a talk not told as one) */
        if (cur && !fresh && event && cur->event_sent >= 0 && (int)i != cur->event_sent &&
            sentence_has_role(x, i, "sequel") && (probe.has_dur || probe.has_start) &&
            span_has_word(d, d->sents.v[i].span, "bilateral", 9) && !bilateral_told_before(x, i) &&
            !span_has_word(d, d->sents.v[cur->event_sent].span, "bilateral", 9) &&
            /* (not the talk a heading just named, told at last: "2.
             * Japan-Italy Defense Ministerial Meeting" / "Following the
             * trilateral meeting, ... held a bilateral meeting ...") */
            !(cur->heading_sent >= 0 && cur->heading_sent == cur->event_sent && !cur->told))
            fresh = true;
        /* ("briefed EAM on recent contacts ..., including the meeting
         * between President Putin and President Trump ... on 15 August": a
         * talk told of, not held, opens none, whoever it names) */
        if (cur && fresh && !event && !heading && !new_section && newcomers_only_in_told_talk(x, i, cur)) fresh = false;
        if (!fresh) {
            /* the same talk told again: "<Korea-Australia ... Talks>" then
             * "Minister Han met with ...": its words for the kind and time
             * count, and "Subsequently, ..." means the day of the talk before */
            if (heading) take_heading(x, cur, i);
            if (kind_unsaid(cur) || event) kind_told_again(x, cur, i);
            const talk_t *before = x->talks.n > 1 ? &x->talks.v[x->talks.n - 2] : NULL;
            talk_t again = blank_talk(-1); /* "the same day" is the talk before's */
            /* (or the lead's, for a talk it summed up: "on Saturday" ...
             * "In the morning, Mr Healey met ...") */
            /* (but "On the same day" after a talk of the series' second day
             * is that talk's day) */
            talk_time_from(x, &again, i,
                           cur->has_date && cur->date_of_series && !(before && before->has_date) ? cur : before);
            if (cur->date_of_series && again.has_date) cur->has_date = cur->date_of_series = false;
            /* (a heading's talk, "Courtesy Call on His Highness the Amir",
             * with the day of the talk before it: "On May 3, ... Minister
             * Iwaya was received" under it gives its own) */
            if (!cur->told && cur->heading_sent >= 0 && cur->heading_sent == cur->event_sent && event &&
                again.has_date && !again.date_relative)
                cur->has_date = false;
            if (again.has_date && day_to_come(d, again.t.date)) again.has_date = false;
            fill_time(cur, &again);
            if (!cur->has_date && before && before->has_date && sentence_has_role(x, i, "sequel"))
                cur->has_date = true, cur->t.date = before->t.date;
            /* the sentence that tells a talk a section heading named: its
             * people too */
            /* (not one it only speaks of: "to follow up on Prime Minister
             * Kishida's official visit") */
            /* (and one that tells again, by name, a talk a group told:
             * "The foreign and defense ministers of Japan and the
             * Philippines agreed ...", then "Foreign Minister Hayashi and
             * Defense Minister Kishi hosted ... for talks") */
            bool group_told = event && cur->parts.n && s.n >= 2;
            for (size_t k = 0; group_told && k < cur->parts.n; k++) group_told = cur->parts.v[k].from_group;
            for (int k = 0; group_told && k < s.n; k++) group_told = sides_has(&cur->sides, s.code[k]);
            if ((cur->event_sent >= 0 && sentence_has_role(x, (size_t)cur->event_sent, "heading") && !cur->told) ||
                group_told)
                for (size_t k = 0; k < si->mentions.n; k++)
                    if (!si->mentions.v[k].ngroup && !span_possessive(d, si->mentions.v[k].span))
                        talk_add_part(x, cur, &si->mentions.v[k]);
            cur->told = true;
            continue;
        }
        /* (two sides of its own, neither the talk's: "Egypt" after a
         * section on the call with Iran whose own minister went unnamed) */
        /* (not a sentence telling the talk again: "The trilateral talks with
         * Secretary Austin and Minister Marles ran from 9.30am" after "John
         * Healey today hosted the AUKUS Defence Ministers' Meeting") */
        bool two_others = cur && s.n >= 2 && !opens_on_reference(x, i);
        for (int k = 0; two_others && k < s.n; k++)
            if (sides_has(&cur->sides, s.code[k])) two_others = false;
        if (one_sided && !other_time && !two_others && !heading_of_others) {
            if (event) kind_told_again(x, cur, i);
            /* (a section heading that completes it is the talk's: "1
             * Japan-Philippines Defense Ministerial Meeting" under a lead
             * of one side, then "2 Courtesy call on President Marcos") */
            if (heading && cur->heading_sent < 0) cur->heading_sent = (int)i;
            /* "X held back-to-back calls with his counterparts": a talk with
             * one side so far is still being introduced; the sentence that
             * names the other side completes it (with its own day, over the
             * one an untold heading's talk inherited) */
            if ((untold_heading || heading_told_here) && probe.has_date) cur->has_date = false;
            fill_time(cur, &probe);
            /* ("Following the talks at the Foreign Ministry, the Secretary
             * met with Prime Minister ...": the day of the talk before) */
            const talk_t *before = x->talks.n > 1 ? &x->talks.v[x->talks.n - 2] : NULL;
            if (!cur->has_date && before && before->has_date && sentence_has_role(x, i, "sequel"))
                cur->has_date = true, cur->t.date = before->t.date;
        } else if (!heading && leaders_before_the_talk(x, cur, series_sent < 0 ? (date_t){0}
                                                                : series_date.y ? series_date : d->published,
                                                       &probe, si)) {
            si->background = true;
            continue;
        } else if (cur && other_time && only_role(x, i, "reference") && !heading && !takes_stance(x, i)) {
            /* ("Mr Austin delivered the first plenary address ... on June 1,
             * while Admiral Dong is scheduled to speak on June 2": two sides
             * on another day, with no word of a talk and no stance, hold
             * none) */
            continue;
        } else {
            cur = new_talk(x, (int)i);
            if (heading) cur->heading_sent = (int)i;
            cur->t = probe.t;
            cur->has_date = probe.has_date;
            cur->date_of_series = probe.date_of_series, cur->date_relative = probe.date_relative;
            cur->date_same_pending = probe.date_same_pending, cur->same_as = probe.same_as;
            if (x->talks.n > 1) {
                /* nobody named: the people of the talk before, and its day
                 * unless another is given; "following the call with ..."
                 * keeps that day too */
                const talk_t *before = &x->talks.v[x->talks.n - 2];
                bool same_people = !s.n || both_as_subject(x, i) || both_in_event(x, i);
                /* ("On Saturday, Ministers held the inaugural Australia-India
                 * 2+2 ... with External Affairs Minister Jaishankar" after
                 * an Australia-Indonesia meeting: of the sides the sentence
                 * names, when it names one of theirs) */
                /* (but "the four Ministers jointly called on Prime
                 * Minister Morrison", of a side they had: all of them) */
                sides_t told = s;
                sides_named_by_actors(x, i, &told);
                bool some_told = false, newcomer = false;
                for (int k = 0; k < before->sides.n; k++) some_told |= sides_has(&told, before->sides.code[k]);
                for (int k = 0; k < s.n; k++) newcomer |= !sides_has(&before->sides, s.code[k]);
                bool only_told = newcomer && some_told;
                for (size_t k = 0; same_people && !heading && !ordinal && k < before->parts.n; k++)
                    if (!only_told || sides_has(&told, before->parts.v[k].m.country))
                        talk_add_part(x, cur, &before->parts.v[k].m);
                /* "3 Working lunch" under a lead that "held a ... Meeting
                 * and hosted a working lunch": the people of the talk whose
                 * sentence has the heading's words */
                int named = !s.n && heading ? talk_named_by_heading(x, i, x->talks.n - 1) : -1;
                /* (not those only an attendee list named: the meal's are
                 * the talk's own) */
                for (size_t k = 0; named >= 0 && k < x->talks.v[named].parts.n; k++)
                    if (!x->talks.v[named].parts.v[k].from_list)
                        talk_add_part(x, cur, &x->talks.v[named].parts.v[k].m);
                /* ... else, for a meal, the ministers of the talk before
                 * ("Working Dinner" after a courtesy call on the Prime
                 * Minister: not him) */
                bool meal_section = names_meal(d, d->sents.v[i].span);
                /* (of the sides it names, when it names two: "Secretary
                 * Blinken joined Foreign Ministers Hayashi and Park for a
                 * trilateral meeting" after talks with China and Indonesia) */
                for (size_t b = 0; joint_after && b + 1 < x->talks.n; b++)
                    for (size_t k = 0; k < x->talks.v[b].parts.n; k++)
                        if (s.n < 2 || sides_has(&s, x->talks.v[b].parts.v[k].m.country))
                            talk_add_part(x, cur, &x->talks.v[b].parts.v[k].m);
                bool meal_alone = named < 0 && meal_section && !s.n && heading;
                const talk_t *from = meal_alone ? ministers_talk(x) : NULL;
                bool leaders_too = meal_alone && !from; /* (a summit's dinner: the leaders) */
                if (leaders_too) from = before;
                for (size_t k = 0; from && k < from->parts.n; k++)
                    if (leaders_too || !people_is_leader(&from->parts.v[k].m)) talk_add_part(x, cur, &from->parts.v[k].m);
                if (!probe.has_date && bilateral_after && joint_day.y) cur->has_date = true, cur->t.date = joint_day;
                if (!probe.has_date && before->has_date && (!s.n || sentence_has_role(x, i, "sequel"))) {
                    cur->has_date = true,
                    cur->t.date = paragraph_day(x, i, before->event_sent, &cur->t.date) ? cur->t.date
                                                                                       : before->t.date;
                    /* (a heading's talk keeps it until the lines under it
                     * tell its own: "2 The 10th Japan-Australia "2+2"" /
                     * "(1) Date and time: December 9 (Fri), from 10:30") */
                    if (heading) cur->date_of_series = true;
                }
            } else if (!probe.has_date && told_as_next(x, i)) {
                earlier_day(x, cur, i);
            }
            cur->has_start = probe.has_start;
            /* (the lead's "each for ... minutes" and kind are not those of
             * a talk it did not tell: "spoke briefly with the Honourable
             * Melanie Joly" after a lead of meetings with Cambodia and
             * Timor-Leste) */
            bool of_lead = sides_named_in(x, series_sent, &s, x->talks.n > 1 ? &x->talks.v[x->talks.n - 2] : NULL);
            cur->has_dur = probe.has_dur && (of_lead || !dur_of_series);
            cur->evidence_sent = probe.evidence_sent;
            if (series_sent >= 0 && !cur->has_start && !cur->has_dur) own_clause_of_lead(x, cur, (size_t)series_sent, &s, si, false);
            talk_kind_from(x, cur, i, false);
            if (sideless_event >= 0 && kind_unsaid(cur))
                talk_kind_from(x, cur, (size_t)sideless_event, false);
            int kind_line = kind_unsaid(cur) ? kind_line_above(x, i) : -1;
            if (kind_line >= 0) talk_kind_from(x, cur, (size_t)kind_line, false);
            sideless_event = -1;
            /* (not over a word that says it was none of the lead's kind: "had
             * a brief conversation with") */
            /* (nor "spoke with the Vice President, who came to see him
             * off" after a lead of meetings that did not name her: the
             * word's own kind) */
            bool said_other = cur->kind_rule && (rule_has_role(cur->kind_rule, "cue") ||
                                                 (cur->kind_rule->set[F_KIND] &&
                                                  !strcmp(cur->kind_rule->set[F_KIND], "other") &&
                                                  !(series_sent >= 0 && name_someone_alike(x, i, (size_t)series_sent))));
            /* (a bare "spoke with" someone the summary's own kind word
             * named: "spoke by phone yesterday with A, and with B" above
             * "Mr Peters then spoke with Minister Cho") */
            bool spoke_as_summed = summary_kind && cur->kind && !strcmp(cur->kind, "other") &&
                                   rule_has_role(cur->kind_rule, "event") &&
                                   series_sent >= 0 && name_someone_alike(x, i, (size_t)series_sent) &&
                                   sentence_has_rule(x, (size_t)series_sent, cur->kind_rule);
            if (series_kind && of_lead &&
                (!cur->kind || (!summary_kind && !strcmp(cur->kind, "other") && !said_other) || spoke_as_summed))
                cur->kind = series_kind, cur->kind_of_series = !cur->kind_rule;
            /* the next item of a list of talks with no word for its kind:
             * the kind of the item before */
            if (next_item && !cur->kind && x->talks.n > 1) cur->kind = x->talks.v[x->talks.n - 2].kind;
            /* "This morning, the two leaders spoke again" after their
             * call: another call (after a meeting, "spoke again at a
             * reception" is no meeting) */
            const char *kind_before = x->talks.n > 1 ? x->talks.v[x->talks.n - 2].kind : NULL;
            if (remote_kind(kind_before) && sentence_has_role(x, i, "again") && kind_unsaid(cur))
                cur->kind = kind_before;
        }
        const char *lead_office = NULL;
        for (size_t k = 0; k < si->mentions.n; k++) {
            mention_t *p = &si->mentions.v[k];
            if (p->ngroup) continue;
            /* "preparations for Chinese President Xi Jinping's expected
             * visit", "conveyed President Biden's message": someone's
             * visit, message or invitation, not a person at the table */
            if (span_possessive(d, p->span) &&
                (possessed_is_no_talk(d, p->span) || (people_is_leader(p) && !possessed_is_a_talk(d, p->span))))
                continue;
            if (!lead_office && p->office) lead_office = p->office;
            talk_add_part(x, cur, p);
        }
        if (series_sent >= 0)
            add_series_people(x, cur, (size_t)series_sent, si, cur->event_sent == (int)i ? ordinal : 0);
        /* "Following the meeting, Minister Kono hosted a working dinner":
         * a host's sequel to the talk before has its guests too */
        if (cur->sides.n == 1 && x->talks.n > 1 && cur->event_sent == (int)i && sentence_has_role(x, i, "sequel")) {
            const talk_t *before = &x->talks.v[x->talks.n - 2];
            if (sides_has(&before->sides, cur->sides.code[0]))
                for (size_t k = 0; k < before->parts.n; k++)
                    if (strcmp(before->parts.v[k].m.country, cur->sides.code[0]))
                        talk_add_part(x, cur, &before->parts.v[k].m);
        }
        if (x->has_author && says_i(x, i)) talk_add_part(x, cur, &x->author);
        for (int k = 0; event && k < x->ncoauthors && says(x, i, "we"); k++) talk_add_part(x, cur, &x->coauthors[k]);
        for (size_t k = 0; k < si->mentions.n; k++)
            if (si->mentions.v[k].ngroup) talk_add_group(x, cur, &si->mentions.v[k], lead_office);
        /* "his Australian counterpart" holds the office of the one speaking */
        for (size_t k = 0; k < cur->parts.n && lead_office; k++) {
            mention_t *p = &cur->parts.v[k].m;
            if (p->office || strcmp(p->role, "counterpart")) continue;
            p->office = lead_office;
            if (!p->holder) {
                people_ctx_t ctx = {cur->has_date ? cur->t.date : (date_t){0}, NULL, 0, false};
                people_resolve(x->rs, x->d, p, &ctx);
            }
        }
    }
    if (!x->talks.n && !(x->announced && !any_stance(x))) {
        /* No sentence says "held talks with": fall back on the title, then
         * on the first sentence that names a side. */
        int src = -1;
        if (title >= 0) {
            read_mentions(x, (size_t)title, NULL);
            for (size_t k = 0; k < x->si[title].mentions.n; k++)
                if (x->si[title].mentions.v[k].country) src = title;
        }
        for (size_t i = 0; src < 0 && i < d->sents.n; i++) {
            if (!body_sentence(&d->sents.v[i])) continue;
            read_mentions(x, i, NULL);
            for (size_t k = 0; k < x->si[i].mentions.n; k++)
                if (x->si[i].mentions.v[k].country) src = (int)i;
        }
        if (src < 0) return;
        cur = new_talk(x, src);
        need_times(x, (size_t)src);
        talk_time_from(x, cur, (size_t)src, NULL);
        /* ("Day/Date : Friday, 3 February 2023" on a line of its own) */
        if (!cur->has_date && heading_day.y) cur->has_date = true, cur->t.date = heading_day;
        talk_kind_from(x, cur, (size_t)src, false);
        /* no event told it: the first word for it ("During their roughly
         * 40-minute meeting") tells its kind */
        for (size_t i = 0; i < d->sents.n && kind_unsaid(cur); i++)
            if (body_sentence(&d->sents.v[i])) talk_kind_from(x, cur, i, false);
        for (size_t k = 0; k < x->si[src].mentions.n; k++)
            talk_add_part(x, cur, &x->si[src].mentions.v[k]);
        /* "2 Counterpart: Minister of National Defense Lee Jong-seop", then
         * "(1) Defense Minister Hamada and Minister Lee ...": a talk of one
         * side takes the people of another whom the next lines name */
        for (size_t i = (size_t)src + 1; cur->sides.n == 1 && i < d->sents.n && i <= (size_t)src + 6; i++) {
            if (!body_sentence(&d->sents.v[i])) continue;
            read_mentions(x, i, cur);
            for (size_t k = 0; k < x->si[i].mentions.n; k++) {
                mention_t *p = &x->si[i].mentions.v[k];
                if (!p->country) settle_country(x, cur, p);
                if (side_person(p) && !sides_has(&cur->sides, p->country))
                    talk_add_part(x, cur, p);
            }
        }
    }
    if (!x->talks.n) return;
    for (size_t k = 0; k < x->talks.n; k++) drop_series_people_named_again(&x->talks.v[k]);
    leaders_only_in_their_own_talk(x);
    /* The title speaks of the first talk: its kind words and its people. */
    talk_t *first = &x->talks.v[0];
    if (title >= 0) {
        read_mentions(x, (size_t)title, first);
        talk_kind_from(x, first, (size_t)title, true);
        for (size_t k = 0; k < x->si[title].mentions.n; k++) {
            mention_t *p = &x->si[title].mentions.v[k];
            if (p->ngroup) continue;
            if (!p->country) settle_country(x, first, p);
            /* Only people who are already sides, or named: a title may
             * name the second person the body leaves unnamed; not the
             * people of a later talk ("Calls With A and B", "Defense
             * Ministers' Meeting, Courtesy Call on Prime Minister Ishiba"). */
            if (p->country && !person_of_later_talk(x, p) &&
                (sides_has(&first->sides, p->country) ||
                 (p->name_text && !side_of_later_talk(x, p->country))))
                talk_add_part(x, first, p);
        }
    }
    /* "Later, he met with Vietnam's Ngo Xuan Lich": a talk that names one
     * side is held by whoever held the talk before (its first person); "The
     * meeting was followed by a working dinner hosted by Minister X": a
     * continued talk naming one side has all the people of the talk before. */
    for (size_t k = 1; k < x->talks.n; k++) {
        talk_t *t = &x->talks.v[k];
        const talk_t *before = &x->talks.v[k - 1];
        if (t->sides.n != 1 || !before->parts.n) continue;
        bool continued = t->event_sent >= 0 && sentence_has_role(x, (size_t)t->event_sent, "continued");
        /* (its first person of another side: "2 Courtesy call on
         * President Battulga" names the host first, then "3 Courtesy call
         * on Prime Minister Khurelsukh" is the visitor's too) */
        /* (a named one: no unnamed title of a heading) */
        const mention_t *host = continued ? NULL : host_of(x, before);
        if (host && !sides_has(&t->sides, host->country)) {
            talk_add_part(x, t, host);
            continue;
        }
        /* (of the side in the most talks, the traveller's: not the host
         * the lead named first, "In Qatar, he held talks with Deputy Prime
         * Minister Al Attiyah ..." then "In the UAE, he met ...") */
        const char *usual = continued ? NULL : side_of_most_talks(x, t);
        for (int pass = usual ? 0 : 1; pass < 2; pass++) {
            size_t had = t->parts.n;
            for (size_t q = 0; q < before->parts.n; q++) {
                const mention_t *p = &before->parts.v[q].m;
                if (!p->country || (!continued && (sides_has(&t->sides, p->country) || (!p->holder && !p->name_text))))
                    continue;
                if (pass == 0 && strcmp(p->country, usual)) continue;
                if (!continued && office_alone_other_than(x, t, p)) break;
                talk_add_part(x, t, p);
                if (!continued) break;
            }
            if (t->parts.n > had) break;
        }
    }
    for (size_t k = 0; k < x->talks.n; k++)
        if (!x->talks.v[k].kind) x->talks.v[k].kind = "other";
}

/* Who held talk t when the sentence telling it named only the other
 * side ("The meeting with Minister Lavrov took place on the 7th"): its one
 * named person of another side; none when that sentence named both. */
static const mention_t *host_of(const ex_t *x, const talk_t *t) {
    if (t->event_sent < 0) return NULL;
    const sinfo_t *si = &x->si[t->event_sent];
    const char *named = NULL;
    for (size_t k = 0; k < si->mentions.n; k++) {
        const char *c = si->mentions.v[k].country;
        if (!c || si->mentions.v[k].ngroup) continue;
        if (named && strcmp(named, c)) return NULL;
        /* (the other side, as the object: not the host as its subject,
         * "Minister Huitfeldt has this week visited ...") */
        if (!in_object_place(x, si->mentions.v[k].span.start)) return NULL;
        named = c;
    }
    if (!named) return NULL;
    const mention_t *pick = NULL;
    for (size_t q = 0; q < t->parts.n; q++) {
        const mention_t *p = &t->parts.v[q].m;
        if (!p->country || !strcmp(p->country, named) || (!p->holder && !p->name_text)) continue;
        if (pick && strcmp(pick->country, p->country)) return NULL;
        if (!pick) pick = p;
    }
    return pick;
}

/* Whether sentence i is the body sentence right before sentence `event`. */
static bool lead_of(const doc_t *d, size_t i, int event) {
    if (event < 0 || (int)i >= event) return false;
    for (int k = (int)i + 1; k < event; k++)
        if (body_sentence(&d->sents.v[k])) return false;
    return true;
}

/* "China's Qin tells Ukraine's Kuleba ..." above "Chinese Foreign Minister
 * Qin Gang told his Ukrainian counterpart Dmytro Kuleba on Thursday ...":
 * the first body sentence under a title that told the talk, naming its
 * people, is its lead. */
static bool lead_of_title_talk(ex_t *x, const talk_t *t, size_t i) {
    const doc_t *d = x->d;
    if (t->event_sent < 0 || t->event_sent != d->title || !lead_of(d, (size_t)d->title, (int)i)) return false;
    const sinfo_t *si = &x->si[i];
    for (size_t k = 0; k < si->mentions.n; k++)
        if (talk_person(t, &si->mentions.v[k])) return true;
    return false;
}

/* "The top diplomats ... on Thursday strongly condemned ..." then "Cho held
 * a phone call with ...": a wire report's lead, with no talk words of its
 * own, gives the day its talk sentence does not. */
static bool short_line_above_event(ex_t *x, size_t i) {
    const doc_t *d = x->d;
    if (d->sents.v[i].span.end - d->sents.v[i].span.start > 60) return false;
    for (size_t j = i + 1; j < d->sents.n; j++)
        if (body_sentence(&d->sents.v[j])) return lead_of(d, i, (int)j) && has_event(x, j);
    return false;
}

/* Whether sentence i's talk words all have that role: "cue", words for a
 * kind of talk ("meeting", "call") with no event, reference or restatement
 * among them; "sequel", words that say when ("Earlier, on August 16, the
 * Ministry issued a statement ..."). */
static bool only_role(const ex_t *x, size_t i, const char *role) {
    const sinfo_t *si = &x->si[i];
    for (size_t k = 0; k < si->talk_n; k++)
        if (!has_role(&x->mv.v[si->talk_from + k], role)) return false;
    return true;
}

static void take_lead_day(ex_t *x, talk_t *t, size_t i) {
    need_times(x, i);
    talk_t probe = blank_talk(-1);
    talk_time_from(x, &probe, i, NULL);
    probe.has_start = probe.has_dur = false; /* its day only */
    fill_time(t, &probe);
}

/* Which talk each sentence belongs to, and its mentions in that context. */
/* Short lines of date and time in sentences [from, to): t's time, where
 * t lacks it; `before` is the talk before, whose day "same day" means. */
static void short_time_lines(ex_t *x, talk_t *t, int from, int to, const talk_t *before) {
    for (int i = from; i < to && (!t->has_date || !t->has_start); i++) {
        const sentence_t *st = &x->d->sents.v[i];
        /* (a labelled line may run long: "Date and time: May 2 (Thu) from
         * 9:00 a.m. for approximately one hour and fifteen minutes") */
        bool labelled = !strncasecmp(x->d->text + st->span.start, "Date", 4);
        if (!body_sentence(st) || (st->span.end - st->span.start > 60 && !labelled)) continue;
        need_times(x, (size_t)i);
        if (x->si[i].time_n) talk_time_from(x, t, (size_t)i, before);
    }
}

/* Where the first meal word of sentence i starts, or 0. */
static uint32_t meal_word_at(const doc_t *d, size_t i) {
    span_t sp = d->sents.v[i].span;
    for (uint32_t p = sp.start; p < sp.end; p++) {
        if (p > sp.start && isalpha((unsigned char)d->text[p - 1])) continue;
        for (int k = 0; meal_words[k]; k++) {
            size_t l = strlen(meal_words[k]);
            if (p + l <= sp.end && !strncasecmp(d->text + p, meal_words[k], l) &&
                (p + l == sp.end || !isalpha((unsigned char)d->text[p + l])))
                return p;
        }
    }
    return 0;
}

/* Where sentence i writes what the heading h says, its words from the
 * first letter to the last ("【Japan-US Defense Ministers' Meeting】" in
 * "..., and then held a Japan-US defense ministers' meeting with ..."), or
 * the meal a meal's heading names; 0 when it does not. */
static uint32_t heading_named_at(const doc_t *d, size_t i, size_t h) {
    if (names_meal(d, d->sents.v[h].span)) return meal_word_at(d, i);
    span_t hs = d->sents.v[h].span, sp = d->sents.v[i].span;
    while (hs.start < hs.end && !isalpha((unsigned char)d->text[hs.start])) hs.start++;
    while (hs.end > hs.start && !isalpha((unsigned char)d->text[hs.end - 1])) hs.end--;
    uint32_t n = hs.end - hs.start;
    if (n < 12) return 0;
    for (uint32_t p = sp.start; p + n <= sp.end; p++)
        if (!strncasecmp(d->text + p, d->text + hs.start, n) && (p == sp.start || !isalnum((unsigned char)d->text[p - 1])) &&
            (p + n == sp.end || !isalnum((unsigned char)d->text[p + n])))
            return p;
    return 0;
}

/* "... held a Foreign Ministers' Meeting ... from 5:30 p.m. for about 40
 * minutes, followed by a working dinner for about 1 hour and 20 minutes",
 * then "2. Working Dinner": a section's talk the sentence that told the talk
 * before it names takes the times written after its name there, and that
 * talk's day. */
static void time_from_lead(ex_t *x) {
    doc_t *d = x->d;
    const talk_t *first = x->talks.n ? &x->talks.v[0] : NULL;
    for (size_t k = 1; k < x->talks.n; k++) {
        talk_t *t = &x->talks.v[k];
        /* (a section whose heading names someone the first talk's sentence
         * named, with the time it gave them there: "3 Courtesy call on
         * Prime Minister Wong") */
        if (t->heading_sent >= 0 && !t->has_start && !t->has_dur && first->event_sent >= 0 &&
            first->event_sent < t->heading_sent && (first->heading_sent < 0 || first->heading_sent > first->event_sent))
            own_clause_of_lead(x, t, (size_t)first->event_sent, &t->sides, &x->si[t->heading_sent], true);
        const talk_t *before = &x->talks.v[k - 1];
        if (t->heading_sent < 0 || before->event_sent < 0 || before->event_sent >= t->heading_sent) continue;
        /* (or the sentence after it in its paragraph: "The meeting was
         * followed by a working dinner ... for about one hour and thirty
         * minutes.") */
        size_t lead = (size_t)before->event_sent;
        uint32_t named = heading_named_at(d, lead, (size_t)t->heading_sent);
        /* (... or under it, when a heading opened the talk before: "3.
         * Japan-Latvia Foreign Ministers' Meeting" / "On the 28th, ...
         * held a meeting ..., which was followed by a working lunch of
         * approximately 1 hour and 15 minutes") */
        bool under_heading = before->heading_sent == (int)lead;
        for (size_t j = lead + 1; !named && j < lead + 3 && j < (size_t)t->heading_sent &&
                                  (under_heading || d->sents.v[j].para == d->sents.v[lead].para);
             j++)
            if ((named = heading_named_at(d, j, (size_t)t->heading_sent))) lead = j;
        if (!named) continue;
        /* (the day also when the section tells its own times: "From 12:00
         * p.m. to 12:30 p.m., Minister Hayashi paid a courtesy call") */
        /* (until the section's own "Date and time" line says otherwise:
         * "on the 11th (Sat), and paid a courtesy call ... on the 12th") */
        if (!t->has_date && before->has_date)
            t->has_date = t->date_of_series = true, t->t.date = before->t.date;
        if (t->has_dur || t->has_start) continue;
        need_times(x, lead);
        const sinfo_t *si = &x->si[lead];
        for (size_t m = 0; m < si->time_n && !t->has_dur; m++) {
            const match_t *tm = &x->mv.v[si->time_from + m];
            if (tm->dropped || tm->span.start < named) continue;
            tval_t v;
            temporal_interpret(x->rs, d, tm, d->published, &v);
            if (v.start >= 0 && !t->has_start) t->has_start = true, t->t.start = v.start, t->t.end = v.end;
            if (v.duration >= 0) t->has_dur = true, t->t.duration = v.duration, t->t.approx = v.approx;
        }
        if (t->has_dur || t->has_start) t->evidence_sent = (int)lead;
    }
}

/* "... held meetings with the Foreign Ministers of Viet Nam and Cambodia.
 * Each meeting lasted approximately 30 minutes.": the length of every talk
 * the summary named, after it. */
static void each_length_after_summary(ex_t *x) {
    doc_t *d = x->d;
    for (size_t i = 1; i < d->sents.n; i++) {
        if (d->sents.v[i].para != d->sents.v[i - 1].para || !sentence_has_role(x, i - 1, "summary") ||
            !length_of_each(d, (int)i - 1))
            continue;
        need_times(x, i);
        const sinfo_t *si = &x->si[i];
        tval_t v = {.duration = -1};
        for (size_t m = 0; m < si->time_n && v.duration < 0; m++)
            if (!x->mv.v[si->time_from + m].dropped)
                temporal_interpret(x->rs, d, &x->mv.v[si->time_from + m], d->published, &v);
        if (v.duration < 0) continue;
        for (size_t k = 0; k < x->talks.n; k++) {
            talk_t *t = &x->talks.v[k];
            if (t->event_sent < (int)i - 1) continue;
            if (!sides_named_in(x, (int)i - 1, &t->sides, NULL)) break;
            take_series_length(t, v.duration, v.approx);
        }
    }
}

/* "... met at the Iikura Guest House from 5:00 to 6:10 p.m. Following the
 * meeting, Minister Kishida hosted a working dinner ...", then "1. Overall
 * relations" ... "4. Working Dinner": whether sentence i is of a section
 * before the meal's own heading, the meeting's, though the lead told the
 * meal (talk k) last.  With no heading, before the first sentence that
 * names the meal again ("8. At the working dinner, ..."). */
static bool before_meal_told(const ex_t *x, size_t k, size_t i) {
    const doc_t *d = x->d;
    if (k == 0) return false;
    const talk_t *t = &x->talks.v[k], *before = &x->talks.v[k - 1];
    if (t->event_sent < 0 || before->event_sent < 0 || d->sents.v[i].para == d->sents.v[t->event_sent].para ||
        d->sents.v[t->event_sent].para != d->sents.v[before->event_sent].para)
        return false;
    if (t->heading_sent >= 0) return t->heading_sent > (int)i && names_meal(d, d->sents.v[t->heading_sent].span);
    if ((int)i < t->event_sent || !tells_meal(x, (size_t)t->event_sent)) return false;
    for (size_t j = (size_t)t->event_sent + 1; j <= i; j++)
        if (names_meal(d, d->sents.v[j].span)) return false;
    return true;
}

/* "Date: Tuesday, 12 May 2020" / "Time: 15:00 - 15:40 (Singapore time)"
 * among the lines above the text: the time of the release's one talk,
 * where its sentences gave none. */
static void header_time_lines(ex_t *x) {
    doc_t *d = x->d;
    if (x->talks.n != 1) return;
    talk_t *t = &x->talks.v[0];
    matchvec_t scratch = {0};
    for (size_t i = 0; i < d->sents.n && (!t->has_date || !t->has_start); i++) {
        if (!(d->sents.v[i].flags & SENT_HEADER) ||
            !match_role(x->rs, x->w, d, RT_TALKS, d->sents.v[i].span, "reference", &scratch))
            continue;
        need_times(x, i);
        talk_time_from(x, t, i, NULL);
    }
}

/* "On the same day, Minister Iwaya had a brief conversation ..." under the
 * second section, when the first section's "Date and time: June 1" was
 * read after it: the day of the talk before, now known, not the release's. */
void same_day_as_talk_before(ex_t *x) {
    for (size_t k = 1; k < x->talks.n; k++) {
        talk_t *t = &x->talks.v[k];
        const talk_t *before = &x->talks.v[k - 1];
        if (t->date_same_pending && before->has_date && temporal_days(t->t.date) == temporal_days(t->same_as))
            t->t.date = before->t.date;
    }
}

/* "Trilateral meeting with Japan and Italy" / "The three defence ministers
 * then met ...": a side's unnamed participant is that side's person in the
 * talk before, when it had one. */
void unnamed_from_talk_before(ex_t *x) {
    for (size_t k = 1; k < x->talks.n; k++) {
        const talk_t *before = &x->talks.v[k - 1];
        talk_t *t = &x->talks.v[k];
        for (size_t q = 0; q < t->parts.n; q++) {
            mention_t *m = &t->parts.v[q].m;
            if (m->holder || m->name_text || !m->country || m->office) continue;
            const mention_t *hit = NULL;
            int n = 0;
            for (size_t r = 0; r < before->parts.n; r++) {
                const mention_t *b = &before->parts.v[r].m;
                if (b->holder && b->country && !strcmp(b->country, m->country)) hit = b, n++;
            }
            if (n != 1) continue;
            m->holder = hit->holder, m->name = hit->name, m->office = hit->office;
            if (!m->title) m->title = hit->title;
        }
    }
}

/* "Defense Minister Kono and his Australian counterpart Linda Reynolds":
 * the counterpart holds the title of the one whose counterpart she is --
 * the one participant of her office with a title -- when that title is
 * worded the same in any country (lexicons/counterpart_titles.lex). */
void counterparts_titled(ex_t *x) {
    const lexicon_t *shared = rules_lexicon(x->rs, "counterpart_titles");
    for (size_t k = 0; shared && k < x->talks.n; k++) {
        talk_t *t = &x->talks.v[k];
        for (size_t q = 0; q < t->parts.n; q++) {
            mention_t *m = &t->parts.v[q].m;
            if (m->title || !m->office || !text_has(x->d, m->span.start, m->span.end, "counterpart")) continue;
            const char *title = NULL;
            int n = 0;
            for (size_t r = 0; r < t->parts.n; r++) {
                const mention_t *o = &t->parts.v[r].m;
                if (r != q && o->title && o->office && !strcmp(o->office, m->office)) title = o->title, n++;
            }
            if (n == 1 && lexicon_find(shared, title, strlen(title))) m->title = title;
        }
    }
}

/* One person twice in a talk ("1 Japan-U.S. Defense Ministers' Meeting"
 * named the Defense Minister before the day was known, "Minister Iwaya"
 * the holder of two offices; a group's member resolved only on the talk's
 * day, "Deputy Prime Minister Marles" after it): one row, the fuller
 * title. */
void one_row_per_person(ex_t *x) {
    for (size_t k = 0; k < x->talks.n; k++) {
        talk_t *t = &x->talks.v[k];
        size_t kept = 0;
        for (size_t q = 0; q < t->parts.n; q++) {
            mention_t *m = &t->parts.v[q].m;
            size_t r = 0;
            while (r < kept && !(m->holder && t->parts.v[r].m.holder &&
                                 !strcmp(m->holder->name, t->parts.v[r].m.holder->name) &&
                                 !strcmp(m->country, t->parts.v[r].m.country)))
                r++;
            if (r == kept) {
                t->parts.v[kept++] = t->parts.v[q];
                continue;
            }
            mention_t *first = &t->parts.v[r].m;
            take_fuller_title(first, m, false);
            if (!first->office) first->office = m->office;
        }
        t->parts.n = kept;
    }
}

/* Whether every side of `part` is a side of `whole`. */
static bool sides_within(const sides_t *part, const sides_t *whole) {
    for (int k = 0; k < part->n; k++)
        if (!sides_has(whole, part->code[k])) return false;
    return true;
}

/* "Today, Chief of Staff Kawano held telephone talks with General Dunford
 * ... of the United States, and General Jeong ... of the Republic of
 * Korea" above "1 Japan-US ... Telephone Talk" and "2 Japan-ROK ...
 * Telephone Talk": a lead talk of three or more sides, with no hour or
 * length of its own, that the sections below split between them (each
 * section of its kind has some of its sides, together all of them) is
 * no talk but their summary: each section takes the lead's people of its
 * sides, and the lead's day when it has none. */
static void split_lead_talks_into_sections(ex_t *x) {
    for (size_t a = 0; a < x->talks.n; a++) {
        talk_t *lead = &x->talks.v[a];
        if (lead->heading_sent >= 0 || lead->event_sent < 0 || section_line(x->d, (size_t)lead->event_sent))
            break;
        if (lead->has_start || lead->has_dur || lead->sides.n < 3 || !lead->kind) continue;
        sides_t covered = {0};
        int sections = 0;
        for (size_t b = a + 1; b < x->talks.n; b++) {
            const talk_t *sec = &x->talks.v[b];
            if (sec->heading_sent < 0 || sec->sides.n < 2 || !sec->kind || strcmp(lead->kind, sec->kind) ||
                !sides_within(&sec->sides, &lead->sides))
                continue;
            for (int k = 0; k < sec->sides.n; k++) sides_add(&covered, sec->sides.code[k]);
            sections++;
        }
        if (sections < 2 || !sides_within(&lead->sides, &covered)) continue;
        for (size_t b = a + 1; b < x->talks.n; b++) {
            talk_t *sec = &x->talks.v[b];
            if (sec->heading_sent < 0 || !sec->kind || strcmp(lead->kind, sec->kind) ||
                !sides_within(&sec->sides, &lead->sides))
                continue;
            for (size_t k = 0; k < lead->parts.n; k++)
                if (sides_has(&sec->sides, lead->parts.v[k].m.country))
                    talk_add_part(x, sec, &lead->parts.v[k].m);
            if (!sec->has_date && lead->has_date)
                sec->has_date = sec->date_of_series = true, sec->t.date = lead->t.date;
        }
        memmove(lead, lead + 1, (x->talks.n - a - 1) * sizeof *lead);
        x->talks.n--;
        a--;
    }
}

/* Whether the talk told at sentence i has a time of its own after it,
 * before the first section's heading: a line of its day and time ("1 Date
 * and time: June 1 (Thu) 10:05-11:25"), or a sentence of its paragraph
 * ("The meeting ran from 9:30 to 11 a.m. local time, after which ..."). */
static bool own_time_after(ex_t *x, size_t i) {
    const doc_t *d = x->d;
    for (size_t j = i + 1; j < d->sents.n && j <= i + 3; j++) {
        if (sentence_has_role(x, j, "heading")) return false; /* (a section's line) */
        span_t sp = d->sents.v[j].span;
        uint32_t p = sp.start;
        while (p < sp.end && !isalpha((unsigned char)d->text[p])) p++;
        bool labelled = !strncasecmp(d->text + p, "Date", 4) || !strncasecmp(d->text + p, "Time", 4);
        bool own_paragraph = d->sents.v[j].para == d->sents.v[i].para;
        if (!own_paragraph && (!labelled || !sentence_has_role(x, j, "reference"))) continue;
        need_times(x, j);
        const sinfo_t *si = &x->si[j];
        for (size_t m = 0; m < si->time_n; m++) {
            const match_t *tm = &x->mv.v[si->time_from + m];
            if (!tm->dropped && (tm->rule->group[F_HOUR][0] || tm->rule->set[F_HOUR])) return true;
        }
    }
    return false;
}

/* The section a person of a lead's talk belongs to: sec, whose heading
 * names the sides ("3. Japan-Brunei Foreign Ministers' Meeting"), unless
 * that heading names an office not the person's and a later section's
 * heading names the person's by itself ("4. Audience with His Majesty the
 * Sultan" for the Sultan the lead named with the foreign minister). */
static talk_t *section_for_lead_person(ex_t *x, talk_t *sec, const mention_t *p) {
    const sinfo_t *h = &x->si[sec->heading_sent];
    const char *office = NULL;
    for (size_t k = 0; k < h->mentions.n && !office; k++)
        if (h->mentions.v[k].ngroup) office = h->mentions.v[k].office;
    if (!office || !p->office || !strcmp(office, p->office)) return sec;
    for (talk_t *later = sec + 1; later < x->talks.v + x->talks.n; later++) {
        const mention_t *q = later->heading_sent >= 0 ? office_alone(x, later->heading_sent) : NULL;
        if (q && !strcmp(q->office, p->office)) return later;
    }
    return sec;
}

/* Whether one of the n talks at t has a time of its own. */
static bool talks_timed(const talk_t *t, size_t n) {
    for (size_t k = 0; k < n; k++)
        if (t[k].has_start || t[k].has_dur) return true;
    return false;
}

/* "... held meetings with Secretary Wallace and Minister Crosetto. In
 * addition, Minister Hamada held a telephone talk with Defense Minister
 * Reznikov. The outline is as follows." then "3 Japan-Ukraine Defense
 * Ministers' Telephone Talks": a talk the lead told, before any section,
 * that a section heading of the same sides and kind tells again, with
 * the day and time the lead did not give, is that section's talk, in its
 * place. */
void fold_lead_talks_into_sections(ex_t *x) {
    size_t leads = 0; /* the talks the lead told, before any section */
    while (leads < x->talks.n && x->talks.v[leads].heading_sent < 0 && x->talks.v[leads].event_sent >= 0 &&
           !section_line(x->d, (size_t)x->talks.v[leads].event_sent))
        leads++;
    /* (a lead of several talks, of which one told a time, leaves each to
     * the numbered section of its place) */
    bool timed_sections = leads >= 2 && talks_timed(x->talks.v, leads);
    size_t folded = 0;
    for (size_t a = 0; a < x->talks.n; a++) {
        talk_t *lead = &x->talks.v[a];
        if (lead->event_sent < 0 || section_line(x->d, (size_t)lead->event_sent) ||
            (lead->heading_sent >= 0 && lead->heading_sent <= lead->event_sent))
            break; /* (the lead is over at the first section) */
        /* (a talk of the lead that a section's heading named has that
         * section) */
        if (lead->heading_sent >= 0) continue;
        /* (a first talk with a time of its own is told, not summed up:
         * "On July 8, commencing at 11:00 a.m., ... held a meeting", then
         * "2. Working lunch") */
        /* (a day alone is the section's too: "On March 12 (Tue), ... held a
         * Japan-New Zealand Defense Ministers' Meeting ..." above "1
         * Japan-New Zealand Defense Ministers' Meeting / (1) Date and
         * time: March 12 (Tue) 10:00-11:05") */
        /* (but a lead that told several talks, each with its time, above
         * a numbered section of each in their order: "from 17:00 to 17:40,
         * ... held a video conference with Wallace and Croseto.
         * Subsequently, from 17:50 ..., a telephone conversation with
         * Minister Croseto" above "1 Japan-UK-Italy Defense Ministers'
         * Video Conference" and "2 Japan-Italy Defense Ministers' Telephone
         * Talks") */
        bool timed = lead->has_start || lead->has_dur;
        if (timed && !timed_sections) continue;
        bool own_day = lead->has_date && !lead->date_of_series;
        /* (nor one whose own time follows it, above "5 Working lunch": "1
         * Date and time: June 1 (Thu) 10:05-11:25", "The meeting ran from
         * 9:30 to 11 a.m.") */
        if (!timed_sections && own_time_after(x, (size_t)lead->event_sent)) continue;
        for (size_t b = a + 1; b < x->talks.n; b++) {
            talk_t *sec = &x->talks.v[b];
            if (sec->heading_sent < 0 || sec->sides.n != lead->sides.n || !lead->kind || !sec->kind ||
                (strcmp(lead->kind, sec->kind) && !(timed_sections && !strcmp(lead->kind, "other"))))
                continue;
            if (timed_sections && (sec->has_start || sec->has_dur ||
                                   section_number(x->d, x->d->sents.v[sec->heading_sent].span) != a + folded + 1))
                continue;
            /* (a section's day only when its own, not the lead's first) */
            if (own_day && sec->has_date && !sec->date_of_series &&
                temporal_days(sec->t.date) != temporal_days(lead->t.date))
                continue;
            bool same = true;
            for (int k = 0; k < lead->sides.n; k++) same &= sides_has(&sec->sides, lead->sides.code[k]);
            if (!same) continue;
            for (size_t k = 0; k < lead->parts.n; k++)
                talk_add_part(x, section_for_lead_person(x, sec, &lead->parts.v[k].m), &lead->parts.v[k].m);
            /* (their time and day, which the sections do not tell again) */
            if (timed) {
                sec->t = lead->t;
                sec->has_start = lead->has_start, sec->has_dur = lead->has_dur;
            }
            if (timed || (timed_sections && !sec->has_date)) {
                sec->t.date = lead->t.date;
                sec->has_date = lead->has_date, sec->date_relative = lead->date_relative, sec->date_of_series = false;
            }
            memmove(lead, lead + 1, (x->talks.n - a - 1) * sizeof *lead);
            x->talks.n--;
            a--;
            folded++;
            break;
        }
    }
    split_lead_talks_into_sections(x);
}

/* "Minister Kishida held a Japan-Iran Foreign Ministers' Meeting with Dr.
 * Zarif, and paid a courtesy call on H.E. Dr. Hassan Rouhani" above "1.
 * Japan-Iran Foreign Ministers' Meeting" and "2. Courtesy Call on
 * President Rouhani": a leader the lead put in the first talk, whom a
 * later talk's heading names and no sentence of the first talk names again
 * (its event's aside), is only the later talk's. */
void leaders_to_their_calls(ex_t *x) {
    for (size_t k = 0; k < x->talks.n; k++) {
        talk_t *t = &x->talks.v[k];
        for (size_t q = 0; q < t->parts.n; q++) {
            const mention_t *p = &t->parts.v[q].m;
            if (!people_is_leader(p) || !p->holder) continue;
            /* (or an earlier talk's: "[2] Courtesy call on Prime Minister
             * Abe", then "[3] Working dinner", the lead's people) */
            bool later_heading = false, named_here = false;
            /* (or the sentence telling a later talk: "On the same day, EAM
             * called on Prime Minister Nguyen Tan Dung") */
            for (size_t u = 0; u < x->talks.n && !later_heading; u++) {
                const talk_t *v = &x->talks.v[u];
                int told[2] = {v->heading_sent, u > k && v->event_sent != t->event_sent ? v->event_sent : -1};
                for (int w = 0; w < 2 && u != k && !later_heading; w++) {
                    if (told[w] < 0) continue;
                    const sinfo_t *h = &x->si[told[w]];
                    for (size_t r = 0; r < h->mentions.n && !later_heading; r++)
                        later_heading = same_person(&h->mentions.v[r], p);
                }
            }
            for (size_t i = 0; i < x->d->sents.n && later_heading && !named_here; i++) {
                /* (the title names every talk's people) */
                if (x->si[i].talk != (int)k || (int)i == t->event_sent || (int)i == x->d->title) continue;
                /* (nor the lead above its section, that summed up the
                 * talks: "... held talks with A, and called on His Highness
                 * Sheikh Tamim" above "1 Japan-Qatar Defense Ministers'
                 * Meeting") */
                if (t->heading_sent >= 0 && (int)i < t->heading_sent) continue;
                for (size_t r = 0; r < x->si[i].mentions.n && !named_here; r++)
                    named_here = same_person(&x->si[i].mentions.v[r], p);
            }
            if (!later_heading || named_here) continue;
            memmove(&t->parts.v[q], &t->parts.v[q + 1], (t->parts.n - q - 1) * sizeof *t->parts.v);
            t->parts.n--;
            q--;
        }
    }
}

/* "... chaired the G7 Foreign Ministers' Meeting ... held bilateral
 * meetings with the following counterparts" above the sections of those
 * meetings: a talk that never got a second side nor a day or time, in a
 * release whose other talks have theirs, is the gathering around them, no
 * talk. */
void drop_one_sided_talks(ex_t *x) {
    bool two_sided = false;
    for (size_t k = 0; k < x->talks.n; k++) two_sided |= x->talks.v[k].sides.n >= 2;
    if (!two_sided) return;
    int *now = arena_alloc(x->d->arena, (x->talks.n + 1) * sizeof *now); /* old index -> new, -1 gone */
    size_t kept = 0;
    for (size_t k = 0; k < x->talks.n; k++) {
        const talk_t *t = &x->talks.v[k];
        /* (one side known of a talk with its day, "Later that evening, the
         * Secretary paid a courtesy call on Prime Minister Abe", is a talk) */
        now[k] = t->sides.n >= 2 || t->has_date || t->has_start || t->has_dur ? (int)kept : -1;
        if (now[k] >= 0) x->talks.v[kept++] = x->talks.v[k];
    }
    x->talks.n = kept;
    for (size_t i = 0; i < x->d->sents.n; i++)
        if (x->si[i].talk >= 0) x->si[i].talk = now[x->si[i].talk];
}

void assign_sentences(ex_t *x) {
    doc_t *d = x->d;
    /* "2 Japan-China Defense Ministers' Meeting / (1) Date and time / Same
     * day 18:20-19:05": the short lines under a section heading that opened
     * a talk tell its time, before anything later in the section ("5 Others
     * / On the 19th, before the meetings, ...") */
    for (size_t k = 0; k < x->talks.n; k++) {
        talk_t *t = &x->talks.v[k];
        if (t->heading_sent < 0) continue;
        int next = k + 1 < x->talks.n ? x->talks.v[k + 1].event_sent : (int)d->sents.n;
        int to = t->heading_sent + 5 < next ? t->heading_sent + 5 : next;
        short_time_lines(x, t, t->heading_sent + 1, to, k ? &x->talks.v[k - 1] : NULL);
    }
    /* "(1) Date and time: January 11 (Wed) 16:00-17:40" ... "Japan side:
     * Foreign Minister Hayashi": short lines above a talk told by lines of
     * its own, after the talk before */
    for (size_t k = 0; k < x->talks.n; k++) {
        talk_t *t = &x->talks.v[k];
        if (t->heading_sent >= 0 || t->event_sent < 0 || !section_line(d, (size_t)t->event_sent)) continue;
        int from = t->event_sent - 5, floor = k ? x->talks.v[k - 1].event_sent + 1 : 0;
        short_time_lines(x, t, from > floor ? from : floor, t->event_sent, k ? &x->talks.v[k - 1] : NULL);
    }
    header_time_lines(x);
    time_from_lead(x);
    each_length_after_summary(x);
    size_t tk = 0;
    int named = -1; /* the earlier talk a heading named, until the next talk */
    bool aside = false; /* under a section of no talk ("5 Others") */
    for (size_t i = 0; i < d->sents.n; i++) {
        while (tk + 1 < x->talks.n && (int)i >= x->talks.v[tk + 1].event_sent) tk++, named = -1, aside = false;
        if (!x->talks.n) break;
        /* (a bare "Others", its number gone with the list marker: after
         * sections that each told a talk, "2. Japan-Romania Foreign
         * Ministers' Brief Talk" / "3. Others"; not after a talk's own
         * sections, "2. Defense cooperation" / "3. Others", nor a
         * subsection "(3) Others") */
        aside |= body_sentence(&d->sents.v[i]) && sentence_has_role(x, i, "aside") &&
                 (!isalpha((unsigned char)d->text[d->sents.v[i].span.start]) ||
                  (section_number(d, d->sents.v[i].span) && x->talks.v[tk].heading_sent >= 0));
        if (aside) {
            x->si[i].talk = -1;
            continue;
        }
        if (tk > 0 && body_sentence(&d->sents.v[i]) && x->talks.v[tk].event_sent != (int)i) {
            int k = talk_named_by_heading(x, i, tk + 1);
            if (k < 0) k = talk_by_section_number(x, i, tk + 1);
            if (k >= 0) named = k;
        }
        size_t own = named >= 0 ? (size_t)named : before_meal_told(x, tk, i) ? tk - 1 : tk;
        for (size_t k = 0; k < x->talks.n && x->si[i].back_to_event >= 0; k++)
            if (x->talks.v[k].event_sent == x->si[i].back_to_event) own = k;
        x->si[i].talk = (int)own;
        talk_t *t = &x->talks.v[own];
        if (body_sentence(&d->sents.v[i])) {
            /* (or a short line above the event sentence that told the
             * talk again: "Tallinn, 25 April" / "In Tallinn, Ms Huitfeldt
             * met ..." under a lead that named three capitals) */
            if (tk == 0 && !t->has_date && !x->si[i].talk_n &&
                (lead_of(d, i, t->event_sent) || short_line_above_event(x, i) || lead_of_title_talk(x, t, i)))
                take_lead_day(x, t, i);
            /* The talk's time may be told in a later sentence about it (and
             * its day resolves the people named there). */
            /* (not a sentence after the talk whose talk words only say
             * when, of something else) */
            if ((int)i != t->event_sent && x->si[i].talk_n && !((int)i > t->event_sent && only_role(x, i, "sequel")) &&
                (!t->has_date || !t->has_start || !t->has_dur)) {
                bool had_date = t->has_date, had_series = t->date_of_series;
                date_t old_date = t->t.date;
                talk_time_from(x, t, i, own > 0 ? &x->talks.v[own - 1] : NULL);
                /* a lead above the talk ("visited Jakarta for the meeting
                 * held on November 16"): the talk's own line may say
                 * otherwise */
                if (!had_date && t->has_date && (int)i < t->event_sent) t->date_of_series = true;
                /* ("The Foreign Secretary congratulated Dr Zarif on the
                 * conclusion of the JCPOA in Vienna on 14 July", in a
                 * release of 23 August: a day weeks before the release, told
                 * after the talk, is another event's) */
                /* (nor is a day a later sentence without talk words of its
                 * own gives over the summary's: "NATO Secretary General Mark
                 * Rutte confirmed on Oct. 28 that ..." under "held phone
                 * calls ... on Oct. 30") */
                /* (nor one after the release, to come: "expressed their
                 * intention to hold the second round of talks in Ankara on
                 * 2 September 2024") */
                if (t->has_date && temporal_days(t->t.date) != (had_date ? temporal_days(old_date) : -1) &&
                    (int)i > t->event_sent &&
                    ((d->published.y && temporal_days(d->published) - temporal_days(t->t.date) > 14) ||
                     day_to_come(d, t->t.date) ||
                     (had_date && had_series && only_role(x, i, "cue"))))
                    t->has_date = had_date, t->t.date = old_date, t->date_of_series = had_series;
            }
            read_mentions(x, i, t);
            for (size_t k = 0; k < x->si[i].mentions.n; k++) {
                mention_t *p = &x->si[i].mentions.v[k];
                if (!p->country) settle_country(x, t, p);
                /* Fill in a participant's name or title from later text. */
                for (size_t q = 0; q < t->parts.n && p->country; q++) {
                    mention_t *pm = &t->parts.v[q].m;
                    if (!same_person(pm, p)) continue;
                    take_fuller_title(pm, p, false);
                    if (!pm->holder && p->holder && pm->office &&
                        p->office && !strcmp(pm->office, p->office)) {
                        pm->holder = p->holder;
                        pm->name = p->name;
                    } else if (!pm->holder && !pm->name_text && (p->holder || p->name_text) &&
                               (!pm->office || !p->office || !strcmp(pm->office, p->office))) {
                        /* a side known only from a heading or a group: its
                         * first named person ("Minister Joly expressed") */
                        if (!pm->office) pm->office = p->office;
                        pm->holder = p->holder;
                        pm->name = p->name;
                        pm->name_text = p->name_text;
                    }
                }
            }
            /* "Deputy Secretary of Defense Bob Work joined the meeting" */
            /* (a side of the talk, or one the text names: "Defence
             * Secretary Aramane" in an India-China talk is no Briton) */
            if (sentence_has_role(x, i, "joined") || listed_as_joining(x, i))
                for (size_t k = 0; k < x->si[i].mentions.n; k++) {
                    mention_t *p = &x->si[i].mentions.v[k];
                    const char *marker = side_marker_before(x, p);
                    /* (an attendee list's office with no name is no one:
                     * "Japan: Minister of Defense Kihara, Administrative
                     * Vice-Minister of Defense, ... and others") */
                    if (marker && !p->name_text) continue;
                    bool named_side = (p->m && (p->m->has >> F_COUNTRY & 1)) || marker;
                    /* "The meeting, which was also attended by ...,
                     * Ambassador Carlos Duarte": an official named with no
                     * side is of the host's, who was named first (not a
                     * minister or leader, whom the gazetteer would know
                     * if they were the host's) */
                    if (!p->country && !p->ngroup && p->name_text && t->parts.n &&
                        (!p->office || !strcmp(p->office, "other"))) {
                        const char *side = side_named_before(x, i, p);
                        const char *listed = side_listed_before(x, i, p);
                        const char *delegation = delegation_named_after(x, i, p);
                        p->country = delegation ? delegation : side ? side : listed ? listed : host_side(x, t, i);
                        /* (a rank or a form of address names no office: an
                         * official's, not the minister's of that side) */
                        if (!p->office) p->office = "other";
                        named_side = true;
                    }
                    if (p->country && !p->ngroup && (named_side || sides_has(&t->sides, p->country)))
                        talk_add_part(x, t, p);
                }
            /* "X spoke with Y ... During their call": a later word for the
             * medium tells what "spoke" did not; after an event that said
             * nothing of it ("X and his counterpart Y agreed Wednesday"),
             * "meeting" tells it too. */
            /* (not a talk told as background: "... had discussed the
             * pandemic over the phone last month") */
            /* (nor of a talk to come: "to convene the next session of the
             * Binational Commission virtually later this year") */
            if (t->kind && !strcmp(t->kind, "other") && (int)i != t->event_sent && !sentence_has_role(x, i, "past") &&
                !sentence_has_role(x, i, "future") && !x->si[i].background) {
                sinfo_t *si = &x->si[i];
                for (size_t k = 0; k < si->talk_n; k++) {
                    const match_t *m = &x->mv.v[si->talk_from + k];
                    const char *kind = m->rule->set[F_KIND];
                    if (in_venue(x, i, m->span)) continue;
                    /* (not a way to reach someone: "contact the Embassy
                     * ... by phone +370 ...") */
                    bool a_way_to_reach = word_before(d, m->span.start, "by ");
                    if (kind && !a_way_to_reach && (remote_kind(kind) || (!t->kind_rule && !strcmp(kind, "meeting")))) {
                        t->kind = kind;
                        t->kind_prio = m->rule->priority;
                        t->kind_rule = m->rule;
                        break;
                    }
                }
            }
        }
    }
    /* "1 Date and time / Reiwa 2 (2020) May 13 (Wed) 16:30~17:20 / 2
     * Outline / Minister Kono held a video conference ...": a short line
     * of date and time above the first talk's event tells its time. */
    if (!x->talks.n) return;
    short_time_lines(x, &x->talks.v[0], 0, x->talks.v[0].event_sent, NULL);
    /* "Minister Anand then met ...": a sequel is on the day of the talk
     * before, which may have been told only now ("Yesterday, ... met with
     * several of her counterparts") */
    for (size_t k = 1; k < x->talks.n; k++) {
        talk_t *u = &x->talks.v[k], *before = &x->talks.v[k - 1];
        /* (also over the first day of a lead's series: "held this
         * Wednesday and Thursday a series of meetings ... On Thursday 14,
         * ... Later, ... spoke with": Thursday) */
        /* (or the first line under its heading: "2 Working lunch" / "After
         * the meeting, Minister Ruik hosted a working lunch ...") */
        bool sequel = sentence_has_role(x, (size_t)u->event_sent, "sequel") ||
                      (u->heading_sent >= 0 && u->heading_sent == u->event_sent &&
                       (size_t)u->heading_sent + 1 < d->sents.n && sentence_has_role(x, (size_t)u->heading_sent + 1, "sequel"));
        if ((!u->has_date || u->date_of_series) && before->has_date && sequel)
            u->has_date = true, u->date_of_series = false, u->t.date = before->t.date;
    }
    /* "On January 5 (local time), ... held a ... Meeting with ..., and paid
     * a courtesy call on ..." above "1. ..." and "2. Courtesy Call on
     * President Lasso": a section's talk that tells no day has the lead's,
     * when the talks before it all had that one day */
    const talk_t *first = &x->talks.v[0];
    bool one_day = first->has_date && first->event_sent >= 0 && !section_line(d, (size_t)first->event_sent);
    for (size_t k = 1; k < x->talks.n && one_day; k++) {
        talk_t *u = &x->talks.v[k];
        if (u->has_date) {
            one_day = temporal_days(u->t.date) == temporal_days(first->t.date);
            continue;
        }
        /* (or right under a heading it took no note of: "4 Courtesy call
         * on Prime Minister Kishida" / "From 17:10 for about 20 minutes,
         * ...") */
        bool under_heading = u->heading_sent >= 0 ||
                             (u->event_sent > 0 && sentence_has_role(x, (size_t)u->event_sent - 1, "heading"));
        if (under_heading && u->event_sent > first->event_sent) u->has_date = true, u->t.date = first->t.date;
    }
    /* one person in several talks: the fullest title any of them was
     * written with ("Secretary of Foreign Affairs" above, "Secretary
     * Barcena" under the working lunch's heading), or the lead gave them
     * ("Mr. Ali Shamkhani, Secretary of the Supreme National Security
     * Council", then "Meeting with Secretary Shamkhani") */
    for (size_t k = 0; k < x->talks.n; k++)
        for (size_t q = 0; q < x->talks.v[k].parts.n; q++) {
            mention_t *pm = &x->talks.v[k].parts.v[q].m;
            for (size_t u = 0; u < x->talks.n; u++)
                for (size_t r = 0; u != k && r < x->talks.v[u].parts.n; r++)
                    if (pm->title && same_person(pm, &x->talks.v[u].parts.v[r].m))
                        take_fuller_title(pm, &x->talks.v[u].parts.v[r].m, true);
            for (size_t i = 0; i < x->d->sents.n; i++)
                for (size_t r = 0; r < x->si[i].mentions.n; r++) {
                    const mention_t *o = &x->si[i].mentions.v[r];
                    bool same = pm->holder ? o->holder == pm->holder
                                           : !o->holder && o->name_text && pm->name_text &&
                                                 !strcmp(o->name_text, pm->name_text);
                    if (same && pm->title && same_person(pm, o)) take_fuller_title(pm, o, true);
                }
        }
}

/* Whether t's lead names the guest's person as one met "with" (not one of
 * those who met: "Hamada, Austin and Marles met"). */
static bool met_with_in_lead(const ex_t *x, const talk_t *t, const char *guest) {
    const sinfo_t *lead = &x->si[t->event_sent];
    uint32_t from = x->d->sents.v[t->event_sent].span.start;
    for (size_t k = 0; k < lead->mentions.n; k++) {
        const mention_t *p = &lead->mentions.v[k];
        if (!side_person(p) || strcmp(p->country, guest)) continue;
        const char *w = memmem(x->d->text + from, p->span.start - from, " with ", 6);
        return w != NULL;
    }
    return false;
}

/* "had phone talks with A of Laos and with B of Cambodia", then "In the
 * phone call with Deputy Prime Minister Saleumxay, ..." and "Right after
 * that, ... had a phone call with Deputy Prime Minister Prak Sokhon": the
 * lead's first talk holds both guests until the second is told apart.  A
 * person of t whom a later talk u has too, whose side no sentence of t's
 * own names while they name the host and one other guest, and whom no
 * joint word makes one of a gathering, is u's alone. */
void lead_guests_told_apart(ex_t *x) {
    for (size_t a = 0; a < x->talks.n; a++) {
        talk_t *t = &x->talks.v[a];
        if (t->sides.n < 3 || t->event_sent < 0 || sentence_has_role(x, (size_t)t->event_sent, "joint")) continue;
        sides_t own = {{0}, 0}; /* the sides t's own sentences name */
        for (size_t i = 0; i < x->d->sents.n; i++) {
            if (x->si[i].talk != (int)a || (int)i == t->event_sent || (int)i == x->d->title ||
                !body_sentence(&x->d->sents.v[i]))
                continue;
            add_sides_named(&x->si[i], &own);
        }
        if (own.n != 2) continue;
        for (size_t b = a + 1; b < x->talks.n; b++) {
            const talk_t *u = &x->talks.v[b];
            if (u->sides.n != 2 || !sides_within(&u->sides, &t->sides)) continue;
            /* (the host is the side both name; the guest the other) */
            const char *guest = NULL;
            for (int k = 0; k < u->sides.n; k++)
                if (!sides_has(&own, u->sides.code[k])) guest = guest ? NULL : u->sides.code[k];
            bool host_named = false;
            for (int k = 0; k < u->sides.n; k++) host_named |= sides_has(&own, u->sides.code[k]);
            if (!guest || !host_named || !met_with_in_lead(x, t, guest)) continue;
            size_t kept = 0;
            for (size_t k = 0; k < t->parts.n; k++)
                if (strcmp(t->parts.v[k].m.country, guest)) t->parts.v[kept++] = t->parts.v[k];
            t->parts.n = kept;
            sides_of_people(t);
            if (t->sides.n < 3) break;
        }
    }
}
