#!/usr/bin/env bash
# output/ holds the committed result of `readout extract corpus/ -o output/`:
# a rule change shows its effect as a diff of the CSV in review.
set -u
BUILD=$1 SRC=$2
. "$SRC/tests/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$BUILD/readout" extract "$SRC/corpus/" -o "$tmp" -q --rules "$SRC/rules"
expect "extract corpus exits 0" test $? -eq 0
for t in documents talks participants positions cooperation_items; do
  if diff -u "$SRC/output/$t.csv" "$tmp/$t.csv" >"$tmp/$t.diff"; then ok "output/$t.csv is fresh"
  else not_ok "output/$t.csv differs from a fresh run (rerun the main job):"; head -40 "$tmp/$t.diff"; fi
done
finish
