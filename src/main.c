/* main.c — the command line: parse arguments, call the stages.
 *
 *   readout extract PATH... [-o DIR] [--rules DIR] [--jobs N] [--trace]
 *                   [--excel] [--strict] [--shard K/N] [-q]
 *   readout normalize FILE        readout segment FILE
 *   readout rules check           readout explain FILE [--rule ID]
 *   readout eval [--docs DIR] [--gold DIR] [--diff] [--json] [--min-f1 X]
 *   readout merge DIR... -o DIR
 *
 * Exit status: 0 done; 1 a document not ok under --strict, or eval below
 * --min-f1; 2 usage, rules or output errors.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "eval.h"
#include "explain.h"
#include "extract.h"
#include "norm.h"
#include "read.h"
#include "run.h"
#include "segment.h"

#ifndef READOUT_VERSION
#define READOUT_VERSION "0"
#endif

typedef struct {
    const char *rules_dir;
    const char *out;
    const char *docs, *gold, *rule;
    int jobs;
    bool trace, excel, strict, quiet, diff, json, help, all_files;
    double min_f1;
    size_t max_bytes;
    int shard_k, shard_n;
    const char *paths[4096];
    int npaths;
} cli_t;

typedef struct {
    const char *name, *usage, *help;
    int (*fn)(cli_t *c, const char *argv0);
} command_t;

static int cmd_extract(cli_t *c, const char *argv0);
static int cmd_normalize(cli_t *c, const char *argv0);
static int cmd_segment(cli_t *c, const char *argv0);
static int cmd_rules(cli_t *c, const char *argv0);
static int cmd_eval(cli_t *c, const char *argv0);
static int cmd_explain(cli_t *c, const char *argv0);
static int cmd_merge(cli_t *c, const char *argv0);

static const command_t commands[] = {
    {"extract", "readout extract PATH... [-o DIR] [--rules DIR] [--jobs N] [--trace] [--excel] [--strict] [--shard K/N] [--all-files] [-q]",
     "Reads readouts (files, directories walked recursively, - for stdin) and writes the\n"
     "SPEC's tables into DIR (default output/): documents.csv, talks.csv, participants.csv,\n"
     "positions.csv, cooperation_items.csv, and matches.csv with --trace.\n"
     "  -o DIR        output directory (created when missing)\n"
     "  --rules DIR   rule directory (default: $READOUT_RULES, next to the binary, install prefix)\n"
     "  --jobs N      worker threads (default: online CPUs)\n"
     "  --trace       also write matches.csv: every rule match with original byte offsets\n"
     "  --excel       BOM, CRLF, and cells starting with = + - @ TAB CR prefixed with '\n"
     "  --strict      exit 1 when a document is not ok\n"
     "  --shard K/N   only the inputs of shard K of N (by a hash of the doc name)\n"
     "  --max-bytes N skip inputs larger than N bytes (default 64 MiB)\n"
     "  --all-files   in directories, read every file (default: *.txt, no hidden files)\n"
     "  -q            no progress and no per-document messages",
     cmd_extract},
    {"normalize", "readout normalize FILE [--rules DIR]",
     "Prints the normalized text of FILE (- for stdin).", cmd_normalize},
    {"segment", "readout segment FILE [--rules DIR]",
     "Prints the title, dateline, paragraphs, sentences and lists of FILE, one per line, labelled.",
     cmd_segment},
    {"rules", "readout rules check [--rules DIR]",
     "Compiles every rule and runs its examples; reports mistakes as FILE:LINE:COL.", cmd_rules},
    {"eval", "readout eval [--docs DIR] [--gold DIR] [--diff] [--json] [--min-f1 X] [--rules DIR]",
     "Extracts DIR (default corpus/docs) and scores it against gold tables (default corpus/gold)\n"
     "as the SPEC's Scoring section says.\n"
     "  --diff       list missed rows, spurious rows with their rule, wrong fields\n"
     "  --json       print the figures as JSON\n"
     "  --min-f1 X   exit 1 when any table's F1 is below X",
     cmd_eval},
    {"explain", "readout explain FILE [--rule ID] [--rules DIR]",
     "Shows FILE sentence by sentence with the spans each rule matched, their fields, and\n"
     "the rows they became (colour on a terminal).",
     cmd_explain},
    {"merge", "readout merge DIR... -o DIR",
     "Joins the tables of several shard outputs into one, in the SPEC's row order.", cmd_merge},
};
#define NCOMMANDS (sizeof commands / sizeof *commands)

static void usage(FILE *to) {
    fprintf(to, "readout %s — English readouts of ministerial talks to CSV tables\n\nusage:\n",
            READOUT_VERSION);
    for (size_t i = 0; i < NCOMMANDS; i++) fprintf(to, "  %s\n", commands[i].usage);
    fprintf(to, "\n  readout COMMAND --help   more about one command\n  readout --version\n"
                "\nexit status: 0 done; 1 a document not ok under --strict (or eval below --min-f1);\n"
                "2 usage, rules or output errors\n");
}

static int bad_usage(const command_t *c, const char *fmt, const char *arg) {
    fprintf(stderr, "readout: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\nusage: %s\n", c->usage);
    return EXIT_FATAL;
}

static int parse(const command_t *cmd, cli_t *c, int argc, char **argv) {
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        const char *next = i + 1 < argc ? argv[i + 1] : NULL;
#define NEED()                                                                 \
    do {                                                                       \
        if (!next) return bad_usage(cmd, "option '%s' needs a value", a);      \
        i++;                                                                   \
    } while (0)
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) c->help = true;
        else if (!strcmp(a, "-o") || !strcmp(a, "--output")) {
            NEED();
            c->out = next;
        }
        else if (!strcmp(a, "--rules")) {
            NEED();
            c->rules_dir = next;
        }
        else if (!strcmp(a, "--docs")) {
            NEED();
            c->docs = next;
        }
        else if (!strcmp(a, "--gold")) {
            NEED();
            c->gold = next;
        }
        else if (!strcmp(a, "--rule")) {
            NEED();
            c->rule = next;
        }
        else if (!strcmp(a, "--jobs") || !strcmp(a, "-j")) {
            NEED();
            c->jobs = atoi(next);
            if (c->jobs < 1 || c->jobs > 256) return bad_usage(cmd, "--jobs wants 1..256, not '%s'", next);
        } else if (!strcmp(a, "--min-f1")) {
            NEED();
            char *end;
            c->min_f1 = strtod(next, &end);
            if (*end || c->min_f1 < 0 || c->min_f1 > 1)
                return bad_usage(cmd, "--min-f1 wants a number from 0 to 1, not '%s'", next);
        } else if (!strcmp(a, "--shard")) {
            NEED();
            if (sscanf(next, "%d/%d", &c->shard_k, &c->shard_n) != 2 || c->shard_n < 1 ||
                c->shard_k < 1 || c->shard_k > c->shard_n)
                return bad_usage(cmd, "--shard wants K/N with 1 <= K <= N, not '%s'", next);
        } else if (!strcmp(a, "--max-bytes")) {
            NEED();
            char *end;
            c->max_bytes = strtoull(next, &end, 10);
            if (*end || !c->max_bytes) return bad_usage(cmd, "--max-bytes wants a positive number, not '%s'", next);
        } else if (!strcmp(a, "--trace")) c->trace = true;
        else if (!strcmp(a, "--excel")) c->excel = true;
        else if (!strcmp(a, "--all-files")) c->all_files = true;
        else if (!strcmp(a, "--strict")) c->strict = true;
        else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) c->quiet = true;
        else if (!strcmp(a, "--diff")) c->diff = true;
        else if (!strcmp(a, "--json")) c->json = true;
        else if (a[0] == '-' && a[1]) return bad_usage(cmd, "unknown option '%s'", a);
        else if (c->npaths < (int)(sizeof c->paths / sizeof *c->paths)) c->paths[c->npaths++] = a;
#undef NEED
    }
    return -1;
}

static ruleset_t *load_rules(cli_t *c, const char *argv0, bool run_examples) {
    char *dir = rules_find_dir(c->rules_dir, argv0);
    err_t err = {0};
    ruleset_t *rs = rules_load(dir, &err);
    free(dir);
    if (!rs) {
        err_print(&err, stderr);
        return NULL;
    }
    if (run_examples) {
        check_result_t res;
        if (!check_rules(rs, NULL, &res, &err)) {
            err_print(&err, stderr);
            diag("%d rule example%s failed: run 'readout rules check' for all", res.failed,
                 res.failed == 1 ? "" : "s");
            rules_free(rs);
            return NULL;
        }
    }
    return rs;
}

static int cmd_extract(cli_t *c, const char *argv0) {
    if (!c->npaths) return bad_usage(&commands[0], "%s", "no input given");
    ruleset_t *rs = load_rules(c, argv0, true);
    if (!rs) return EXIT_FATAL;
    walk_spec_t spec = {(char *const *)c->paths, c->npaths, c->all_files, c->shard_k, c->shard_n};
    err_t err = {0};
    walker_t *walker = walker_new(&spec, &err);
    if (!walker) {
        err_print(&err, stderr);
        rules_free(rs);
        return EXIT_FATAL;
    }
    run_opts_t o = {0};
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    o.jobs = c->jobs ? c->jobs : (cpus > 0 ? (int)cpus : 1);
    o.trace = c->trace;
    o.excel = c->excel;
    o.strict = c->strict;
    o.quiet = c->quiet;
    o.max_bytes = c->max_bytes ? c->max_bytes : READ_DEFAULT_MAX_BYTES;
    run_install_signals();
    int rc = run_extract(rs, walker, c->out ? c->out : "output", &o);
    walker_free(walker);
    rules_free(rs);
    return rc;
}

/* normalize and segment: one document through the first stages. */
static doc_t *one_doc(cli_t *c, const command_t *cmd, ruleset_t *rs, worker_t *w) {
    err_t err = {0};
    if (c->npaths != 1) {
        bad_usage(cmd, "%s", "give exactly one FILE");
        return NULL;
    }
    doc_t *d = read_one(c->paths[0], &err);
    if (!d) {
        err_print(&err, stderr);
        return NULL;
    }
    norm_doc(d, rs, w);
    return d;
}

static int with_doc(cli_t *c, const char *argv0, const command_t *cmd, bool segment) {
    ruleset_t *rs = load_rules(c, argv0, false);
    if (!rs) return EXIT_FATAL;
    worker_t *w = worker_new(rs);
    doc_t *d = one_doc(c, cmd, rs, w);
    int rc = EXIT_FATAL;
    if (d) {
        if (d->status == DOC_SKIPPED) diag("%s: skipped: %s", d->path, sbuf_str(&d->note));
        if (segment) {
            seg_doc(d, rs, w);
            seg_print(d, stdout);
        } else {
            fwrite(d->text, 1, d->len, stdout);
            if (d->len && d->text[d->len - 1] != '\n') fputc('\n', stdout);
        }
        rc = d->status == DOC_SKIPPED ? EXIT_NOT_OK : EXIT_DONE;
        doc_free(d);
    }
    worker_free(w);
    rules_free(rs);
    return rc;
}

static int cmd_normalize(cli_t *c, const char *argv0) { return with_doc(c, argv0, &commands[1], false); }
static int cmd_segment(cli_t *c, const char *argv0) { return with_doc(c, argv0, &commands[2], true); }

static int cmd_rules(cli_t *c, const char *argv0) {
    if (c->npaths != 1 || strcmp(c->paths[0], "check"))
        return bad_usage(&commands[3], "%s", "the only rules subcommand is 'check'");
    ruleset_t *rs = load_rules(c, argv0, false);
    if (!rs) return EXIT_FATAL;
    check_result_t res;
    err_t err = {0};
    bool ok = check_rules(rs, stderr, &res, &err);
    printf("%zu rules, %zu lexicons, %zu countries, %zu office holders, %zu topic patterns\n",
           rs->rules.n, rs->lexicons.n, rs->countries.n, rs->holders.n, rs->topics.n);
    printf("examples: %d passed, %d failed\n", res.passed, res.failed);
    if (res.unreachable)
        printf("needs: %d lexicon entr%s no 'needs' admits (warnings above)\n", res.unreachable,
               res.unreachable == 1 ? "y" : "ies");
    if (res.largest)
        printf("largest pattern: %s, %zu KB of PCRE2's %zu KB\n", res.largest->id,
               (res.largest_size + 512) / 1024, (res.size_limit + 1) / 1024);
    for (size_t i = 0; res.in_parts && i < rs->rules.n; i++) {
        const rule_t *r = rs->rules.v[i];
        if (r->nparts && !r->shares_code)
            printf("in parts: %s, %d patterns (a lexicon too large for one, split among them)\n",
                   r->id, r->nparts);
    }
    rules_free(rs);
    return ok ? EXIT_DONE : EXIT_FATAL;
}

static int cmd_eval(cli_t *c, const char *argv0) {
    ruleset_t *rs = load_rules(c, argv0, true);
    if (!rs) return EXIT_FATAL;
    eval_opts_t o = {c->docs ? c->docs : "corpus/docs", c->gold ? c->gold : "corpus/gold",
                     c->diff, c->json, c->min_f1, c->jobs};
    int rc = eval_run(rs, &o, stdout);
    rules_free(rs);
    return rc;
}

static int cmd_explain(cli_t *c, const char *argv0) {
    ruleset_t *rs = load_rules(c, argv0, false);
    if (!rs) return EXIT_FATAL;
    int rc = EXIT_FATAL;
    if (c->npaths != 1) bad_usage(&commands[5], "%s", "give exactly one FILE");
    else rc = explain_file(rs, c->paths[0], c->rule, isatty(STDOUT_FILENO), stdout);
    rules_free(rs);
    return rc;
}

static int cmd_merge(cli_t *c, const char *argv0) {
    (void)argv0;
    if (!c->npaths || !c->out) return bad_usage(&commands[6], "%s", "give shard directories and -o DIR");
    return eval_merge(c->paths, c->npaths, c->out);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        usage(stderr);
        return EXIT_FATAL;
    }
    if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "-V")) {
        printf("readout %s\n", READOUT_VERSION);
        return EXIT_DONE;
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
        usage(stdout);
        return EXIT_DONE;
    }
    for (size_t i = 0; i < NCOMMANDS; i++) {
        if (strcmp(argv[1], commands[i].name)) continue;
        cli_t c;
        memset(&c, 0, sizeof c);
        int rc = parse(&commands[i], &c, argc - 2, argv + 2);
        if (rc >= 0) return rc;
        if (c.help) {
            printf("usage: %s\n\n%s\n", commands[i].usage, commands[i].help);
            return EXIT_DONE;
        }
        return commands[i].fn(&c, argv[0]);
    }
    fprintf(stderr, "readout: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return EXIT_FATAL;
}
