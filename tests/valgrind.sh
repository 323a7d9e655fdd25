#!/usr/bin/env bash
# valgrind reports no leak and no error on a corpus run.  PCRE2's JIT code
# reads ahead of its subject, which valgrind reports as uninitialised reads,
# so this run uses the PCRE2 interpreter (READOUT_NO_JIT=1); ASan covers the
# JIT build (tests/sanitizers.sh).  Valgrind's run is some fifty times
# slower than a plain one, so it reads a share of the corpus -- every k-th
# document, 1200 to 2400 of them, spread over every genre's -- that does
# not grow with it (ASan reads all of them).
set -u
BUILD=$1 SRC=$2
. "$SRC/tests/lib.sh"
command -v valgrind >/dev/null || skip "valgrind not installed"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/out"
corpus_sample "$SRC" "$tmp/docs" 1200
n=$(ls "$SRC/corpus/docs" | wc -l)
expect "a sample of the corpus to read" test "$(ls "$tmp/docs" | wc -l)" -ge $(( n < 1200 ? n : 1200 ))
READOUT_NO_JIT=1 valgrind -q --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
  --error-exitcode=9 "$BUILD/readout" extract "$tmp/docs" -o "$tmp/out" -q --jobs 2 --trace \
  --rules "$SRC/rules" 2>"$tmp/vg.log"
rc=$?
cat "$tmp/vg.log" | head -30
expect "no valgrind errors or leaks" test $rc -eq 0
finish
