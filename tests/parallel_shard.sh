#!/usr/bin/env bash
# --jobs 1 and --jobs 4 give the same bytes; --shard K/3 + merge equals one run.
set -u
BUILD=$1 SRC=$2
. "$SRC/tests/lib.sh"
R="$BUILD/readout"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
docs="$SRC/corpus/docs"
"$R" extract "$docs" -o "$tmp/j1" -q --jobs 1 --trace --rules "$SRC/rules"
"$R" extract "$docs" -o "$tmp/j4" -q --jobs 4 --trace --rules "$SRC/rules"
expect "jobs 1 and jobs 4 identical" diff -r "$tmp/j1" "$tmp/j4"
for k in 1 2 3; do "$R" extract "$docs" -o "$tmp/s$k" -q --shard $k/3 --trace --rules "$SRC/rules"; done
n=0; for k in 1 2 3; do n=$((n + $(wc -l < "$tmp/s$k/documents.csv") - 1)); done
expect "shards cover every document once" test "$n" -eq "$(($(wc -l < "$tmp/j1/documents.csv") - 1))"
"$R" merge "$tmp/s1" "$tmp/s2" "$tmp/s3" -o "$tmp/merged"
expect "merge exits 0" test $? -eq 0
expect "3 shards merged equal one run" diff -r "$tmp/j1" "$tmp/merged"
# stdin
"$R" extract - -o "$tmp/stdin" -q --rules "$SRC/rules" < "$docs/a01.txt"
expect "stdin doc is named -" grep -q '^-,ok,' "$tmp/stdin/documents.csv"
finish
