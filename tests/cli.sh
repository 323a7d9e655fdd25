#!/usr/bin/env bash
# The command line: help, version, usage errors and exit codes, the
# inspection subcommands, --strict, --trace offsets into the original bytes.
set -u
BUILD=$1 SRC=$2
. "$SRC/tests/lib.sh"
R="$BUILD/readout"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
expect "--version" bash -c "'$R' --version | grep -q '^readout '"
for c in extract normalize segment rules eval explain merge; do
  expect "$c --help" bash -c "'$R' $c --help | grep -q '^usage: readout $c'"
done
"$R" frobnicate 2>/dev/null; expect "unknown command exits 2" test $? -eq 2
"$R" extract --bogus x 2>/dev/null; expect "unknown option exits 2" test $? -eq 2
"$R" extract /no/such/path -o "$tmp/o" 2>"$tmp/err"; expect "missing input exits 2" test $? -eq 2
expect "missing input named" grep -q "/no/such/path" "$tmp/err"
"$R" extract "$SRC/corpus/docs/a01.txt" --jobs 0 2>/dev/null; expect "--jobs 0 is a usage error" test $? -eq 2
expect "normalize prints text" bash -c "'$R' normalize '$SRC/corpus/docs/a01.txt' --rules '$SRC/rules' | grep -q ."
expect "segment labels units" bash -c "'$R' segment '$SRC/corpus/docs/a01.txt' --rules '$SRC/rules' | grep -q '^sentence'"
printf '' > "$tmp/empty.txt"; cp "$SRC/corpus/docs/a01.txt" "$tmp/"
"$R" extract "$tmp/empty.txt" "$tmp/a01.txt" -o "$tmp/o" -q --strict --rules "$SRC/rules"
expect "--strict with an empty doc exits 1" test $? -eq 1
"$R" extract "$tmp/a01.txt" -o "$tmp/o2" -q --strict --rules "$SRC/rules"
expect "--strict with all ok exits 0" test $? -eq 0
# --trace: every matches.csv offset pair cuts the original bytes at the text
"$R" extract "$SRC/corpus/docs" -o "$tmp/t" -q --trace --rules "$SRC/rules"
expect "matches.csv written" test -s "$tmp/t/matches.csv"
bad=$(awk -F, 'NR>1 && $1 ~ /^a0[0-9]\.txt$/ && $3=="talks" {print $1" "$4" "$5}' "$tmp/t/matches.csv" | head -50 |
  while read -r doc s e; do
    got=$(dd if="$SRC/corpus/docs/$doc" bs=1 skip="$s" count=$((e - s)) 2>/dev/null | tr -s ' \r\n' '   ')
    [ -n "$got" ] || echo "$doc $s $e"
  done | wc -l)
expect "trace offsets point into the original bytes" test "$bad" -eq 0
finish
