#!/usr/bin/env bash
# No hang: a rule prone to catastrophic backtracking hits PCRE2's match limit
# on a sentence, is skipped there with a note naming it, and the run goes on.
set -u
BUILD=$1 SRC=$2
. "$SRC/tests/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp -r "$SRC/rules" "$tmp/rules"
cat > "$tmp/rules/zz-slow.rules" <<'RULE'
rule stance.catastrophic
  table    positions
  set      kind=agree
  pattern  (?:a+)+(?:$|q)
end
RULE
mkdir "$tmp/in"
cp "$SRC/corpus/docs/a01.txt" "$tmp/in/good.txt"
{ echo "Japan-Canada Defense Ministers' Telephone Talk"; echo
  echo "On November 25, 2020, Defense Minister Kishi held a telephone talk with Canadian Defense Minister Sajjan."
  echo; printf 'The two Ministers agreed %s.\n' "$(head -c 40 /dev/zero | tr '\0' a)"; } > "$tmp/in/slow.txt"
start=$(date +%s)
timeout 120 "$BUILD/readout" extract "$tmp/in" -o "$tmp/out" -q --jobs 1 --rules "$tmp/rules"
rc=$?
expect "run finishes (exit 0)" test $rc -eq 0
expect "within a minute" test $(( $(date +%s) - start )) -lt 60
expect "the note names the rule" grep -q "^slow.txt,.*rule 'stance.catastrophic' skipped in a sentence: match limit reached" "$tmp/out/documents.csv"
expect "the other document is intact" grep -q '^good.txt,ok,' "$tmp/out/documents.csv"
expect "the other rules still ran on it" grep -q '^slow.txt,1,1,agree,' "$tmp/out/positions.csv"
finish
