/* fuzz_common.h — what the three libFuzzer targets share.
 *
 * The rule set is loaded once, before the first input, from $READOUT_RULES
 * or from "rules" relative to the current directory (run.sh and replay.sh
 * set READOUT_RULES to the checkout's rules/).  It is read-only afterwards,
 * as in the real program.  A rules directory that does not load stops the
 * fuzzer before it starts: that is a setup mistake, not a finding.
 */
#ifndef READOUT_FUZZ_COMMON_H
#define READOUT_FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "diag.h"
#include "rules.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *fuzz_rules_dir(void) {
    const char *d = getenv("READOUT_RULES");
    return d && *d ? d : "rules";
}

/* Loads the rule set in `dir` or exits with status 2 and the reason. */
static ruleset_t *fuzz_load_rules_or_die(const char *dir) {
    err_t err = {0};
    ruleset_t *rs = rules_load(dir, &err);
    if (!rs) {
        fprintf(stderr, "fuzz: cannot load the rules in '%s' (set READOUT_RULES): ", dir);
        err_print(&err, stderr);
        exit(2);
    }
    return rs;
}

/* Keeps reads of the outputs from being optimized away. */
static volatile size_t fuzz_sink;

#endif
