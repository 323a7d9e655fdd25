/* explain.h — `readout explain`: a document sentence by sentence, with every
 * span a rule matched (rule id, fields captured) and the rows it became.
 */
#ifndef READOUT_EXPLAIN_H
#define READOUT_EXPLAIN_H

#include <stdio.h>

#include "rules.h"

int explain_file(const ruleset_t *rs, const char *path, const char *only_rule, bool colour,
                 FILE *out);

#endif
