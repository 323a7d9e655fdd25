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
# corpus_sample SRC DIR MIN: links into DIR every k-th readout of SRC's
# corpus (sorted by name), k chosen so that MIN to 2*MIN of them are taken
# (all when there are fewer), and lists their names in DIR.list -- a share
# of every genre that does not grow with the corpus
corpus_sample() {
  local docs n step
  docs=$(cd "$1/corpus/docs" && pwd)
  n=$(ls "$docs" | wc -l)
  step=$(( n / $3 > 1 ? n / $3 : 1 ))
  mkdir -p "$2"
  ls "$docs" | sort | awk -v s="$step" 'NR % s == 1 || s == 1' >"$2.list"
  while read -r f; do ln -s "$docs/$f" "$2/$f"; done <"$2.list"
}
