#!/usr/bin/env bash
# tests/fuzz/run.sh SECONDS — build the libFuzzer targets and run each one
# for SECONDS (default 60).  See tests/fuzz/README.md.
#
#   build:   build-fuzz/ (clang, -DREADOUT_FUZZ=ON, Debug, readout_core
#            instrumented too), clang and libclang-rt-dev installed with
#            apt-get only when a fuzzer cannot be linked
#   corpus:  build-fuzz/corpus-<target>/, seeded from corpus/docs (text
#            targets) or rules/*.rules (the parser); it is kept between runs
#   finds:   crash-*, timeout-*, oom-*, leak-* are copied to
#            tests/fuzz/regressions/<target>/ (replay with replay.sh)
#
# Exit status: 0 when every target ran clean, 1 when one found a crash,
# 2 when the fuzzers could not be built.  Last line: "N passed, M failed".
set -u -o pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root" || exit 2

secs=${1:-60}
if ! [[ $secs =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: tests/fuzz/run.sh SECONDS" >&2
    exit 2
fi

targets=(fuzz_read_segment fuzz_rules_parse fuzz_extract_doc)
build="build-fuzz"

fail_setup() {
    echo "run.sh: $*" >&2
    echo "0 passed, ${#targets[@]} failed"
    exit 2
}

# A toolchain that can link a libFuzzer binary.
can_link_fuzzer() {
    command -v clang >/dev/null 2>&1 || return 1
    local d
    d=$(mktemp -d) || return 1
    printf '#include <stdint.h>\n#include <stddef.h>\nint LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }\n' >"$d/t.c"
    clang -fsanitize=fuzzer,address,undefined "$d/t.c" -o "$d/t" >/dev/null 2>&1
    local rc=$?
    rm -rf "$d"
    return $rc
}

if ! can_link_fuzzer; then
    echo "run.sh: clang cannot link a fuzzer; installing clang libclang-rt-dev" >&2
    sudo=
    [[ $(id -u) -ne 0 ]] && sudo=sudo
    if ! { $sudo apt-get update -qq && $sudo apt-get install -y -qq clang libclang-rt-dev; } >&2; then
        fail_setup "apt-get install clang libclang-rt-dev failed"
    fi
    can_link_fuzzer || fail_setup "clang still cannot link -fsanitize=fuzzer"
fi

# CMakeLists.txt instruments readout_core too when READOUT_FUZZ is on.
echo "== build ($build)"
cmake -S . -B "$build" -DCMAKE_C_COMPILER=clang -DREADOUT_FUZZ=ON -DCMAKE_BUILD_TYPE=Debug \
    -DBUILD_TESTING=OFF >"$build.configure.log" 2>&1 ||
    { cat "$build.configure.log" >&2; fail_setup "cmake configure failed"; }
rm -f "$build.configure.log"
cmake --build "$build" -j"$(nproc 2>/dev/null || echo 2)" --target "${targets[@]}" ||
    fail_setup "build failed"

export READOUT_RULES=${READOUT_RULES:-$root/rules}
# fuzz_rules_parse copies the rules into $TMPDIR; a crash exits without
# cleaning up, so give it a directory of ours and remove that at the end.
fuzz_tmp=$(mktemp -d "${TMPDIR:-/tmp}/readout-fuzz.XXXXXX") || exit 2
trap 'rm -rf "$fuzz_tmp"' EXIT
export TMPDIR=$fuzz_tmp
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
# glibc thread set-up blocks a racing exit-time leak check reports; see the file.
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/lsan.supp:print_suppressions=0}

passed=0 failed=0
summary=()
for t in "${targets[@]}"; do
    corpus=$build/corpus-$t
    art=$build/artifacts-$t
    log=$build/$t.log
    mkdir -p "$corpus" "$art"
    rm -f "$art"/*
    if [[ $t == fuzz_rules_parse ]]; then
        cp -n rules/*.rules "$corpus"/ 2>/dev/null
    else
        cp -n corpus/docs/* "$corpus"/ 2>/dev/null
    fi

    echo "== $t: ${secs}s (log: $log)"
    "$build/$t" -max_total_time="$secs" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$art/" "$corpus" >"$log" 2>&1
    rc=$?

    finds=()
    for f in "$art"/crash-* "$art"/timeout-* "$art"/oom-* "$art"/leak-*; do
        [[ -f $f ]] && finds+=("$f")
    done
    if ((${#finds[@]})); then
        mkdir -p "tests/fuzz/regressions/$t"
        cp "${finds[@]}" "tests/fuzz/regressions/$t/"
    fi

    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1)
    line="$t: ${execs:-?} execs, ${rate:-?}/s, ${cov:-no coverage line}"
    if ((rc == 0 && ${#finds[@]} == 0)); then
        passed=$((passed + 1))
        summary+=("ok    $line")
    else
        failed=$((failed + 1))
        summary+=("FAIL  $line (exit $rc)")
        # The report: each find run once more with full stacks (the slow
        # unwinder also walks pcre2 and utf8proc), or the log's own.
        report='^==[0-9]+==ERROR|runtime error|libFuzzer: (deadly|timeout|out-of-memory|fuzz target exited)'
        if ((${#finds[@]} == 0)); then
            grep -m1 -A30 -E "$report" "$log" >&2
        fi
        for f in "${finds[@]}"; do
            echo "-- $t: kept tests/fuzz/regressions/$t/$(basename "$f")" >&2
            ASAN_OPTIONS="$ASAN_OPTIONS:fast_unwind_on_malloc=0" \
                "$build/$t" -timeout=10 -rss_limit_mb=2048 "$f" 2>&1 |
                grep -m1 -A30 -E "$report" >&2
        done
    fi
done

echo
printf '%s\n' "${summary[@]}"
echo "$passed passed, $failed failed"
((failed == 0))
