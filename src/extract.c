/* extract.c — stage 4: from matches to the SPEC's rows.  Runs the rule
 * tables over each sentence, has talks.c build the talks (with their people,
 * participants.c) and positions.c find who took each stance, then emits the
 * rows of talks, participants, cooperation items and the document. */
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

/* Matches of one table in sentence i go to x->mv[*from .. *from + *n). */
static void run_table(ex_t *x, rule_table_t table, size_t i, size_t *from, size_t *n, bool cond,
                      bool resolve) {
    *from = x->mv.n;
    if (cond) {
        match_unit(x->rs, x->w, x->d, table, x->d->sents.v[i].span, (int)i, &x->mv);
        if (resolve) match_resolve(&x->mv, *from);
    }
    *n = x->mv.n - *from;
}

/* The times of a sentence without talk words, when it turns out to tell a
 * talk's day after all. */
void need_times(ex_t *x, size_t i) {
    sinfo_t *si = &x->si[i];
    if (si->times_run) return;
    si->times_run = true;
    run_table(x, RT_TIME, i, &si->time_from, &si->time_n, true, true);
}

static void run_tables(ex_t *x) {
    doc_t *d = x->d;
    x->si = arena_alloc(d->arena, (d->sents.n + 1) * sizeof *x->si);
    for (size_t i = 0; i < d->sents.n; i++) {
        sentence_t *s = &d->sents.v[i];
        sinfo_t *si = &x->si[i];
        si->talk = si->back_to_event = -1;
        si->background = false;
        bool body = body_sentence(s), title = s->flags & SENT_TITLE;
        bool item = s->flags & SENT_ITEM, header = s->flags & SENT_HEADER;
        run_table(x, RT_TALKS, i, &si->talk_from, &si->talk_n, body || title, false);
        /* times matter only where a sentence speaks of a talk */
        si->times_run = (body || title) && si->talk_n;
        run_table(x, RT_TIME, i, &si->time_from, &si->time_n, si->times_run, true);
        /* header lines for the minister a first-person release is by */
        run_table(x, RT_PARTICIPANTS, i, &si->part_from, &si->part_n, body || title || header, true);
        run_table(x, RT_ACTORS, i, &si->actor_from, &si->actor_n, body, true);
        run_table(x, RT_POSITIONS, i, &si->pos_from, &si->pos_n, body, true);
        /* topics go on position rows and items only */
        bool stance = false;
        for (size_t k = 0; k < si->pos_n && !stance; k++) {
            const match_t *m = &x->mv.v[si->pos_from + k];
            stance = !m->dropped && m->rule->set[F_KIND] && strcmp(m->rule->set[F_KIND], "none");
        }
        si->topics = (stance || item) ? match_topics(x->rs, x->w, d, s->span, NULL) : "";
    }
}

/* ---- items, talks, participants, documents ----------------------------- */

static const char *item_text(ex_t *x, size_t i) {
    doc_t *d = x->d;
    span_t s = d->sents.v[i].span;
    matchvec_t mv = {0};
    match_unit(x->rs, x->w, d, RT_ITEMS, s, (int)i, &mv);
    for (size_t k = 0; k < mv.n; k++) {
        const char *role = mv.v[k].rule->set[F_ROLE];
        if (role && !strcmp(role, "trim") && mv.v[k].span.end == s.end &&
            mv.v[k].span.start < s.end && mv.v[k].span.start > s.start)
            s.end = mv.v[k].span.start;
    }
    while (s.end > s.start && strchr(" ,;", d->text[s.end - 1])) s.end--;
    return doc_span_text(d, s);
}

static void emit_items(ex_t *x) {
    doc_t *d = x->d;
    int listno = 0;
    for (size_t l = 0; l < d->lists.n; l++) {
        list_t *lst = &d->lists.v[l];
        if (!lst->coop) continue;
        listno++;
        int talk = lst->leadin >= 0 && x->si[lst->leadin].talk >= 0 ? x->si[lst->leadin].talk : 0;
        if (!x->talks.n) continue;
        const char *lead = lst->leadin >= 0 ? doc_span_text(d, d->sents.v[lst->leadin].span) : "";
        int itemno = 0;
        for (size_t i = 0; i < d->sents.n; i++) {
            sentence_t *s = &d->sents.v[i];
            if (!(s->flags & SENT_ITEM) || d->paras.v[s->para].list != (int)l) continue;
            char a[16], b[16], c[16];
            snprintf(a, sizeof a, "%d", talk + 1);
            snprintf(b, sizeof b, "%d", listno);
            snprintf(c, sizeof c, "%d", ++itemno);
            const char *cells[] = {d->name, arena_strdup(d->arena, a), arena_strdup(d->arena, b),
                                   arena_strdup(d->arena, c), lead, item_text(x, i),
                                   x->si[i].topics};
            doc_add_row(d, T_ITEMS, cells, "segment.list", s->span);
        }
    }
}

static const char *joined_sides(ex_t *x, const talk_t *t) {
    const char *codes[MAX_SIDES];
    int n = t->sides.n;
    memcpy(codes, t->sides.code, sizeof(char *) * (size_t)n);
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && strcmp(codes[j - 1], codes[j]) > 0; j--) {
            const char *tmp = codes[j];
            codes[j] = codes[j - 1];
            codes[j - 1] = tmp;
        }
    sbuf_t b;
    sbuf_init(&b, x->d->arena);
    for (int i = 0; i < n; i++) {
        if (i) sbuf_addc(&b, ';');
        sbuf_adds(&b, codes[i]);
    }
    return sbuf_str(&b);
}

/* A participant resolved before the talk's day or fullest title was known
 * ("Minister Anand", who held defence in 2022 and foreign affairs from
 * 2025), or left unnamed for want of the day: resolved again on that day,
 * with the office the title names. */
static void resolve_on_talk_day(ex_t *x) {
    for (size_t k = 0; k < x->talks.n; k++) {
        talk_t *t = &x->talks.v[k];
        for (size_t q = 0; q < t->parts.n && t->has_date; q++) {
            mention_t *m = &t->parts.v[q].m;
            const char *office = people_title_office(x->rs, m->title);
            bool unnamed = !m->name_text && !m->holder && m->country && m->office;
            bool unknown = m->name_text && !m->holder; /* a near miss needs the day */
            if (!unnamed && !unknown &&
                (!m->holder || !m->name_text ||
                 (people_in_office(m->holder, t->t.date) && (!office || !strcmp(office, m->holder->office)))))
                continue;
            mention_t again = *m;
            again.holder = NULL;
            again.name = again.name_text;
            if (!unnamed && !unknown) again.office = office; /* not the holder's */
            people_ctx_t ctx = {t->t.date, t->sides.code, t->sides.n, false};
            people_resolve(x->rs, x->d, &again, &ctx);
            if (again.holder) *m = again;
        }
    }
}

/* "Attendees: (Japan) Defense Minister Iwaya, Administrative Vice-Minister
 * of Defense and others": an official named by a title of no minister's
 * office alone, on a side someone else already stands for, is of the
 * delegation, not a participant. */
static bool unnamed_aide(const talk_t *t, const mention_t *m) {
    if ((m->name && *m->name) || (m->office && strcmp(m->office, "other"))) return false;
    for (size_t q = 0; q < t->parts.n; q++) {
        const mention_t *o = &t->parts.v[q].m;
        if (o != m && o->name && *o->name && !strcmp(o->country, m->country)) return true;
    }
    return false;
}

static void emit_talks(ex_t *x) {
    doc_t *d = x->d;
    for (size_t k = 0; k < x->talks.n; k++) {
        talk_t *t = &x->talks.v[k];
        char no[24], date[16] = "", st[16] = "", en[16] = "", dur[16] = "";
        snprintf(no, sizeof no, "%zu", k + 1);
        if (t->has_date) temporal_fmt_date(t->t.date, date, sizeof date);
        if (t->has_start) temporal_fmt_time(t->t.start, st, sizeof st);
        if (t->has_start && t->t.end >= 0) temporal_fmt_time(t->t.end % (24 * 60), en, sizeof en);
        if (t->has_dur) snprintf(dur, sizeof dur, "%d", t->t.duration);
        const char *cells[] = {
            d->name, arena_strdup(d->arena, no), t->kind, arena_strdup(d->arena, date),
            arena_strdup(d->arena, st), arena_strdup(d->arena, en), arena_strdup(d->arena, dur),
            t->has_dur ? (t->t.approx ? "true" : "false") : "", joined_sides(x, t),
            t->evidence_sent >= 0 ? doc_span_text(d, d->sents.v[t->evidence_sent].span) : ""};
        doc_add_row(d, T_TALKS, cells, t->kind_rule ? t->kind_rule->id : "",
                    d->sents.v[t->event_sent].span);
        for (size_t p = 0; p < t->parts.n; p++) {
            mention_t *m = &t->parts.v[p].m;
            if (unnamed_aide(t, m)) continue;
            const country_t *c = rules_country(x->rs, m->country);
            if (m->unresolved && m->name_text)
                doc_note(d, "participant '%s' not in the gazetteer", m->name_text);
            /* "Deputy Prime Minister Marles", "Deputy Secretary of the
             * Central Military Commission ... Phan Van Giang": a title of
             * no minister's office on a person the gazetteer knows holds one
             * -- then, not years before (General Guler, Chief of the General
             * Staff in 2019, defence minister from 2023) */
            const char *office = m->office;
            if (m->holder && strcmp(m->holder->office, "other") && (!office || !strcmp(office, "other")) &&
                (!t->has_date || people_in_office(m->holder, t->t.date)))
                office = m->holder->office;
            const char *name = !m->name ? "" : m->holder ? m->name : people_given_name_first(d->arena, m->name);
            const char *cells2[] = {d->name, cells[1], name, m->country,
                                    c ? c->name : "", office ? office : "",
                                    m->title ? m->title : "", doc_span_text(d, m->span)};
            doc_add_row(d, T_PARTICIPANTS, cells2, m->m ? m->m->rule->id : "", m->span);
        }
    }
}

static void emit_document(doc_t *d, size_t ntalks) {
    char date[16], talks[24], sents[24], bytes[32];
    temporal_fmt_date(d->published, date, sizeof date);
    snprintf(talks, sizeof talks, "%zu", ntalks);
    snprintf(sents, sizeof sents, "%zu", d->sents.n);
    snprintf(bytes, sizeof bytes, "%zu", d->bytes);
    const char *title = d->title >= 0 ? doc_span_text(d, d->sents.v[d->title].span) : "";
    const char *cells[] = {d->name, doc_status_name(d->status), title,
                           arena_strdup(d->arena, date),
                           d->translation == TR_MACHINE ? "machine"
                           : d->translation == TR_PROVISIONAL ? "provisional" : "",
                           arena_strdup(d->arena, talks), arena_strdup(d->arena, sents),
                           arena_strdup(d->arena, bytes), sbuf_str(&d->note)};
    /* documents.csv always comes first for the doc */
    rowvec_t keep = d->rows[T_DOCUMENTS];
    d->rows[T_DOCUMENTS].n = 0;
    doc_add_row(d, T_DOCUMENTS, cells, "", (span_t){0, 0});
    for (size_t i = 0; i < keep.n; i++) VEC_PUSH(d->arena, d->rows[T_DOCUMENTS], keep.v[i]);
}

static void emit_trace(ex_t *x) {
    doc_t *d = x->d;
    for (size_t i = 0; i < x->mv.n; i++) {
        const match_t *m = &x->mv.v[i];
        if (m->dropped) continue;
        char s[16], e[16];
        snprintf(s, sizeof s, "%u", doc_orig_offset(d, m->span.start));
        snprintf(e, sizeof e, "%u", doc_orig_offset(d, m->span.end));
        const char *cells[] = {d->name, m->rule->id, rule_table_name(m->rule->table),
                               arena_strdup(d->arena, s), arena_strdup(d->arena, e),
                               doc_span_text(d, m->span)};
        doc_add_row(d, T_MATCHES, cells, m->rule->id, m->span);
    }
}

void extract_doc(doc_t *d, const ruleset_t *rs, worker_t *w, const extract_opts_t *opts,
                 extract_trace_t *trace) {
    ex_t x;
    memset(&x, 0, sizeof x);
    x.d = d;
    x.rs = rs;
    x.w = w;
    if (d->status != DOC_SKIPPED && d->status != DOC_EMPTY && d->sents.n) {
        run_tables(&x);
        build_talks(&x);
        fold_lead_talks_into_sections(&x);
        assign_sentences(&x);
        same_day_as_talk_before(&x);
        leaders_to_their_calls(&x);
        lead_guests_told_apart(&x);
        resolve_on_talk_day(&x);
        unnamed_from_talk_before(&x);
        one_row_per_person(&x);
        counterparts_titled(&x);
        drop_one_sided_talks(&x);
        emit_talks(&x);
        emit_positions(&x);
        emit_items(&x);
        if (opts && opts->trace) emit_trace(&x);
    }
    emit_document(d, x.talks.n);
    if (trace) {
        trace->matches = x.mv;
        trace->talk_of = arena_alloc(d->arena, (d->sents.n + 1) * sizeof(int));
        for (size_t i = 0; i < d->sents.n && x.si; i++) trace->talk_of[i] = x.si[i].talk + 1;
    }
}

void extract_pipeline(doc_t *d, const ruleset_t *rs, worker_t *w, const extract_opts_t *opts,
                      extract_trace_t *trace) {
    norm_doc(d, rs, w);
    seg_doc(d, rs, w);
    extract_doc(d, rs, w, opts, trace);
}

