/*
 * readout-gen — synthetic readouts of ministerial talks for the `readout`
 * benchmark.  Part of the benchmark kit (bench/); nothing in src/ uses it.
 *
 *   readout-gen N OUTDIR [SEED]
 *
 * writes N documents OUTDIR/DDDD/NNNNNNN.txt, 1000 per subdirectory
 * (DDDD = index / 1000, NNNNNNN = index).  Document i is generated from its
 * own splitmix64 stream seeded from (SEED, i), so the same N and SEED give
 * byte-identical trees, and a larger N only appends documents.
 *
 * Four styles: Japanese MOD (Google translation: "(Google Translation)"
 * datelines, "I confirmed ..." and "What to do" artefacts, "HA / DR",
 * full-width clock times, ● / ・ bullets), Japanese MOFA (provisional
 * translation, numbered paragraphs), U.S. DoD ("Release No. NR-...") and
 * U.S. State ("attributable to Spokesperson ...").  Names and offices are
 * real-looking (a table of real office holders and terms); the events are
 * invented.  Sentence templates are written for this generator.
 *
 * Portable C11 plus POSIX mkdir(2); no other dependency.  Never uses rand().
 */
#define _POSIX_C_SOURCE 200809L

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* ------------------------------------------------------------------ */
/* Data tables                                                         */
/* ------------------------------------------------------------------ */

typedef struct {
    const char *code;      /* ISO 3166-1 alpha-2 */
    const char *text;      /* name as used in running text ("the Philippines") */
    const char *formal;    /* formal name ("the Republic of the Philippines") */
    const char *adj;       /* adjective ("Philippine") */
    const char *pair;      /* form in "Japan-X" compounds ("Philippines") */
    const char *def_title; /* defense office as the country writes it */
    const char *for_title; /* foreign office */
} Country;

static const Country COUNTRIES[] = {
    {"JP", "Japan", "Japan", "Japanese", "Japan", "Minister of Defense", "Minister for Foreign Affairs"},
    {"US", "the United States", "the United States of America", "U.S.", "U.S.", "Secretary of Defense", "Secretary of State"},
    {"CA", "Canada", "Canada", "Canadian", "Canada", "Minister of National Defence", "Minister of Foreign Affairs"},
    {"AU", "Australia", "the Commonwealth of Australia", "Australian", "Australia", "Minister for Defence", "Minister for Foreign Affairs"},
    {"GB", "the United Kingdom", "the United Kingdom of Great Britain and Northern Ireland", "British", "UK", "Secretary of State for Defence", "Foreign Secretary"},
    {"FR", "France", "the French Republic", "French", "France", "Minister for the Armed Forces", "Minister for Europe and Foreign Affairs"},
    {"DE", "Germany", "the Federal Republic of Germany", "German", "Germany", "Federal Minister of Defence", "Federal Foreign Minister"},
    {"IT", "Italy", "the Italian Republic", "Italian", "Italy", "Minister of Defence", "Minister of Foreign Affairs"},
    {"IN", "India", "the Republic of India", "Indian", "India", "Raksha Mantri", "External Affairs Minister"},
    {"KR", "the Republic of Korea", "the Republic of Korea", "South Korean", "ROK", "Minister of National Defense", "Minister of Foreign Affairs"},
    {"PH", "the Philippines", "the Republic of the Philippines", "Philippine", "Philippines", "Secretary of National Defense", "Secretary for Foreign Affairs"},
    {"VN", "Viet Nam", "the Socialist Republic of Viet Nam", "Vietnamese", "Viet Nam", "Minister of National Defence", "Minister of Foreign Affairs"},
    {"ID", "Indonesia", "the Republic of Indonesia", "Indonesian", "Indonesia", "Minister of Defense", "Minister for Foreign Affairs"},
    {"MY", "Malaysia", "Malaysia", "Malaysian", "Malaysia", "Minister of Defence", "Minister of Foreign Affairs"},
    {"SG", "Singapore", "the Republic of Singapore", "Singaporean", "Singapore", "Minister for Defence", "Minister for Foreign Affairs"},
    {"NZ", "New Zealand", "New Zealand", "New Zealand", "New Zealand", "Minister of Defence", "Minister of Foreign Affairs"},
    {"NL", "the Netherlands", "the Kingdom of the Netherlands", "Dutch", "Netherlands", "Minister of Defence", "Minister of Foreign Affairs"},
    {"PL", "Poland", "the Republic of Poland", "Polish", "Poland", "Minister of National Defence", "Minister of Foreign Affairs"},
    {"UA", "Ukraine", "Ukraine", "Ukrainian", "Ukraine", "Minister of Defence", "Minister for Foreign Affairs"},
    {"SE", "Sweden", "the Kingdom of Sweden", "Swedish", "Sweden", "Minister for Defence", "Minister for Foreign Affairs"},
    {"FI", "Finland", "the Republic of Finland", "Finnish", "Finland", "Minister of Defence", "Minister for Foreign Affairs"},
    {"NO", "Norway", "the Kingdom of Norway", "Norwegian", "Norway", "Minister of Defence", "Minister of Foreign Affairs"},
    {"DK", "Denmark", "the Kingdom of Denmark", "Danish", "Denmark", "Minister of Defence", "Minister for Foreign Affairs"},
    {"EE", "Estonia", "the Republic of Estonia", "Estonian", "Estonia", "Minister of Defence", "Minister of Foreign Affairs"},
    {"LT", "Lithuania", "the Republic of Lithuania", "Lithuanian", "Lithuania", "Minister of National Defence", "Minister of Foreign Affairs"},
    {"QA", "Qatar", "the State of Qatar", "Qatari", "Qatar", "Minister of State for Defence Affairs", "Minister of Foreign Affairs"},
    {"SA", "Saudi Arabia", "the Kingdom of Saudi Arabia", "Saudi", "Saudi Arabia", "Minister of Defense", "Minister of Foreign Affairs"},
    {"AE", "the United Arab Emirates", "the United Arab Emirates", "Emirati", "UAE", "Minister of State for Defence Affairs", "Minister of Foreign Affairs"},
    {"IL", "Israel", "the State of Israel", "Israeli", "Israel", "Minister of Defense", "Minister of Foreign Affairs"},
    {"EG", "Egypt", "the Arab Republic of Egypt", "Egyptian", "Egypt", "Minister of Defense and Military Production", "Minister of Foreign Affairs"},
    {"TR", "Türkiye", "the Republic of Türkiye", "Turkish", "Türkiye", "Minister of National Defense", "Minister of Foreign Affairs"},
    {"GR", "Greece", "the Hellenic Republic", "Greek", "Greece", "Minister of National Defence", "Minister of Foreign Affairs"},
    {"ES", "Spain", "the Kingdom of Spain", "Spanish", "Spain", "Minister of Defence", "Minister of Foreign Affairs"},
};

typedef enum { DEF, FOR } Office;

typedef struct {
    const char *cc;      /* country code */
    Office office;
    const char *full;    /* full name as the releases write it */
    const char *surname; /* name used after a title */
    int from, to;        /* years in office (inclusive) */
} Minister;

static const Minister MINISTERS[] = {
    {"JP", DEF, "Itsunori Onodera", "Onodera", 2017, 2018},
    {"JP", DEF, "Gen Nakatani", "Nakatani", 2014, 2016},
    {"JP", DEF, "Tomomi Inada", "Inada", 2016, 2017},
    {"JP", DEF, "Takeshi Iwaya", "Iwaya", 2018, 2019},
    {"JP", DEF, "Taro Kono", "Kono", 2019, 2020},
    {"JP", DEF, "Nobuo Kishi", "Kishi", 2020, 2021},
    {"JP", DEF, "Yasukazu Hamada", "Hamada", 2022, 2023},
    {"JP", DEF, "Minoru Kihara", "Kihara", 2023, 2024},
    {"JP", FOR, "Fumio Kishida", "Kishida", 2013, 2017},
    {"JP", FOR, "Taro Kono", "Kono", 2017, 2019},
    {"JP", FOR, "Toshimitsu Motegi", "Motegi", 2019, 2021},
    {"JP", FOR, "Yoshimasa Hayashi", "Hayashi", 2021, 2023},
    {"JP", FOR, "Yoko Kamikawa", "Kamikawa", 2023, 2024},
    {"JP", FOR, "Takeshi Iwaya", "Iwaya", 2024, 2025},
    {"US", DEF, "Ashton Carter", "Carter", 2015, 2016},
    {"US", DEF, "James N. Mattis", "Mattis", 2017, 2018},
    {"US", DEF, "Mark T. Esper", "Esper", 2019, 2020},
    {"US", DEF, "Lloyd J. Austin III", "Austin", 2021, 2024},
    {"US", DEF, "Pete Hegseth", "Hegseth", 2025, 2025},
    {"US", FOR, "John Kerry", "Kerry", 2013, 2016},
    {"US", FOR, "Rex W. Tillerson", "Tillerson", 2017, 2018},
    {"US", FOR, "Michael R. Pompeo", "Pompeo", 2018, 2020},
    {"US", FOR, "Antony J. Blinken", "Blinken", 2021, 2024},
    {"US", FOR, "Marco Rubio", "Rubio", 2025, 2025},
    {"CA", DEF, "Harjit Sajjan", "Sajjan", 2015, 2021},
    {"CA", DEF, "Anita Anand", "Anand", 2021, 2023},
    {"CA", DEF, "Bill Blair", "Blair", 2023, 2025},
    {"CA", FOR, "Chrystia Freeland", "Freeland", 2017, 2019},
    {"CA", FOR, "François-Philippe Champagne", "Champagne", 2019, 2021},
    {"CA", FOR, "Mélanie Joly", "Joly", 2021, 2025},
    {"AU", DEF, "Marise Payne", "Payne", 2015, 2018},
    {"AU", DEF, "Linda Reynolds", "Reynolds", 2019, 2021},
    {"AU", DEF, "Peter Dutton", "Dutton", 2021, 2022},
    {"AU", DEF, "Richard Marles", "Marles", 2022, 2025},
    {"AU", FOR, "Julie Bishop", "Bishop", 2013, 2018},
    {"AU", FOR, "Penny Wong", "Wong", 2022, 2025},
    {"GB", DEF, "Gavin Williamson", "Williamson", 2017, 2019},
    {"GB", DEF, "Ben Wallace", "Wallace", 2019, 2023},
    {"GB", DEF, "Grant Shapps", "Shapps", 2023, 2024},
    {"GB", DEF, "John Healey", "Healey", 2024, 2025},
    {"GB", FOR, "Dominic Raab", "Raab", 2019, 2021},
    {"GB", FOR, "James Cleverly", "Cleverly", 2022, 2023},
    {"GB", FOR, "David Lammy", "Lammy", 2024, 2025},
    {"FR", DEF, "Florence Parly", "Parly", 2017, 2022},
    {"FR", DEF, "Sébastien Lecornu", "Lecornu", 2022, 2025},
    {"FR", FOR, "Jean-Yves Le Drian", "Le Drian", 2017, 2022},
    {"FR", FOR, "Catherine Colonna", "Colonna", 2022, 2024},
    {"DE", DEF, "Annegret Kramp-Karrenbauer", "Kramp-Karrenbauer", 2019, 2021},
    {"DE", DEF, "Boris Pistorius", "Pistorius", 2023, 2025},
    {"DE", FOR, "Heiko Maas", "Maas", 2018, 2021},
    {"DE", FOR, "Annalena Baerbock", "Baerbock", 2021, 2025},
    {"IT", DEF, "Lorenzo Guerini", "Guerini", 2019, 2022},
    {"IT", DEF, "Guido Crosetto", "Crosetto", 2022, 2025},
    {"IT", FOR, "Antonio Tajani", "Tajani", 2022, 2025},
    {"IN", DEF, "Rajnath Singh", "Singh", 2019, 2025},
    {"IN", FOR, "Subrahmanyam Jaishankar", "Jaishankar", 2019, 2025},
    {"KR", DEF, "Jeong Kyeong-doo", "Jeong", 2018, 2020},
    {"KR", DEF, "Suh Wook", "Suh", 2020, 2022},
    {"KR", DEF, "Lee Jong-sup", "Lee", 2022, 2023},
    {"KR", DEF, "Shin Won-sik", "Shin", 2023, 2024},
    {"KR", FOR, "Kang Kyung-wha", "Kang", 2017, 2021},
    {"KR", FOR, "Park Jin", "Park", 2022, 2023},
    {"KR", FOR, "Cho Tae-yul", "Cho", 2024, 2025},
    {"PH", DEF, "Delfin Lorenzana", "Lorenzana", 2016, 2022},
    {"PH", DEF, "Gilberto Teodoro Jr.", "Teodoro", 2023, 2025},
    {"PH", FOR, "Teodoro Locsin Jr.", "Locsin", 2018, 2022},
    {"PH", FOR, "Enrique A. Manalo", "Manalo", 2022, 2025},
    {"VN", DEF, "Phan Van Giang", "Giang", 2021, 2025},
    {"VN", FOR, "Bui Thanh Son", "Son", 2021, 2025},
    {"ID", DEF, "Prabowo Subianto", "Prabowo", 2019, 2024},
    {"ID", FOR, "Retno L. P. Marsudi", "Marsudi", 2014, 2024},
    {"MY", DEF, "Mohamad Hasan", "Mohamad", 2022, 2023},
    {"SG", DEF, "Ng Eng Hen", "Ng", 2013, 2025},
    {"SG", FOR, "Vivian Balakrishnan", "Balakrishnan", 2015, 2025},
    {"NZ", DEF, "Andrew Little", "Little", 2022, 2023},
    {"NZ", FOR, "Nanaia Mahuta", "Mahuta", 2020, 2023},
    {"NZ", FOR, "Winston Peters", "Peters", 2023, 2025},
    {"NL", DEF, "Kajsa Ollongren", "Ollongren", 2022, 2024},
    {"PL", DEF, "Mariusz Błaszczak", "Błaszczak", 2018, 2023},
    {"PL", FOR, "Radosław Sikorski", "Sikorski", 2023, 2025},
    {"UA", DEF, "Oleksii Reznikov", "Reznikov", 2021, 2023},
    {"UA", DEF, "Rustem Umerov", "Umerov", 2023, 2025},
    {"UA", FOR, "Dmytro Kuleba", "Kuleba", 2020, 2024},
    {"SE", DEF, "Pål Jonson", "Jonson", 2022, 2025},
    {"FI", DEF, "Antti Kaikkonen", "Kaikkonen", 2019, 2023},
    {"NO", DEF, "Bjørn Arild Gram", "Gram", 2021, 2024},
    {"DK", DEF, "Troels Lund Poulsen", "Poulsen", 2023, 2025},
    {"EE", DEF, "Hanno Pevkur", "Pevkur", 2022, 2025},
    {"LT", DEF, "Arvydas Anušauskas", "Anušauskas", 2020, 2024},
    {"QA", DEF, "Khalid bin Mohammad Al-Attiyah", "Al-Attiyah", 2016, 2024},
    {"SA", FOR, "Faisal bin Farhan Al Saud", "Faisal", 2019, 2025},
    {"AE", FOR, "Abdullah bin Zayed Al Nahyan", "Abdullah", 2013, 2025},
    {"IL", DEF, "Benny Gantz", "Gantz", 2020, 2022},
    {"IL", DEF, "Yoav Gallant", "Gallant", 2022, 2024},
    {"EG", FOR, "Sameh Shoukry", "Shoukry", 2014, 2024},
    {"TR", DEF, "Hulusi Akar", "Akar", 2018, 2023},
    {"GR", FOR, "Nikos Dendias", "Dendias", 2019, 2023},
    {"ES", DEF, "Margarita Robles", "Robles", 2018, 2025},
    {"ES", FOR, "José Manuel Albares", "Albares", 2021, 2025},
};

static const char *const MONTHS[] = {"January", "February", "March", "April", "May", "June", "July",
                                     "August", "September", "October", "November", "December"};
static const char *const MONTHS_AP[] = {"Jan.", "Feb.", "March", "April", "May", "June", "July",
                                        "Aug.", "Sept.", "Oct.", "Nov.", "Dec."};
static const char *const WEEKDAYS[] = {"Sunday", "Monday", "Tuesday", "Wednesday",
                                       "Thursday", "Friday", "Saturday"};

typedef struct { const char *who; int from, to; } Spokesperson;

static const Spokesperson DOD_SPOKESPEOPLE[] = {
    {"Pentagon Press Secretary Peter Cook", 2013, 2016},
    {"Pentagon Chief Spokesperson Dana W. White", 2017, 2018},
    {"Chief Pentagon Spokesperson Jonathan Rath Hoffman", 2019, 2020},
    {"Pentagon Press Secretary John F. Kirby", 2021, 2022},
    {"Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder", 2022, 2024},
    {"Deputy Pentagon Press Secretary Sabrina Singh", 2023, 2024},
    {"Pentagon Press Secretary Kingsley Wilson", 2025, 2025},
};
static const Spokesperson STATE_SPOKESPEOPLE[] = {
    {"Spokesperson Jen Psaki", 2013, 2015},
    {"Spokesperson John Kirby", 2015, 2016},
    {"Spokesperson Heather Nauert", 2017, 2018},
    {"Spokesperson Morgan Ortagus", 2019, 2020},
    {"Spokesperson Ned Price", 2021, 2023},
    {"Spokesperson Matthew Miller", 2023, 2024},
    {"Department Spokesperson Tammy Bruce", 2025, 2025},
};

static const char *const EXERCISES[] = {
    "Keen Sword", "Malabar", "RIMPAC", "Talisman Sabre", "Pitch Black", "Balikatan", "Cope North",
    "Vigilant Isles", "Bushido Guardian", "Nippon Trident", "Garuda Shield", "Orient Shield",
    "Resolute Dragon", "Southern Jackaroo", "Pacific Vanguard"};

/*
 * Phrase tables.  Every entry is a template: it may use the placeholders
 * listed at expand_key() below, including other phrase tables.
 */
/* Fields of cooperation: "cooperation in {AREA}", "progress in {AREA}". */
static const char *const AREAS[] = {
    "maritime security",
    "defense equipment and technology",
    "humanitarian assistance and disaster relief ({HADR})",
    "the cyber domain",
    "the use of outer space",
    "joint training and exercises",
    "medical measures against COVID-19",
    "measures against the new coronavirus infection",
    "capacity building in Southeast Asia",
    "mutual visits of aircraft and vessels",
    "countering disinformation",
    "the realization of a free and open Indo-Pacific",
    "the vision of a \"free and open Indo-Pacific\"",
    "the implementation of UN Security Council sanctions",
    "nuclear disarmament and non-proliferation",
    "logistics support between the armed forces",
    "the deterrence and response capabilities of the alliance",
    "the {APAIR}-{BPAIR} relationship",
    "intelligence sharing",
};

/* Matters to discuss: "exchanged views on {ISSUE}". */
static const char *const ISSUES[] = {
    "the situation in North Korea",
    "North Korea's nuclear and missile development",
    "the situation on the Korean Peninsula",
    "the abductions issue",
    "the situation in the South China Sea",
    "the situation in the East China Sea",
    "peace and stability across the Taiwan Strait",
    "the situation in Ukraine",
    "the situation in the Middle East",
    "the response to COVID-19",
    "the complete, verifiable and irreversible dismantlement (CVID) of North Korea's weapons of mass destruction",
    "freedom of navigation based on UNCLOS",
    "the maintenance of a rules-based international order",
    "the security of sea lanes in the Red Sea",
    "the upcoming Shangri-La Dialogue",
};

static const char *const BAD[] = {
    "North Korea's repeated launches of ballistic missiles",
    "the ballistic missile launched by North Korea earlier this week",
    "Russia's aggression against Ukraine",
    "Russia's unjustifiable invasion of Ukraine",
    "unilateral attempts to change the status quo by force in {SEA}",
    "the militarization of disputed features in the South China Sea",
    "dangerous intercepts of aircraft over {SEA}",
    "the attacks on commercial shipping in the Red Sea",
    "the deteriorating humanitarian situation in Gaza",
    "Iran's nuclear activities",
    "the spread of disinformation",
    "malicious cyber activities against critical infrastructure",
    "the growing military cooperation between Russia and North Korea",
    "China's coercive activities around the Senkaku Islands",
    "the use of water cannon against Philippine vessels",
};

static const char *const SEAS[] = {
    "the East China Sea", "the South China Sea", "the East and South China Seas",
    "the Taiwan Strait", "the Indo-Pacific region", "the waters around Japan",
};

static const char *const REGION[] = {
    "the regional situation including North Korea and {SEA}",
    "the regional security environment, including {BAD}",
    "regional and international issues such as {ISSUE}",
    "the situation in Ukraine and the Indo-Pacific",
    "the security environment surrounding the two countries",
    "recent developments in {SEA} and on the Korean Peninsula",
};

/* Bullet-list items: cooperation measures. */
static const char *const ITEMS[] = {
    "Sharing information on the regional security situation, including {ISSUE}",
    "Promoting port calls by naval vessels and mutual visits by military aircraft",
    "Expanding bilateral and multilateral training, such as {EX}",
    "Cooperation in the field of defense equipment and technology, including joint research",
    "Supporting capacity building for maritime security in Southeast Asian countries",
    "Sharing lessons learned from humanitarian assistance and disaster relief ({HADR}) operations",
    "Strengthening cooperation in new domains such as space and cyberspace",
    "Exchanges between defense academies and staff colleges",
    "Cooperation on medical measures against the spread of COVID-19",
    "Holding regular dialogue between defense authorities at all levels",
    "Monitoring illicit ship-to-ship transfers that violate UN Security Council resolutions",
    "Joint efforts to counter disinformation and protect the information space",
    "Early entry into force of the Reciprocal Access Agreement",
    "Mutual logistics support under the Acquisition and Cross-Servicing Agreement",
    "Coordination of assistance to Ukraine, including demining equipment",
};

static const char *const ITEM_LEADINS[] = {
    "In addition, {BOTH} discussed cooperation in the following areas.",
    "{BOTH} agreed to promote the following initiatives.",
    "Specifically, {BOTH} confirmed the following points:",
    "{BOTH} welcomed progress in the following areas of cooperation:",
    "As concrete measures, {BOTH} decided to advance the following:",
};

/*
 * Stance sentences.  {BOTH} is the joint subject, {A}/{B} one side,
 * {X} either side or both.  Some sentences carry two stances.
 */
static const char *const STANCES[] = {
    /* agree */
    "{BOTH} agreed to further deepen cooperation in {AREA}.",
    "{BOTH} agreed that the two countries would keep in close contact regarding {ISSUE}.",
    "{BOTH} concurred on the need to respond firmly to {BAD}.",
    "{BOTH} reached agreement to hold the next round of talks at an early date.",
    /* reaffirm */
    "{BOTH} reaffirmed that they would continue to coordinate closely on {ISSUE}.",
    "{X} reiterated a firm commitment to {AREA}.",
    "{BOTH} reconfirmed the importance of {AREA}.",
    /* confirm */
    "{BOTH} confirmed that they would work together on {ISSUE}.",
    "{X} affirmed that close coordination on {ISSUE} remains essential.",
    /* emphasize */
    "{X} emphasized the importance of {AREA}.",
    "{X} stressed that {BAD} must not be tolerated.",
    "{BOTH} underscored the significance of {AREA} for the peace and stability of the region.",
    "{X} highlighted the importance of {ISSUE}.",
    /* welcome */
    "{BOTH} welcomed the steady progress in {AREA}.",
    "{X} welcomed the successful conduct of the joint exercise {EX}.",
    "{X} expressed satisfaction with the progress made in {AREA}.",
    /* oppose */
    "{BOTH} strongly oppose unilateral attempts to change the status quo by force in {SEA}.",
    "{X} expressed strong opposition to {BAD}.",
    "{BOTH} rejected any attempt to change the status quo by coercion in {SEA}.",
    /* condemn */
    "{X} condemned {BAD} in the strongest terms.",
    "{BOTH} condemned {BAD}.",
    /* concern */
    "{BOTH} expressed serious concern about {BAD}.",
    "{X} expressed concern over {BAD}.",
    /* praise */
    "{A} commended {BTEXT} for its contribution to {AREA}.",
    "{B} appreciated {APOSS} leadership in {AREA}.",
    /* thank */
    "{B} thanked {A} for {APOSS} support in {AREA}.",
    /* exchange views */
    "{BOTH} exchanged views on {REGION}.",
    "{BOTH} exchanged opinions on {ISSUE} and on {ISSUE}.",
    "{BOTH} exchanged views on {REGION} and reaffirmed that they would continue to work closely together.",
    /* discuss */
    "{BOTH} discussed {ISSUE}.",
    "{BOTH} also talked about {ISSUE}.",
    "{BOTH} discussed ways to advance cooperation in {AREA}, as well as {ISSUE}.",
    /* share view */
    "{BOTH} shared the view that cooperation in {AREA} is indispensable for the stability of the region.",
    "{BOTH} shared concerns about {BAD}.",
    "{BOTH} shared the recognition that {BAD} poses a grave threat to the international community.",
    /* intend */
    "{X} expressed the intention to strengthen cooperation in {AREA}.",
    "{BOTH} committed to continuing close consultations on {ISSUE}.",
    "{A} looks forward to welcoming {B} to {ATEXT} in the near future.",
    /* propose */
    "{B} proposed holding a working-level dialogue on {AREA}.",
    "{A} suggested expanding cooperation in {AREA}.",
    /* request */
    "{A} requested {BPOSS} continued support for {AREA}.",
    "{BOTH} called for the complete denuclearization of North Korea.",
    "{X} urged all parties concerned to exercise restraint.",
    /* explain (+ a stance in the reported clause) */
    "{A} explained {APOSS} position on {ISSUE}.",
    "{B} briefed {A} on {BPOSS} recent initiatives in {AREA}.",
    "{A} stated that {ATEXT} strongly condemns {BAD}.",
    "{B} stated that {BTEXT} would continue to contribute to {AREA}.",
    /* no stance */
    "The talks were held in a cordial and friendly atmosphere.",
    "{B} also touched upon the schedule of the upcoming ministerial meeting.",
};

/* Artefacts of the Google translation of Japanese MOD releases. */
static const char *const MT_ARTEFACTS[] = {
    "I confirmed that cooperation in {AREA} will continue to be promoted.",
    "I reconfirmed that we will work closely on {ISSUE}.",
    "It matched.",
    "We agreed to send a strong message about {BAD}.",
    "In it, {A} explained the efforts of the Self-Defense Forces regarding {ISSUE}.",
    "In addition to appreciating this, {BOTH} will continue to work on {AREA}. I confirmed that.",
    "I agreed that we will maximize such opportunities in the future.",
};

static const char *const OPENINGS[] = {
    "At the outset, {B} congratulated {A} on the assumption of office, and {A} expressed gratitude.",
    "At the beginning, {A} expressed condolences for the victims of the recent earthquake in {BTEXT}.",
    "At the beginning, {A} expressed appreciation for {BPOSS} hospitality during the recent visit.",
    "First, {BOTH} welcomed the opportunity to hold talks at this timing.",
    "At the outset, {A} thanked {B} for taking the time for the {KIND}.",
};

static const char *const CLOSINGS[] = {
    "Finally, {A} invited {B} to visit {ATEXT} at a mutually convenient time.",
    "Finally, {B} was invited to visit {ATEXT} once the situation allows.",
    "{BOTH} agreed to maintain close communication at all levels.",
    "At the end, {BOTH} confirmed that they would meet in person at the earliest opportunity.",
    "{BOTH} agreed to continue to closely coordinate between their defense authorities.",
};

/* ------------------------------------------------------------------ */
/* PRNG (splitmix64) and a growable buffer                             */
/* ------------------------------------------------------------------ */

typedef struct { uint64_t s; } Rng;

static uint64_t rng_next(Rng *r)
{
    uint64_t z = (r->s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static unsigned rnd(Rng *r, unsigned n) { return (unsigned)(rng_next(r) % n); }
static int chance(Rng *r, unsigned pct) { return rnd(r, 100) < pct; }
static int range(Rng *r, int lo, int hi) { return lo + (int)rnd(r, (unsigned)(hi - lo + 1)); }
#define PICK(r, arr) ((arr)[rnd((r), (unsigned)NELEM(arr))])

typedef struct { char *p; size_t n, cap; } Buf;

static void buf_reserve(Buf *b, size_t add)
{
    if (b->n + add + 1 <= b->cap) return;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->n + add + 1) cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p) { perror("readout-gen: realloc"); exit(1); }
    b->p = p;
    b->cap = cap;
}

static void put_n(Buf *b, const char *s, size_t k)
{
    buf_reserve(b, k);
    memcpy(b->p + b->n, s, k);
    b->n += k;
    b->p[b->n] = '\0';
}

static void put(Buf *b, const char *s) { put_n(b, s, strlen(s)); }

static void putf(Buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (k < 0) { fputs("readout-gen: vsnprintf failed\n", stderr); exit(1); }
    buf_reserve(b, (size_t)k);
    va_start(ap, fmt);
    vsnprintf(b->p + b->n, (size_t)k + 1, fmt, ap);
    va_end(ap);
    b->n += (size_t)k;
}

/* ------------------------------------------------------------------ */
/* Document state                                                      */
/* ------------------------------------------------------------------ */

typedef enum { JP_MOD, JP_MOFA, US_DOD, US_STATE, NSTYLES } Style;
typedef enum { TELEPHONE, VIDEO, MEETING } Kind;

typedef struct {
    Rng r;
    Buf out;
    Style style;
    Kind kind;
    const Minister *a, *b, *c; /* host, counterpart, optional third side */
    const Country *ca, *cb, *cc;
    int y, m, d;               /* date of the talk (= release date) */
} Doc;

static const Country *country(const char *code)
{
    for (size_t i = 0; i < NELEM(COUNTRIES); i++)
        if (strcmp(COUNTRIES[i].code, code) == 0) return &COUNTRIES[i];
    fprintf(stderr, "readout-gen: unknown country %s\n", code);
    exit(1);
}

static const char *office_title(const Minister *m)
{
    const Country *c = country(m->cc);
    return m->office == DEF ? c->def_title : c->for_title;
}

/* "Secretary" for secretaries, "Minister" for everybody else. */
static const char *short_title(const Minister *m)
{
    return strstr(office_title(m), "Secretary") ? "Secretary" : "Minister";
}

/* A random office holder of `cc` (any country but `not` if cc is NULL),
 * preferring `office` and a term that covers `year`. */
static const Minister *pick_minister(Rng *r, const char *cc, const char *not, Office office, int year)
{
    const Minister *best = NULL;
    for (int tries = 0; tries < 200; tries++) {
        const Minister *m = &PICK(r, MINISTERS);
        if (cc && strcmp(m->cc, cc) != 0) continue;
        if (!cc && not && strcmp(m->cc, not) == 0) continue;
        if (!cc && m->cc[0] == 'J' && m->cc[1] == 'P') continue; /* JP only as host */
        if (!best) best = m;
        if (m->office == office && (year == 0 || (year >= m->from && year <= m->to))) return m;
    }
    return best ? best : &MINISTERS[0];
}

static int days_in_month(int y, int m)
{
    static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return dm[m - 1];
}

static int weekday(int y, int m, int d) /* Sakamoto; 0 = Sunday */
{
    static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (m < 3) y -= 1;
    return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

/* ------------------------------------------------------------------ */
/* Dates, clock times, durations                                       */
/* ------------------------------------------------------------------ */

typedef enum { D_LONG, D_DMY, D_ISO, D_AP, D_WEEKDAY, D_NO_YEAR, D_ORDINAL } DateFmt;

static void put_date(Doc *doc, DateFmt f)
{
    Buf *b = &doc->out;
    int y = doc->y, m = doc->m, d = doc->d;
    switch (f) {
    case D_LONG: putf(b, "%s %d, %d", MONTHS[m - 1], d, y); break;
    case D_DMY: putf(b, "%d %s %d", d, MONTHS[m - 1], y); break;
    case D_ISO: putf(b, "%04d-%02d-%02d", y, m, d); break;
    case D_AP: putf(b, "%s %d, %d", MONTHS_AP[m - 1], d, y); break;
    case D_WEEKDAY: putf(b, "%s, %s %d, %d", WEEKDAYS[weekday(y, m, d)], MONTHS[m - 1], d, y); break;
    case D_NO_YEAR: putf(b, "%s %d", MONTHS[m - 1], d); break;
    case D_ORDINAL: /* "the 25th" */
        putf(b, "the %d%s", d, (d / 10 == 1) ? "th" : d % 10 == 1 ? "st" : d % 10 == 2 ? "nd" : d % 10 == 3 ? "rd" : "th");
        break;
    }
}

/* ASCII digits/colon of `s` as full-width forms (U+FF10.., U+FF1A). */
static void put_fullwidth(Buf *b, const char *s)
{
    for (; *s; s++) {
        if (*s >= '0' && *s <= '9') {
            char fw[4] = {(char)0xEF, (char)0xBC, (char)(0x90 + (*s - '0')), 0};
            put(b, fw);
        } else if (*s == ':') {
            put(b, "\xEF\xBC\x9A");
        } else {
            put_n(b, s, 1);
        }
    }
}

typedef enum { C_24H, C_AMPM_CAPS, C_AMPM, C_OCLOCK, C_FULLWIDTH } ClockFmt;

static ClockFmt clock_format(Doc *doc)
{
    return (ClockFmt)rnd(&doc->r, doc->style == JP_MOD ? 5 : 3);
}

static void put_clock(Doc *doc, int h, int mi, ClockFmt f)
{
    Buf *b = &doc->out;
    char tmp[16];
    if (f == C_OCLOCK && mi != 0) f = C_24H;
    switch (f) {
    case C_24H: putf(b, "%d:%02d", h, mi); break;
    case C_AMPM_CAPS: putf(b, "%d:%02d %s", h % 12 ? h % 12 : 12, mi, h < 12 ? "A.M." : "P.M."); break;
    case C_AMPM: putf(b, "%d:%02d %s", h % 12 ? h % 12 : 12, mi, h < 12 ? "a.m." : "p.m."); break;
    case C_OCLOCK: putf(b, "%d o'clock", h); break;
    case C_FULLWIDTH:
        snprintf(tmp, sizeof tmp, "%d:%02d", h, mi);
        put_fullwidth(b, tmp);
        break;
    }
}

static const char *const NUMBER_WORDS[] = {
    "zero", "five", "ten", "fifteen", "twenty", "twenty-five", "thirty", "thirty-five",
    "forty", "forty-five", "fifty", "fifty-five"};

static const char *hedge(Rng *r)
{
    static const char *const H[] = {"about ", "approximately ", "some ", "around ", "about ", ""};
    return PICK(r, H);
}

static void put_duration(Doc *doc, int min)
{
    Buf *b = &doc->out;
    Rng *r = &doc->r;
    if (min == 60 && chance(r, 60)) { put(b, chance(r, 70) ? "about an hour" : "one hour"); return; }
    if (min == 90 && chance(r, 70)) { put(b, chance(r, 50) ? "an hour and a half" : "about an hour and a half"); return; }
    if (min == 30 && chance(r, 40)) { put(b, chance(r, 50) ? "half an hour" : "about half an hour"); return; }
    if (min > 60 && min < 120 && min % 5 == 0 && chance(r, 50)) {
        putf(b, "%sone hour and %s minutes", hedge(r), NUMBER_WORDS[(min - 60) / 5]);
        return;
    }
    if (min < 60 && min % 5 == 0 && chance(r, 20)) {
        putf(b, "%s%s minutes", hedge(r), NUMBER_WORDS[min / 5]);
        return;
    }
    putf(b, "%s%d minutes", hedge(r), min);
}

static int random_minutes(Rng *r)
{
    static const int M[] = {15, 20, 20, 25, 30, 30, 35, 40, 40, 45, 50, 60, 60, 75, 90};
    return PICK(r, M);
}

/* ------------------------------------------------------------------ */
/* Mentions and the template expander                                  */
/* ------------------------------------------------------------------ */

static void put_possessive(Buf *b, const char *name)
{
    put(b, name);
    put(b, name[strlen(name) - 1] == 's' ? "'" : "'s");
}

/* Translation misspelling: drop one letter of the first double letter. */
static void put_misspelled(Buf *b, const char *s)
{
    for (size_t i = 0; s[i]; i++)
        if (s[i + 1] == s[i] && isalpha((unsigned char)s[i])) {
            put_n(b, s, i);
            put(b, s + i + 1);
            return;
        }
    put(b, s);
}

static void put_host(Doc *doc)
{
    Buf *b = &doc->out;
    const Minister *a = doc->a;
    unsigned f = rnd(&doc->r, 4);
    switch (doc->style) {
    case JP_MOD:
        putf(b, f == 0 ? "Defense Minister %s" : "Minister %s", a->surname);
        break;
    case JP_MOFA:
        putf(b, f == 0 ? "Foreign Minister %s" : "Minister %s", a->surname);
        break;
    default:
        if (f == 0) put(b, "the Secretary");
        else putf(b, "Secretary %s", a->surname);
    }
}

static void put_guest_of(Doc *doc, const Minister *g)
{
    Buf *b = &doc->out;
    const Country *c = country(g->cc);
    unsigned f = rnd(&doc->r, 10);
    const char *nbsp = chance(&doc->r, 3) ? "\xC2\xA0" : " ";
    if (doc->style == JP_MOD && f == 0) {
        putf(b, "the %s %s", c->adj, g->office == DEF ? "Defense Minister" : "Foreign Minister");
    } else if (doc->style == JP_MOD && f == 1) {
        putf(b, "%s%s", short_title(g), nbsp);
        put_misspelled(b, g->surname);
    } else if (f == 2) {
        putf(b, "%s %s", g->office == DEF ? "Defense Minister" : "Foreign Minister", g->surname);
    } else {
        putf(b, "%s%s%s", short_title(g), nbsp, g->surname);
    }
}

static void put_guest(Doc *doc)
{
    put_guest_of(doc, doc->c && chance(&doc->r, 50) ? doc->c : doc->b);
}

static void put_both(Doc *doc)
{
    static const char *const JP[] = {"the two Ministers", "both Ministers", "the Ministers", "both ministers"};
    static const char *const US[] = {"the two leaders", "they", "both sides", "the two officials", "the leaders"};
    if (doc->c) { put(&doc->out, chance(&doc->r, 50) ? "the three Ministers" : "the Ministers"); return; }
    put(&doc->out, doc->style <= JP_MOFA ? PICK(&doc->r, JP) : PICK(&doc->r, US));
}

static const char *kind_noun(Doc *doc)
{
    static const char *const TEL[] = {"telephone talk", "telephone conversation", "phone call"};
    static const char *const VID[] = {"video conference", "teleconference", "online meeting"};
    static const char *const MEET[] = {"meeting", "talks"};
    switch (doc->kind) {
    case TELEPHONE: return PICK(&doc->r, TEL);
    case VIDEO: return PICK(&doc->r, VID);
    default: return PICK(&doc->r, MEET);
    }
}

static void expand(Doc *doc, const char *tmpl);

/* True when position `at` starts a sentence: start of a line (after any
 * indentation or a paragraph number "1." / "(1)") or after a full stop. */
static int at_sentence_start(const Buf *b, size_t at)
{
    while (at > 0 && b->p[at - 1] == ' ') at--;
    if (at == 0 || b->p[at - 1] == '\n' || b->p[at - 1] == '.' || b->p[at - 1] == ':') return 1;
    return b->p[at - 1] == ')' && at >= 2 && isdigit((unsigned char)b->p[at - 2]);
}

/* "a" or "an" before `word`. */
static const char *article(const char *word)
{
    return strchr("aeiouAEIOU", word[0]) ? "an" : "a";
}

/* Emit the value of one placeholder. */
static void expand_key(Doc *doc, const char *key)
{
    Buf *b = &doc->out;
    Rng *r = &doc->r;
    if (!strcmp(key, "A")) put_host(doc);
    else if (!strcmp(key, "B")) put_guest(doc);
    else if (!strcmp(key, "BOTH")) put_both(doc);
    else if (!strcmp(key, "X")) {
        unsigned w = rnd(r, 3);
        if (w == 0) put_host(doc);
        else if (w == 1) put_guest(doc);
        else put_both(doc);
    }
    else if (!strcmp(key, "ATEXT")) put(b, doc->ca->text);
    else if (!strcmp(key, "BTEXT")) put(b, doc->cb->text);
    else if (!strcmp(key, "APOSS")) put_possessive(b, doc->ca->text);
    else if (!strcmp(key, "BPOSS")) put_possessive(b, doc->cb->text);
    else if (!strcmp(key, "APAIR")) put(b, doc->ca->pair);
    else if (!strcmp(key, "BPAIR")) put(b, doc->cb->pair);
    else if (!strcmp(key, "KIND")) put(b, kind_noun(doc));
    else if (!strcmp(key, "AREA")) expand(doc, PICK(r, AREAS));
    else if (!strcmp(key, "ISSUE")) expand(doc, PICK(r, ISSUES));
    else if (!strcmp(key, "BAD")) expand(doc, PICK(r, BAD));
    else if (!strcmp(key, "SEA")) put(b, PICK(r, SEAS));
    else if (!strcmp(key, "REGION")) expand(doc, PICK(r, REGION));
    else if (!strcmp(key, "HADR")) put(b, doc->style == JP_MOD ? "HA / DR" : "HA/DR");
    else if (!strcmp(key, "EX")) {
        int curly = chance(r, 50);
        putf(b, "%s%s%s", curly ? "\xE2\x80\x9C" : "\"", PICK(r, EXERCISES), curly ? "\xE2\x80\x9D" : "\"");
    }
    else { fprintf(stderr, "readout-gen: bad placeholder {%s}\n", key); exit(1); }
}

/* Copy `tmpl`, replacing {KEY} placeholders; a placeholder at the very
 * start of a sentence is capitalized. */
static void expand(Doc *doc, const char *tmpl)
{
    Buf *b = &doc->out;
    const char *p = tmpl;
    while (*p) {
        const char *open = strchr(p, '{');
        if (!open) { put(b, p); return; }
        put_n(b, p, (size_t)(open - p));
        const char *close = strchr(open, '}');
        char key[16];
        size_t k = (size_t)(close - open - 1);
        if (!close || k >= sizeof key) { fprintf(stderr, "readout-gen: bad template %s\n", tmpl); exit(1); }
        memcpy(key, open + 1, k);
        key[k] = '\0';
        size_t at = b->n;
        expand_key(doc, key);
        if (b->n > at && at_sentence_start(b, at)) b->p[at] = (char)toupper((unsigned char)b->p[at]);
        p = close + 1;
    }
}

/* ------------------------------------------------------------------ */
/* Body: paragraphs of stance sentences and bullet lists               */
/* ------------------------------------------------------------------ */

static void put_sentence(Doc *doc)
{
    if (doc->style == JP_MOD && chance(&doc->r, 18)) expand(doc, PICK(&doc->r, MT_ARTEFACTS));
    else expand(doc, PICK(&doc->r, STANCES));
}

static void put_bullet(Doc *doc, int glyph, int no)
{
    Buf *b = &doc->out;
    switch (glyph) {
    case 0: put(b, "\xE2\x97\x8F "); break;         /* ● */
    case 1: put(b, "\xE3\x83\xBB"); break;          /* ・ */
    case 2: putf(b, "(%d) ", no); break;
    case 3: put(b, "- "); break;
    default: put(b, "\xE2\x80\xA2 "); break;        /* • */
    }
}

/* A bullet item; long items are sometimes hard-wrapped. */
static void put_item(Doc *doc, const char *item, int glyph, int no, int last)
{
    Buf *b = &doc->out;
    put_bullet(doc, glyph, no);
    size_t start = b->n;
    expand(doc, item);
    if (doc->style == JP_MOD && chance(&doc->r, 15)) put(b, " What to do");
    else if (doc->style == JP_MOD && !last && chance(&doc->r, 20)) put(b, ",");
    if (b->n - start > 70 && chance(&doc->r, 25)) {
        char *sp = memchr(b->p + start + 50, ' ', b->n - start - 50);
        if (sp) *sp = '\n';
    }
    put(b, "\n");
}

static void put_list(Doc *doc)
{
    Buf *b = &doc->out;
    static const int GLYPHS[NSTYLES][2] = {{0, 1}, {1, 2}, {3, 4}, {3, 4}};
    int glyph = GLYPHS[doc->style][rnd(&doc->r, 2)];
    expand(doc, PICK(&doc->r, ITEM_LEADINS));
    put(b, "\n\n");
    int n = range(&doc->r, 2, 5);
    unsigned first = rnd(&doc->r, (unsigned)NELEM(ITEMS)), step = 1 + rnd(&doc->r, 3);
    for (int i = 1; i <= n; i++) /* distinct items: NELEM(ITEMS) is 15, step < 4 */
        put_item(doc, ITEMS[(first + (unsigned)(i - 1) * step) % NELEM(ITEMS)], glyph, i, i == n);
    if (doc->style == JP_MOD && chance(&doc->r, 40))
        expand(doc, "Following this, there was a suggestion from {B} that they would like to deepen these efforts.\n");
    put(b, "\n");
}

static void put_second_talk(Doc *doc);

static void gen_body(Doc *doc)
{
    Buf *b = &doc->out;
    Rng *r = &doc->r;
    /* 3..12 paragraphs, most of them 5..9 */
    int paras = 3 + (int)rnd(r, 5) + (int)rnd(r, 5) + (int)(chance(r, 30) ? rnd(r, 6) : 0);
    if (paras > 12) paras = 12;
    int list_at = chance(r, 45) ? range(r, 1, paras - 1) : -1;
    int numbered = doc->style == JP_MOFA ? (int)rnd(r, 3) : 0; /* 0 none, 1 "1.", 2 "(1)" */
    int indent = chance(r, 10);

    for (int i = 0; i < paras; i++) {
        if (i == list_at) put_list(doc);
        if (indent) put(b, " ");
        if (numbered == 1) putf(b, "%d. ", i + 1);
        else if (numbered == 2) putf(b, "(%d) ", i + 1);
        if (i == 0 && chance(r, 50)) expand(doc, PICK(r, OPENINGS));
        else if (i == paras - 1 && chance(r, 60)) expand(doc, PICK(r, CLOSINGS));
        else {
            int sentences = chance(r, 10) ? 1 : range(r, 2, 4);
            for (int s = 0; s < sentences; s++) {
                if (s) put(b, " ");
                put_sentence(doc);
            }
        }
        put(b, "\n\n");
    }
    if (chance(r, 6)) put_second_talk(doc);
}

/* ------------------------------------------------------------------ */
/* Styles: title, dateline, intro, footer                              */
/* ------------------------------------------------------------------ */

static void put_pair_title(Doc *doc)
{
    putf(&doc->out, "%s-%s", doc->ca->pair, doc->cb->pair);
    if (doc->c) putf(&doc->out, "-%s", doc->cc->pair);
}

/* "from 10:00 for about 40 minutes" / "from 10:00 to 10:40" / ... */
static void put_time_span(Doc *doc, int order)
{
    Buf *b = &doc->out;
    int h = range(&doc->r, 7, 21), mi = 5 * (int)rnd(&doc->r, 12);
    int min = random_minutes(&doc->r);
    ClockFmt f = clock_format(doc);
    if (f == C_OCLOCK) mi = 0;
    if (chance(&doc->r, 20)) {
        int end = h * 60 + mi + min;
        put(b, "from ");
        put_clock(doc, h, mi, f);
        put(b, " to ");
        put_clock(doc, (end / 60) % 24, end % 60, f == C_OCLOCK ? C_24H : f);
    } else if (order == 0) {
        put(b, "for ");
        put_duration(doc, min);
        put(b, " from ");
        put_clock(doc, h, mi, f);
    } else {
        put(b, "from ");
        put_clock(doc, h, mi, f);
        put(b, " for ");
        put_duration(doc, min);
    }
}

static void put_others(Doc *doc)
{
    Buf *b = &doc->out;
    putf(b, "%s %s %s", country(doc->b->cc)->adj, office_title(doc->b), doc->b->full);
    if (doc->c) putf(b, " and %s %s %s", country(doc->c->cc)->adj, office_title(doc->c), doc->c->full);
}

static void gen_jp_mod(Doc *doc)
{
    Buf *b = &doc->out;
    Rng *r = &doc->r;
    static const char *const KT[] = {"Telephone Talks", "Video Conference", "Meeting"};
    const char *what = KT[doc->kind];
    if (doc->c || chance(r, 40)) {
        put(b, "About the ");
        put_pair_title(doc);
        putf(b, " Defense Ministers' %s\n\n", what);
    } else {
        putf(b, "About the Japan-%s Defense Minister %s\n\n", doc->cb->pair, what);
    }
    put_date(doc, chance(r, 85) ? D_LONG : D_DMY);
    put(b, chance(r, 70) ? " (Google Translation) \xE2\x80\x93 " : " (Google Translation) - ");
    if (chance(r, 70)) putf(b, "We would like to inform you that the %s was held as follows:", kind_noun(doc));
    else put(b, "The outline is as follows.");
    put(b, "\n\n");

    if (chance(r, 50)) {
        const char *k = kind_noun(doc);
        putf(b, "%c%s %s was held between Defense Minister %s and ", toupper((unsigned char)article(k)[0]), article(k) + 1, k, doc->a->surname);
        if (doc->c) { put_others(doc); put(b, " "); }
        else putf(b, "the %s Defense Minister ", doc->cb->adj);
        put_time_span(doc, 0);
        put(b, " on ");
        put_date(doc, chance(r, 55) ? D_LONG : chance(r, 75) ? D_NO_YEAR : D_ORDINAL);
        put(b, ".\n\n");
    } else {
        put(b, "On ");
        put_date(doc, chance(r, 50) ? D_LONG : D_NO_YEAR);
        put(b, ", ");
        put_time_span(doc, 1);
        const char *k = kind_noun(doc);
        putf(b, ", Defense Minister %s held %s %s with ", doc->a->surname, article(k), k);
        put_others(doc);
        put(b, ".\n\n");
    }
    gen_body(doc);
    if (chance(r, 50)) put(b, "Related posts");
}

static void upper_surname_first(Buf *b, const char *full, const char *surname)
{
    /* "Toshimitsu Motegi" -> "MOTEGI Toshimitsu" */
    for (const char *s = surname; *s; s++) {
        char c = (char)toupper((unsigned char)*s);
        put_n(b, &c, 1);
    }
    const char *sp = strrchr(full, ' ');
    put(b, " ");
    put_n(b, full, sp ? (size_t)(sp - full) : 0);
}

static void gen_jp_mofa(Doc *doc)
{
    Buf *b = &doc->out;
    Rng *r = &doc->r;
    static const char *const KT[] = {"Telephone Talks", "Video Conference Meeting", "Foreign Ministers' Meeting"};
    if (chance(r, 50)) {
        put(b, "Japan-");
        putf(b, "%s %s\n", doc->cb->pair, doc->kind == MEETING ? KT[2] : doc->kind == VIDEO ? KT[1] : "Foreign Ministers' Telephone Talks");
    } else {
        putf(b, "%s between Foreign Minister %s and %s %s %s\n", KT[doc->kind == MEETING ? 2 : doc->kind],
             doc->a->surname, doc->cb->adj, office_title(doc->b), doc->b->surname);
    }
    if (chance(r, 50)) put(b, "\n");
    put_date(doc, chance(r, 85) ? D_LONG : D_ISO);
    put(b, "\n");
    if (chance(r, 30)) put(b, "Japanese\n");
    put(b, "\n");

    put(b, "On ");
    put_date(doc, chance(r, 70) ? D_NO_YEAR : D_LONG);
    put(b, ", ");
    put_time_span(doc, 1);
    put(b, ", Mr. ");
    if (chance(r, 50)) upper_surname_first(b, doc->a->full, doc->a->surname);
    else put(b, doc->a->full);
    const char *k = kind_noun(doc);
    putf(b, ", Minister for Foreign Affairs of Japan, held %s %s with H.E. %s, %s of %s",
         article(k), k, doc->b->full, office_title(doc->b), country(doc->b->cc)->formal);
    if (doc->c) putf(b, " and H.E. %s, %s of %s", doc->c->full, office_title(doc->c), country(doc->c->cc)->formal);
    put(b, ". The overview of the talks is as follows.\n\n");
    gen_body(doc);
    if (chance(r, 40)) put(b, "(Note: this is a provisional translation of the Japanese original.)\n");
    if (chance(r, 40)) putf(b, "Related Information (Japan-%s Relations)\n", doc->cb->pair);
}

/* A spokesperson in office in `year` (the last one if none). */
static const char *spokesperson(Rng *r, const Spokesperson *t, size_t n, int year)
{
    const char *found[8];
    unsigned k = 0;
    for (size_t i = 0; i < n && k < NELEM(found); i++)
        if (year >= t[i].from && year <= t[i].to) found[k++] = t[i].who;
    return k ? found[rnd(r, k)] : t[n - 1].who;
}

static void put_us_intro_verb(Doc *doc)
{
    Buf *b = &doc->out;
    switch (doc->kind) {
    case TELEPHONE: put(b, chance(&doc->r, 50) ? "spoke by phone with" : "held a call with"); break;
    case VIDEO: put(b, "held a video teleconference with"); break;
    default: put(b, chance(&doc->r, 50) ? "met with" : "hosted"); break;
    }
}

static void gen_us(Doc *doc)
{
    Buf *b = &doc->out;
    Rng *r = &doc->r;
    int dod = doc->style == US_DOD;
    static const char *const KT[] = {"Phone Call", "Video Teleconference", "Meeting"};
    put(b, dod ? "Readout of Secretary of Defense " : "Secretary ");
    put_possessive(b, dod ? doc->a->full : doc->a->surname);
    if (dod) putf(b, " %s With %s %s %s\n\n", KT[doc->kind], doc->cb->adj, office_title(doc->b), doc->b->full);
    else putf(b, " %s with %s %s %s\n\n", doc->kind == TELEPHONE ? "Call" : KT[doc->kind], doc->cb->adj,
              doc->b->office == FOR ? "Foreign Minister" : "Defense Minister", doc->b->surname);
    if (dod) {
        putf(b, "Release No. NR-%03d-%02d\n", range(r, 1, 999), doc->y % 100);
        put_date(doc, chance(r, 50) ? D_AP : D_LONG);
        put(b, "\n\n");
        putf(b, "%s provided the following readout:\n\n", spokesperson(r, DOD_SPOKESPEOPLE, NELEM(DOD_SPOKESPEOPLE), doc->y));
    } else {
        put(b, "Office of the Spokesperson\n");
        put_date(doc, chance(r, 70) ? D_LONG : D_WEEKDAY);
        put(b, "\n\n");
        putf(b, "The following is attributable to %s:\n\n", spokesperson(r, STATE_SPOKESPEOPLE, NELEM(STATE_SPOKESPEOPLE), doc->y));
    }
    putf(b, "%s %s ", dod ? "Secretary of Defense" : "Secretary of State", doc->a->full);
    if (chance(r, 25)) put(b, "spoke with");
    else put_us_intro_verb(doc);
    put(b, " ");
    put_others(doc);
    if (chance(r, 60)) put(b, " today");
    else { put(b, " on "); put_date(doc, D_NO_YEAR); }
    if (chance(r, 40)) expand(doc, " to discuss {ISSUE}");
    put(b, ".");
    if (chance(r, 20)) {
        put(b, " The call lasted ");
        put_duration(doc, random_minutes(r));
        put(b, ".");
    }
    put(b, "\n\n");
    gen_body(doc);
    if (chance(r, 25)) put(b, "Related posts\n");
}

/* An occasional second talk on the same day with somebody else. */
static void put_second_talk(Doc *doc)
{
    Doc saved = *doc;
    doc->b = pick_minister(&doc->r, NULL, doc->a->cc, doc->a->office, doc->y);
    doc->cb = country(doc->b->cc);
    doc->c = NULL;
    doc->kind = (Kind)rnd(&doc->r, 2);
    Buf *b = &doc->out;
    const char *k = kind_noun(doc);
    expand(doc, "On the same day, {A} also held ");
    putf(b, "%s %s with %s %s %s for ", article(k), k, doc->cb->adj, office_title(doc->b), doc->b->full);
    put_duration(doc, random_minutes(&doc->r));
    put(b, ". ");
    expand(doc, PICK(&doc->r, STANCES));
    put(b, "\n\n");
    saved.r = doc->r;
    saved.out = doc->out;
    *doc = saved;
}

/* ------------------------------------------------------------------ */
/* One document                                                        */
/* ------------------------------------------------------------------ */

static void gen_doc(Doc *doc, uint64_t seed, uint64_t index)
{
    Rng mix = {seed ^ (index * 0xD1B54A32D192ED03ull)};
    doc->r.s = rng_next(&mix) ^ rng_next(&mix);
    doc->out.n = 0;
    Rng *r = &doc->r;

    static const Style STYLE_MIX[] = {JP_MOD, JP_MOD, JP_MOD, JP_MOFA, JP_MOFA, US_DOD, US_DOD, US_STATE, US_STATE};
    doc->style = PICK(r, STYLE_MIX);
    doc->kind = (Kind)rnd(r, 3);
    Office office = (doc->style == JP_MOD || doc->style == US_DOD) ? DEF : FOR;
    doc->a = pick_minister(r, doc->style <= JP_MOFA ? "JP" : "US", NULL, office, 0);
    doc->y = range(r, doc->a->from, doc->a->to);
    doc->m = range(r, 1, 12);
    doc->d = range(r, 1, days_in_month(doc->y, doc->m));
    doc->b = pick_minister(r, NULL, doc->a->cc, office, doc->y);
    if (chance(r, 40)) doc->b = pick_minister(r, doc->style <= JP_MOFA ? "US" : "JP", NULL, office, doc->y);
    doc->c = NULL;
    if (chance(r, 8)) {
        doc->c = pick_minister(r, NULL, doc->a->cc, office, doc->y);
        if (strcmp(doc->c->cc, doc->b->cc) == 0) doc->c = NULL;
    }
    doc->ca = country(doc->a->cc);
    doc->cb = country(doc->b->cc);
    doc->cc = doc->c ? country(doc->c->cc) : NULL;

    switch (doc->style) {
    case JP_MOD: gen_jp_mod(doc); break;
    case JP_MOFA: gen_jp_mofa(doc); break;
    default: gen_us(doc); break;
    }
}

/* ------------------------------------------------------------------ */
/* Files                                                               */
/* ------------------------------------------------------------------ */

static void make_dir(const char *path)
{
    if (mkdir(path, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "readout-gen: mkdir %s: %s\n", path, strerror(errno));
        exit(1);
    }
}

static void make_dirs(const char *path) /* mkdir -p */
{
    char tmp[4096];
    size_t n = strlen(path);
    if (n == 0 || n >= sizeof tmp) { fprintf(stderr, "readout-gen: bad path\n"); exit(1); }
    memcpy(tmp, path, n + 1);
    for (size_t i = 1; i < n; i++)
        if (tmp[i] == '/') { tmp[i] = '\0'; make_dir(tmp); tmp[i] = '/'; }
    make_dir(tmp);
}

/* Write the buffer, optionally with CRLF line ends. */
static void write_doc(const char *path, const Buf *b, int crlf)
{
    FILE *f = fopen(path, "wb");
    if (!f) { fprintf(stderr, "readout-gen: %s: %s\n", path, strerror(errno)); exit(1); }
    if (!crlf) fwrite(b->p, 1, b->n, f);
    else
        for (size_t i = 0; i < b->n; i++) {
            if (b->p[i] == '\n') fputc('\r', f);
            fputc(b->p[i], f);
        }
    if (fclose(f) != 0) { fprintf(stderr, "readout-gen: %s: write failed\n", path); exit(1); }
}

static int parse_u64(const char *s, uint64_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || *end || s[0] == '-') return 0;
    *out = v;
    return 1;
}

int main(int argc, char **argv)
{
    uint64_t n, seed = 1;
    if (argc < 3 || argc > 4 || !parse_u64(argv[1], &n) || (argc == 4 && !parse_u64(argv[3], &seed))) {
        fprintf(stderr, "usage: readout-gen N OUTDIR [SEED]\n"
                        "  writes N synthetic readouts OUTDIR/DDDD/NNNNNNN.txt (1000 per directory)\n");
        return 2;
    }
    if (n > 9999999) { fprintf(stderr, "readout-gen: N must be at most 9999999\n"); return 2; }
    const char *outdir = argv[2];
    make_dirs(outdir);

    Doc doc;
    memset(&doc, 0, sizeof doc);
    char path[4200];
    uint64_t total = 0;
    for (uint64_t i = 0; i < n; i++) {
        if (i % 1000 == 0) {
            snprintf(path, sizeof path, "%s/%04u", outdir, (unsigned)(i / 1000));
            make_dir(path);
        }
        gen_doc(&doc, seed, i);
        int crlf = chance(&doc.r, 15);
        snprintf(path, sizeof path, "%s/%04u/%07u.txt", outdir, (unsigned)(i / 1000), (unsigned)i);
        write_doc(path, &doc.out, crlf);
        total += doc.out.n;
    }
    free(doc.out.p);
    printf("readout-gen: %llu documents, %llu bytes (before CRLF) in %s\n",
           (unsigned long long)n, (unsigned long long)total, outdir);
    return 0;
}
