/* segment: title, dateline, abbreviations, bullets, list end, footer. */
#include "norm.h"
#include "read.h"
#include "segment.h"
#include "temporal.h"
#include "unit.h"

static doc_t *segmented(const char *text) {
    doc_t *d = read_bytes("t", text, strlen(text));
    worker_t *w = worker_new(unit_rules);
    norm_doc(d, unit_rules, w);
    seg_doc(d, unit_rules, w);
    worker_free(w);
    return d;
}

static size_t count(doc_t *d, unsigned flags) {
    size_t n = 0;
    for (size_t i = 0; i < d->sents.n; i++) n += d->sents.v[i].flags == flags;
    return n;
}

static const char *sent(doc_t *d, unsigned flags, size_t k) {
    for (size_t i = 0; i < d->sents.n; i++)
        if (d->sents.v[i].flags == flags && !k--) return doc_span_text(d, d->sents.v[i].span);
    return "";
}

/* The document's title is `want`. */
static void title_is(doc_t *d, const char *want) {
    CHECK(d->title >= 0);
    if (d->title >= 0) CHECK_STR(doc_span_text(d, d->sents.v[d->title].span), want);
}

/* n body sentences (when n >= 0), the k1-th and k2-th of them as given
 * (when given); then the document is freed. */
static void bodies_are(doc_t *d, int n, int k1, const char *w1, int k2, const char *w2) {
    if (n >= 0) CHECK(count(d, SENT_BODY) == (size_t)n);
    if (w1) CHECK_STR(sent(d, SENT_BODY, (size_t)k1), w1);
    if (w2) CHECK_STR(sent(d, SENT_BODY, (size_t)k2), w2);
    doc_free(d);
}

/* n list items, the k-th of them w, in `lists` lists (when nonzero); then
 * the document is freed. */
static void items_are(doc_t *d, size_t n, size_t k, const char *w, size_t lists) {
    CHECK(count(d, SENT_ITEM) == n);
    CHECK_STR(sent(d, SENT_ITEM, k), w);
    if (lists) CHECK(d->lists.n == lists);
    doc_free(d);
}

/* The release date the header gives, and how many body sentences follow. */
static void header_is(const char *text, const char *published, size_t bodies) {
    doc_t *d = segmented(text);
    char date[16];
    temporal_fmt_date(d->published, date, sizeof date);
    CHECK_STR(date, published);
    CHECK(count(d, SENT_BODY) == bodies);
    doc_free(d);
}

/* The body of text runs past `kept`, and its footer ("Related Links") is
 * still dropped. */
static void body_keeps(const char *text, const char *kept) {
    doc_t *d = segmented(text);
    CHECK(strstr(d->text + d->body_end, kept) == NULL);
    CHECK(strstr(d->text + d->body_end, "Related Links") != NULL);
    doc_free(d);
}

void test_segment(void) {
    doc_t *d = segmented(
        "Press Release\n"
        "Readout of Secretary Austin's Call With Minister Kishi\n"
        "Release No. NR-001-21 January 26, 2021\n"
        "Secretary of Defense Lloyd J. Austin III spoke with Mr. Kishi of Japan today at 9 a.m. "
        "for 30 minutes. The U.S. Secretary thanked Gen. Smith and Dr. Lee. They agreed on No. 5 "
        "and on a 2.5 percent rise. Both stressed cooperation.\n");
    title_is(d, "Readout of Secretary Austin's Call With Minister Kishi");
    CHECK(d->published.y == 2021 && d->published.m == 1 && d->published.d == 26);
    bodies_are(d, 4, 1, "The U.S. Secretary thanked Gen. Smith and Dr. Lee.", 2,
               "They agreed on No. 5 and on a 2.5 percent rise.");

    /* a text wrapped by hand: a numbered point goes on past a line broken
     * before a capital; a list item without a full stop does not run into
     * the sentence under it */
    d = segmented("Foreign Minister Holds Phone Talks\n\nDate 2021-04-13\n\n"
                  "1. Minister of Foreign Affairs Chung Eui-yong had a telephone conversation with the\n"
                  "Minister for Foreign Affairs of the Republic of Indonesia on April 13 and the two\n"
                  "discussed ways to further develop the special strategic partnership between them.\n\n"
                  "2. Minister Chung expressed appreciation for the active role of Indonesia in the\n"
                  "joint development project of the fighter jet, and the two ministers agreed on it.\n\n"
                  "3. The two Ministers agreed to cooperate in the following areas of common concern:\n"
                  "(1) Defence industry cooperation including the joint development of the aircraft\n"
                  "The two Ministers agreed to maintain close communication between the ministries.\n");
    CHECK_STR(sent(d, SENT_BODY, 0),
              "Minister of Foreign Affairs Chung Eui-yong had a telephone conversation with the Minister for "
              "Foreign Affairs of the Republic of Indonesia on April 13 and the two discussed ways to further "
              "develop the special strategic partnership between them.");
    CHECK(count(d, SENT_ITEM) == 1);
    CHECK_STR(sent(d, SENT_BODY, 3),
              "The two Ministers agreed to maintain close communication between the ministries.");
    doc_free(d);

    /* a joint release: two bylines push the date past the eighth line */
    header_is("Joint Readout: Australia-New Zealand Foreign Ministers' Meeting\n\n"
              "Senator the Hon Marise Payne\nMinister for Foreign Affairs\nMinister for Women\n\n"
              "Joint media release with:\nThe Rt Hon Winston Peters MP\n"
              "Deputy Prime Minister of New Zealand\nMinister of Foreign Affairs\n\n17 July 2020\n\n"
              "The two ministers met by video conference today.\n",
              "2020-07-17", 1);
    /* a standfirst between the title and the masthead and date is no body */
    header_is("Defence Secretary meets Japanese Defence Minister in London\n"
              "Talks in London focused on the Global Combat Air Programme.\n"
              "From: Ministry of Defence and The Rt Hon Ben Wallace MP\n"
              "Published 9 February 2023\n\n"
              "Defence Secretary Ben Wallace hosted the Minister on Wednesday 8 February.\n",
              "2023-02-09", 1);
    /* a dated headline under a masthead line first taken for the title */
    header_is("France Diplomacy - Ministry for Europe and Foreign Affairs\n"
              "Home > Country files > Philippines > News\n\n"
              "Joint statement - France/Philippines - Meeting between Stephane Sejourne and Enrique Manalo "
              "(Paris, 21.03.2024)\n\n"
              "Stephane Sejourne held talks in Paris with Enrique A. Manalo.\n",
              "2024-03-21", 1);
    /* a long headline right over a dated line of the page's furniture */
    header_is("Republic of Korea Ministry of National Defense\nNews Release\n\n"
              "Minister of National Defense Lee Jong-sup holds Korea-Netherlands and Korea-Norway Defense Ministers' "
              "Talks\n2023. 3. 30. (Thu) | Ministry of National Defense Spokesperson | International Policy Division\n\n"
              "Minister Lee held talks with Dutch Minister of Defence Kajsa Ollongren on the 28th.\n",
              "2023-03-30", 1);
    /* a place's dateline closed by a period, the lead running on after it */
    header_is("Chancellor Sarabia held a bilateral meeting with the Minister of Foreign Affairs of China\n\n"
              "Beijing (China), May 13, 2025. The Chancellor held this Tuesday a bilateral meeting with the "
              "Minister of Foreign Affairs, Wang Yi, on the sidelines of the Ministerial Meeting of the Forum.\n",
              "2025-05-13", 1);

    /* sentences glued by a web page's copy, but not initials, abbreviations
     * or domain names */
    d = segmented("Title Line\n\nThey confirmed future cooperation.Minister Iwaya stated his view. "
                  "J.Smith of the U.S.Navy wrote to mofa.go.jp today.\n");
    CHECK(count(d, SENT_BODY) == 3);
    CHECK_STR(sent(d, SENT_BODY, 0), "They confirmed future cooperation.");
    CHECK_STR(sent(d, SENT_BODY, 1), "Minister Iwaya stated his view.");
    CHECK_STR(sent(d, SENT_BODY, 2), "J.Smith of the U.S.Navy wrote to mofa.go.jp today.");
    doc_free(d);

    /* a clock's "p.m." ends a sentence before a word that starts one, not
     * before a place's time, a weekday or a zone */
    d = segmented("Title Line\n\nThey spoke from 2:05 p.m. to 2:35 p.m. Minister Parly thanked him. "
                  "The call began at 8:30 a.m. Washington time and lasted an hour. "
                  "It ended at 4 p.m. Monday and at 5 p.m. EST on Tuesday.\n");
    CHECK(count(d, SENT_BODY) == 4);
    CHECK_STR(sent(d, SENT_BODY, 0), "They spoke from 2:05 p.m. to 2:35 p.m.");
    CHECK_STR(sent(d, SENT_BODY, 2), "The call began at 8:30 a.m. Washington time and lasted an hour.");
    CHECK_STR(sent(d, SENT_BODY, 3), "It ended at 4 p.m. Monday and at 5 p.m. EST on Tuesday.");
    doc_free(d);

    /* bullets, a lead-in, continuation by indentation, the end of a list */
    d = segmented(
        "Title Line\n\n"
        "The Ministers agreed to cooperate in the following areas.\n"
        "\xE2\x97\x8F Sharing lessons learned\n"
        "  from exercises\n"
        "\xE2\x97\x8F Seeking new opportunities What to do\n"
        "from Minister Sajan there was a suggestion.\n\n"
        "Related posts\nShare this\n");
    CHECK(d->lists.n == 1);
    CHECK(d->lists.n && d->lists.v[0].coop && d->lists.v[0].nitems == 2);
    CHECK(count(d, SENT_ITEM) == 2);
    CHECK_STR(sent(d, SENT_ITEM, 0), "Sharing lessons learned from exercises");
    CHECK_STR(sent(d, SENT_BODY, 1), "from Minister Sajan there was a suggestion.");
    CHECK(d->body_end < d->len); /* footer found */
    CHECK(!strstr(sent(d, SENT_BODY, 1), "Related"));
    doc_free(d);

    /* circled items under a numbered point end where the points go on:
     * "(7)" after "(6) ... the following efforts." / "\u2460" "\u2461" */
    d = segmented("Japan-Kazakhstan Defense Ministers' Video Conference\n\nMay 1, 2024\n\n"
                  "(5) Minister Kihara explained the situation in the region.\n\n"
                  "(6) The two ministers agreed to advance the following efforts.\n"
                  "\xE2\x91\xA0 Acceptance of Kazakh students at the National Defense Academy\n"
                  "\xE2\x91\xA1 Sharing of experiences in disaster relief\n\n"
                  "(7) Finally, Minister Kihara stated that he looks forward to meeting his counterpart.\n");
    CHECK(count(d, SENT_ITEM) == 2);
    doc_free(d);

    /* a "(Reference)" note above a numbered section's heading and its
     * points is a note, not the footer */
    body_keeps("Foreign Minister's Visit to Turkey\n\nOctober 9, 2020\n\n"
               "(4) The two Ministers expressed concern over the fighting in the region.\n\n"
               "(Reference) The two Ministers previously held a video conference in June.\n\n"
               "4. Working Dinner\n\n"
               "(1) During the working dinner, the Ministers exchanged opinions on regional affairs.\n\n"
               "Related Links\n",
               "Working Dinner");

    /* ... so is the label alone, its note on the line below, above
     * numbered lines of fields */
    body_keeps("Japan-Mongolia Defense Ministers' Meeting\n\nApril 16, 2019\n\n"
               "Defense Minister Iwaya met Mongolia's Minister of Defense, who is visiting Japan.\n\n"
               "(Reference)\n"
               "In August last year, the two defense authorities agreed to expand unit-to-unit exchanges.\n\n"
               "1 Date and time: April 16 (Tue) About 1 hour from 15:00\n"
               "2 Location: Ministry of Defense\n"
               "3 Outline\n"
               "The two Ministers exchanged views on regional affairs.\n\n"
               "Related Links\n",
               "Outline");

    /* a site's name over its navigation trail is no title: the headline
     * under the trail is */
    d = segmented(
        "Harbour City Ledger\n"
        "Home | Nation | Regions | World\n\n"
        "Navies to start joint patrols as ministers sign off on wider cooperation\n\n"
        "April 15, 2016 | News Desk\n\n"
        "The two defense chiefs met in Manila on Thursday and agreed to begin joint patrols.\n");
    title_is(d, "Navies to start joint patrols as ministers sign off on wider cooperation");
    doc_free(d);

    /* a release signed off at its foot: its date is the release's */
    d = segmented(
        "Foreign Minister Herath meets Maldivian Foreign Minister\n\n"
        "Foreign Minister Vijitha Herath met Foreign Minister Abdulla Khaleel of the Maldives today.\n\n"
        "Ministry of Foreign Affairs, Foreign Employment and Tourism\nColombo\n\n14 May 2025\n");
    CHECK(d->published.y == 2025 && d->published.m == 5 && d->published.d == 14);
    doc_free(d);

    /* a headline wrapped after a capitalized word is one title */
    d = segmented(
        "Foreign Minister Kamikawa's Meetings on the Occasion of the Commemorative\n"
        "Summit for the 50th Year of ASEAN-Japan Friendship and Cooperation\n\n"
        "December 17, 2023\n\n"
        "Ms. KAMIKAWA Yoko, Minister for Foreign Affairs, held the following meetings.\n");
    CHECK(d->title >= 0 && strstr(doc_span_text(d, d->sents.v[d->title].span), "Friendship and Cooperation"));
    CHECK(d->published.y == 2023);
    doc_free(d);

    /* a text saved from a PDF: the page's number and the title again
     * between items of one list; a line that stops on "next" goes on */
    d = segmented(
        "Japan-Mongolia Foreign Ministers' Meeting\n\n"
        "December 3, 2018\n\n"
        "The two Ministers concurred to promote cooperation in the following fields:\n\n"
        "  \xE2\x97\x8F Economic partnership\n"
        "  \xE2\x97\x8F Human resource development\n\n"
        "- 1 -\n"
        "Japan-Mongolia Foreign Ministers' Meeting (Provisional translation)\n\n"
        "  \xE2\x97\x8F Defense exchanges\n\n"
        "Minister Tsogtbaatar invited Minister Kono to visit Mongolia for the next\n"
        "Japan-Mongolia Foreign Ministers' Meeting, and Minister Kono expressed his gratitude.\n");
    items_are(d, 3, 2, "Defense exchanges", 1);

    /* circled items end where the point after the one leading in follows
     * a blank line the items had none of: "(4)" is the next point */
    d = segmented(
        "Japan-Timor-Leste Foreign Ministers' Meeting\n\nJuly 14, 2023\n\n"
        "(3) The two Ministers agreed to take forward cooperation in these fields:\n"
        "\xE2\x91\xA0 Capacity building of government officials\n"
        "\xE2\x91\xA1 Maritime security\n"
        "\xE2\x91\xA2 Improvement of ports\n\n"
        "(4) In addition, the two Ministers had an exchange of views regarding Myanmar.\n");
    items_are(d, 3, 2, "Improvement of ports", 0);

    /* a bulleted item's last word or two on a line of their own end it
     * ("... in the United" / "States."); a sentence after it does not */
    d = segmented(
        "Petri met with his Danish counterpart\n\nTuesday 16 April 2024\n\n"
        "The package signed includes:\n"
        "\xE2\x80\xA2 Spare engines and ground support equipment;\n"
        "\xE2\x80\xA2 A program of training of pilots, carried out in Denmark and in the United\n"
        "States.\n\n"
        "Both ministers also agreed to create a working group.\n");
    CHECK(count(d, SENT_BODY) == 2); /* the lead-in and the sentence after */
    items_are(d, 2, 1, "A program of training of pilots, carried out in Denmark and in the United States.", 1);

    /* under an item that ended ("... What to do"), a line indented by one
     * ideographic space opens a paragraph, not the item's next line */
    d = segmented(
        "Japan-Papua New Guinea Defense Ministers' Meeting\n\nMay 31, 2025\n\n"
        "\xE2\x97\x8B The two Ministers agreed to promote the following cooperation.\n"
        "\xE2\x97\x86 Port calls by Maritime Self-Defense Force vessels\n"
        "\xE2\x97\x86 Mutual observation of exercises What to do\n"
        "\xE3\x80\x80Since 2015, the Ministry of Defense has dispatched instructors.\n");
    CHECK(count(d, SENT_BODY) == 2);
    items_are(d, 2, 1, "Mutual observation of exercises What to do", 0);

    /* a numbered point's first line of clauses wrapped by hand goes on to
     * the blank line, on a page whose other points are not wrapped; a
     * point of a date line does not ("1 Date and time: ..., 2016 from
     * 17:15 to 17:55" / "2 Place: ...") */
    d = segmented(
        "Japan-U.S. Security Consultative Committee\n\nApril 28, 2015\n\n"
        "1. On April 27, from 10:00 a.m. to 11:40 a.m. (local time), the Japan-U.S. Security\n"
        "Consultative Committee was held in New York. Japan was represented by\n"
        "Mr. Fumio Kishida, Minister for Foreign Affairs.\n\n"
        "2. The Ministers welcomed the approval of the new Guidelines for Japan-U.S. Defense Cooperation, which replace the 1997 Guidelines.\n");
    bodies_are(d, 3, 1, "Japan was represented by Mr. Fumio Kishida, Minister for Foreign Affairs.", 0, NULL);
    d = segmented(
        "Japan-Saudi Arabia Defense Ministers' Meeting\n\nSeptember 1, 2016\n\n"
        "1 Date and time: Thursday, September 1, 2016 from 17:15 to 17:55\n"
        "2 Place: Ministry of Defense (Ichigaya)\n");
    bodies_are(d, 2, 0, NULL, 0, NULL);

    /* a numbered section's heading takes no indented line as its own: "3
     * Japan-Australia Defense Ministers' Meeting" / "　Following this, ..." */
    d = segmented(
        "Defense Ministers' Meeting, etc.\n\nMay 31, 2025\n\n"
        "\xEF\xBC\x92\xE3\x80\x80Japan-Philippines\n"
        "\xE3\x80\x80Minister Nakatani also spoke with Secretary Teodoro.\n\n"
        "\xEF\xBC\x93\xE3\x80\x80Japan-Australia Defense Ministers' Meeting\n"
        "\xE3\x80\x80" "Following this, Minister Nakatani met with Deputy Prime Minister Marles.\n");
    bodies_are(d, 4, 3, "Following this, Minister Nakatani met with Deputy Prime Minister Marles.", 0, NULL);

    /* numbered paragraphs after "as follows" are paragraphs, not items */
    d = segmented(
        "Japan-Qatar Foreign Ministers' Meeting\n\n"
        "On September 23, Mr. Motegi held a meeting with Minister Mohammed. The overview is as follows.\n"
        "1. At the outset, Minister Motegi expressed his gratitude.\n"
        "2. Both ministers agreed to continue to work closely.\n");
    CHECK(d->lists.n == 1 && !d->lists.v[0].coop);
    CHECK(count(d, SENT_ITEM) == 0);
    CHECK_STR(sent(d, SENT_BODY, 2), "At the outset, Minister Motegi expressed his gratitude.");
    doc_free(d);

    /* a sub-list of another style under an item is part of its text; the
     * outer list goes on after it; "Outline:" introduces paragraphs */
    d = segmented(
        "Title Line\n\n"
        "The two Ministers concurred on the following:\n"
        "\xE3\x83\xBB Deepening cooperation in defense equipment, including:\n"
        "  (a) Research on unmanned vehicles\n"
        "  (b) Further projects\n"
        "\xE3\x83\xBB Starting staff talks\n\n"
        "Attendees: Minister Nakatani and others\nOutline:\n\n"
        "1. At the beginning, Secretary Teodoro welcomed the visit.\n");
    CHECK(count(d, SENT_ITEM) == 2);
    CHECK_STR(sent(d, SENT_ITEM, 0),
              "Deepening cooperation in defense equipment, including: (a) Research on unmanned vehicles (b) Further projects");
    CHECK_STR(sent(d, SENT_ITEM, 1), "Starting staff talks");
    CHECK(strstr(sent(d, SENT_BODY, count(d, SENT_BODY) - 1), "Teodoro welcomed") != NULL);
    doc_free(d);

    /* hard-wrapped lines join; the dateline with a translation marker */
    d = segmented(
        "About the Talks\n\n"
        "November 25, 2020 (Google Translation) - We would like to inform you as follows:\n\n"
        "The two Ministers agreed to\nContinue their close cooperation.\n");
    CHECK(d->translation == TR_MACHINE);
    CHECK(d->published.y == 2020 && d->published.d == 25);
    CHECK(count(d, SENT_BODY) == 1);
    CHECK_STR(sent(d, SENT_BODY, 0), "The two Ministers agreed to Continue their close cooperation.");
    doc_free(d);

    /* a body sentence wrapped by hand reads as one line for the rules (its
     * line ends become blanks, offsets unchanged); a short heading run into
     * the text below it keeps its line end */
    d = segmented(
        "Lavrov talks with Retno\n\n3 March 2022\n\n"
        "The parties also touched upon the preparations for the summit, to be\n"
        "held in Bali in November under the Indonesian Presidency. The Russian side\n"
        "expressed its gratitude to Jakarta.\n\n"
        "3 (Reference) Conversation at the reception\n"
        "On the evening of the 5th, the two ministers spoke again.\n");
    {
        const sentence_t *thanks = NULL, *heading_run_in = NULL;
        for (size_t k = 0; k < d->sents.n; k++) {
            const char *at = d->text + d->sents.v[k].span.start;
            if (!strncmp(at, "The Russian side", 16)) thanks = &d->sents.v[k];
            if (!strncmp(at, "3 (Reference)", 13)) heading_run_in = &d->sents.v[k];
        }
        CHECK(thanks && !memchr(d->text + thanks->span.start, '\n', thanks->span.end - thanks->span.start));
        CHECK(heading_run_in &&
              memchr(d->text + heading_run_in->span.start, '\n', heading_run_in->span.end - heading_run_in->span.start));
    }
    doc_free(d);

    /* a text wrapped by hand at an abbreviation: the sentence goes on */
    d = segmented(
        "Japan-Netherlands Telephone Talk\n\nJanuary 27, 2022\n\n"
        "On January 27, commencing at 6:30 p.m. for approximately 25 minutes, Mr.\n"
        "KISHIDA Fumio, Prime Minister of Japan, held a telephone talk with H.E.\n"
        "Mr. Mark Rutte, Prime Minister of the Kingdom of the Netherlands. The\n"
        "overview of the talk is as follows, with the details given below it.\n\n"
        "1. At the outset, Prime Minister Kishida congratulated Prime Minister\n"
        "   Rutte on the launch of his fourth cabinet, and Prime Minister Rutte\n"
        "   expressed his gratitude for the warm words of the Prime Minister.\n");
    bodies_are(d, -1, 0,
               "On January 27, commencing at 6:30 p.m. for approximately 25 minutes, Mr. KISHIDA Fumio, Prime "
               "Minister of Japan, held a telephone talk with H.E. Mr. Mark Rutte, Prime Minister of the Kingdom of "
               "the Netherlands.",
               0, NULL);

    /* "Sen." ends the name "Hun Sen" (a sentence end), not "Sen. Smith" */
    d = segmented("Travel to Cambodia\n\nJune 3, 2021\n\n"
                  "The Deputy Secretary met with Prime Minister Hun Sen. Deputy Secretary Sherman raised concerns. "
                  "She later met Sen. Smith.\n");
    bodies_are(d, 3, 0, "The Deputy Secretary met with Prime Minister Hun Sen.", 2, "She later met Sen. Smith.");

    /* a numbering that starts again under a point leading into it is a
     * list of its own, which ends where the outer numbering goes on */
    d = segmented("Japan-France 2+2\n\nJanuary 12, 2019\n\n"
                  "(5) The ministers welcomed the progress of cooperation between the two countries.\n"
                  "(6) In addition, the ministers agreed to promote cooperation in the following fields.\n"
                  " \u2460 Maritime security cooperation, including joint training\n"
                  " \u2461 Space situational awareness and cyber security\n"
                  "(7) It matched that the next meeting will be held in Japan.\n");
    CHECK(count(d, SENT_ITEM) == 2);
    CHECK_STR(sent(d, SENT_ITEM, 0), "Maritime security cooperation, including joint training");
    CHECK(strstr(sent(d, SENT_BODY, count(d, SENT_BODY) - 1), "It matched") != NULL);
    doc_free(d);

    /* a masthead is not a title; a body-first document has none */
    d = segmented("Ministry of Defense\nMr. Iwaya held a talk with Mr. Manalo. The overview is as follows:\n");
    CHECK(d->title < 0);
    doc_free(d);

    /* a headline in capitals wrapped by hand, in a text wrapped by hand:
     * one title, not the first sentence of the body */
    d = segmented("PRESS RELEASE\n\n"
                  "MINISTER RECEIVES BRITISH FOREIGN SECRETARY; THE TWO COUNTRIES AGREE TO DEEPEN\n"
                  "COOPERATION ON SECURITY AND TRADE\n\n"
                  "Abuja, 31st August, 2017\n\n"
                  "The Minister of Foreign Affairs of Nigeria on Wednesday, 30th August, 2017 received\n"
                  "the Secretary of State for Foreign and Commonwealth Affairs of the United Kingdom,\n"
                  "who was on a two-day working visit to the country, at the Ministry in the capital.\n"
                  "The meeting, which commenced at 11.00 a.m., lasted one hour and twenty minutes and\n"
                  "was followed by a joint press conference held in the main hall of the Ministry.\n");
    title_is(d, "MINISTER RECEIVES BRITISH FOREIGN SECRETARY; THE TWO COUNTRIES AGREE TO DEEPEN COOPERATION ON "
                "SECURITY AND TRADE");
    CHECK(d->published.y == 2017 && d->published.m == 8 && d->published.d == 31);
    doc_free(d);

    /* a headline wrapped on a word that wants the next, or with a short
     * tail; a title with a subtitle line of its own stays apart; a feed's
     * "Title:" label is not the headline's */
    static const struct {
        const char *text, *title;
    } wrapped[] = {
        {"Foreign Minister Iwaya's Bilateral Meetings on the Margins of the\n"
         "ASEAN-related Foreign Ministers' Meetings (Malaysia and New Zealand)\n\nJuly 11, 2025\n\n"
         "Mr. IWAYA Takeshi held bilateral meetings as follows.\n",
         "Foreign Minister Iwaya's Bilateral Meetings on the Margins of the ASEAN-related Foreign Ministers' "
         "Meetings (Malaysia and New Zealand)"},
        {"About the Japan-Finland Defense Ministers' Video\nConference\n\nJune 4, 2021\n\n"
         "The outline of the talks is as follows.\n",
         "About the Japan-Finland Defense Ministers' Video Conference"},
        {"Foreign Minister Kishida's Visit to Europe and Meetings\nMeeting with the Foreign Minister of Germany\n\n"
         "May 2, 2016\n\nMr. Kishida held a meeting.\n",
         "Foreign Minister Kishida's Visit to Europe and Meetings"},
        {"MINISTRY OF FOREIGN AFFAIRS AND REGIONAL INTEGRATION\nPrivate Mail Bag, Ministries Post Office\n"
         "Accra, Ghana\n\nPRESS RELEASE\n\n"
         "FOREIGN MINISTER HANNA TETTEH HOLDS TELEPHONE CONVERSATION WITH\n"
         "JAPANESE COUNTERPART FUMIO KISHIDA AHEAD OF TICAD VI\n\nAccra, 19th August, 2016\n\n"
         "The Minister held a telephone conversation with her Japanese counterpart.\n",
         "FOREIGN MINISTER HANNA TETTEH HOLDS TELEPHONE CONVERSATION WITH JAPANESE COUNTERPART FUMIO KISHIDA "
         "AHEAD OF TICAD VI"},
        {"Title: Minister Balakrishnan's Video Call with Ukrainian Minister Kuleba\n\n9 March 2022\n\n"
         "Minister Balakrishnan had a video call with Minister Kuleba.\n",
         "Minister Balakrishnan's Video Call with Ukrainian Minister Kuleba"},
        {"Japan-France Defense Ministers' Meeting, etc.\n\nJanuary 6, 29th year of Heisei (Google Translation)\n\n"
         "Minister Inada held a meeting with Minister Le Drian.\n",
         "Japan-France Defense Ministers' Meeting, etc."},
    };
    for (size_t k = 0; k < sizeof wrapped / sizeof *wrapped; k++) {
        d = segmented(wrapped[k].text);
        CHECK_STR(d->title >= 0 ? doc_span_text(d, d->sents.v[d->title].span) : "", wrapped[k].title);
        doc_free(d);
    }
}
