#!/usr/bin/env bash
# The real readout in ../shared/seed must come out exactly as the SPEC's
# worked example: tests/golden/seed/*.csv hold that expectation.
set -u
BUILD=$1 SRC=$2
. "$SRC/tests/lib.sh"
SEED="$SRC/../shared/seed"
[ -d "$SEED" ] || skip "$SEED is absent"
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
"$BUILD/readout" extract "$SEED" -o "$out" -q --rules "$SRC/rules" --jobs 2
expect "extract exits 0" test $? -eq 0
for t in documents talks participants positions cooperation_items; do
  if diff -u "$SRC/tests/golden/seed/$t.csv" "$out/$t.csv"; then ok "seed $t.csv"; else not_ok "seed $t.csv"; fi
done
finish
