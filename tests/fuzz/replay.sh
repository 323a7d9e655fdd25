#!/usr/bin/env bash
# tests/fuzz/replay.sh BUILD_DIR — run every input kept in
# tests/fuzz/regressions/<target>/ once through BUILD_DIR/<target> (the
# libFuzzer binary executes the files named on its command line once each).
#
# Exit status: 0 when all pass, 1 when one crashes, times out, runs out of
# memory or leaks again, 77 (skipped) when there is no fuzz build or no
# regression file.  Last line: "N passed, M failed" (regression files).
set -u -o pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)

if (($# != 1)); then
    echo "usage: tests/fuzz/replay.sh BUILD_DIR" >&2
    exit 2
fi
build=$1
[[ -d $build ]] || { echo "skipped: no build directory '$build'"; exit 77; }
build=$(cd "$build" && pwd)

have_build=0
for b in "$build"/fuzz_*; do
    [[ -x $b && -f $b ]] && have_build=1
done
((have_build)) || { echo "skipped: no fuzz build in $build (configure with -DREADOUT_FUZZ=ON)"; exit 77; }

shopt -s nullglob
files=("$here"/regressions/*/*)
shopt -u nullglob
regs=()
for f in "${files[@]}"; do [[ -f $f ]] && regs+=("$f"); done
((${#regs[@]})) || { echo "skipped: no regression files in tests/fuzz/regressions/"; exit 77; }

export READOUT_RULES=${READOUT_RULES:-$root/rules}
# fuzz_rules_parse copies the rules into $TMPDIR; a crash exits without
# cleaning up, so give it a directory of ours and remove that at the end.
fuzz_tmp=$(mktemp -d "${TMPDIR:-/tmp}/readout-fuzz.XXXXXX") || exit 2
trap 'rm -rf "$fuzz_tmp"' EXIT
export TMPDIR=$fuzz_tmp
# The slow unwinder: full stacks through libraries built without frame
# pointers (pcre2, utf8proc); speed does not matter for a replay.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:fast_unwind_on_malloc=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
# glibc thread set-up blocks a racing exit-time leak check reports; see the file.
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/lsan.supp:print_suppressions=0}

passed=0 failed=0
for f in "${regs[@]}"; do
    t=$(basename "$(dirname "$f")")
    name="$t/$(basename "$f")"
    bin=$build/$t
    if [[ ! -x $bin ]]; then
        echo "FAIL  $name: no binary $bin"
        failed=$((failed + 1))
        continue
    fi
    out=$("$bin" -timeout=10 -rss_limit_mb=2048 "$f" 2>&1)
    rc=$?
    if ((rc == 0)); then
        echo "ok    $name"
        passed=$((passed + 1))
    else
        echo "FAIL  $name (exit $rc)"
        grep -m1 -A25 -E '^==[0-9]+==ERROR|runtime error|libFuzzer: (deadly|timeout|out-of-memory|fuzz target exited)' <<<"$out" | sed 's/^/      /'
        failed=$((failed + 1))
    fi
done
echo "$passed passed, $failed failed"
((failed == 0))
