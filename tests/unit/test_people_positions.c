/* people: gazetteer resolution; positions: actors and negation. */
#define _DEFAULT_SOURCE
#include <stdlib.h>

#include "people.h"
#include "read.h"
#include "temporal.h"
#include "unit.h"

static const char *GAZ =
    "FR\tdefense\tMarie Dupont\tDupont|Dupont Marie\t2020-01-01\t2021-06-30\n"
    "FR\tdefense\tPaul Durand\tDurand\t2021-06-30\t\n"
    "DE\tdefense\tAnna Berger\tBerger\t2020-01-01\t\n"
    "DE\tforeign\tAnna Burger\tBurger\t2020-01-01\t\n"
    "VN\tdefense\tPhan Van Giang\tGiang\t2021-04-08\t\n"
    "VN\tforeign\tBui Thanh Son\tSon\t2021-04-08\t\n"
    "JO\thead_of_government\tJafar Hassan\tHassan\t2024-09-18\t\n"
    "MY\tdefense\tMohamad Hasan\tHasan\t2022-12-03\t2023-12-12\n"
    /* `other` offices: titles in column 7 */
    "US\tother\tJake Sullivan\tSullivan\t2021-01-20\t2025-01-20\tNational Security Advisor|National Security Adviser\n"
    "US\tother\tMark Milley\tMilley\t2019-10-01\t2023-09-30\tChairman of the Joint Chiefs\n"
    "US\tforeign\tJohn Roe\tRoe\t2018-03-31\t2018-04-26\n"
    "KH\tforeign\tPrak Sokhonn\tPrak|Sokhonn\t2016-04-04\t2023-08-22\n"
    "KR\tdefense\tSuh Wook\tSuh\t2020-09-18\t2022-05-10\n"
    "KR\tother\tSuh Hoon\tSuh\t2020-07-03\t2022-05-10\tNational Security Office\n"
    "AU\tforeign\tPenny Wong\tWong\t2022-05-23\t\n"
    "SG\thead_of_government\tLawrence Wong\tWong\t2024-05-15\t\n"
    "CN\tforeign\tWang Yi\tWang\t2022-12-30\t\n";

static ruleset_t *scratch(void) {
    char *dir = unit_scratch("time.rules", "gazetteer-test.tsv", GAZ);
    if (!dir) return NULL;
    err_t err = {0};
    ruleset_t *rs = rules_load(dir, &err);
    if (!rs) err_print(&err, stderr);
    unit_scratch_free(dir);
    return rs;
}

static const char *resolve_as(ruleset_t *rs, const char *role, const char *name, const char *country,
                              const char *office, const char *title, const char *date, const char *side) {
    doc_t *d = doc_new("t", "t");
    mention_t p;
    memset(&p, 0, sizeof p);
    p.role = role;
    p.name_text = name ? arena_strdup(d->arena, name) : NULL;
    p.name = p.name_text;
    p.country = country;
    p.office = office;
    p.title = title;
    people_ctx_t ctx = {{0}, NULL, 0, false};
    if (date) temporal_parse_date(date, &ctx.date);
    const char *sides[1] = {side};
    if (side) ctx.sides = sides, ctx.nsides = 1;
    people_resolve(rs, d, &p, &ctx);
    static char out[128];
    snprintf(out, sizeof out, "%s", p.holder ? p.holder->name : p.unresolved ? "?" : "");
    doc_free(d);
    return out;
}

static const char *resolve(ruleset_t *rs, const char *name, const char *country, const char *office,
                           const char *date, const char *side) {
    return resolve_as(rs, "person", name, country, office, NULL, date, side);
}

static const char *resolve_titled(ruleset_t *rs, const char *name, const char *country, const char *office,
                                  const char *title, const char *date, const char *side) {
    return resolve_as(rs, "person", name, country, office, title, date, side);
}

void test_people(void) {
    ruleset_t *rs = scratch();
    CHECK(rs != NULL);
    if (!rs) return;
    /* exact names, surname, surname-first, middle initial, case/accents */
    CHECK_STR(resolve(rs, "Marie Dupont", NULL, NULL, NULL, NULL), "Marie Dupont");
    CHECK_STR(resolve(rs, "Dupont", "FR", NULL, "2020-05-01", NULL), "Marie Dupont");
    CHECK_STR(resolve(rs, "DUPONT Marie", NULL, NULL, NULL, NULL), "Marie Dupont");
    CHECK_STR(resolve(rs, "Marie J. Dupont", NULL, NULL, NULL, NULL), "Marie Dupont");
    /* an initial run into the surname, as Central Asian ministries write it */
    CHECK_STR(resolve(rs, "M.Dupont", "FR", NULL, "2020-05-01", NULL), "Marie Dupont");
    CHECK_STR(resolve(rs, "Durand", NULL, NULL, NULL, NULL), "Paul Durand");
    /* a misspelling resolved within the sides of the talk on its date */
    CHECK_STR(resolve(rs, "Duppont", NULL, NULL, "2020-05-01", "FR"), "Marie Dupont");
    CHECK_STR(resolve(rs, "Burgar", NULL, "foreign", "2020-05-01", "DE"), "Anna Burger");
    /* an ambiguous misspelling stays unresolved */
    CHECK_STR(resolve(rs, "Bxrger", NULL, NULL, "2020-05-01", "DE"), "?");
    /* one word of three mangled beyond the edit distance; not two of three,
     * nor one of two */
    CHECK_STR(resolve(rs, "Phan Van Zan", NULL, NULL, "2022-06-14", "VN"), "Phan Van Giang");
    CHECK_STR(resolve(rs, "Phan Vu Zan", NULL, NULL, "2022-06-14", "VN"), "?");
    CHECK_STR(resolve(rs, "Anna Bxxxxxr", NULL, "defense", "2020-05-01", "DE"), "?");
    /* a name whose only bearer is out of office on the day: first a
     * misspelling of someone in office, else that bearer after all */
    CHECK_STR(resolve(rs, "Hassan", NULL, NULL, "2023-11-16", "MY"), "Mohamad Hasan");
    CHECK_STR(resolve(rs, "Hassan", NULL, NULL, "2025-01-01", NULL), "Jafar Hassan");
    CHECK_STR(resolve(rs, "Hassan", NULL, NULL, "2024-03-01", NULL), "Jafar Hassan");
    /* ... but not a bare surname over a year from the bearer's every term
     * ("Minister Shin" in 2020 is no minister of 2023-24) */
    CHECK_STR(resolve(rs, "Hassan", NULL, NULL, "2020-01-01", NULL), "?");
    /* a misspelling with no date is not guessed */
    CHECK_STR(resolve(rs, "Duppont", "FR", NULL, NULL, NULL), "?");
    /* unnamed: the holder on the date, including the day of a handover */
    CHECK_STR(resolve(rs, NULL, "FR", "defense", "2021-03-01", NULL), "Marie Dupont");
    CHECK_STR(resolve(rs, NULL, "FR", "defense", "2021-06-30", NULL), "Paul Durand");
    CHECK_STR(resolve(rs, NULL, "FR", "defense", "2022-01-01", NULL), "Paul Durand");
    CHECK_STR(resolve(rs, NULL, "FR", "defense", NULL, NULL), "");
    CHECK_STR(resolve(rs, NULL, "DE", "foreign", "2019-01-01", NULL), "");
    /* an `other` office: named, its holder; unnamed or misspelt, only for
     * a title that names that office (column 7) */
    CHECK_STR(resolve(rs, "Sullivan", NULL, NULL, "2023-06-16", NULL), "Jake Sullivan");
    CHECK_STR(resolve_titled(rs, NULL, "US", "other", "U.S. National Security Adviser", "2023-06-16", NULL),
              "Jake Sullivan");
    CHECK_STR(resolve_titled(rs, NULL, "US", "other", "Deputy Secretary of State", "2023-06-16", NULL), "");
    /* a deputy's title does not fit the office it names ("Deputy National
     * Security Adviser" is not the adviser) */
    CHECK_STR(resolve_titled(rs, NULL, "US", "other", "Deputy National Security Adviser", "2023-06-16", NULL), "");
    CHECK_STR(resolve_titled(rs, NULL, "US", "other", NULL, "2023-06-16", NULL), "");
    CHECK_STR(resolve_titled(rs, "Moller", NULL, "other", "State Secretary", "2023-02-01", "US"), "?");
    CHECK_STR(resolve_titled(rs, "Millie", NULL, "other", "Chairman of the Joint Chiefs of Staff", "2023-02-01", "US"),
              "Mark Milley");
    /* a surname two office holders bear: the one the title fits */
    CHECK_STR(resolve_titled(rs, "Suh", NULL, NULL, "Minister", "2021-02-03", NULL), "Suh Wook");
    CHECK_STR(resolve(rs, "Suh", NULL, NULL, "2021-02-03", NULL), "?");
    /* ... and a bare "Minister" is no leader's title: "Minister Wong" in a
     * talk with China is Penny Wong, not Wang Yi misspelt */
    CHECK_STR(resolve_titled(rs, "Wong", NULL, NULL, "Minister", "2024-07-26", "CN"), "Penny Wong");
    CHECK_STR(resolve_titled(rs, "Wong", NULL, "head_of_government", "Prime Minister", "2024-07-26", NULL), "Lawrence Wong");
    /* out of office and of another office: a bare surname is someone
     * else, a full name the same person in a post the gazetteer lacks */
    CHECK_STR(resolve_titled(rs, "Roe", NULL, "other", "National Security Advisor", "2024-03-03", NULL), "?");
    CHECK_STR(resolve_titled(rs, "John Roe", NULL, "other", "National Security Advisor", "2024-03-03", NULL),
              "John Roe");
    CHECK_STR(resolve(rs, "Roe", NULL, NULL, "2018-09-01", NULL), "John Roe");
    CHECK_STR(resolve(rs, "Roe", NULL, NULL, "2024-03-03", NULL), "?");
    /* two edits of a short name: within the talk's sides, not among every
     * country's holders ("Minister Pravo" is no Prak Sokhonn) */
    CHECK_STR(resolve(rs, "Pravo", NULL, NULL, "2022-06-12", NULL), "?");
    CHECK_STR(resolve(rs, "Pravo", NULL, NULL, "2022-06-12", "KH"), "Prak Sokhonn");
    /* a bare name with an office's words run into it: the known name at
     * its end, whatever the sides; not a word that only ends like one */
    CHECK_STR(resolve_as(rs, "known", "National Security Office Jake Sullivan", NULL, NULL, NULL, "2023-06-16", "JP"),
              "Jake Sullivan");
    CHECK_STR(resolve_as(rs, "known", "Security Council Resolution", NULL, NULL, NULL, "2023-06-16", NULL), "?");
    /* the quick test before a bare name is read: some word of a key */
    {
        const char *text = "Gen. Anna-Marie Berger's; Claire-Lise Bergers; The North; Dupont-Smith; D'Urand; "
                           "\xc3\x89lise X; \xc3\x84NNA Lise";
        doc_t *d = read_bytes("t", text, strlen(text));
        struct {
            const char *name;
            bool may;
        } cases[] = {{"Claire-Lise Bergers", false}, {"Gen. Anna-Marie Berger", true},
                     {"The North", false}, {"Dupont-Smith", true}, {"D'Urand", true},
                     /* folded as the keys are: accents go, case too */
                     {"\xc3\x89lise X", false}, {"\xc3\x84NNA Lise", true}};
        for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
            const char *at = strstr(d->text, cases[k].name);
            span_t sp = {(uint32_t)(at - d->text), (uint32_t)(at - d->text + strlen(cases[k].name))};
            CHECK(people_may_be_known(rs, d, sp) == cases[k].may);
        }
        doc_free(d);
    }
    CHECK(people_distance("sajan", "sajjan", 2) == 1);
    CHECK(people_distance("abc", "xyzw", 2) == 3);
    /* Japan's Foreign Ministry writes the surname first, in capitals */
    {
        arena_t *a = arena_new();
        CHECK(!strcmp(people_given_name_first(a, "TSUJI Kiyoto"), "Kiyoto Tsuji"));
        CHECK(!strcmp(people_given_name_first(a, "SHIN-KAWA Ai Mei"), "Ai Mei Shin-Kawa"));
        const char *as_written[] = {"Kiyoto Tsuji", "SECRETARY MANALO", "UK Minister", "Lee JAE-MYUNG", "NATO",
                                    "J. Blinken"};
        for (size_t k = 0; k < sizeof as_written / sizeof *as_written; k++)
            CHECK(!strcmp(people_given_name_first(a, as_written[k]), as_written[k]));
        arena_free(a);
    }
    rules_free(rs);
}

static const char *TALK =
    "Japan-Canada Defense Ministers' Telephone Talk\n\n"
    "On November 25, 2020, Defense Minister Kishi held a telephone talk with Canadian Defense "
    "Minister Sajjan.\n\n";

static void test_talk_structure(void);

/* actor of the first positions row of kind `kind` in the talk `lead`
 * tells, or "(none)" */
static const char *actor_in(const char *lead, const char *body, const char *kind) {
    static char out[32];
    char *text = malloc(strlen(lead) + strlen(body) + 1);
    strcpy(text, lead);
    strcat(text, body);
    doc_t *d = unit_extract("t", text);
    free(text);
    snprintf(out, sizeof out, "(none)");
    for (size_t i = 0; i < d->rows[T_POSITIONS].n; i++)
        if (!strcmp(unit_cell(d, T_POSITIONS, i, "kind"), kind)) {
            snprintf(out, sizeof out, "%s", unit_cell(d, T_POSITIONS, i, "actor"));
            break;
        }
    doc_free(d);
    return out;
}

static const char *actor_of(const char *body, const char *kind) { return actor_in(TALK, body, kind); }

static const char *FOUR_SIDES =
    "Secretary Esper's Video Conference with Baltic Defense Ministers\n\n"
    "On May 21, 2020, Secretary of Defense Mark T. Esper held a video conference with Estonian Minister of "
    "Defence Juri Luik, Latvian Minister of Defence Artis Pabriks and Lithuanian Minister of National Defence "
    "Raimundas Karoblis.\n\n";

void test_positions(void) {
    test_talk_structure();
    CHECK_STR(actor_of("The two Ministers agreed to cooperate.", "agree"), "both");
    CHECK_STR(actor_of("Both sides reaffirmed the partnership.", "reaffirm"), "both");
    CHECK_STR(actor_of("They welcomed the progress.", "welcome"), "both");
    CHECK_STR(actor_of("I confirmed that it will be utilized.", "confirm"), "both");
    CHECK_STR(actor_of("We agreed by sending a clear message.", "agree"), "both");
    CHECK_STR(actor_of("Minister Kishi welcomed the visit.", "welcome"), "JP");
    CHECK_STR(actor_of("The Canadian Minister of Defense praised the effort.", "praise"), "CA");
    CHECK_STR(actor_of("Minister Kishi explained the situation. In response, Minister Sajjan agreed.", "agree"), "CA");
    CHECK_STR(actor_of("Minister Sajjan spoke first. He stated that Canada stands ready.", "explain"), "CA");
    /* the subject of a coordinated clause carries over */
    CHECK_STR(actor_of("Minister Kishi welcomed the visit and expressed his gratitude to Minister Sajjan.", "thank"), "JP");
    /* passive invitation: the inviting side */
    CHECK_STR(actor_of("Finally, Minister Kishi was invited to visit Canada.", "invite"), "CA");
    /* a stance inside a reported clause */
    CHECK_STR(actor_of("Minister Kishi stated that Japan strongly condemns the launch.", "condemn"), "JP");
    CHECK_STR(actor_of("Minister Kishi stated that Japan strongly condemns the launch.", "explain"), "JP");
    /* negated, conditional and future stances give no row */
    CHECK_STR(actor_of("The two Ministers did not agree on the text.", "agree"), "(none)");
    CHECK_STR(actor_of("If they agree, the ministers will meet.", "agree"), "(none)");
    CHECK_STR(actor_of("The Ministers would urge restraint.", "request"), "(none)");
    /* "he" after an analyst's sentence is the analyst: no row */
    CHECK_STR(actor_of("Minister Kishi welcomed the plan. Aditya Nugroho, a researcher at the Institute for "
                       "Maritime Policy, said the plan was sound. He cautioned that costs would rise.", "explain"),
              "(none)");
    /* the verb after a reported clause is its speaker's, not the clause's
     * subject's */
    CHECK_STR(actor_of("Minister Sajjan pointed out that the two sides should respect each other's interests, and "
                       "stressed that the issue is an internal affair.", "emphasize"), "CA");
    /* a spokesperson named before the title, then by rank and name alone */
    CHECK_STR(actor_of("Ambassador Ahmed Abu Zeid, Official Spokesperson of the Ministry, said that the call was "
                       "useful. Ambassador Abu Zeid added that the two ministers agreed to meet.", "explain"),
              "(none)");
    /* a list of people as the subject: all the sides, or the first one */
    CHECK_STR(actor_in(FOUR_SIDES, "Minister Luik, Minister Pabriks, and Minister Karoblis each explained "
                                   "their plans.", "explain"), "EE");
    CHECK_STR(actor_in(FOUR_SIDES, "Secretary Esper, Minister Luik, Minister Pabriks and Minister Karoblis "
                                   "agreed to meet again.", "agree"), "both");
    CHECK_STR(actor_in(FOUR_SIDES, "He praised the call between Minister Luik, Minister Pabriks and "
                                   "Minister Karoblis.", "praise"), "US");
    CHECK_STR(actor_of("The two Ministers will continue to welcome such efforts.", "welcome"), "(none)");
    /* discuss and exchange_views are always both */
    CHECK_STR(actor_of("Minister Kishi discussed regional affairs.", "discuss"), "both");
    /* the object of "thanked the ..." is not the subject of the next clause */
    CHECK_STR(actor_of("Minister Sajjan thanked the Defense Minister for the support and welcomed the plan.",
                       "welcome"), "CA");
    /* "her counterpart": the side facing the one that last acted alone */
    CHECK_STR(actor_of("Minister Kishi explained the situation. His counterpart explained Canada's position.",
                       "explain"), "JP");
    CHECK_STR(actor_of("Minister Kishi welcomed the visit. His counterpart explained Canada's position.",
                       "explain"), "CA");
    /* the possessive inside a mention is no subject; "X and the Y" is both */
    CHECK_STR(actor_of("Minister Kishi welcomed Minister Sajjan's visit to Japan and stated that it matters.",
                       "explain"), "JP");
    CHECK_STR(actor_of("Minister Kishi and the Defense Minister of Canada also reaffirmed the plan.",
                       "reaffirm"), "both");
    /* a pronoun is the last person of its gender once both are named;
     * otherwise the last side that acted alone */
    CHECK_STR(actor_of("Mr Kishi invited Ms Sajjan to visit Japan, and she said she looked forward to it.",
                       "explain"), "CA");
    CHECK_STR(actor_of("Mr Kishi invited Mr Sajjan to visit Japan, and he said he looked forward to it.",
                       "explain"), "JP");
    /* someone who takes no part in the talk: no row */
    CHECK_STR(actor_of("A Japanese government source familiar with the talks said the visit matters.",
                       "explain"), "(none)");
    CHECK_STR(actor_of("\"Japan welcomes every step,\" a foreign ministry spokesperson said.", "welcome"),
              "(none)");
    CHECK_STR(actor_of("\"Both sides are testing each other,\" said Dan Smith, an analyst.", "explain"),
              "(none)");
    CHECK_STR(actor_of("North Korea said it had launched a satellite.", "explain"), "(none)");
    /* two sides as one subject; the speaker after ", said" */
    CHECK_STR(actor_of("Canada and Japan have agreed to expand cooperation.", "agree"), "both");
    /* a sentence opening on a participle: the subject after its comma */
    CHECK_STR(actor_of("Minister Sajjan spoke first. Reaffirming their support for the plan, the Ministers discussed "
                       "cooperation.", "reaffirm"), "both");
    CHECK_STR(actor_of("Japan will expand its support, said Minister Sajjan.", "explain"), "CA");
    /* the attribution's own verb after a quotation: the speaker after it */
    CHECK_STR(actor_of("\"Japan is a close partner,\" said Minister Sajjan.", "explain"), "CA");
    /* a quotation's "I" is its speaker, named after it */
    CHECK_STR(actor_of("\"Canada is a close partner, and I look forward to working together,\" Minister Sajjan said.",
                       "intend"), "CA");
    /* a quotation that opened a sentence before: the speaker after it */
    CHECK_STR(actor_of("\"Canada is a close partner. Today I reaffirmed our commitment to the region,\" "
                       "said Minister Sajjan.", "reaffirm"), "CA");
    /* ... but what "we" did in the talk, the two sides did; what "we" hold
     * now is the speaker's side */
    CHECK_STR(actor_of("\"Canada is a close partner. Today we reaffirmed our commitment to the region,\" "
                       "said Minister Sajjan.", "reaffirm"), "both");
    CHECK_STR(actor_of("\"We confirmed that we will work closely,\" Minister Sajjan told reporters.", "confirm"),
              "both");
    CHECK_STR(actor_of("\"We reject any attempt to change the status quo by force,\" Minister Sajjan said.",
                       "oppose"), "CA");
    /* the attribution's own verb after a quotation that opened a sentence
     * before, or after a dash */
    CHECK_STR(actor_of("\"Canada is a close partner. Today we stand together,\" said Minister Sajjan.", "explain"),
              "CA");
    CHECK_STR(actor_of("Japan can count on our help - said Minister Sajjan.", "explain"), "CA");
    CHECK_STR(actor_of("\"Canada is a close partner. This was unthinkable,\" said Dan Smith, a fellow at an "
                       "institute.", "explain"), "(none)");
    /* "what both sides described as", "the Ministry (MEA) said": no stance */
    CHECK_STR(actor_of("Minister Kishi and Minister Sajjan held what both sides described as candid talks.",
                       "explain"), "(none)");
    /* "it was agreed", "it matched": the ministers together */
    CHECK_STR(actor_of("Minister Kishi explained the plan, and it was agreed that work would begin.", "agree"),
              "both");
}

/* Checks of their own, for the cases below that need more than rows. */
static void one_japanese_named_fully(doc_t *d) {
    size_t jp = 0;
    for (size_t i = 0; i < d->rows[T_PARTICIPANTS].n; i++)
        if (!strcmp(unit_cell(d, T_PARTICIPANTS, i, "country_code"), "JP")) {
            jp++;
            CHECK_STR(unit_cell(d, T_PARTICIPANTS, i, "name"), "Makoto Oniki");
        }
    CHECK(jp == 1);
}

/* a sentence opening on an earlier month tells the background */
static void no_background_row(doc_t *d) {
    for (size_t i = 0; i < d->rows[T_POSITIONS].n; i++)
        CHECK(strncmp(unit_cell(d, T_POSITIONS, i, "text"), "In December 2019", 16));
}

static void first_talk_without_prime_minister(doc_t *d) {
    for (size_t i = 0; i < d->rows[T_PARTICIPANTS].n; i++)
        if (!strcmp(unit_cell(d, T_PARTICIPANTS, i, "talk"), "1"))
            CHECK(strcmp(unit_cell(d, T_PARTICIPANTS, i, "office"), "head_of_government"));
}

static void no_row_on_outsider(doc_t *d) {
    for (size_t i = 0; i < d->rows[T_POSITIONS].n; i++)
        CHECK(!strstr(unit_cell(d, T_POSITIONS, i, "text"), "Abe"));
}

/* A text and what its tables must hold: row counts where `rows[t].checked`;
 * talk k's countries, date and start (NULL: any); some cells; the actor of
 * every positions row of a kind (one at least); checks of its own. */
typedef struct {
    const char *text;
    struct {
        bool checked;
        size_t n;
    } rows[T_COUNT];
    const char *talks[5][3];
    struct {
        table_id_t table;
        size_t row;
        const char *column, *want;
    } cells[2];
    const char *actors[2][2];
    void (*also)(doc_t *d);
} talk_case_t;

#define ROWS(table, count) .rows[table] = {true, count}

static const talk_case_t TALK_CASES[] = {
    /* a day on a line of its own dates the talks under it, not the talk
     * above it; "began the day with a courtesy call on" is a talk */
    {
        "Readout of Secretary Hegseth's Engagements in the Philippines and Japan\n\n"
        "March 30, 2025\n\n"
        "Friday, March 28\n\n"
        "Secretary Hegseth began the day with a courtesy call on President Ferdinand R. Marcos Jr.\n\n"
        "Saturday, March 29\n\n"
        "Secretary Hegseth spoke by phone with Republic of Korea Acting Minister of National Defense Kim "
        "Seon-ho.\n\n"
        "Sunday, March 30\n\n"
        "In Tokyo, Secretary Hegseth met with Japanese Minister of Defense Gen Nakatani. They welcomed the "
        "establishment of the Joint Operations Command on March 24.\n",
        ROWS(T_TALKS, 3),
        .talks = {{"PH;US", "2025-03-28", NULL}, {"KR;US", "2025-03-29", NULL}, {"JP;US", "2025-03-30", NULL}}},
    /* an earlier talk told as background: no talk, no stance */
    {
        "Japan, South Korea defense chiefs meet\n\n"
        "October 20, 2015\n\n"
        "South Korean Defense Minister Han Min-koo met with Japanese Defense Minister Gen Nakatani in Seoul on "
        "Tuesday.\n\n"
        "The two ministers agreed to strengthen cooperation against North Korea.\n\n"
        "Han and Nakatani last met on May 30 in Singapore, where they agreed to resume defense exchanges.\n",
        ROWS(T_TALKS, 1), ROWS(T_POSITIONS, 1), .talks = {{"JP;KR", "2015-10-20", NULL}}},
    /* leaders' earlier summit told under the overview: no talk, no stance */
    {
        "Japan-U.S. Defense Ministers' Telephone Talk\n\n"
        "February 13, 2025\n\n"
        "On February 13, Minister of Defense NAKATANI Gen held a telephone talk with Secretary of Defense Pete "
        "Hegseth. The overview is as follows.\n\n"
        "On February 7, Prime Minister ISHIBA Shigeru and President Donald J. Trump held the Japan-U.S. Summit "
        "Meeting in Washington, D.C., and issued a Joint Statement affirming their commitment to the Alliance.\n\n"
        "- The two Ministers confirmed that they would work together.\n",
        ROWS(T_TALKS, 1), ROWS(T_POSITIONS, 1), .talks = {{"JP;US", "2025-02-13", NULL}}},
    /* a heading naming two sides, then the sentence telling its talk with
     * the release's own side: one talk, its people only (not those of the
     * bilateral talk before) */
    {
        "Secretary Kerry's Meetings in Vientiane\n\n"
        "July 26, 2016\n\n"
        "Secretary of State John Kerry traveled to Vientiane, Laos, on July 25 and 26. Below is a summary of "
        "his bilateral and trilateral engagements.\n\n"
        "Meeting with Foreign Minister Wang Yi\n\n"
        "On July 25, Secretary Kerry met with Chinese Foreign Minister Wang Yi for about an hour.\n\n"
        "Trilateral Strategic Dialogue with Japan and Australia\n\n"
        "On the morning of July 26, the Secretary joined Japanese Foreign Minister Fumio Kishida and Australian "
        "Foreign Minister Julie Bishop for the sixth ministerial meeting of the Trilateral Strategic Dialogue.\n\n"
        "The three ministers condemned North Korea's nuclear test.\n",
        ROWS(T_TALKS, 2), ROWS(T_PARTICIPANTS, 5),
        .talks = {{"CN;US", "2016-07-25", NULL}, {"AU;JP;US", "2016-07-26", NULL}}},
    /* a wire's lead: two ministers agreeing on a named day met; the
     * counterpart bears the other's title when it is worded alike
     * everywhere; "Earlier in the day" is a talk of its own */
    {
        "Japan, China foreign ministers agree on visit by Wang\n\n"
        "December 25, 2024\n\n"
        "BEIJING, Dec. 25 (Kyodo) -- Japanese Foreign Minister Takeshi Iwaya and his Chinese counterpart Wang "
        "Yi agreed Wednesday to arrange a visit to Japan by Wang.\n\n"
        "The talks lasted about an hour and a half.\n\n"
        "Earlier in the day, Iwaya met with Chinese Premier Li Qiang for some 40 minutes.\n",
        ROWS(T_TALKS, 2), .talks = {{"CN;JP", "2024-12-25", NULL}, {"CN;JP", "2024-12-25", NULL}},
        .cells = {{T_PARTICIPANTS, 1, "title", "Foreign Minister"}, {T_TALKS, 0, "duration_min", "90"}}},
    /* ... not a title of one country's: Japan has no Federal Minister */
    {
        "Defence ministers meet in Berlin\n\n"
        "12 July 2023\n\n"
        "Federal Minister of Defence Boris Pistorius met his Japanese counterpart Yasukazu Hamada in Berlin "
        "today.\n",
        ROWS(T_PARTICIPANTS, 2), .cells = {{T_PARTICIPANTS, 1, "title", ""}, {T_PARTICIPANTS, 1, "name", "Yasukazu Hamada"}}},
    /* "The Secretary" when both took part as Secretaries: the release's own,
     * named first */
    {
        "Secretary Blinken's Call with Philippine Secretary of Foreign Affairs Manalo\n\n"
        "August 10, 2023\n\n"
        "Secretary of State Antony J. Blinken spoke today with Philippine Secretary of Foreign Affairs Enrique "
        "Manalo.\n\n"
        "The Secretary expressed serious concern over the dangerous maneuvers near Second Thomas Shoal.\n",
        ROWS(T_TALKS, 1), .talks = {{"PH;US", "2023-08-10", NULL}}, .actors = {{"concern", "US"}}},
    /* a pronoun is its clause's subject: not the country visited, not the
     * agent of a passive ("was invited by"), not an object ("thanked") */
    {
        "Japan-Australia Defence Ministers' Meeting\n\n"
        "June 2, 2024\n\n"
        "On June 2, Minister Kihara held a meeting with Deputy Prime Minister and Minister for Defence "
        "Richard Marles.\n\n"
        "Deputy Prime Minister Marles stressed the importance of the Special Strategic Partnership.\n\n"
        "Finally, Minister Kihara was invited by Deputy Prime Minister Marles to visit Australia at a mutually "
        "convenient time, and he expressed his gratitude.\n",
        ROWS(T_TALKS, 1), .talks = {{"AU;JP", "2024-06-02", NULL}}, .actors = {{"thank", "JP"}}},
    /* "received two separate phone calls from A and B", then "During the
     * first call" and "In the second call": A's, then B's */
    {
        "Kuwait FM receives phone calls from Japanese, Indian counterparts\n\n"
        "September 14, 2021\n\n"
        "KUWAIT, Sept 14 (KUNA) -- Kuwait's Foreign Minister Sheikh Dr. Ahmad Nasser Al-Mohammad Al-Sabah "
        "received on Monday two separate phone calls from Japanese Minister for Foreign Affairs Toshimitsu "
        "Motegi and Indian Minister of External Affairs Dr. Subrahmanyam Jaishankar.\n\n"
        "During the first call, which lasted about half an hour, the two ministers reviewed the relations.\n\n"
        "In the second call, the two ministers discussed the preparations for the next meeting of the Joint "
        "Commission.\n",
        ROWS(T_TALKS, 2), .talks = {{"JP;KW", "2021-09-13", NULL}, {"IN;KW", "2021-09-13", NULL}}},
    /* a lead meeting two counterparts, then "During the meeting with
     * Minister Hayashi" and "In the meeting with Minister Chung": two talks */
    {
        "Foreign Minister Landsbergis meets Japanese and South Korean counterparts in Brussels\n\n"
        "2022-04-07\n\n"
        "On 7 April, Minister of Foreign Affairs Gabrielius Landsbergis met with Japan's Minister for Foreign "
        "Affairs Yoshimasa Hayashi and the Minister of Foreign Affairs of the Republic of Korea Chung Eui-yong.\n\n"
        "During the meeting with Minister Hayashi, Landsbergis thanked Japan for its firm response.\n\n"
        "In the meeting with Minister Chung Eui-yong, which lasted some 20 minutes, the ministers discussed food "
        "security.\n",
        ROWS(T_TALKS, 2), .talks = {{"JP;LT", "2022-04-07", NULL}, {"KR;LT", "2022-04-07", NULL}}},
    /* under a title of a trilateral meeting, a sentence naming two of its
     * three sides tells no talk of its own; a known name run into the
     * office before it ("... National Security Office Cho Tae-yong") */
    {
        "Readout of National Security Advisor Jake Sullivan's Trilateral Meeting with Japanese and Korean "
        "National Security Advisors\n\n"
        "June 16, 2023\n\n"
        "National Security Advisor Jake Sullivan met today in Tokyo with Secretary General of Japan's National "
        "Security Secretariat Takeo Akiba and Director of the Republic of Korea's National Security Office Cho "
        "Tae-yong.\n\n"
        "Mr. Sullivan thanked Secretary General Akiba for hosting the meeting.\n",
        ROWS(T_TALKS, 1), ROWS(T_PARTICIPANTS, 3), .talks = {{"JP;KR;US", "2023-06-16", NULL}}},
    /* a call the lead told without a time, told again under a section
     * heading of its own: one talk, in the section's place */
    {
        "Defense Minister Hamada's Visit to the United Kingdom\n"
        "May 3, 2023\n\n"
        "Defense Minister Hamada visited the United Kingdom from May 1 to May 3 and held a meeting with "
        "Secretary of State for Defence Wallace. In addition, during his stay, Minister Hamada held a "
        "telephone talk with Ukrainian Defense Minister Reznikov. The outline is as follows.\n\n"
        "1 Japan-UK Defense Ministers' Meeting\n"
        "(1) Date and time: May 1 (Mon) 10:30-11:40\n"
        "(2) The two ministers agreed to deepen cooperation.\n\n"
        "2 Japan-Ukraine Defense Ministers' Telephone Talk\n"
        "(1) Date and time: May 2 (Tue) 18:15-18:45\n"
        "(2) Minister Reznikov explained the situation in Ukraine.\n",
        ROWS(T_TALKS, 2), .talks = {{"GB;JP", "2023-05-01", "10:30"}, {"JP;UA", "2023-05-02", "18:15"}}},
    /* a sequel ("He then held talks") is on the day its paragraph opened
     * with, not the day of the talk before; "Later, ... spoke with" after a
     * lead's series of two days is on the day of the talk before it */
    {
        "Defence Secretary visits the Gulf\n\n"
        "Published 2 November 2016\n\n"
        "On Monday 31 October, the Defence Secretary held talks in Doha with Qatar's Minister of State for "
        "Defence Affairs, Dr Khalid bin Mohammad Al Attiyah.\n\n"
        "On Tuesday 1 November, the Defence Secretary toured a naval base at Mina Salman. He then held talks "
        "with His Majesty King Hamad bin Isa Al Khalifa of Bahrain at Sakhir Palace.\n",
        ROWS(T_TALKS, 2), .talks = {{"GB;QA", "2016-10-31", NULL}, {"BH;GB", "2016-11-01", NULL}}},
    {
        "Foreign Minister at APEC\n\n"
        "November 15, 2024\n\n"
        "The Minister of Foreign Affairs of Chile held this Wednesday and Thursday a series of bilateral "
        "meetings with his counterparts in Lima.\n\n"
        "On Thursday 14, the Minister met with the Minister for Foreign Affairs of Japan, Takeshi Iwaya.\n\n"
        "Later, the Minister spoke briefly with the Secretary of State of the United States, Antony Blinken.\n",
        ROWS(T_TALKS, 2), .talks = {{"CL;JP", "2024-11-14", NULL}, {"CL;US", "2024-11-14", NULL}}},
    /* a participant no gazetteer knows is still the side of "Mr Duale";
     * the same people again at another hour are a new talk */
    {
        "Defence Ministers meet in New Delhi\n\n"
        "December 5, 2023\n\n"
        "Raksha Mantri Shri Rajnath Singh held talks with the Cabinet Secretary for Defence of the "
        "Republic of Kenya Mr Aden Bare Duale in New Delhi on December 05, 2023 from 10:00.\n\n"
        "Mr Duale appreciated India's assistance in training.\n\n"
        "Following the talks, the two ministers held a working lunch from 12:30.\n",
        ROWS(T_TALKS, 2), .talks = {{NULL}, {"IN;KE", "2023-12-05", "12:30"}}, .actors = {{"praise", "KE"}}},
    /* a lead that names one side, completed by the next event sentence; a
     * second call "following the call with ..." keeps the day and not the
     * first call's partner; "today (4 February)" in a release of the 5th */
    {
        "Defense Chief Holds Phone Talks\n\n"
        "February 5, 2025\n\n"
        "South Korea's defense minister held back-to-back phone calls with his counterparts today (4 February).\n\n"
        "Minister of National Defense Lee Jong-sup held a telephone conversation with U.S. Secretary of "
        "Defense Lloyd J. Austin III from 8 a.m. for about 30 minutes.\n\n"
        "Following the call with Secretary Austin, Minister Lee also spoke by phone with Japanese Minister of "
        "Defense Yasukazu Hamada for about 20 minutes from 9:30 a.m.\n",
        ROWS(T_TALKS, 2), .talks = {{"KR;US", "2025-02-04", "08:00"}, {"JP;KR", "2025-02-04", NULL}}},
    /* an announcement of a talk to come reports none, though its title
     * names two sides */
    {
        "Visit to Japan by Dr. S. Jaishankar, Minister of External Affairs of India\n\n"
        "March 1, 2024\n\n"
        "Dr. Jaishankar will visit Japan from March 6 to 8. During his stay, he is scheduled to hold the "
        "16th Japan-India Foreign Ministers' Strategic Dialogue with Ms. KAMIKAWA Yoko, Minister for "
        "Foreign Affairs.\n",
        ROWS(T_TALKS, 0)},
    /* a first-person release: "I" is the minister its byline names, who
     * takes part in each talk the "I" reports; "X and I" is both */
    {
        "Meetings with counterparts at the United Nations\n\n"
        "Media release\n\n"
        "29 September 2018\n\n"
        "Senator the Hon Marise Payne\nMinister for Foreign Affairs\n\n"
        "On Monday I met Japan's Foreign Minister, Taro Kono. I thanked Minister Kono for his leadership. "
        "Minister Kono and I welcomed the agreement.\n",
        ROWS(T_TALKS, 1), .talks = {{"AU;JP", "2018-09-24", NULL}}, .actors = {{"thank", "AU"}, {"welcome", "both"}}},
    /* a lead summing up two meetings is no talk itself; "on the same day"
     * is the day of the meeting before, not the release's */
    {
        "Foreign Minister's Meetings\n\n"
        "August 21, 2025\n\n"
        "On August 20, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held bilateral meetings "
        "with the foreign ministers of Nigeria and Kenya.\n\n"
        "From 3:40 p.m., Minister Iwaya met with Yusuf Tuggar, Minister of Foreign Affairs of Nigeria.\n\n"
        "On the same day, from 5:10 p.m., Minister Iwaya held a meeting with Musalia Mudavadi, Cabinet "
        "Secretary for Foreign and Diaspora Affairs of Kenya.\n",
        ROWS(T_TALKS, 2), .talks = {{"JP;NG", "2025-08-20", NULL}, {"JP;KE", "2025-08-20", NULL}}},
    /* a lead naming everyone met, then one section per talk under headings
     * with no blank line after them; "of about 15 minutes each" */
    {
        "Foreign Minister's Meetings on the Margins of the G7\n\n"
        "April 19, 2024\n\n"
        "On April 18, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held short meetings of "
        "about 15 minutes each with the Hon. Melanie Joly, Minister of Foreign Affairs of Canada, and "
        "the Lord Cameron, Foreign Secretary of the United Kingdom.\n\n"
        "Japan-Canada Foreign Ministers' Meeting\n"
        "Minister Joly expressed her appreciation for Japan's leadership.\n\n"
        "Japan-UK Foreign Ministers' Meeting\n"
        "Foreign Secretary Cameron stressed the importance of cooperation.\n",
        ROWS(T_TALKS, 2), .talks = {{"CA;JP", "2024-04-18", NULL}, {"GB;JP", "2024-04-18", NULL}}, .cells = {{T_TALKS, 1, "duration_min", "15"}}},
    /* a "Date and time" line above the event sentence tells its time */
    {
        "Japan-Australia Defense Ministers Video Conference\n"
        "Reiwa 2 (2020) May 13 (Google translation)\n\n"
        "1 Date and time\n\n"
        "Reiwa 2 (2020) May 13 (Wednesday) 16:30~17:20\n\n"
        "2 Outline\n\n"
        "Defense Minister Kono held a video conference with Minister for Defence Linda Reynolz of Australia.\n",
        ROWS(T_TALKS, 1), .talks = {{"AU;JP", "2020-05-13", "16:30"}}, .cells = {{T_TALKS, 0, "duration_min", "50"}}},
    /* one person no gazetteer knows, named twice: one row, the fuller name */
    {
        "Meeting between State Minister of Defense Oniki and a Deputy Minister\n\n"
        "February 16, 2023\n\n"
        "On February 16, State Minister of Defense ONIKI Makoto held a meeting with Hoang Xuan Chien, "
        "Deputy Minister of National Defense of Viet Nam.\n",
        ROWS(T_TALKS, 1), .also = one_japanese_named_fully},
    /* a wire report: the lead gives the day; "The 40-minute call with ..."
     * restates the talk (its time is the talk's, and "came two days after
     * X hosted Y" is no talk); "the outcome of his meeting with Y" looks
     * back; "In Monday's meeting, ..." tells the earlier talk itself */
    {
        "Defense chief holds phone talks with Philippine counterpart\n\n"
        "2024-03-08 17:02\n\n"
        "MANILA, March 8 (Wire) -- Defense Minister Shin Won-sik on Friday agreed with his Philippine "
        "counterpart to expand training exchanges, the ministry said.\n\n"
        "Shin held phone talks with Secretary of National Defense Gilberto Teodoro.\n\n"
        "The 40-minute call with Teodoro, which began at 3 p.m., came four days after Shin hosted U.S. "
        "Defense Secretary Lloyd Austin in Seoul.\n\n"
        "Shin explained the outcome of his meeting with Austin, the ministry said.\n\n"
        "In Monday's meeting at the defense ministry, Shin and Austin agreed to expand combined drills.\n\n"
        "In December 2019, Seoul stressed that the drills were defensive.\n",
        ROWS(T_TALKS, 2), .talks = {{"KR;PH", "2024-03-08", "15:00"}, {"KR;US", "2024-03-04", NULL}}, .cells = {{T_TALKS, 0, "duration_min", "40"}}, .also = no_background_row},
    /* one section per talk under numbered headings, though the sides are
     * the same ("Courtesy call on ...", "Dinner hosted by ..."); a lead's
     * day gives way to the section's "Date and time"; a list under an
     * outline bullet that leads into it is a list of cooperation items */
    {
        "Results of Defense Minister Kishi's visit to Vietnam\n"
        "September 12, 2021 (Google Translation)\n\n"
        "Defense Minister Kishi visited Vietnam from September 10th to 12th, held a Japan-Vietnam "
        "Defense Ministers' Meeting, paid a courtesy call on Prime Minister Pham Minh Chinh, and attended "
        "a dinner hosted by Minister of National Defense Phan Van Giang. The outline is as follows.\n\n"
        "1 Japan-Vietnam Defense Ministers' Meeting\n"
        "(1) Date and time: September 11 (Sat) 10:00-11:15\n"
        "(2) Outline\n"
        "○ The two ministers exchanged views on the regional situation.\n"
        "○ In addition, the two ministers agreed to promote cooperation in the following fields.\n"
        " ・Cyber security cooperation\n"
        " ・Mutual port calls\n\n"
        "2 Courtesy call on Prime Minister Pham Minh Chinh\n"
        "(1) Date and time: September 11 (Sat), about 30 minutes from 15:00\n"
        "(2) Outline\n"
        "○ Minister Kishi thanked Prime Minister Chinh for receiving him.\n\n"
        "3 Dinner hosted by Minister Giang\n"
        "(1) Date and time: September 11 (Sat), from 18:30 to 20:00\n"
        "(2) Outline\n"
        "○ Minister Kishi invited Minister Giang to visit Japan.\n",
        ROWS(T_TALKS, 3), ROWS(T_ITEMS, 2), .talks = {{"JP;VN", "2021-09-11", "10:00"}, {"JP;VN", "2021-09-11", "15:00"}, {"JP;VN", "2021-09-11", "18:30"}}, .also = first_talk_without_prime_minister},
    /* "The foreign ministers of A, B and C ... condemned" and "A and B on
     * Thursday called for": both; "The Secretary" is the one whose title
     * begins with it */
    {
        "Secretary Blinken's Meeting With Kenyan Cabinet Secretary for Foreign Affairs Mudavadi\n\n"
        "May 23, 2024\n\n"
        "Secretary of State Antony J. Blinken met with Kenyan Cabinet Secretary for Foreign Affairs "
        "Musalia Mudavadi in Washington.\n\n"
        "Kenya and the United States on Thursday called for an end to the fighting in Sudan. The "
        "Secretary commended Kenya's leadership in Haiti.\n",
        ROWS(T_TALKS, 1), .actors = {{"request", "both"}, {"praise", "US"}}},
    /* headings in capitals name a talk each; a courtesy call on a prime
     * minister in a paragraph of its own is another talk; "Japan: ..." /
     * "United Kingdom: ..." lines name the people */
    {
        "Republic of the Philippines\nDepartment of National Defense\n\n"
        "SND Teodoro meets US, Japanese defense chiefs\n\nJune 1, 2024\n\n"
        "SINGAPORE - Secretary of National Defense Gilberto Teodoro held separate bilateral meetings "
        "with United States Secretary of Defense Lloyd Austin and Japanese Minister of Defense Minoru "
        "Kihara.\n\n"
        "MEETING WITH US SECRETARY OF DEFENSE\n\n"
        "Secretary Teodoro and Secretary Austin met at 8:30 a.m. for about 40 minutes.\n\n"
        "MEETING WITH JAPANESE MINISTER OF DEFENSE\n\n"
        "Later in the day, at 3:15 p.m., Secretary Teodoro met with Minister Kihara.\n\n"
        "On the same day, Secretary Teodoro paid a courtesy call on Prime Minister Lawrence Wong.\n",
        ROWS(T_TALKS, 3), .talks = {{"PH;US", NULL, "08:30"}, {"JP;PH", NULL, "15:15"}, {"PH;SG", NULL, NULL}}, .cells = {{T_DOCUMENTS, 0, "title", "SND Teodoro meets US, Japanese defense chiefs"}}},
    {
        "About the Japan-UK Defense Ministers' Video Conference\n\n"
        "Reiwa 3 (2021) April 14 (Google Translation)\n\n"
        "1 Date and time\nReiwa 3 (2021) April 14 (Wed) 16:30~17:15\n\n"
        "2 Participants\nJapan: Defense Minister Kishi\n"
        "United Kingdom: Secretary of State for Defence Ben Wallace\n\n"
        "3 Outline\nThe two ministers exchanged views on the regional situation.\n",
        ROWS(T_TALKS, 1), ROWS(T_PARTICIPANTS, 2), .talks = {{"GB;JP", "2021-04-14", "16:30"}}},
    /* a scraped page: navigation and a masthead above the headline, a
     * "READ MORE:" link and "Advertisement" inside the article (the story
     * goes on after them), a leader outside the talk as a subject */
    {
        "Yonhap News Agency\nKorea | N. Korea | Politics | Economy\nAdvertisement\n\n"
        "FM Kang holds phone talks with Kono after N. Korea's ICBM launch\n\n"
        "Politics 17:52 November 29, 2017\n\n"
        "SEOUL, Nov. 29 (Yonhap) -- Foreign Minister Kang Kyung-wha spoke by phone with Japanese Foreign "
        "Minister Taro Kono for about 15 minutes from 2 p.m.\n\n"
        "READ MORE: N. Korea fires ICBM\n\nAdvertisement\n\n"
        "The two ministers agreed that Seoul and Tokyo should coordinate closely.\n\n"
        "Japanese Prime Minister Shinzo Abe told reporters that Tokyo would lodge a strong protest.\n",
        ROWS(T_TALKS, 1), .cells = {{T_DOCUMENTS, 0, "title", "FM Kang holds phone talks with Kono after N. Korea's ICBM launch"}}, .actors = {{"agree", "both"}}, .also = no_row_on_outsider},
    /* a lead naming three counterparts, then a paragraph per counterpart
     * without talk words; "the following day" is the day after the talk
     * before; bullets of meetings are a talk each, not cooperation items */
    {
        "Foreign Secretary meets G7 counterparts\n\nPublished 14 March 2025\n\n"
        "On Wednesday 12 March, the Foreign Secretary met Canadian Foreign Minister Melanie Joly.\n\n"
        "On the margins of the meeting the following day, the Foreign Secretary also held bilateral talks "
        "with US Secretary of State Marco Rubio and Japanese Foreign Minister Takeshi Iwaya and Indian "
        "External Affairs Minister S. Jaishankar.\n\n"
        "With Secretary Rubio, the Foreign Secretary welcomed the ceasefire proposal.\n\n"
        "Mr Lammy and Foreign Minister Iwaya reaffirmed the strength of the partnership.\n\n"
        "Mr Lammy and Minister Jaishankar agreed to deepen cooperation.\n",
        ROWS(T_TALKS, 4), .talks = {{"CA;GB", "2025-03-12", NULL}, {"GB;US", "2025-03-13", NULL}, {"GB;JP", "2025-03-13", NULL}, {"GB;IN", "2025-03-13", NULL}}},
    {
        "Australia engages partners at the UN General Assembly\n\nMedia release\n\n28 September 2024\n\n"
        "Senator the Hon Penny Wong\nMinister for Foreign Affairs\n\n"
        "On the margins of UNGA79, Minister Wong held the following bilateral meetings and calls:\n\n"
        "  - India (23 September): Minister Wong met External Affairs Minister Dr S. Jaishankar.\n\n"
        "  - Canada: In a meeting with Foreign Minister Melanie Joly, the two ministers agreed to "
        "strengthen coordination.\n\n"
        "  - Jordan (26 September): Minister Wong met Foreign Minister Ayman Safadi.\n",
        ROWS(T_TALKS, 3), ROWS(T_ITEMS, 0), .talks = {{"AU;IN", "2024-09-23", NULL}, {"AU;CA", NULL, NULL}, {"AU;JO", "2024-09-26", NULL}}},
    /* a list of talks whose item names its counterpart without talk words,
     * and "With Mr Qin, the Foreign Secretary ..." after separate meetings */
    {
        "Meetings in Singapore\n\nMedia release\n\n4 August 2018\n\n"
        "Senator the Hon Julie Bishop\nMinister for Foreign Affairs\n\n"
        "On the margins of the meetings I held talks with a number of counterparts:\n\n"
        "- Singapore (2 August): I met Foreign Minister Dr Vivian Balakrishnan.\n"
        "- Indonesia (3 August): Foreign Minister Retno Marsudi and I welcomed progress on trade.\n",
        ROWS(T_TALKS, 2), ROWS(T_ITEMS, 0), .talks = {{NULL}, {"AU;ID", "2018-08-03", NULL}}},
    {
        "Foreign Secretary holds talks in New Delhi\n\nPublished 2 March 2023\n\n"
        "On Thursday 2 March, the Foreign Secretary held separate meetings with Chinese Foreign Minister "
        "Qin Gang and Australian Foreign Minister Penny Wong.\n\n"
        "With Mr Qin, the Foreign Secretary stressed the importance of peace.\n\n"
        "With Senator Wong, the Foreign Secretary welcomed the progress of the partnership.\n",
        ROWS(T_TALKS, 2), .talks = {{"CN;GB", NULL, NULL}, {"AU;GB", NULL, NULL}}},
    /* "Later that evening" under a heading is the day of the talk before
     * the heading's talk, not the release's */
    {
        "Secretary Tillerson's Travel to Japan\n\nMedia Note\n\nMarch 19, 2017\n\n"
        "Meeting with Foreign Minister Fumio Kishida\n\n"
        "On March 16, Secretary of State Rex Tillerson met with Foreign Minister Fumio Kishida for approximately one hour.\n\n"
        "Courtesy Call on Prime Minister Shinzo Abe\n\n"
        "Later that evening, the Secretary paid a courtesy call on Prime Minister Shinzo Abe.\n",
        ROWS(T_TALKS, 2), .talks = {{NULL}, {NULL, "2017-03-16", NULL}}},
    /* a title of no minister's office ("Deputy Prime Minister") on a
     * person the gazetteer knows holds one: that office */
    {
        "Japan-Australia Defense Ministers' Meeting\n\nDecember 9, 2022\n\n"
        "On December 9, Defense Minister Hamada held a meeting with Deputy Prime Minister Marles of "
        "Australia in Tokyo.\n",
        ROWS(T_TALKS, 1), ROWS(T_PARTICIPANTS, 2), .cells = {{T_PARTICIPANTS, 1, "office", "defense"}}},
    /* sections of a trip: the short lines of date and time under each
     * heading ("Same day" is the talk before's day); a numbered "Others"
     * section tells no talk, and a date there is none of the talks' */
    {
        "Results of Defense Minister Iwaya's Visit to Singapore\n\n"
        "Heisei 30 (2018) October 20 (Google Translation)\n\n"
        "Defense Minister Iwaya visited Singapore on October 19 (Fri) and 20 (Sat).\n\n"
        "1 Japan-U.S. Defense Ministers' Meeting\n(1) Date and time\nOn the 19th (Fri) 16:30-17:10\n"
        "(2) Overview\nMinister Iwaya held a meeting with U.S. Secretary of Defense James Mattis.\n\n"
        "2 Japan-China Defense Ministers' Meeting\n(1) Date and time\n20th (Sat) 18:20-19:05\n"
        "(2) Overview\nMinister Iwaya held a meeting with Chinese Minister of National Defense Wei Fenghe.\n\n"
        "3 Others\n(1) On the 19th (Fri), before the meetings, Minister Iwaya visited the centre and welcomed "
        "its work.\n",
        ROWS(T_TALKS, 2), ROWS(T_POSITIONS, 0),
        .talks = {{"JP;US", "2018-10-19", "16:30"}, {"CN;JP", "2018-10-20", "18:20"}}},
    /* "His Highness" alone: the participant first named so ("H.H. Sheikh
     * ..."), though "both sides" follows in the sentence */
    {
        "Abdullah bin Zayed receives phone call from French Foreign Minister\n\n"
        "ABU DHABI, 12th October, 2023 (WAM) -- H.H. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign "
        "Affairs, received a phone call from Catherine Colonna, Minister for Europe and Foreign Affairs of "
        "France.\n\nHis Highness stressed the importance of protecting civilians on both sides.\n",
        ROWS(T_TALKS, 1), .talks = {{"AE;FR", NULL, NULL}}, .actors = {{"emphasize", "AE"}}},
    /* a surname alone ("Foreign Minister Kasoulides") is the person no
     * gazetteer knows whom the text named before with a country; a call on
     * a president in a paragraph of its own is another talk; the sender of
     * greetings takes no part */
    {
        "Visit of External Affairs Minister to Cyprus\n\nDecember 31, 2022\n\n"
        "External Affairs Minister Dr. S. Jaishankar paid an official visit to Cyprus at the invitation of "
        "H.E. Mr. Ioannis Kasoulides, Minister of Foreign Affairs of the Republic of Cyprus.\n\n"
        "On 30 December, EAM held talks with Foreign Minister Kasoulides in Nicosia.\n\n"
        "Later in the day, EAM called on H.E. Mr. Nicos Anastasiades, President of the Republic of Cyprus, "
        "and conveyed the warm greetings of Prime Minister Shri Narendra Modi.\n",
        ROWS(T_TALKS, 2), ROWS(T_PARTICIPANTS, 4),
        .talks = {{"CY;IN", "2022-12-30", NULL}, {"CY;IN", "2022-12-30", NULL}},
        .cells = {{T_PARTICIPANTS, 1, "name", "Ioannis Kasoulides"}, {T_PARTICIPANTS, 3, "office", "head_of_state"}}},
    /* a trilateral chaired after two bilateral meetings is a talk of its
     * own, of all their people */
    {
        "Trilateral Meeting of the Foreign Ministers\n\nNo: 81, 10 March 2022\n\n"
        "Foreign Minister Mevlut Cavusoglu first received Minister of Foreign Affairs of Ukraine Dmytro Kuleba. "
        "Foreign Minister Cavusoglu subsequently met with Minister of Foreign Affairs of the Russian Federation "
        "Sergey Lavrov. Following the bilateral meetings, Foreign Minister Cavusoglu chaired the trilateral "
        "meeting, which lasted about 90 minutes.\n",
        ROWS(T_TALKS, 3), ROWS(T_PARTICIPANTS, 7),
        .talks = {{"TR;UA", NULL, NULL}, {"RU;TR", NULL, NULL}, {"RU;TR;UA", NULL, NULL}},
        .cells = {{T_TALKS, 2, "duration_min", "90"}}},
    /* a byline names the author, "I" in the text is the author; "MP." at
     * the sentence's end is no part of the name */
    {
        "Call with the Foreign Minister of New Zealand\n\nMedia release\n\n12 March 2021\n\n"
        "Senator the Hon Marise Payne\nMinister for Foreign Affairs\n\n"
        "This morning I spoke by phone with New Zealand's Minister of Foreign Affairs, the Hon Nanaia Mahuta MP.\n\n"
        "We agreed to keep in close touch.\n",
        ROWS(T_TALKS, 1), ROWS(T_PARTICIPANTS, 2), .talks = {{"AU;NZ", "2021-03-12", NULL}}},
    /* a lead naming three talks with people of one side, then a section
     * each: three talks, each with its own people */
    {
        "Visit of the Foreign Minister of Japan to Sri Lanka\n\n10 May 2024\n\n"
        "During her visit, Foreign Minister Kamikawa held talks with Foreign Minister Ali Sabry, called on "
        "President Ranil Wickremesinghe and met Prime Minister Dinesh Gunawardena.\n\n"
        "1. Talks with Foreign Minister Ali Sabry\n\n"
        "The two Ministers agreed to strengthen maritime cooperation.\n\n"
        "2. Courtesy Call on President Ranil Wickremesinghe\n\n"
        "President Wickremesinghe thanked Japan for its assistance.\n\n"
        "3. Meeting with Prime Minister Dinesh Gunawardena\n\n"
        "Prime Minister Gunawardena welcomed Japanese investment.\n",
        ROWS(T_TALKS, 3), ROWS(T_PARTICIPANTS, 6),
        .cells = {{T_PARTICIPANTS, 0, "name", "Ali Sabry"}, {T_PARTICIPANTS, 2, "office", "head_of_state"}}},
    /* a section naming two other sides than the talk before, whose own
     * minister went unnamed, is a talk of its own; "At 9h", "this
     * Tuesday, 10/10"; "The exchange, which began at ..., lasted ..." */
    {
        "Telephone conversations of the Minister with his counterparts of Iran and Egypt\n\n"
        "10 October 2023\n\n"
        "Minister Mauro Vieira held, this Tuesday, 10/10, two telephone conversations with counterparts.\n\n"
        "1. Iran\n\n"
        "At 9h, the Minister spoke by telephone with the Minister of Foreign Affairs of Iran, Hossein "
        "Amir-Abdollahian.\n\n"
        "2. Egypt\n\n"
        "In the afternoon, Minister Vieira received a telephone call from the Egyptian Foreign Minister, Sameh "
        "Shoukry. The exchange, which began at 15h30, lasted about forty minutes.\n",
        ROWS(T_TALKS, 2), .talks = {{"BR;IR", "2023-10-10", "09:00"}, {"BR;EG", "2023-10-10", "15:30"}},
        .cells = {{T_TALKS, 1, "duration_min", "40"}}},
    /* under a summary of a trip, a talk told by a line per side, with its
     * date line above them, then a heading of the next talk */
    {
        "Defense Minister's Visit to the U.S.\n\nJanuary 14, 2023\n\n"
        "Defense Minister Hamada visited Washington from January 10 (Tue) to 13 (Fri), attended the "
        "Japan-U.S. \"2+2\" and held a Japan-U.S. Defense Ministers' Meeting.\n\n"
        "1. Japan-U.S. Security Consultative Committee\n"
        "(1) Date and time: January 11 (Wed) 16:00-17:40\n"
        "(2) Attendees\n"
        "Japan side: Foreign Minister Hayashi, Defense Minister Hamada\n"
        "U.S. side: Secretary of State Blinken, Secretary of Defense Austin\n"
        "(3) Overview\n"
        "The four ministers welcomed the progress of the Alliance.\n\n"
        "2. Japan-U.S. Defense Ministers' Meeting\n"
        "(1) Date and time: January 12 (Thu) from 10:00\n"
        "(2) Overview\n"
        "The two ministers agreed to deepen cooperation.\n",
        ROWS(T_TALKS, 2), ROWS(T_PARTICIPANTS, 6),
        .talks = {{"JP;US", "2023-01-11", "16:00"}, {"JP;US", "2023-01-12", "10:00"}}},
    /* labelled lines of date and time above the text */
    {
        "MINISTRY OF DEFENCE\nNEWS RELEASE\n\nMinister for Defence Holds Telephone Call with Indonesian Minister\n\n"
        "13 May 2020\n\nDate:\tTuesday, 12 May 2020\nTime:\t15:00 - 15:40 (Singapore time)\n\n"
        "Minister for Defence Dr Ng Eng Hen held a telephone call with Indonesian Minister of Defence "
        "Prabowo Subianto.\n",
        ROWS(T_TALKS, 1), .talks = {{"ID;SG", "2020-05-12", "15:00"}}, .cells = {{T_TALKS, 0, "duration_min", "40"}}},
    /* a meal's section takes the times written after the meal in the lead */
    {
        "Japan-Chile Foreign Ministers' Meeting and Working Dinner\n\nMay 23, 2017\n\n"
        "On May 23, Mr. Fumio Kishida, Minister for Foreign Affairs, held a Japan-Chile Foreign Ministers' "
        "Meeting with H.E. Mr. Heraldo Munoz, Minister of Foreign Affairs of the Republic of Chile, from 5:30 "
        "p.m. for approximately 40 minutes, followed by a working dinner for approximately 1 hour and 20 "
        "minutes.\n\n1. Foreign Ministers' Meeting\n\nThe two Ministers agreed to cooperate.\n\n"
        "2. Working Dinner\n\nThe two Ministers exchanged views on the regional situation.\n",
        ROWS(T_TALKS, 2), .talks = {{"CL;JP", "2017-05-23", "17:30"}, {"CL;JP", "2017-05-23", NULL}},
        .cells = {{T_TALKS, 0, "duration_min", "40"}, {T_TALKS, 1, "duration_min", "80"}}},
    /* a joint release's authors are "we" in the sentence telling the talk */
    {
        "Australia and New Zealand ministers meet\n"
        "Joint media release: Senator the Hon Penny Wong, Minister for Foreign Affairs, and the Hon Richard "
        "Marles MP, Deputy Prime Minister and Minister for Defence\n1 February 2024\n\n"
        "Today we hosted New Zealand's Minister of Foreign Affairs, the Rt Hon Winston Peters, in Melbourne.\n\n"
        "We discussed the strategic environment.\n",
        ROWS(T_TALKS, 1), ROWS(T_PARTICIPANTS, 3), .talks = {{"AU;NZ", "2024-02-01", NULL}}},
    /* a section's talk named in the lead after the first: its times there */
    {
        "Japan-US-ROK Defense Ministers' Meeting and Japan-US Defense Ministers' Meeting\n\n"
        "June 3, 2018 (Google Translation)\n\n"
        "Minister of Defense Onodera held a Japan-US-ROK defense ministers' meeting with US Secretary of "
        "Defense Mattis and ROK Minister of National Defense Song Young-moo from 11:30 to 12:20 on June 3, and "
        "then held a Japan-US defense ministers' meeting with Secretary Mattis for about 20 minutes.\n\n"
        "【Japan-US-ROK Defense Ministers' Meeting】\n\nThe three ministers agreed to cooperate.\n\n"
        "【Japan-US Defense Ministers' Meeting】\n\nThe two ministers agreed to cooperate.\n",
        ROWS(T_TALKS, 2), .talks = {{"JP;KR;US", "2018-06-03", "11:30"}, {"JP;US", "2018-06-03", NULL}},
        .cells = {{T_TALKS, 1, "duration_min", "20"}}},
    /* separate calls summed up, then "In his conversation with the Saudi
     * Foreign Minister, ..." (a title resolved on the summary's day) */
    {
        "Foreign Minister's telephone conversations\n\nIslamabad, 2 October 2024:\n\n"
        "Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq Dar held separate telephone "
        "conversations today with Prince Faisal bin Farhan Al Saud, Minister of Foreign Affairs of Saudi "
        "Arabia, and Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs of the United Arab "
        "Emirates.\n\nIn his conversation with the Saudi Foreign Minister, the Deputy Prime Minister "
        "expressed deep concern over the situation in Gaza.\n\nSeparately, in his telephone conversation "
        "with Sheikh Abdullah bin Zayed Al Nahyan, the Deputy Prime Minister discussed the regional situation.\n",
        ROWS(T_TALKS, 2), ROWS(T_PARTICIPANTS, 4),
        .talks = {{"PK;SA", "2024-10-02", NULL}, {"AE;PK", "2024-10-02", NULL}}},
    /* a surname two office holders bear ("Li") is the one of them taking
     * part in an earlier talk */
    {
        "Chinese defense minister meets counterparts\n\nNEW DELHI, April 27, 2023\n\n"
        "Chinese Defense Minister Li Shangfu on Thursday met with Indian Defence Minister Rajnath Singh.\n\n"
        "Li also held talks with Russian Defense Minister Sergei Shoigu on Thursday.\n",
        ROWS(T_TALKS, 2), ROWS(T_PARTICIPANTS, 4), .talks = {{"CN;IN", NULL, NULL}, {"CN;RU", NULL, NULL}},
        .cells = {{T_PARTICIPANTS, 2, "name", "Li Shangfu"}}},
};

static void run_talk_case(const talk_case_t *c) {
    int failed = unit_failed;
    doc_t *d = unit_extract("t", c->text);
    for (int t = 0; t < T_COUNT; t++)
        if (c->rows[t].checked) CHECK(d->rows[t].n == c->rows[t].n);
    static const char *const talk_columns[] = {"countries", "date", "start_time"};
    for (size_t k = 0; k < sizeof c->talks / sizeof *c->talks; k++)
        for (int col = 0; col < 3; col++)
            if (c->talks[k][col]) CHECK_STR(unit_cell(d, T_TALKS, k, talk_columns[col]), c->talks[k][col]);
    for (size_t k = 0; k < sizeof c->cells / sizeof *c->cells && c->cells[k].column; k++)
        CHECK_STR(unit_cell(d, c->cells[k].table, c->cells[k].row, c->cells[k].column), c->cells[k].want);
    for (size_t k = 0; k < sizeof c->actors / sizeof *c->actors && c->actors[k][0]; k++) {
        size_t seen = 0;
        for (size_t i = 0; i < d->rows[T_POSITIONS].n; i++)
            if (!strcmp(unit_cell(d, T_POSITIONS, i, "kind"), c->actors[k][0])) {
                seen++;
                CHECK_STR(unit_cell(d, T_POSITIONS, i, "actor"), c->actors[k][1]);
            }
        CHECK(seen > 0);
    }
    if (c->also) c->also(d);
    if (unit_failed > failed)
        fprintf(stderr, "  in the talk case titled: %.*s\n", (int)strcspn(c->text, "\n"), c->text);
    doc_free(d);
}

static void test_talk_structure(void) {
    for (size_t i = 0; i < sizeof TALK_CASES / sizeof *TALK_CASES; i++) run_talk_case(&TALK_CASES[i]);
}
