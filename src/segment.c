/* segment.c — stage 3: header, paragraphs, lists, sentences. */
#include "segment.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "match.h"
#include "norm.h"
#include "temporal.h"

typedef struct {
    uint32_t start, end; /* line without its \n */
    uint32_t cstart;     /* first non-blank byte */
    int indent;
    bool blank;
    uint32_t marker_end; /* > 0 when the line starts with a bullet */
    char marker[8];      /* its style: the glyph, or "1." "(1)" "1)" "a)" */
} line_t;

typedef struct {
    doc_t *d;
    const ruleset_t *rs;
    worker_t *w;
    VEC(line_t) lines;
    matchvec_t scratch;
    uint32_t wrap_width; /* the longest line of a hard-wrapped text; 0: not wrapped */
} seg_t;

static bool line_role(seg_t *s, const line_t *l, const char *role) {
    span_t sp = {l->cstart, l->end};
    return match_role(s->rs, s->w, s->d, RT_SEGMENT, sp, role, &s->scratch) != NULL;
}

/* Whether line l ends on what an item's text leaves out (rules/items.rules,
 * role=trim): the translation's "What to do" that closes a bullet. */
static bool ends_on_trim(seg_t *s, const line_t *l) {
    const match_t *m = match_role(s->rs, s->w, s->d, RT_ITEMS, (span_t){l->cstart, l->end}, "trim", &s->scratch);
    return m && m->span.end == l->end;
}

/* A page's running header: the title again, alone or with a note in
 * brackets ("Japan-Mongolia Foreign Ministers' Meeting (Provisional
 * translation)" under "- 1 -" in a text saved from a PDF). */
static bool repeats_title(const seg_t *s, const line_t *l) {
    const doc_t *d = s->d;
    if (d->title < 0) return false;
    span_t t = d->sents.v[d->title].span;
    uint32_t tn = t.end - t.start, ln = l->end - l->cstart;
    if (tn < 12 || ln < tn || l->cstart == t.start || memcmp(d->text + l->cstart, d->text + t.start, tn))
        return false;
    const char *rest = d->text + l->cstart + tn, *stop = d->text + l->end;
    while (rest < stop && *rest == ' ') rest++;
    while (stop > rest && stop[-1] == ' ') stop--;
    return rest == stop || (*rest == '(' && stop[-1] == ')');
}

/* "Julie Bishop" over "Minister for Foreign Affairs" at the head of a
 * minister's page: line i, an office holder's full name alone, with a
 * masthead line (an office's title) next -- the page's byline, not the
 * headline. */
static bool name_over_office(seg_t *s, size_t i) {
    const line_t *l = &s->lines.v[i];
    const doc_t *d = s->d;
    uint32_t n = l->end - l->cstart;
    if (n < 5 || n > 40 || !memchr(d->text + l->cstart, ' ', n)) return false;
    size_t k = i + 1;
    while (k < s->lines.n && s->lines.v[k].blank) k++;
    if (k >= s->lines.n || !line_role(s, &s->lines.v[k], "masthead")) return false;
    size_t first;
    return rules_holders_named(s->rs, norm_fold(d->arena, d->text + l->cstart, n), &first) > 0;
}

/* What a page puts around the text: a masthead line or the title again
 * -- among a list's items, not a line that starts like one unless it is
 * the page's number ("- 1 -" starts with a dash). */
/* A footer's line of a few words, `max` bytes at most ("Print", "Share
 * this article"): letters and spaces only, maybe a colon -- not
 * "(Reference)", which heads the background. */
static bool footer_words(seg_t *s, const line_t *l, uint32_t max, bool spaces) {
    if (l->end - l->cstart > max) return false;
    for (uint32_t p = l->cstart; p < l->end; p++) {
        char c = s->d->text[p];
        if (!isalpha((unsigned char)c) && !(c == ':' && p + 1 == l->end) && !(spaces && c == ' ')) return false;
    }
    return line_role(s, l, "footer");
}

/* A footer's word alone on its line ("Print", "Share"). */
static bool lone_footer_word(seg_t *s, const line_t *l) { return footer_words(s, l, 12, false); }

/* ... or a few words ("Share this article") */
static bool short_footer_line(seg_t *s, const line_t *l) { return footer_words(s, l, 24, true); }

/* Whether the text goes on after line k: the next line that is not blank
 * opens a numbered paragraph ("(5) I agreed ...") or continues a sentence
 * in lower case -- a page's "Print" between the pages of a PDF. */
static bool text_resumes(seg_t *s, size_t k) {
    int skipped = 0; /* short lines of the same block: "Facebook Twitter Email", "Print" */
    for (size_t j = k + 1; j < s->lines.n; j++) {
        const line_t *n = &s->lines.v[j];
        if (n->blank) continue;
        const char *t = s->d->text + n->cstart;
        uint32_t len = n->end - n->cstart;
        if (len <= 40 && t[len - 1] != '.' && skipped++ < 4) continue;
        /* (or a paragraph of prose: "The leaders welcomed ...") */
        return islower((unsigned char)t[0]) || (t[0] == '(' && isdigit((unsigned char)t[1])) ||
               (len >= 80 && t[len - 1] == '.' && isupper((unsigned char)t[0]) && !line_role(s, n, "footer"));
    }
    return false;
}

/* The first line after line k that is not blank, or NULL. */
static const line_t *next_filled_line(const seg_t *s, size_t k, size_t *at) {
    for (size_t j = k + 1; j < s->lines.n; j++)
        if (!s->lines.v[j].blank) return *at = j, &s->lines.v[j];
    return NULL;
}

/* Whether line l opens on a number of at most max_digits digits, maybe
 * with "." or ")", then a blank and a capital ("1 Date and time", "4.
 * Working Dinner"). */
static bool opens_numbered(const seg_t *s, const line_t *l, uint32_t max_digits) {
    const char *t = s->d->text + l->cstart;
    uint32_t len = l->end - l->cstart, i = 0;
    while (i < len && i < max_digits && isdigit((unsigned char)t[i])) i++;
    if (i > 0 && i < len && (t[i] == '.' || t[i] == ')')) i++;
    return i > 0 && i + 1 < len && t[i] == ' ' && isupper((unsigned char)t[i + 1]);
}

/* Whether line k is a sentence of its own ("(Reference) In May 2024, the
 * four Ministers met in Honolulu, ...", or its label alone above it) and
 * the next line that is not
 * blank opens a numbered paragraph of prose ("1 The four Ministers
 * exchanged views ..."), or a numbered section's heading with its text
 * below ("4. Working Dinner" / "(1) During the working dinner ..."): a
 * note above the text, not its footer. */
static bool note_above_numbered_text(seg_t *s, size_t k) {
    const line_t *l = &s->lines.v[k];
    size_t j;
    /* (or the label alone, its note on the line below: "(Reference)" /
     * "In August last year, ... agreed to ...") */
    const line_t *note = l->end - l->cstart <= 12 ? next_filled_line(s, k, &j) : NULL;
    if (note) l = note, k = j;
    if (l->end - l->cstart <= 40 || s->d->text[l->end - 1] != '.') return false;
    const line_t *n = next_filled_line(s, k, &j);
    if (!n || !opens_numbered(s, n, UINT32_MAX)) return false;
    if (n->end - n->cstart >= 60) return true;
    const line_t *below = next_filled_line(s, j, &j);
    if (!below) return false;
    const char *b = s->d->text + below->cstart;
    /* (or the next numbered line: "1 Date and time: ..." / "2 Location: ...") */
    return below->end - below->cstart >= 60 || (b[0] == '(' && isdigit((unsigned char)b[1])) ||
           opens_numbered(s, below, 3);
}

#define FURNITURE_MAX 240

static bool page_furniture(seg_t *s, const line_t *l) {
    if (lone_footer_word(s, l)) return true;
    if (l->marker_end) {
        bool digit = false;
        for (uint32_t k = l->cstart; k < l->end; k++) {
            char c = s->d->text[k];
            if (!strchr("- 0123456789", c)) return false;
            digit |= isdigit((unsigned char)c) != 0;
        }
        if (!digit) return false;
    }
    /* (a page's furniture is a short line: the corpus's longest is under
     * 100 bytes, and the masthead patterns cost most on long prose) */
    if (l->end - l->cstart > FURNITURE_MAX) return repeats_title(s, l);
    return line_role(s, l, "masthead") || repeats_title(s, l);
}

/* A news page's byline on a line of its own: "By TOI Staff". */
static bool byline(seg_t *s, const line_t *l) {
    return !l->blank && l->end - l->cstart > 3 && !strncmp(s->d->text + l->cstart, "By ", 3) && page_furniture(s, l);
}

static bool line_date(seg_t *s, const line_t *l, date_t *out, uint32_t *at, uint32_t *end);

/* A short line that is a date (and time) alone: "26 January 2025, 9:15 pm". */
static bool date_alone(seg_t *s, const line_t *l) {
    date_t dt;
    uint32_t at = 0, date_end = 0;
    return !l->blank && l->end - l->cstart <= 40 && line_date(s, l, &dt, &at, &date_end) && at == l->cstart;
}

static bool sentence_role(seg_t *s, const sentence_t *st, const char *role) {
    line_t l = {st->span.start, st->span.end, st->span.start, 0, false, 0, ""};
    return line_role(s, &l, role);
}

/* Whether the line reads as the lead-in of a list of cooperation items. */
static bool leads_in(seg_t *s, const line_t *l) {
    return !l->blank && line_role(s, l, "leadin") && !line_role(s, l, "notleadin");
}

/* ... of a list item that ran from start to end (its lines joined) */
static bool item_leads_in(seg_t *s, uint32_t start, uint32_t end) {
    return leads_in(s, &(line_t){start, end, start, 0, false, 0, ""});
}

static void split_lines(seg_t *s) {
    doc_t *d = s->d;
    uint32_t i = 0, n = (uint32_t)d->len;
    while (i <= n) {
        uint32_t e = i;
        while (e < n && d->text[e] != '\n') e++;
        line_t l = {i, e, i, 0, true, 0, ""};
        while (l.cstart < e && (d->text[l.cstart] == ' ' || d->text[l.cstart] == '\t'))
            l.indent += d->text[l.cstart++] == '\t' ? 4 : 1; /* a TAB indents as four blanks */
        l.blank = l.cstart == e;
        VEC_PUSH(d->arena, s->lines, l);
        if (e == n) break;
        i = e + 1;
    }
}

static uint32_t bullet_marker(seg_t *s, line_t *l) {
    span_t sp = {l->cstart, l->end};
    const match_t *m = match_role(s->rs, s->w, s->d, RT_SEGMENT, sp, "bullet", &s->scratch);
    if (!m || m->span.start != l->cstart) return 0;
    /* The style of the marker: digits and letters stand for any number. */
    size_t k = 0;
    for (uint32_t i = m->span.start; i < m->span.end && k + 5 < sizeof l->marker; i++) {
        unsigned char c = (unsigned char)s->d->text[i];
        char t = isdigit(c) ? 'N' : isalpha(c) ? 'a' : (char)c;
        if (k && (t == 'N' || t == 'a') && l->marker[k - 1] == t) continue;
        l->marker[k++] = t;
    }
    l->marker[k] = 0;
    uint32_t e = m->span.end;
    while (e < l->end && s->d->text[e] == ' ') e++;
    return e < l->end ? e : 0; /* a glyph alone is not an item */
}

/* The number a bulleted line's marker gives ("(6)", "3.", "iv)" reads
 * none), or -1. */
static int marker_number(const doc_t *d, const line_t *l) {
    for (uint32_t i = l->cstart; i < l->marker_end; i++)
        if (isdigit((unsigned char)d->text[i])) return atoi(d->text + i);
    return -1;
}

/* Whether the line from..end opens, capitalised, on a word of the
 * subject_pronouns lexicon ("It matched.", "I agreed."): a sentence of its
 * own. */
static bool starts_with_pronoun(const seg_t *s, uint32_t from, uint32_t end) {
    const char *t = s->d->text;
    uint32_t e = from;
    while (e < end && isalpha((unsigned char)t[e])) e++;
    return e > from && e < end && isupper((unsigned char)t[from]) &&
           lexicon_find(rules_lexicon(s->rs, "subject_pronouns"), t + from, e - from);
}

static bool period_ends_sentence(seg_t *s, uint32_t start, uint32_t p, uint32_t next, uint32_t end);
static const lex_entry_t *abbreviation_at(seg_t *s, uint32_t start, uint32_t p, uint32_t *b);
static bool breaks_mid_sentence(const doc_t *d, const line_t *l);

/* A line of a text wrapped by hand that reaches near its width. */
static bool long_line(const seg_t *s, const line_t *l) {
    return s->wrap_width && l->end - l->start >= s->wrap_width * 4 / 5;
}

/* ... and stops where a sentence goes on ("with Minister for Foreign"). */
static bool wrapped_line(const seg_t *s, const line_t *l) {
    return long_line(s, l) && breaks_mid_sentence(s->d, l);
}

/* A long line of a text wrapped by hand that stops on an abbreviation
 * ("..., Mr." / "KISHIDA Fumio, Prime Minister of Japan, held ..."): the
 * sentence goes on in the next line. */
static bool wrapped_at_abbreviation(seg_t *s, const line_t *l) {
    uint32_t e = l->end;
    while (e > l->cstart && s->d->text[e - 1] == ' ') e--;
    return long_line(s, l) && e > l->cstart && !period_ends_sentence(s, l->cstart, e - 1, e, e);
}

/* Where the line's last word starts (its end, blanks aside, in *end). */
static uint32_t last_word(const doc_t *d, const line_t *l, uint32_t *end) {
    uint32_t e = l->end;
    while (e > l->cstart && d->text[e - 1] == ' ') e--;
    uint32_t b = e;
    /* (a possessive is the word's: "the Government of the People's" /
     * "Republic of China ...") */
    while (b > l->cstart && (isalpha((unsigned char)d->text[b - 1]) ||
                             (d->text[b - 1] == '\'' && b - 1 > l->cstart && isalpha((unsigned char)d->text[b - 2]))))
        b--;
    *end = e;
    return b;
}

/* Whether text[b, e) is a small word that wants the next one ("the",
 * "of", "and" ...). */
static bool wanting_word(const doc_t *d, uint32_t b, uint32_t e, bool any_case) {
    static const char *const wanting[] = {"the", "a", "an", "of", "for", "with", "and", "or", "to", "in", "on",
                                          "at", "by", "from", "between", "that", "its", "their", "his", "her",
                                          "our", "this", "these", "next", "into", "toward", "towards", "than"};
    for (size_t k = 0; b < e && k < sizeof wanting / sizeof *wanting; k++)
        if (strlen(wanting[k]) == e - b &&
            !(any_case ? strncasecmp : strncmp)(d->text + b, wanting[k], e - b))
            return true;
    return false;
}

/* Whether a line stops where no item or heading would: on a comma, a
 * word that wants the next one ("the", "of", "and" ...), or a capitalized
 * word of a name or title that may go on ("Minister for Foreign"). */
static bool breaks_mid_sentence(const doc_t *d, const line_t *l) {
    uint32_t e, b = last_word(d, l, &e);
    if (e > l->cstart && d->text[e - 1] == ',') return true;
    if (b == e || b == l->cstart) return false;
    if (isupper((unsigned char)d->text[b])) return true;
    return wanting_word(d, b, e, false);
}


/* Whether line l holds a comma between words: clauses, not a heading. */
static bool has_clauses(const doc_t *d, const line_t *l) {
    for (uint32_t p = l->cstart; p + 1 < l->end; p++)
        if (d->text[p] == ',' && d->text[p + 1] == ' ') return true;
    return false;
}

/* Whether line l opens on a word that opens sentences ("The two
 * Ministers ...", "He also ..."), not on a name going on from the line
 * above ("UNCLOS 1982.", "Japan-Finland defense ministers' talks"). */
static bool opens_sentence(const doc_t *d, const line_t *l) {
    static const char *const openers[] = {"The", "A", "An", "In", "On", "At", "As", "By", "For", "From",
                                          "With", "Both", "He", "She", "They", "It", "This", "These", "We",
                                          "I", "During", "Following", "After", "Also", "Furthermore",
                                          "Moreover", "Regarding", "Minister", "Ministers"};
    uint32_t e = l->cstart;
    while (e < l->end && isalpha((unsigned char)d->text[e])) e++;
    for (size_t k = 0; k < sizeof openers / sizeof *openers; k++)
        if (strlen(openers[k]) == e - l->cstart && !strncmp(d->text + l->cstart, openers[k], e - l->cstart))
            return true;
    return false;
}

/* A navigation trail: short items between separators ("Home | Nation |
 * World", "Home » DoD Readouts » Indo-Pacific", "Politics | Germany"). */
static bool trail_like(const doc_t *d, span_t sp) {
    if (sp.end - sp.start > 120) return false;
    int seps = 0;
    for (uint32_t p = sp.start + 1; p + 1 < sp.end; p++)
        if (d->text[p - 1] == ' ' && d->text[p + 1] == ' ' && strchr("|>\"/", d->text[p])) seps++;
    return seps >= 1 && !memchr(d->text + sp.start, '.', sp.end - sp.start);
}

/* The headline under a navigation trail, when the title is missing or is
 * the short line just above the trail (the site's name). */
static bool headline_under_trail(seg_t *s, doc_t *d) {
    for (size_t k = 0; k + 1 < d->sents.n; k++) {
        sentence_t *h = &d->sents.v[k], *n = &d->sents.v[k + 1];
        if (h->flags != SENT_HEADER && h->flags != SENT_TITLE) return false;
        if (!trail_like(d, h->span)) continue;
        /* (a headline of a few words at least, not "English 中文 Français
         * Español") */
        int words = 0;
        for (uint32_t p = n->span.start; p < n->span.end; p++)
            words += d->text[p] == ' ' && p + 1 < n->span.end && d->text[p + 1] != ' ';
        if (n->flags != SENT_HEADER || n->span.end - n->span.start < 30 || words < 4 || trail_like(d, n->span) ||
            sentence_role(s, n, "masthead"))
            return false;
        int t = d->title;
        span_t ts = t >= 0 ? d->sents.v[t].span : (span_t){0, 0};
        /* (or a later line taken for it: "Nikkei Asia" / "Politics |
         * Defense" / the headline / its standfirst and photo caption) */
        span_t site = k == 1 ? d->sents.v[0].span : (span_t){0, 0};
        bool site_above = k == 1 && site.end - site.start <= 40 && t > (int)k + 1;
        /* (or the trail itself: "Media Center | Bilateral/Multilateral
         * Documents") */
        if (t >= 0 && t != (int)k && !((size_t)t + 1 == k && ts.end - ts.start <= 40) && !site_above) return false;
        if (t >= 0) d->sents.v[t].flags = SENT_HEADER;
        n->flags = SENT_TITLE;
        d->title = (int)k + 1;
        return true;
    }
    return false;
}

/* A line that reads as a heading: no sentence end, not too long. */
static bool heading_like(seg_t *s, const line_t *l) {
    const doc_t *d = s->d;
    uint32_t len = l->end - l->cstart;
    if (len < 3 || len > 250) return false;
    char c = text_last_char(d, l->cstart, l->end);
    if (c == ':' || c == ',' || c == ';') return false;
    if (c == '.') { /* "... Gilberto C. Teodoro Jr." is still a heading */
        uint32_t e = l->end;
        while (e > l->cstart && d->text[e - 1] == ' ') e--;
        /* (so is "Japan-France Defense Ministers' Meeting, etc.") */
        bool etc = e >= l->cstart + 6 && !memcmp(d->text + e - 6, ", etc.", 6);
        if (!etc && period_ends_sentence(s, l->cstart, e - 1, e, e)) return false;
        /* (nor one ending on a clock: "... for about 30 minutes starting
         * at 4 p.m.") */
        uint32_t b;
        const lex_entry_t *ab = abbreviation_at(s, l->cstart, e - 1, &b);
        if (ab && ab->value && !strcmp(ab->value, "clock")) return false;
    }
    /* Prose has several sentences; a heading has none inside ("EAM Dr. S.
     * Jaishankar's meeting" has abbreviations). */
    for (uint32_t i = l->cstart; i + 2 < l->end; i++)
        if (d->text[i] == '.' && d->text[i + 1] == ' ' && isupper((unsigned char)d->text[i + 2]) &&
            i > l->cstart + 3 && islower((unsigned char)d->text[i - 1]) &&
            period_ends_sentence(s, l->cstart, i, i + 2, l->end))
            return false;
    return true;
}

/* A line of capitals: letters, none of them lower case. */
static bool capitals_only(const doc_t *d, const line_t *l) {
    int upper = 0;
    for (uint32_t k = l->cstart; k < l->end; k++) {
        unsigned char c = (unsigned char)d->text[k];
        if (islower(c)) return false;
        upper += isupper(c) != 0;
    }
    return upper >= 8;
}

/* Whether a line ends on a small word that wants the next one ("... on
 * the Margins of the"; in a headline's capitals too when any_case). */
static bool ends_wanting(const doc_t *d, const line_t *l, bool any_case) {
    uint32_t e, b = last_word(d, l, &e);
    return wanting_word(d, b, e, any_case);
}

static int count_digits(const doc_t *d, const line_t *l) {
    int n = 0;
    for (uint32_t k = l->cstart; k < l->end; k++) n += isdigit((unsigned char)d->text[k]) != 0;
    return n;
}

/* The last line of a headline wrapped by hand that starts at line i
 * (i itself when it is not one): lines of a heading, none dated, up to a
 * blank line, each going on from the one before -- all in capitals
 * ("... HOLDS TELEPHONE CONVERSATION WITH / JAPANESE COUNTERPART ..."), or
 * stopping on a word that wants the next ("... on the Margins of the /
 * ASEAN-related ..."), or a short tail ("... Defense Ministers' Video /
 * Conference").  A title and a subtitle of their own stay apart. */
static size_t wrapped_headline_end(seg_t *s, size_t i) {
    const line_t *first = &s->lines.v[i];
    /* (a line that long wrapped; "THE HON JULIE BISHOP MP / MINISTER FOR
     * FOREIGN AFFAIRS" is a byline, a menu's lines are furniture) */
    if (first->end - first->cstart < 40 || !heading_like(s, first) || line_role(s, first, "attribution"))
        return i;
    bool caps = capitals_only(s->d, first);
    size_t last = i, nl = s->lines.n;
    while (last + 1 < nl) {
        const line_t *cur = &s->lines.v[last], *next = &s->lines.v[last + 1];
        date_t dt;
        uint32_t at, end;
        if (next->blank || !heading_like(s, next) || next->end - first->cstart > 300 || next->marker_end ||
            count_digits(s->d, next) >= 4 || line_date(s, next, &dt, &at, &end) ||
            (!caps && line_role(s, next, "masthead")) || /* (a line in capitals reads as one) */
            line_role(s, next, "translation")) /* ("Machine translated by Google" under it) */
            break; /* ("Fri 12-01-2024 19:05" under the headline) */
        uint32_t cur_len = cur->end - cur->cstart, next_len = next->end - next->cstart;
        /* (or a long first line cut on a word that goes on: "... on the
         * Occasion of the Commemorative" / "Summit for the 50th Year of
         * ..."; not a table's row nor a subtitle between dashes) */
        bool goes_on = caps ? capitals_only(s->d, next)
                            : ends_wanting(s->d, cur, true) || islower((unsigned char)s->d->text[next->cstart]) ||
                                  next_len * 5 < cur_len * 3 ||
                                  (last == i && cur_len >= 60 && breaks_mid_sentence(s->d, cur) &&
                                   !memchr(s->d->text + cur->cstart, '|', cur_len) &&
                                   s->d->text[next->cstart] != '-');
        if (!goes_on || strchr(".!?:", text_last_char(s->d, cur->cstart, cur->end))) break;
        last++;
    }
    if (last == i || (last + 1 < nl && !s->lines.v[last + 1].blank)) return i;
    /* (and reads as a title of talks: a menu's two lines do not) */
    line_t whole = *first;
    whole.end = s->lines.v[last].end;
    return line_role(s, &whole, "title") ? last : i;
}

/* Whether the date at [at, date_end) of line l, within its first 40
 * bytes, stands apart from what follows ("November 25, 2020 (Google
 * Translation) - We would like...", "MANILA, 11 August 2016 - Secretary
 * ..."); *rest is where prose after the dash begins (0: none). */
static bool date_stands_apart(const doc_t *d, const line_t *l, uint32_t at, uint32_t date_end, uint32_t *rest) {
    *rest = 0;
    if (at - l->cstart >= 40) return false;
    uint32_t p = date_end;
    if (p < l->end && d->text[p] == '.') p++; /* "2024. 4. 18. (Thu)" */
    while (p < l->end && d->text[p] == ' ') p++;
    if (p < l->end && d->text[p] == '(') {
        while (p < l->end && d->text[p] != ')') p++;
        if (p < l->end) p++;
        while (p < l->end && d->text[p] == ' ') p++;
    }
    /* (and its clock: "Wednesday, 27 April 2022 7:25 PM  [ Last Update: ...") */
    uint32_t c = p;
    while (c < l->end && isdigit((unsigned char)d->text[c])) c++;
    if (c > p && c - p <= 2 && c + 2 < l->end && d->text[c] == ':' && isdigit((unsigned char)d->text[c + 1])) {
        c += 3;
        while (c < l->end && d->text[c] == ' ') c++;
        if (c + 1 < l->end && strchr("AaPp", d->text[c]) && strchr("Mm.", d->text[c + 1]))
            while (c < l->end && d->text[c] != ' ') c++;
        while (c < l->end && d->text[c] == ' ') c++;
        if (c >= l->end || d->text[c] == '[' || d->text[c] == '-' || d->text[c] == '|') p = c;
    }
    /* a wire's code between the date and its dash: ", SPA --" */
    uint32_t code_end = p;
    while (code_end < l->end && code_end - p < 16 &&
           (d->text[code_end] == ',' || d->text[code_end] == ' ' || isupper((unsigned char)d->text[code_end])))
        code_end++;
    if (code_end < l->end && d->text[code_end] == '-' && code_end > p && d->text[p] == ',') p = code_end;
    bool apart = p >= l->end || d->text[p] == '-' || d->text[p] == '|' || d->text[p] == '[';
    /* (a place's dateline closed by a period: "Beijing (China), May 13,
     * 2025. The Chancellor Laura Sarabia held ...", also with the agency's
     * name: "Ulaanbaatar, September 14, 2023 /MONTSAME/. Minister ...") */
    bool after_place = at >= l->cstart + 3 && d->text[at - 2] == ',' && d->text[at - 1] == ' ' &&
                       isupper((unsigned char)d->text[l->cstart]);
    uint32_t stop = date_end;
    if (stop + 2 < l->end && d->text[stop] == ' ' && d->text[stop + 1] == '/') {
        uint32_t close = stop + 2;
        while (close < l->end && close - stop < 24 && isupper((unsigned char)d->text[close])) close++;
        if (close < l->end && d->text[close] == '/') stop = close + 1;
    }
    if (!apart && after_place && stop + 2 < l->end && d->text[stop] == '.' && d->text[stop + 1] == ' ' &&
        isupper((unsigned char)d->text[stop + 2])) {
        *rest = stop + 2;
        return true;
    }
    if (apart && p < l->end) {
        uint32_t q = p;
        while (q < l->end && (d->text[q] == '-' || d->text[q] == '|' || d->text[q] == ' ')) q++;
        if (q < l->end) *rest = q;
    }
    return apart;
}

/* The last line of the paragraph that starts at line i, at most `max`
 * lines long. */
static size_t paragraph_end(const seg_t *s, size_t i, size_t max) {
    size_t last = i;
    while (last + 1 < s->lines.n && !s->lines.v[last + 1].blank && last + 1 < i + max) last++;
    return last;
}

/* The first line of the paragraph after the one ending at line `last`
 * (NULL when none follows a blank line). */
static line_t *next_paragraph(seg_t *s, size_t last) {
    size_t nx = last + 1;
    while (nx < s->lines.n && s->lines.v[nx].blank) nx++;
    return nx < s->lines.n && nx > last + 1 ? &s->lines.v[nx] : NULL;
}

/* Whether the line opens on a city in capitals and a comma, as a wire's
 * dateline does: "SEOUL, Nov. 24 --", "NEW DELHI, March 3 (PTI) -". */
static bool opens_on_city(const doc_t *d, const line_t *l) {
    int upper = 0;
    for (uint32_t k = l->cstart; k < l->end && k < l->cstart + 30; k++) {
        unsigned char c = (unsigned char)d->text[k];
        if (c == ',') return upper >= 3;
        if (islower(c) || isdigit(c)) return false;
        upper += isupper(c) != 0;
    }
    return false;
}

/* The first date with a year in the line, resolved. */
static bool line_date(seg_t *s, const line_t *l, date_t *out, uint32_t *at, uint32_t *end) {
    matchvec_t mv = {0};
    span_t sp = {l->cstart, l->end};
    size_t from = 0;
    match_unit(s->rs, s->w, s->d, RT_TIME, sp, -1, &mv);
    match_resolve(&mv, from);
    date_t none = {0};
    for (size_t i = 0; i < mv.n; i++) {
        if (mv.v[i].dropped) continue;
        tval_t tv;
        temporal_interpret(s->rs, s->d, &mv.v[i], none, &tv);
        if (tv.has_date && tv.explicit_year) {
            *out = tv.date;
            *at = mv.v[i].span.start;
            *end = mv.v[i].span.end;
            return true;
        }
    }
    return false;
}

/* Real sentences are a few hundred bytes; a run of text with no sentence
 * end (a 50 MB line, 20,000 words) is cut at blanks into pieces of at most
 * this size, so the work per sentence stays bounded. */
#define SENT_MAX 2000

static void add_sentence(doc_t *d, span_t sp, int para, unsigned flags) {
    while (sp.start < sp.end && isspace((unsigned char)d->text[sp.start])) sp.start++;
    while (sp.end > sp.start && isspace((unsigned char)d->text[sp.end - 1])) sp.end--;
    if (sp.end <= sp.start) return;
    while (sp.end - sp.start > SENT_MAX) {
        uint32_t cut = sp.start + SENT_MAX;
        while (cut > sp.start + SENT_MAX / 2 && !isspace((unsigned char)d->text[cut])) cut--;
        if (!isspace((unsigned char)d->text[cut])) { /* no blank: cut on a character start */
            cut = sp.start + SENT_MAX;
            while (cut > sp.start && ((unsigned char)d->text[cut] & 0xC0) == 0x80) cut--;
        }
        sentence_t piece = {{sp.start, cut}, para, flags};
        VEC_PUSH(d->arena, d->sents, piece);
        doc_note(d, "text without sentence ends cut into pieces of at most %d bytes", SENT_MAX);
        sp.start = cut;
        while (sp.start < sp.end && isspace((unsigned char)d->text[sp.start])) sp.start++;
    }
    if (sp.end <= sp.start) return;
    sentence_t st = {sp, para, flags};
    VEC_PUSH(d->arena, d->sents, st);
}

/* "J." or "L.P.": capitals each followed by a period. */
static bool initials(const char *t, uint32_t len) {
    if (len < 2 || len % 2) return false;
    for (uint32_t k = 0; k < len; k += 2)
        if (!isupper((unsigned char)t[k]) || t[k + 1] != '.') return false;
    return true;
}

/* "... with Prime Minister Hun Sen. Deputy Secretary Sherman ...": the
 * abbreviation (Sen., for Senator) at b..p is the last word of an office
 * holder's name, with the word before it, so its period ends the sentence. */
static bool ends_a_name(seg_t *s, uint32_t start, uint32_t b, uint32_t p) {
    const doc_t *d = s->d;
    uint32_t e = b;
    while (e > start && d->text[e - 1] == ' ') e--;
    uint32_t w = e;
    while (w > start && isalpha((unsigned char)d->text[w - 1])) w--;
    if (w == e || e == b || !isupper((unsigned char)d->text[w])) return false;
    char *key = norm_fold(d->arena, d->text + w, p - w); /* "Hun Sen" */
    size_t first;
    return rules_holders_named(s->rs, key, &first) > 0;
}

/* Whether the words at k (up to end) go on a clock time's sentence: a
 * weekday or a month ("p.m. Monday", "a.m. March 3"), or a place's time
 * ("p.m. Washington time", "a.m. Western Indonesia Time"). */
static bool clock_goes_on(seg_t *s, uint32_t k, uint32_t end) {
    const char *t = s->d->text;
    uint32_t e = k;
    while (e < end && isalpha((unsigned char)t[e])) e++;
    if (lexicon_find(rules_lexicon(s->rs, "weekdays"), t + k, e - k) ||
        lexicon_find(rules_lexicon(s->rs, "months"), t + k, e - k))
        return true;
    for (int words = 0; words < 4 && k < end && isupper((unsigned char)t[k]); words++) {
        while (k < end && isalpha((unsigned char)t[k])) k++;
        while (k < end && t[k] == ' ') k++;
        if (k + 4 <= end && !strncasecmp(t + k, "time", 4) && (k + 4 == end || !isalpha((unsigned char)t[k + 4])))
            return true;
    }
    return false;
}

/* The word ending on the period at p (from *b on), and the abbrev.lex
 * entry it is, or NULL. */
static const lex_entry_t *abbreviation_at(seg_t *s, uint32_t start, uint32_t p, uint32_t *b) {
    const doc_t *d = s->d;
    *b = p;
    while (*b > start && !isspace((unsigned char)d->text[*b - 1]) && d->text[*b - 1] != '(' &&
           d->text[*b - 1] != '"')
        (*b)--;
    const lexicon_t *ab = rules_lexicon(s->rs, "abbrev");
    return ab ? lexicon_find(ab, d->text + *b, p + 1 - *b) : NULL;
}

/* The token that ends at the period at p, before the word at next: an
 * abbreviation, an initial or a number does not end a sentence -- but a
 * clock's ("p.m.", abbrev.lex value `clock`) does before a capitalized
 * word of small letters that is no day, month or place's time ("from 2:05
 * p.m. to 2:35 p.m. Minister Parly reiterated"; not "p.m. EST", "p.m.
 * Monday", "p.m. Moscow time"). */
static bool period_ends_sentence(seg_t *s, uint32_t start, uint32_t p, uint32_t next, uint32_t end) {
    doc_t *d = s->d;
    if (d->text[p] != '.') return true;
    uint32_t b;
    const lex_entry_t *e = abbreviation_at(s, start, p, &b);
    uint32_t len = p + 1 - b;
    if (initials(d->text + b, len)) return false; /* "J.", "L.P." */
    if (e && e->value && !strcmp(e->value, "clock"))
        return next + 1 < end && isupper((unsigned char)d->text[next]) &&
               islower((unsigned char)d->text[next + 1]) && !clock_goes_on(s, next, end);
    if (e && e->value && !strcmp(e->value, "suffix")) return next < end && isupper((unsigned char)d->text[next]);
    if (e) return ends_a_name(s, start, b, p);
    /* "Japan-U.S." ends in an abbreviation too (one with a period inside:
     * "HA/DR." ends a sentence, "Dr." notwithstanding) */
    for (uint32_t h = p; h > b; h--)
        if (d->text[h - 1] == '-' || d->text[h - 1] == '/') {
            const lexicon_t *ab = rules_lexicon(s->rs, "abbrev");
            if (ab && memchr(d->text + h, '.', p - h) && lexicon_find(ab, d->text + h, p + 1 - h)) return false;
            break;
        }
    return true;
}

/* "cooperation.Minister Iwaya stated": a sentence glued to the next one by
 * copying from a web page.  A word of three small letters, the period, then
 * a capitalized word: not an initial ("J.Smith"), an abbreviation
 * ("U.S.Secretary"), a number or a domain name ("mofa.go.jp"). */
static bool glued_sentence_start(const char *t, uint32_t start, uint32_t p, uint32_t end) {
    if (t[p] != '.' || p < start + 3 || p + 2 >= end) return false;
    for (uint32_t k = p - 3; k < p; k++)
        if (!islower((unsigned char)t[k])) return false;
    return isupper((unsigned char)t[p + 1]) && islower((unsigned char)t[p + 2]);
}

static void split_sentences(seg_t *s, span_t para, int pidx, unsigned flags) {
    doc_t *d = s->d;
    uint32_t from = para.start;
    for (uint32_t i = para.start; i < para.end; i++) {
        char c = d->text[i];
        if (c != '.' && c != '!' && c != '?') continue;
        uint32_t j = i + 1;
        while (j < para.end && strchr("\"')]", d->text[j])) j++;
        if (j >= para.end) break;
        if (d->text[j] != ' ' && d->text[j] != '\n') {
            if (glued_sentence_start(d->text, para.start, i, para.end)) {
                add_sentence(d, (span_t){from, i + 1}, pidx, flags);
                from = i + 1;
            }
            continue;
        }
        uint32_t k = j;
        while (k < para.end && (d->text[k] == ' ' || d->text[k] == '\n')) k++;
        if (k >= para.end) break;
        unsigned char nx = (unsigned char)d->text[k];
        if (!(isupper(nx) || isdigit(nx) || nx == '"' || nx == '(' || nx == '\'' || nx >= 0x80))
            continue;
        if (!period_ends_sentence(s, para.start, i, k, para.end)) continue;
        add_sentence(d, (span_t){from, j}, pidx, flags);
        from = k;
        i = k - 1;
    }
    add_sentence(d, (span_t){from, para.end}, pidx, flags);
}

static void add_para(doc_t *d, span_t sp, para_kind_t kind, int list, int indent) {
    para_t p = {sp, kind, list, indent};
    VEC_PUSH(d->arena, d->paras, p);
}

/* A sentence wrapped by hand reads on across its line ends ("The Russian
 * side / expressed its gratitude"): its rules and scanners see one line,
 * the line ends blanked in place (the text keeps its length, so offsets
 * stay).  Not after a short line, a heading run into the text below it ("3
 * (Reference) Conversation at the reception / On the evening of the 5th,
 * ..."), unless the text goes on in lower case, nor before a numbered line
 * ("4 Overview"); a list item's lines are always one item's. */
static void join_wrapped_lines(doc_t *d) {
    for (size_t k = 0; k < d->sents.n; k++) {
        span_t sp = d->sents.v[k].span;
        bool item = d->sents.v[k].flags == SENT_ITEM;
        if (d->sents.v[k].flags != SENT_BODY && !item) continue;
        const char *first = memchr(d->text + sp.start, '\n', sp.end - sp.start);
        if (!first) continue; /* (most sentences: no look back along their line) */
        uint32_t line = (uint32_t)(first - d->text);
        while (line > 0 && d->text[line - 1] != '\n') line--;
        for (uint32_t c = (uint32_t)(first - d->text); c < sp.end; c++) {
            if (d->text[c] != '\n') continue;
            uint32_t next = c + 1;
            while (next < sp.end && d->text[next] == ' ') next++;
            bool word_next = next < sp.end && isalpha((unsigned char)d->text[next]);
            if (item || (word_next && (c - line >= 60 || islower((unsigned char)d->text[next])))) d->text[c] = ' ';
            line = c + 1;
        }
    }
}

void seg_doc(doc_t *d, const ruleset_t *rs, worker_t *w) {
    if (d->status == DOC_SKIPPED || d->status == DOC_EMPTY) return;
    seg_t s = {.d = d, .rs = rs, .w = w};
    split_lines(&s);
    size_t nl = s.lines.n;

    /* Translation marker: anywhere in the text (the MOFA note comes last). */
    for (size_t i = 0; i < nl && d->translation == TR_NONE; i++) {
        line_t *l = &s.lines.v[i];
        if (l->blank) continue;
        span_t sp = {l->cstart, l->end};
        const match_t *m = match_role(rs, w, d, RT_SEGMENT, sp, "translation", &s.scratch);
        if (m && m->rule->set[F_TRANSLATION])
            d->translation = !strcmp(m->rule->set[F_TRANSLATION], "machine") ? TR_MACHINE
                                                                            : TR_PROVISIONAL;
    }

    /* A text whose lines all stop short of 120 bytes, many near the
     * longest, was wrapped by hand. */
    /* (the lines a paragraph goes on after, below the first: a long title
     * or a page's header line stands alone) */
    uint32_t longest = 0;
    size_t inner = 0, near = 0, first = 0;
    while (first < nl && s.lines.v[first].blank) first++;
    for (size_t k = first + 1; k + 1 < nl; k++)
        if (!s.lines.v[k].blank && !s.lines.v[k + 1].blank && s.lines.v[k].end - s.lines.v[k].start > longest)
            longest = s.lines.v[k].end - s.lines.v[k].start;
    for (size_t k = first + 1; k + 1 < nl; k++) {
        if (s.lines.v[k].blank || s.lines.v[k + 1].blank) continue;
        inner++;
        near += s.lines.v[k].end - s.lines.v[k].start >= longest * 4 / 5;
    }
    if (longest >= 60 && longest <= 120 && inner >= 4 && near * 3 >= inner * 2) s.wrap_width = longest;

    /* Header zone. */
    size_t i = 0;
    int seen = 0;
    date_t title_date = {0};
    date_t header_date = {0}; /* a dated heading line below the title */
    int header_date_sent = -1;
    for (; i < nl && seen < 12 && i < 80; i++) {
        line_t *l = &s.lines.v[i];
        if (l->blank) continue;
        /* (a scraped page's menu, "Home", "Search", ..., does not use up
         * the header's lines) */
        bool furniture = line_role(&s, l, "masthead") || line_role(&s, l, "attribution") ||
                         name_over_office(&s, i);
        /* "Title: Minister ... Video Call with ..." (a feed's entry saved as
         * text): the headline after its label */
        const match_t *label = match_role(rs, w, d, RT_SEGMENT, (span_t){l->cstart, l->end}, "title_label", &s.scratch);
        if (label && label->span.end < l->end) l->cstart = label->span.end;
        seen += !furniture;
        span_t sp = {l->cstart, l->end};
        date_t dt;
        uint32_t at = 0, date_end = 0;
        bool has_date = line_date(&s, l, &dt, &at, &date_end);
        /* past eight lines (a joint release's two bylines) only more byline
         * lines, or the date on a line of its own */
        if (seen > 8 && !furniture && (d->published.y || d->title < 0)) break;
        if (seen > 8 && !furniture &&
            !(has_date ? l->end - l->cstart <= 40 && at == l->cstart
                       : heading_like(&s, l) && l->end - l->cstart <= 60 &&
                             !memchr(d->text + l->cstart, ',', l->end - l->cstart)))
            break;
        if (furniture) {
            /* "(Press Release: Provisional Translation)" carries no date but
             * a dated masthead line is still the dateline. */
            if (has_date && !d->published.y) {
                d->published = dt;
                add_sentence(d, sp, -1, SENT_DATELINE);
                d->dateline = (int)d->sents.n - 1;
            } else {
                add_sentence(d, sp, -1, SENT_HEADER);
            }
            continue;
        }
        uint32_t len = l->end - l->cstart;
        /* A dateline is short, or its date stands apart from what follows:
         * "November 25, 2020 (Google Translation) - We would like...".
         * "On March 7, 2017, Minister X met..." is prose. */
        uint32_t rest = 0; /* prose after the dateline's dash */
        bool date_apart = has_date && date_stands_apart(d, l, at, date_end, &rest);
        /* (a few words after the dash are the dateline's, unless the line
         * is prose wrapped by hand onto the next) */
        if (rest && l->end - rest <= 60 &&
            !(i + 1 < nl && !s.lines.v[i + 1].blank && isalpha((unsigned char)d->text[rest]) &&
              memchr(d->text + rest, ' ', l->end - rest)))
            rest = 0;
        /* "Source: China Military Online | Editor: ... | 2024-04-17 10:37",
         * "Source: ...  Release time: 2024-05-09 21:40  Author: ..." */
        bool field = has_date && len <= 160 && at > l->cstart &&
                     (memchr(d->text + l->cstart, '|', at - l->cstart) ||
                      match_role(rs, w, d, RT_SEGMENT, (span_t){l->cstart, at}, "date_label", &s.scratch));
        /* "1. Date and time: Heisei 25 (2013) July 3 (Wed) 16:00-16:45" is
         * the talk's, not the release's */
        bool numbered = has_date && bullet_marker(&s, l);
        /* "PM call with President Zelenskyy: 12 December 2024": a headline
         * ending on its date is the title (its date the release's) */
        bool headline = has_date && d->title < 0 && at - l->cstart >= 20 && line_role(&s, l, "title");
        if (has_date && !numbered && !headline && !d->published.y &&
            (date_apart || field || (len <= 80 && at - l->cstart <= 25))) {
            d->published = dt;
            add_sentence(d, rest ? (span_t){l->cstart, rest} : sp, -1, SENT_DATELINE);
            d->dateline = (int)d->sents.n - 1;
            if (rest) { /* "ABU DHABI, 21st October, 2023 (WAM) -- H.H. ... received" */
                l->cstart = rest;
                l->indent = 0;
                break;
            }
            continue;
        }
        /* another date alone after the dateline ("Updated 21 May 2023" /
         * "ARAB NEWS" / "May 21, 2023 21:48"): the page's, not a talk's */
        if (d->published.y && d->title >= 0 && date_alone(&s, l)) {
            add_sentence(d, sp, -1, SENT_HEADER);
            continue;
        }
        /* a subtitle set between dashes under the title ('- "Agreed to
         * expand defense industry cooperation" -') is no list */
        bool dashed = d->title >= 0 && d->text[l->cstart] == '-' && d->text[l->end - 1] == '-' &&
                      l->end - l->cstart > 4;
        if (dashed && !d->published.y) {
            add_sentence(d, sp, -1, SENT_HEADER);
            continue;
        }
        if (bullet_marker(&s, l)) break;
        /* a subtitle under the title, wrapped by hand, over a lead that
         * opens on a wire's city ("Ministers agree to widen cooperation in
         * ... / space ahead of 60th anniversary of diplomatic ties" over
         * "SEOUL, Nov. 24 -- Minister ..."): a header, not the body */
        if (d->title >= 0 && !has_date) {
            size_t last = paragraph_end(&s, i, 3);
            line_t *n = next_paragraph(&s, last);
            uint32_t para_len = s.lines.v[last].end - l->cstart;
            bool dated = false; /* (not "Source: ... Editor: ..." over its time) */
            for (size_t k = i + 1; k <= last && !dated; k++) {
                date_t kd;
                uint32_t kat, kend;
                dated = line_date(&s, &s.lines.v[k], &kd, &kat, &kend);
            }
            if (n && !dated && para_len >= 40 && para_len <= 200 && heading_like(&s, l) &&
                !strchr(".!?:", text_last_char(d, l->cstart, s.lines.v[last].end)) && opens_on_city(d, n)) {
                add_sentence(d, (span_t){l->cstart, s.lines.v[last].end}, -1, SENT_HEADER);
                i = last;
                continue;
            }
        }
        /* "Day/Date : Friday, 3 February 2023" under the title and the
         * dateline: the talk's own fields begin the body */
        if (has_date && d->title >= 0 && d->published.y && line_role(&s, l, "talk_field")) break;
        /* (so does a field's label alone under the title: "1 Date and
         * time", its value on the line below, which is no dateline) */
        if (!has_date && d->title >= 0 && line_role(&s, l, "talk_field")) break;
        /* (past the dateline only while the title is no headline yet:
         * "ROMANIA / ... / PRESS RELEASE No. 112 | 23 April 2024 / Minister of
         * National Defence ... held a videoconference with ...") */
        if (d->title >= 0 && d->published.y &&
            (sentence_role(&s, &d->sents.v[d->title], "title") || !heading_like(&s, l)))
            break;
        /* a line continued on the next one is prose, not a heading (in a
         * text wrapped by hand, also before a capital) */
        /* (not over a line of the page's furniture, "Press note", "id:
         * https://...", or one that opens on a date, "2023. 3. 30. (Thu) |
         * ...": unless it ends on a word that wants the next, "in the") */
        bool continued = false;
        /* (or on a word that wants the next: "On March 3, Foreign Minister
         * ... had a telephone conversation with" / "Foreign Minister of the
         * Republic of Indonesia ...") */
        if (i + 1 < nl && !s.lines.v[i + 1].blank &&
            (islower((unsigned char)d->text[s.lines.v[i + 1].cstart]) || wrapped_line(&s, l) ||
             (d->title >= 0 && l->end - l->cstart >= 60 && ends_wanting(d, l, false)))) {
            line_t *n = &s.lines.v[i + 1];
            date_t nd;
            uint32_t nat = 0, nend = 0;
            continued = ends_wanting(d, l, false) ||
                        !(line_role(&s, n, "masthead") ||
                          /* (or a short line of its date: "5:47 pm on 18 March 2024") */
                          (line_date(&s, n, &nd, &nat, &nend) && (nat == n->cstart || n->end - n->cstart <= 40)));
        }
        /* "Head of the MoND in Brussels. Talks with the US Secretary of
         * Defense ..." above a line of its date: a headline, though two
         * sentences (no full stop at its end) */
        bool headline_above_date = false;
        if (d->title < 0 && !has_date && !continued && l->end - l->cstart <= 200 &&
            !strchr(".!?", text_last_char(d, l->cstart, l->end))) {
            size_t nx = i + 1;
            while (nx < nl && s.lines.v[nx].blank) nx++;
            date_t nd;
            uint32_t nat = 0, nend = 0;
            /* (or a dated line of the page's furniture: "2023. 3. 30. (Thu)
             * | Ministry of National Defense Spokesperson | ...") */
            headline_above_date = nx < nl &&
                                  (s.lines.v[nx].end - s.lines.v[nx].cstart <= 40 ||
                                   line_role(&s, &s.lines.v[nx], "masthead")) &&
                                  line_date(&s, &s.lines.v[nx], &nd, &nat, &nend);
        }
        /* a headline wrapped by hand over two or more lines is one title
         * (also under a masthead line taken for the title so far: a header
         * line the title moves to below) */
        if (!has_date && (d->title < 0 || !sentence_role(&s, &d->sents.v[d->title], "title"))) {
            size_t last = wrapped_headline_end(&s, i);
            if (last > i) {
                span_t whole = {l->cstart, s.lines.v[last].end};
                add_sentence(d, whole, -1, d->title < 0 ? SENT_TITLE : SENT_HEADER);
                if (d->title < 0) d->title = (int)d->sents.n - 1;
                i = last;
                continue;
            }
        }
        if ((heading_like(&s, l) || headline_above_date) && !continued) {
            if (d->title < 0) {
                if (has_date) title_date = dt;
                add_sentence(d, sp, -1, SENT_TITLE);
                d->title = (int)d->sents.n - 1;
            } else {
                add_sentence(d, sp, -1, SENT_HEADER);
                /* (a headline under a masthead taken for the title so far:
                 * its date, if it becomes the title below) */
                if (has_date && !header_date.y) header_date = dt, header_date_sent = (int)d->sents.n - 1;
            }
            continue;
        }
        /* a standfirst under the title, above the masthead or the date
         * ("Talks in London focused on ... / From: Ministry of Defence /
         * Published 9 February 2023"), is no body yet */
        if (d->title >= 0 && !d->published.y) {
            size_t nx = i + 1;
            while (nx < nl && s.lines.v[nx].blank) nx++;
            line_t *n = nx < nl ? &s.lines.v[nx] : NULL;
            date_t nd;
            uint32_t nat = 0, nend = 0;
            if (n && (line_role(&s, n, "masthead") ||
                      (n->end - n->cstart <= 60 && line_date(&s, n, &nd, &nat, &nend)))) {
                add_sentence(d, sp, -1, SENT_HEADER);
                continue;
            }
            /* (also wrapped by hand, above a lead that opens on its
             * dateline: "Japanese Foreign Minister holds talks with
             * Secretary Yasay, calls on / President Duterte" over "MANILA,
             * 11 August 2016 - Secretary ...") */
            size_t last = paragraph_end(&s, i, 3);
            n = next_paragraph(&s, last);
            uint32_t prose_at;
            if (n && s.lines.v[last].end - l->cstart <= 200 &&
                !strchr(".!?:", text_last_char(d, l->cstart, s.lines.v[last].end)) &&
                line_date(&s, n, &nd, &nat, &nend) && date_stands_apart(d, n, nat, nend, &prose_at)) {
                add_sentence(d, (span_t){l->cstart, s.lines.v[last].end}, -1, SENT_HEADER);
                i = last;
                continue;
            }
        }
        break; /* the body starts here */
    }
    if (!d->published.y && title_date.y) d->published = title_date;
    /* "Visayas Daily Ledger" / "Home | Nation | World" / "PH, US to start
     * joint sea patrols; ...": a site's name over its navigation trail is
     * no title, the headline under the trail is (also with no title yet:
     * "Politics | Germany" / "Germany and Norway to deepen ..."), whatever
     * its words ("Baerbock warns China against military escalation over
     * Taiwan" over a standfirst that names the talks) */
    bool under_trail = headline_under_trail(&s, d);
    /* "international relations / & cooperation / Department: ..." or
     * "MINISTERIO DE DEFENSA NACIONAL" above the headline: the title is the
     * first heading line that speaks of ministers or talks (seg.title) */
    if (d->title >= 0 && !under_trail && !sentence_role(&s, &d->sents.v[d->title], "title")) {
        for (size_t k = (size_t)d->title + 1; k < d->sents.n; k++) {
            sentence_t *h = &d->sents.v[k];
            /* (a headline, not a byline's "Minister for Foreign Affairs") */
            /* (not a breadcrumb trail ending on the headline) */
            if (h->flags != SENT_HEADER || h->span.end - h->span.start < 40 || !sentence_role(&s, h, "title") ||
                sentence_role(&s, h, "masthead"))
                continue;
            d->sents.v[d->title].flags = SENT_HEADER;
            h->flags = SENT_TITLE;
            d->title = (int)k;
            /* ("Joint statement - ... Manalo (Paris, 21.03.2024)" under
             * "France Diplomacy - Ministry for Europe and Foreign Affairs") */
            if (!d->published.y && (int)k == header_date_sent) d->published = header_date;
            break;
        }
    }
    /* (and one a line below the title so far: "Nikkei Asia" / "Politics |
     * Defense" / the headline) */
    if (!under_trail) headline_under_trail(&s, d);
    size_t body = i;
    /* no dateline above the text: a "Posted on ..." line below it */
    for (size_t k = body; k < nl && !d->published.y; k++) {
        line_t *l = &s.lines.v[k];
        date_t dt;
        uint32_t at = 0, date_end = 0;
        if (!l->blank && line_role(&s, l, "posted") && line_date(&s, l, &dt, &at, &date_end))
            d->published = dt;
    }
    /* ... or a release signed off at its foot ("Colombo" / "14 May
     * 2025"): a short line of a date alone among its last three */
    for (size_t k = nl, lines = 0; k > body && lines < 3 && !d->published.y; k--) {
        line_t *l = &s.lines.v[k - 1];
        if (l->blank) continue;
        lines++;
        date_t dt;
        uint32_t at = 0, date_end = 0;
        if (l->end - l->cstart <= 40 && line_date(&s, l, &dt, &at, &date_end) && at == l->cstart &&
            l->end - date_end <= 2)
            d->published = dt;
    }

    /* Footer: from the first footer line on, nothing is text ("Share" or
     * "Print" above the first line of text is the page's furniture, and so
     * is a short one the article's prose follows: "Share this article /
     * Comments" under a news site's byline). */
    size_t end = nl;
    bool text_seen = false;
    for (size_t k = body; k < nl; k++) {
        line_t *l = &s.lines.v[k];
        if (l->blank) continue;
        if (line_role(&s, l, "footer")) {
            if (!text_seen || (short_footer_line(&s, l) && text_resumes(&s, k)) || note_above_numbered_text(&s, k))
                continue;
            end = k;
            break;
        }
        text_seen |= l->end - l->cstart > 40;
    }
    d->body_end = end < nl ? s.lines.v[end].start : (uint32_t)d->len;

    /* Paragraphs and lists. */
    for (size_t k = body; k < end; k++) s.lines.v[k].marker_end = bullet_marker(&s, &s.lines.v[k]);
    size_t k = body;
    while (k < end) {
        line_t *l = &s.lines.v[k];
        if (l->blank) {
            k++;
            continue;
        }
        if (page_furniture(&s, l)) { /* "(END)", share links, page headers */
            k++;
            continue;
        }
        /* a liveblog's next entry: its headline over a byline, and the
         * time stamp under it ("Sa'ar, German FM Baerbock discuss hostages"
         * / "By TOI Staff" / "26 January 2025, 9:15 pm") */
        if ((k + 1 < end && byline(&s, &s.lines.v[k + 1]) && heading_like(&s, l)) ||
            (k > body && byline(&s, &s.lines.v[k - 1]) && date_alone(&s, l))) {
            k++;
            continue;
        }
        if (l->marker_end) {
            /* A list: items, each with its continuation lines (indented
             * deeper than its marker). */
            list_t lst = {-1, (int)d->paras.n, 0, false};
            int list_idx = (int)d->lists.n;
            const char *first_marker = l->marker;
            size_t above = k;
            while (above > body && s.lines.v[above - 1].blank) above--;
            bool outer_coop = above > body && leads_in(&s, &s.lines.v[above - 1]);
            uint32_t last_start = 0, last_end = 0; /* the item before */
            int last_number = -1;
            /* the number of the point that leads into the list ("(6) The
             * two ministers agreed to advance the following efforts.") */
            int lead_number = above > body && s.lines.v[above - 1].marker_end ? marker_number(d, &s.lines.v[above - 1]) : -1;
            bool gap = false, spaced = false; /* a blank line before this item, before any */
            while (k < end) {
                line_t *it = &s.lines.v[k];
                if (it->blank) {
                    size_t nx = k + 1;
                    while (nx < end && (s.lines.v[nx].blank ||
                                        page_furniture(&s, &s.lines.v[nx])))
                        nx++;
                    if (nx < end && s.lines.v[nx].marker_end) {
                        k = nx;
                        gap = true;
                        continue;
                    }
                    break;
                }
                /* a page's header or footer between items of a list
                 * ("Ministry of Foreign Affairs    Page 1 of 2") */
                if (page_furniture(&s, it)) {
                    k++;
                    continue;
                }
                if (!it->marker_end) break;
                /* Another marker style is a list of its own (nested). */
                if (lst.nitems && strcmp(it->marker, first_marker)) break;
                /* So is the same marker indented deeper under an item that
                 * leads into it ("- ... concurred to promote these
                 * initiatives:" / "  - Providing coastal radar systems"),
                 * which ends back at the outer margin */
                if (lst.nitems && it->indent > l->indent && item_leads_in(&s, last_start, last_end)) break;
                /* (a nested list, of either kind, ends back at the outer
                 * margin: "(7)" after " (4)") */
                if (lst.nitems && it->indent < l->indent) break;
                /* So is a numbering that starts again under a point that
                 * leads into it ("(6) ... agreed to promote cooperation in
                 * the following fields." / " (1) Maritime security ...") */
                /* (also under the first point: "(1) ... covers the
                 * following eight areas:" / "① Healthcare ...") */
                if (lst.nitems && marker_number(d, it) == 1 && last_number >= 1 &&
                    item_leads_in(&s, last_start, last_end))
                    break;
                /* ... or goes on from the point that led into it: "(7)"
                 * after "(6) ... the following efforts." / "① ..." ... "④
                 * ..." (circled numbers read as "(1)") */
                if (lst.nitems && lead_number >= 1 && marker_number(d, it) == lead_number + 1 &&
                    marker_number(d, it) != last_number + 1)
                    break;
                /* (... also when it goes on from the items too, after a
                 * blank line the items had none of: "(3) ... in these
                 * fields:" / "① ..." "② ..." "③ ..." / "" / "(4) In
                 * addition, ...") */
                if (lst.nitems >= 2 && gap && !spaced && lead_number >= 1 && marker_number(d, it) == lead_number + 1)
                    break;
                spaced |= gap && lst.nitems;
                gap = false;
                uint32_t e = it->end;
                size_t c = k + 1;
                bool wrapped_here = false; /* the item's lines wrapped by hand (below) */
                /* a sub-list of another style indented under a bulleted item
                 * ("・ ..., including:" / "  (a) ..." / "  (b) ...") is part
                 * of its text; under a numbered paragraph ("3. The ministers
                 * concurred on the following:") it is a list of its own */
                bool glyph = !strpbrk(first_marker, "Na");
                /* ... unless the item leads into it ("○ In addition, the two
                 * ministers agreed to promote cooperation in the following
                 * fields." / " ・Cyber security cooperation"): a list */

                /* (not under a full sentence: "○ The two ministers shared the
                 * view that ... ." / "   - Minister Lee explained ...": those
                 * are points of their own) */
                while (c < end && !s.lines.v[c].blank &&
                       (!s.lines.v[c].marker_end ||
                        (glyph && s.lines.v[c].indent > it->indent &&
                         strcmp(s.lines.v[c].marker, first_marker) &&
                         text_last_char(d, s.lines.v[c - 1].cstart, s.lines.v[c - 1].end) != '.' &&
                         !(s.lines.v[c].marker_end && !outer_coop &&
                           leads_in(&s, &(line_t){it->marker_end, s.lines.v[c - 1].end, it->marker_end, 0,
                                                   false, 0, ""}))))) {
                    line_t *cl = &s.lines.v[c];
                    /* (a numbered section's heading has no lines of its own:
                     * "3 Japan-Australia Defense Ministers' Meeting" over
                     * "　Following this, Minister Nakatani met ...") */
                    if (c == k + 1 && line_role(&s, it, "heading")) break;
                    /* (not a paragraph's one-space indent, the ideographic
                     * space of a Japanese page, under an item that ended:
                     * "◆ Mutual observation of exercises ... What to do" /
                     * "　Since 2015, the Ministry of Defense has ...") */
                    const line_t *up = &s.lines.v[c - 1];
                    char above_ends = text_last_char(d, up->cstart, up->end);
                    bool item_ended = above_ends == '.' || ends_on_trim(&s, up);
                    bool paragraph_indent = cl->indent == it->indent + 1 && item_ended &&
                                            isupper((unsigned char)d->text[cl->cstart]);
                    bool indented = cl->indent > it->indent && !paragraph_indent;
                    /* An unindented line continues the item only when it
                     * reads as the rest of it: lower case, and either no
                     * full stop or another item right after it. */
                    char lc = text_last_char(d, cl->cstart, cl->end);
                    bool next_item = c + 1 < end && s.lines.v[c + 1].marker_end;
                    /* (or the line above is a long one broken in mid-
                     * sentence: "... with Minister for Foreign" / "Affairs
                     * of the Republic of Indonesia ...") */
                    bool lower = islower((unsigned char)d->text[cl->cstart]);
                    /* (or, under a numbered paragraph, the line above stops
                     * in mid-sentence: "3. ... offered by the 'Make in
                     * India'" / "initiative, and invited ..."; not under a
                     * bullet, whose item needs no full stop: "・... infection"
                     * / "from Minister Sajan ...") */
                    bool mid_sentence = !glyph && !strchr(".!?:;", above_ends);
                    /* (or a word or two that end what the line above
                     * left open: "... in Denmark and in the United" /
                     * "States.") */
                    int words = 1;
                    for (uint32_t p = cl->cstart; p < cl->end; p++) words += d->text[p] == ' ';
                    /* (not a sentence of its own under a bullet that
                     * needs no full stop: "・Dealing with false information
                     * ..." / "It matched.") */
                    bool own_sentence = starts_with_pronoun(&s, cl->cstart, cl->end);
                    bool tail = !strchr(".!?:;,", above_ends) && words <= 2 && (lc == '.' || lc == ';') && !own_sentence;
                    /* (or a numbered point's long first line of clauses,
                     * wrapped by hand where the rest of the page is not:
                     * "1. On April 27, from 10:00 a.m. ..., the Japan-U.S.
                     * Security" / "Consultative Committee ("2+2") was held
                     * ...") */
                    bool clauses_wrapped = mid_sentence && up->end - up->cstart >= 60 && has_clauses(d, up) &&
                                           isalpha((unsigned char)d->text[up->end - 1]) &&
                                           isalpha((unsigned char)d->text[cl->cstart]) && !opens_sentence(d, cl);
                    /* (its lines go on to the blank line or the next item) */
                    wrapped_here |= clauses_wrapped;
                    /* (in any case after a long line that stops in
                     * mid-sentence: "... international law, in particular"
                     * / "UNCLOS 1982."; not before a line that opens a
                     * sentence: "(1) Defence industry cooperation" / "The
                     * two Ministers agreed ...") */
                    /* (or, under a bullet, the line above stops in mid-
                     * sentence and this one ends the item with a
                     * semicolon before the next: "- joint exercises
                     * between the French Armed Forces and the Japan" /
                     * "Self-Defense Forces, building on ...;" / "- maritime
                     * security ..."; a full stop may end a sentence of its
                     * own: "・... trainees in Japan What to do" / "Foreign
                     * Minister Yousouf expressed his gratitude for this.") */
                    bool item_ends_here = glyph && !strchr(".!?:;,", above_ends) && next_item && lc == ';';
                    bool rest = tail || item_ends_here || wrapped_here || (lower && (lc != '.' || next_item)) ||
                                (lower && (long_line(&s, up) || mid_sentence)) ||
                                (mid_sentence && long_line(&s, up) && !opens_sentence(d, cl)) || wrapped_line(&s, up);
                    if (!indented && !rest) break;
                    e = cl->end;
                    c++;
                }
                add_para(d, (span_t){it->marker_end, e}, PARA_ITEM, list_idx, it->indent);
                lst.nitems++;
                last_start = it->marker_end, last_end = e, last_number = marker_number(d, it);
                k = c;
            }
            VEC_PUSH(d->arena, d->lists, lst);
            continue;
        }
        /* A paragraph: lines joined while a line does not end a sentence. */
        uint32_t e = l->end;
        size_t c = k + 1;
        while (c < end && !s.lines.v[c].blank && !s.lines.v[c].marker_end) {
            char lc = text_last_char(d, s.lines.v[c - 1].cstart, s.lines.v[c - 1].end);
            /* (a bracket or quotation closing a line wrapped by hand goes
             * on when the next line does in lower case: "... (local time;
             * 11:20 p.m. Japan time)" / "for approximately 30 minutes, ...") */
            bool goes_on = (lc == '"' || lc == ')') && islower((unsigned char)d->text[s.lines.v[c].cstart]);
            if ((lc == '.' && !wrapped_at_abbreviation(&s, &s.lines.v[c - 1])) || lc == '!' || lc == '?' ||
                lc == ':' || ((lc == '"' || lc == ')') && !goes_on))
                break;
            /* a section's heading stands alone ("Japan-Canada Foreign
             * Ministers' Meeting" above its text) */
            if (line_role(&s, &s.lines.v[c - 1], "heading")) break;
            /* "Japan: Defense Minister Kishi" / "United Kingdom: Secretary of
             * State for Defence Ben Wallace": a labelled line each */
            if (line_role(&s, &s.lines.v[c], "label")) break;
            if (byline(&s, &s.lines.v[c])) break;
            e = s.lines.v[c].end;
            c++;
        }
        add_para(d, (span_t){l->cstart, e}, PARA_TEXT, -1, l->indent);
        k = c;
    }

    /* Sentences; a list's lead-in is the last sentence before it. */
    for (size_t p = 0; p < d->paras.n; p++) {
        para_t *pa = &d->paras.v[p];
        if (pa->kind == PARA_ITEM) {
            list_t *lst = &d->lists.v[pa->list];
            if ((int)p == lst->first_para) {
                int prev = (int)d->sents.n - 1;
                /* the last sentence of a paragraph, or of an item that is
                 * itself a paragraph (a numbered point with a sub-list) */
                if (prev >= 0 && !(d->sents.v[prev].flags & SENT_ITEM) &&
                    d->sents.v[prev].para >= 0 && d->sents.v[prev].para < (int)p) {
                    lst->leadin = prev;
                    span_t ls = d->sents.v[prev].span;
                    line_t fake = {ls.start, ls.end, ls.start, 0, false, 0, ""};
                    lst->coop = leads_in(&s, &fake);
                }
            }
            if (lst->coop) {
                add_sentence(d, pa->span, (int)p, SENT_ITEM);
                continue;
            }
        }
        split_sentences(&s, pa->span, (int)p, SENT_BODY);
    }
    join_wrapped_lines(d);
}

void seg_print(doc_t *d, FILE *out) {
    char date[16];
    temporal_fmt_date(d->published, date, sizeof date);
    fprintf(out, "published\t%s\n", date);
    fprintf(out, "translation\t%s\n",
            d->translation == TR_MACHINE ? "machine"
            : d->translation == TR_PROVISIONAL ? "provisional" : "");
    int last_para = -2;
    for (size_t i = 0; i < d->sents.n; i++) {
        sentence_t *s = &d->sents.v[i];
        const char *label = "sentence";
        if (s->flags & SENT_TITLE) label = "title";
        else if (s->flags & SENT_DATELINE) label = "dateline";
        else if (s->flags & SENT_HEADER) label = "header";
        if (s->para >= 0 && s->para != last_para) {
            para_t *p = &d->paras.v[s->para];
            if (p->kind == PARA_ITEM && p->list >= 0 &&
                d->lists.v[p->list].first_para == s->para) {
                list_t *l = &d->lists.v[p->list];
                fprintf(out, "list\t%d\t%s\titems=%d\tlead_in=%s\n", p->list + 1,
                        l->coop ? "cooperation" : "paragraphs", l->nitems,
                        l->leadin >= 0 ? doc_span_text(d, d->sents.v[l->leadin].span) : "");
            }
            if (p->kind == PARA_TEXT) fprintf(out, "paragraph\t%d\n", s->para + 1);
            last_para = s->para;
        }
        if (s->flags & SENT_ITEM) label = "item";
        fprintf(out, "%s\t%s\n", label, doc_span_text(d, s->span));
    }
    if (d->body_end < d->len) fprintf(out, "footer\t%s\n",
                                      doc_span_text(d, (span_t){d->body_end, (uint32_t)d->len}));
}
