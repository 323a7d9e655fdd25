#!/usr/bin/env bash
# valgrind reports no leak and no error on a corpus run.  PCRE2's JIT code
# reads ahead of its subject, which valgrind reports as uninitialised reads,
# so this run uses the PCRE2 interpreter (READOUT_NO_JIT=1); ASan covers the
# JIT build (tests/sanitizers.sh).
set -u
BUILD=$1 SRC=$2
. "$SRC/tests/lib.sh"
command -v valgrind >/dev/null || skip "valgrind not installed"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
READOUT_NO_JIT=1 valgrind -q --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
  --error-exitcode=9 "$BUILD/readout" extract "$SRC/corpus/docs" -o "$tmp" -q --jobs 2 --trace \
  --rules "$SRC/rules" 2>"$tmp/vg.log"
rc=$?
cat "$tmp/vg.log" | head -30
expect "no valgrind errors or leaks" test $rc -eq 0
finish
