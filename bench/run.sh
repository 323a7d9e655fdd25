#!/usr/bin/env bash
# bench/run.sh — throughput and peak-memory benchmark of `readout extract`
# on synthetic readouts made by bench/gen.c.  See bench/README.md.
#
#   bench/run.sh [N]        N documents (default 100000, ~250 MB): four cases
#                           (1x/4x rules, --jobs 1 / all cores) and ratios
#   bench/run.sh --rss-1g   ~1 GB (400000 documents): peak RSS, --jobs 1 and all cores
#   bench/run.sh --gen-only [N]   only generate the documents and print their directory
#
# Environment:
#   READOUT_BENCH_DIR   work directory (default ${TMPDIR:-/tmp}/readout-bench);
#                       generated documents are kept there and reused
#   READOUT_BENCH_SEED  generator seed (default 1)
#   READOUT_BIN         binary to measure (default build/readout, built with cmake if missing)
set -euo pipefail
export LC_ALL=C

usage() {
    awk 'NR > 1 && /^#/ {sub(/^# ?/, ""); print; next} NR > 1 {exit}' "${BASH_SOURCE[0]}"
}

die() { echo "bench/run.sh: $*" >&2; exit 1; }

# ---------------------------------------------------------------- arguments
MODE=speed
N=100000
case "${1:-}" in
    -h|--help) usage; exit 0 ;;
    --rss-1g) MODE=rss; N=400000; shift ;;
    --gen-only) MODE=gen; shift ;;
esac
if [[ $MODE != rss && $# -gt 0 ]]; then
    [[ $1 =~ ^[1-9][0-9]{0,6}$ ]] || { usage >&2; die "N must be a whole number from 1 to 9999999, got '$1'"; }
    N=$1; shift
fi
[[ $# -eq 0 ]] || { usage >&2; die "unexpected argument '$1'"; }

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
SEED=${READOUT_BENCH_SEED:-1}
[[ $SEED =~ ^[0-9]+$ ]] || die "READOUT_BENCH_SEED must be a whole number"
BASE=${READOUT_BENCH_DIR:-${TMPDIR:-/tmp}/readout-bench}
GEN=build/readout-gen
BIN=${READOUT_BIN:-build/readout}
CORES=$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)
mkdir -p "$BASE"

# ---------------------------------------------------------------- generator and documents
if [[ ! -x $GEN || bench/gen.c -nt $GEN ]]; then
    echo "building $GEN" >&2
    mkdir -p build
    cc -O2 -std=c11 -o "$GEN" bench/gen.c
fi

DOCS=$BASE/docs-n$N-s$SEED
STAMP=$DOCS.stamp
WANT="n=$N seed=$SEED gen=$(cksum < bench/gen.c | cut -d' ' -f1)"
if [[ -d $DOCS && -f $STAMP && $(head -n1 "$STAMP") == "$WANT" ]]; then
    echo "reusing $DOCS" >&2
else
    echo "generating $N documents into $DOCS" >&2
    rm -rf "$DOCS" "$STAMP"
    "$GEN" "$N" "$DOCS" "$SEED" >&2
    BYTES=$(find "$DOCS" -type f -name '*.txt' -printf '%s\n' | awk '{s += $1} END {printf "%d", s}')
    printf '%s\nbytes=%s\n' "$WANT" "$BYTES" > "$STAMP"
fi
BYTES=$(sed -n 's/^bytes=//p' "$STAMP")
[[ -n $BYTES ]] || die "bad stamp $STAMP"

if [[ $MODE == gen ]]; then
    echo "$DOCS"
    exit 0
fi

# ---------------------------------------------------------------- GNU time
if [[ ! -x /usr/bin/time ]]; then
    echo "installing GNU time (apt-get install time)" >&2
    SUDO=
    [[ $(id -u) -eq 0 ]] || SUDO=sudo
    $SUDO apt-get install -y time >&2 || { $SUDO apt-get update >&2 && $SUDO apt-get install -y time >&2; } \
        || die "cannot install GNU time; install the 'time' package"
fi
/usr/bin/time -f '%e %M' -o /dev/null true 2>/dev/null || die "/usr/bin/time is not GNU time (needs -f and -o)"

# ---------------------------------------------------------------- readout
if [[ ! -x $BIN ]]; then
    [[ -z ${READOUT_BIN:-} ]] || die "READOUT_BIN=$BIN is not an executable"
    echo "building the project (cmake, Release)" >&2
    if ! { cmake -S . -B build -DCMAKE_BUILD_TYPE=Release && cmake --build build -j; } >&2; then
        die "build failed"
    fi
    [[ -x $BIN ]] || die "the build did not produce $BIN"
fi

# ---------------------------------------------------------------- rules duplicated four times
# Every *.rules file gets three extra copies NAME.dupK.rules (K = 2..4) in which
# each line "rule ID..." (keyword at column 1) becomes "rule ID.dupK...".
make_rules_x4() {
    local dir=$1
    rm -rf "$dir"
    cp -R rules "$dir"
    local files=() f k
    mapfile -d '' files < <(find "$dir" -type f -name '*.rules' -print0 | sort -z)
    for f in "${files[@]}"; do
        for k in 2 3 4; do
            sed -E "s/^rule ([A-Za-z0-9_][A-Za-z0-9_.-]*)/rule \\1.dup$k/" "$f" > "${f%.rules}.dup$k.rules"
        done
    done
    RULE_FILES=${#files[@]}
    RULE_COUNT=0
    if ((RULE_FILES > 0)); then
        RULE_COUNT=$(cat "${files[@]}" | grep -cE '^rule [A-Za-z0-9_]' || true)
    fi
}

# ---------------------------------------------------------------- one case
declare -A WALL RSS
FAILED=0
OUT=$BASE/out

# run_case KEY LABEL ARGS... : runs `readout extract DOCS -o OUT -q ARGS...`
run_case() {
    local key=$1 label=$2; shift 2
    local log=$BASE/$key.log tfile=$BASE/$key.time rc=0 t0 t1
    rm -rf "$OUT"
    mkdir -p "$OUT"
    t0=$(date +%s%N)
    /usr/bin/time -f '%e %M' -o "$tfile" "$BIN" extract "$DOCS" -o "$OUT" -q "$@" > "$log" 2>&1 || rc=$?
    t1=$(date +%s%N)
    if ((rc != 0)); then
        printf '%-28s FAILED (exit %d), last lines of %s:\n' "$label" "$rc" "$log"
        tail -n 5 "$log" | sed 's/^/    /'
        FAILED=1
        rm -rf "$OUT"
        return 0
    fi
    local wall rss_kb
    wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", (b - a) / 1e9}')
    rss_kb=$(tail -n1 "$tfile" | awk '{print $2}')
    WALL[$key]=$wall
    RSS[$key]=$rss_kb
    awk -v l="$label" -v w="$wall" -v n="$N" -v by="$BYTES" -v kb="$rss_kb" 'BEGIN {
        printf "%-28s %9.2f %11.0f %9.1f %12.1f\n", l, w, n / w, by / 1e6 / w, kb * 1024 / 1e6 }'
    if [[ -f $OUT/documents.csv ]]; then
        local rows
        rows=$(($(wc -l < "$OUT/documents.csv") - 1))
        ((rows == N)) || echo "    warning: documents.csv has $rows lines after the header, expected $N" >&2
    else
        echo "    warning: no $OUT/documents.csv" >&2
    fi
    rm -rf "$OUT"
}

ratio() { # ratio A B -> A/B, or "n/a"
    if [[ -n ${1:-} && -n ${2:-} ]]; then awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; else echo n/a; fi
}

# ---------------------------------------------------------------- run
echo "warming the page cache" >&2
find "$DOCS" -type f -name '*.txt' -print0 | xargs -0 cat > /dev/null

awk -v n="$N" -v by="$BYTES" -v c="$CORES" -v s="$SEED" -v d="$DOCS" 'BEGIN {
    printf "readout benchmark: %d documents, %.1f MB, %d cores, seed %s\n  (%s)\n", n, by / 1e6, c, s, d }'
printf '%-28s %9s %11s %9s %12s\n' "case" "wall s" "docs/s" "MB/s" "peak RSS MB"

if [[ $MODE == rss ]]; then
    run_case j1 "1x rules, --jobs 1" --jobs 1
    run_case jn "1x rules, all $CORES cores"
    echo
    mb() { if [[ -n ${1:-} ]]; then awk -v k="$1" 'BEGIN {printf "%.1f MB", k * 1024 / 1e6}'; else echo n/a; fi; }
    echo "peak RSS on $(awk -v b="$BYTES" 'BEGIN {printf "%.2f GB", b / 1e9}') of input:  --jobs 1 $(mb "${RSS[j1]:-}"),  all $CORES cores $(mb "${RSS[jn]:-}")"
else
    make_rules_x4 "$BASE/rules-x4"
    run_case j1 "1x rules, --jobs 1" --jobs 1
    run_case jn "1x rules, all $CORES cores"
    run_case r4j1 "4x rules, --jobs 1" --jobs 1 --rules "$BASE/rules-x4"
    run_case r4jn "4x rules, all $CORES cores" --rules "$BASE/rules-x4"
    echo
    echo "speed-up, all $CORES cores over --jobs 1:  1x rules $(ratio "${WALL[j1]:-}" "${WALL[jn]:-}"),  4x rules $(ratio "${WALL[r4j1]:-}" "${WALL[r4jn]:-}")"
    echo "time(4x rules) / time(1x rules):       --jobs 1 $(ratio "${WALL[r4j1]:-}" "${WALL[j1]:-}"),  all cores $(ratio "${WALL[r4jn]:-}" "${WALL[jn]:-}")"
    echo "(rules: $RULE_FILES .rules files, $RULE_COUNT rules; 4x = $((RULE_COUNT * 4)) rules)"
    ((RULE_FILES > 0)) || echo "warning: no *.rules files under rules/, the 4x cases measure the same rule set" >&2
fi
exit "$FAILED"
