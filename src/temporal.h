/* temporal.h — resolve: dates, clock times and durations.
 *
 * Turns a match of a `time` rule (its groups: year, month, day, weekday,
 * era, era_year, rel, hour, min, ampm, hour2, min2, ampm2, noon, dur_h,
 * dur_m, half, hedge) into normalized values, resolving year-less and
 * relative dates against the release date.  The words (month names, number
 * words, eras, weekdays, "yesterday") come from lexicons in rules/lexicons:
 * months, numbers, eras, weekdays, reldays, ampm.
 */
#ifndef READOUT_TEMPORAL_H
#define READOUT_TEMPORAL_H

#include "match.h"

typedef struct {
    bool has_date;
    date_t date;     /* valid when has_date */
    int start, end;  /* minutes after midnight, -1 unknown */
    int duration;    /* minutes, -1 unknown */
    bool approx;
    bool date_needs_year; /* a date was written but no year could be had */
    bool explicit_year;   /* the year was written */
    bool same_day;        /* "the same day": the day of the talk before, if any */
    bool next_day;        /* "the following day": the day after the talk before's */
    /* "In May": a month alone, no talk's day, but its last day tells how
     * long before the release it was (the release's year, or the one
     * before for a later month) */
    bool month_alone;
    date_t month_last;
    const char *problem;  /* an impossible value that was dropped */
} tval_t;

void temporal_interpret(const ruleset_t *rs, doc_t *d, const match_t *m,
                        date_t published, tval_t *out);

/* Days since 1970-01-01 (proleptic Gregorian). */
long temporal_days(date_t d);
date_t temporal_from_days(long days);
bool temporal_valid(date_t d);
/* "YYYY-MM-DD" / "HH:MM" into buf (empty when unknown). */
void temporal_fmt_date(date_t d, char *buf, size_t n);
void temporal_fmt_time(int minutes, char *buf, size_t n);
bool temporal_parse_date(const char *s, date_t *d);
/* A number written in digits or words ("forty-five", "an"), or -1. */
int temporal_number(const ruleset_t *rs, const char *s);

#endif
