# lib.sh — shared by the shell tests: pass/fail counting and the closing
# line "N passed, M failed".  Tests run with LC_ALL=C and no colour.
export LC_ALL=C
PASSED=0
FAILED=0
ok() { PASSED=$((PASSED + 1)); echo "ok - $*"; }
not_ok() { FAILED=$((FAILED + 1)); echo "not ok - $*"; }
# expect NAME COMMAND...: passes when the command succeeds
expect() { local name=$1; shift; if "$@"; then ok "$name"; else not_ok "$name"; fi; }
finish() { echo "$PASSED passed, $FAILED failed"; [ "$FAILED" -eq 0 ]; }
skip() { echo "skipped: $*"; exit 77; }
