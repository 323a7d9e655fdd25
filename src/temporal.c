/* temporal.c — resolve: dates, times and durations from time-rule matches. */
#include "temporal.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

long temporal_days(date_t d) {
    /* Howard Hinnant's days_from_civil. */
    long y = d.y - (d.m <= 2);
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long mp = (d.m + 9) % 12;
    long doy = (153 * mp + 2) / 5 + d.d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

date_t temporal_from_days(long z) {
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    date_t r;
    r.d = (int)(doy - (153 * mp + 2) / 5 + 1);
    r.m = (int)(mp < 10 ? mp + 3 : mp - 9);
    r.y = (int)(y + (r.m <= 2));
    return r;
}

bool temporal_valid(date_t d) {
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d.y < 1900 || d.y > 2200 || d.m < 1 || d.m > 12 || d.d < 1) return false;
    if (d.d > mdays[d.m - 1]) return false;
    if (d.m == 2 && d.d == 29) {
        bool leap = (d.y % 4 == 0 && d.y % 100 != 0) || d.y % 400 == 0;
        if (!leap) return false;
    }
    return true;
}

void temporal_fmt_date(date_t d, char *buf, size_t n) {
    if (!d.y) buf[0] = 0;
    else snprintf(buf, n, "%04d-%02d-%02d", d.y, d.m, d.d);
}

void temporal_fmt_time(int minutes, char *buf, size_t n) {
    if (minutes < 0) buf[0] = 0;
    else snprintf(buf, n, "%02d:%02d", minutes / 60, minutes % 60);
}

bool temporal_parse_date(const char *s, date_t *d) {
    int y, m, dd;
    char tail;
    if (sscanf(s, "%d-%d-%d%c", &y, &m, &dd, &tail) != 3) return false;
    d->y = y, d->m = m, d->d = dd;
    return temporal_valid(*d);
}

static const char *lex_value(const ruleset_t *rs, const char *lexname,
                             const char *s) {
    const lex_entry_t *e = lexicon_find(rules_lexicon(rs, lexname), s, strlen(s));
    return e ? e->value : NULL;
}

int temporal_number(const ruleset_t *rs, const char *s) {
    if (!s || !*s) return -1;
    if (isdigit((unsigned char)*s)) {
        char *end;
        long v = strtol(s, &end, 10);
        return v > 100000 ? -1 : (int)v;
    }
    const char *v = lex_value(rs, "numbers", s);
    if (v) return atoi(v);
    /* "forty-five", "forty five": tens and units from the lexicon. */
    char buf[64];
    snprintf(buf, sizeof buf, "%s", s);
    char *sep = strpbrk(buf, "- ");
    if (!sep) return -1;
    *sep = 0;
    const char *t = lex_value(rs, "numbers", buf), *u = lex_value(rs, "numbers", sep + 1);
    if (!t || !u) return -1;
    int tv = atoi(t), uv = atoi(u);
    if (tv < 20 || tv % 10 || uv < 1 || uv > 9) return -1;
    return tv + uv;
}

/* "2", "two", "1.5" hours in minutes; -1 if not a number. */
static int hours_in_minutes(const ruleset_t *rs, const char *s) {
    if (isdigit((unsigned char)*s) && strchr(s, '.')) {
        double h = strtod(s, NULL);
        return h > 0 && h < 100 ? (int)(h * 60 + 0.5) : -1;
    }
    int h = temporal_number(rs, s);
    return h < 0 ? -1 : h * 60;
}

static int weekday_of(date_t d) { /* 0 = Monday */
    long z = temporal_days(d);
    return (int)(((z % 7) + 7 + 3) % 7);
}

static void fail(tval_t *o, doc_t *d, const char *what, const match_t *m) {
    o->problem = arena_printf(d->arena, "impossible %s '%s' ignored", what,
                              doc_span_text(d, m->span));
}

static int clock(const ruleset_t *rs, doc_t *d, const match_t *m, field_t fh,
                 field_t fm, field_t fap, const char *ampm_default, tval_t *o) {
    /* (a rule may set them: "to noon" is hour2=12) */
    const char *hs = match_field(d, m, fh);
    if (!hs) return -1;
    int h = temporal_number(rs, hs);
    const char *ms = match_field(d, m, fm);
    int mi = ms ? temporal_number(rs, ms) : 0;
    const char *ap = match_group(d, m, fap);
    const char *apv = ap ? lex_value(rs, "ampm", ap) : ampm_default;
    if (h < 0 || mi < 0 || mi > 59 || h > 24 || (h == 24 && mi)) {
        fail(o, d, "time", m);
        return -1;
    }
    if (apv) {
        /* "21:50 p.m." and "0:45 a.m." are written, and clear */
        if (h > 12 || h == 0) {
            if (!(h > 12 && !strcmp(apv, "pm")) && !(h == 0 && !strcmp(apv, "am"))) {
                fail(o, d, "time", m);
                return -1;
            }
        } else if (!strcmp(apv, "pm") && h < 12) h += 12;
        /* ("11:30 a.m. to 12:15": the morning's marker does not make the
         * end midnight) */
        else if (!strcmp(apv, "am") && h == 12 && ap) h = 0;
    }
    if (h == 24) h = 0;
    return h * 60 + mi;
}

void temporal_interpret(const ruleset_t *rs, doc_t *d, const match_t *m,
                        date_t pub, tval_t *o) {
    memset(o, 0, sizeof *o);
    o->start = o->end = o->duration = -1;

    /* ---- date ---- */
    const char *ys = match_group(d, m, F_YEAR), *ms = match_group(d, m, F_MONTH);
    const char *ds = match_group(d, m, F_DAY), *era = match_group(d, m, F_ERA);
    const char *rel = match_group(d, m, F_REL), *wd = match_group(d, m, F_WEEKDAY);
    date_t dt = {0};
    if (era) {
        const char *base = lex_value(rs, "eras", era);
        const char *n = match_group(d, m, F_ERA_YEAR);
        int k = n ? temporal_number(rs, n) : -1;
        if (base && k > 0) dt.y = atoi(base) + k, o->explicit_year = true;
    }
    /* (a year of two digits is this century's: "04/14/24 6:10 AM ET") */
    if (ys) dt.y = atoi(ys) + (strlen(ys) == 2 ? 2000 : 0), o->explicit_year = true;
    if (ms) {
        const char *v = isdigit((unsigned char)ms[0]) ? ms : lex_value(rs, "months", ms);
        dt.m = v ? atoi(v) : 0;
    }
    if (ds) dt.d = temporal_number(rs, ds);
    if (rel) {
        const char *v = lex_value(rs, "reldays", rel);
        o->same_day = v && !strcmp(v, "same");
        o->next_day = v && !strcmp(v, "next");
        if (o->next_day) {
            /* known only from the talk before (talks.c) */
        } else if (v && pub.y) {
            o->date = temporal_from_days(temporal_days(pub) + atoi(v));
            o->has_date = true;
        } else {
            o->date_needs_year = true;
        }
    } else if (dt.m && dt.d) {
        if (!dt.y && pub.y) {
            dt.y = pub.y;
            /* A January release about "December 28" is about last year. */
            if (temporal_valid(dt) && temporal_days(dt) > temporal_days(pub) + 31)
                dt.y--;
        }
        if (!dt.y) {
            o->date_needs_year = true;
            date_t probe = {2000, dt.m, dt.d};
            if (!temporal_valid(probe)) fail(o, d, "date", m);
        } else if (!temporal_valid(dt)) {
            fail(o, d, "date", m);
        } else {
            o->date = dt;
            o->has_date = true;
        }
    } else if (dt.d && !dt.m) { /* "on the 25th" */
        if (pub.y) {
            date_t c = {pub.y, pub.m, dt.d};
            if (dt.d > pub.d) { /* last month's 25th */
                c.m = pub.m == 1 ? 12 : pub.m - 1;
                if (pub.m == 1) c.y--;
            }
            if (temporal_valid(c)) o->date = c, o->has_date = true;
            else fail(o, d, "date", m);
        } else {
            o->date_needs_year = true;
        }
    } else if (wd && !dt.m) { /* "Monday": the last one on or before release */
        const char *v = lex_value(rs, "weekdays", wd);
        if (v && pub.y) {
            int back = (weekday_of(pub) - atoi(v) + 7) % 7;
            o->date = temporal_from_days(temporal_days(pub) - back);
            o->has_date = true;
        } else {
            o->date_needs_year = true;
        }
    } else if (dt.m && !dt.d) {
        /* a month alone is not a date of a talk */
        date_t last = {dt.y ? dt.y : pub.y, dt.m, 31};
        if (!dt.y && dt.m > pub.m) last.y--;
        while (last.d > 28 && !temporal_valid(last)) last.d--;
        if (last.y && temporal_valid(last)) o->month_alone = true, o->month_last = last;
    }

    /* ---- clock times ---- */
    if (match_group(d, m, F_NOON)) o->start = 12 * 60;
    const char *ap2 = match_group(d, m, F_AMPM2);
    /* "10:15-10:20 A.M.": the second marker covers the first time too. */
    const char *def = NULL;
    if (ap2 && !match_group(d, m, F_AMPM)) def = lex_value(rs, "ampm", ap2);
    int st = clock(rs, d, m, F_HOUR, F_MIN, F_AMPM, def, o);
    if (st >= 0) o->start = st;
    const char *ap1 = match_group(d, m, F_AMPM);
    int en = clock(rs, d, m, F_HOUR2, F_MIN2, F_AMPM2,
                   ap1 ? lex_value(rs, "ampm", ap1) : NULL, o);
    if (en >= 0 && o->start < 0) o->end = en; /* "which ended at 18:50": the end alone */
    if (en >= 0 && o->start >= 0) {
        o->end = en;
        int diff = en - o->start;
        if (diff < 0 && diff + 12 * 60 > 0 && !ap2) { /* 11:30 to 1:10 */
            o->end = en + 12 * 60;
            diff += 12 * 60;
        }
        if (diff < 0) diff += 24 * 60;
        o->duration = diff;
    }

    /* ---- durations ---- */
    /* (a rule may set them: "hourlong" is an hour) */
    const char *hs = match_field(d, m, F_DUR_H), *mins = match_field(d, m, F_DUR_M);
    bool half = match_group(d, m, F_HALF) != NULL;
    if (hs || mins || half) {
        int hm = hs ? hours_in_minutes(rs, hs) : 0;
        int mi = mins ? temporal_number(rs, mins) : 0;
        if (hm < 0 || mi < 0) {
            fail(o, d, "duration", m);
        } else {
            int total = hm + mi + (half ? 30 : 0);
            if (total <= 0 || total > 24 * 60) fail(o, d, "duration", m);
            else o->duration = total;
        }
    }
    if (o->duration >= 0 && match_group(d, m, F_HEDGE)) o->approx = true;
}
