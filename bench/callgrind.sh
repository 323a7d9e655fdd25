#!/usr/bin/env bash
# bench/callgrind.sh [N] [RULES_DIR] — instructions per document, the
# measure that does not move with the host's load: callgrind counts the
# instructions of `readout extract --jobs 1` on N generated documents
# (default 200) and on none, and prints startup, the total, and
# (total - startup) / N.  Run it before and after a rules change: a needed
# literal that nearly every sentence contains shows as a jump here.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-200}
rules=${2:-rules}
command -v valgrind >/dev/null || { echo "bench/callgrind.sh: valgrind is not installed" >&2; exit 2; }
bin=${READOUT_BIN:-build/readout}
[[ -x $bin ]] || { echo "bench/callgrind.sh: no $bin (build first)" >&2; exit 2; }
docs=$(bench/run.sh --gen-only "$n" | tail -1)
empty=$(mktemp -d "${TMPDIR:-/tmp}/readout-cg-empty.XXXXXX")
out=$(mktemp -d "${TMPDIR:-/tmp}/readout-cg-out.XXXXXX")
trap 'rm -rf "$empty" "$out"' EXIT
count() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" extract "$1" -o "$out" -q --jobs 1 \
        --rules "$rules" 2>&1 | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
total=$(count "$docs")
startup=$(count "$empty")
echo "documents:     $n ($docs)"
echo "startup:       $startup instructions"
echo "total:         $total instructions"
echo "per document:  $(( (total - startup) / n )) instructions"
