#!/usr/bin/env bash
# eval --diff names the rule behind a spurious row (checked by planting a
# bad rule in a copy of the rules); explain shows each position row of the
# seed with its triggering span and rule; --min-f1 and --json work.
set -u
BUILD=$1 SRC=$2
. "$SRC/tests/lib.sh"
R="$BUILD/readout"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp -r "$SRC/rules" "$tmp/rules"
cat > "$tmp/rules/zz-planted.rules" <<'RULE'
rule stance.planted
  table    positions
  set      kind=praise
  priority 5
  pattern  \b(?<verb>ministers)\b
  example  the two ministers => kind=praise
end
RULE
out=$("$R" eval --docs "$SRC/corpus/docs" --gold "$SRC/corpus/gold" --rules "$tmp/rules" --diff)
expect "a spurious row names the planted rule" grep -q '^SPURIOUS positions .*\[rule stance.planted\]' <<<"$out"
expect "missed rows are listed" bash -c "'$R' eval --docs '$SRC/corpus/docs' --gold '$SRC/corpus/gold' --rules '$SRC/rules' --diff | grep -q '^MISS\|^FIELD'"
"$R" eval --docs "$SRC/corpus/docs" --gold "$SRC/corpus/gold" --rules "$tmp/rules" --min-f1 0.999 >/dev/null 2>&1
expect "--min-f1 above the score exits 1" test $? -eq 1
# (one run for both: each eval of the whole corpus costs the suite time)
json=$("$R" eval --docs "$SRC/corpus/docs" --gold "$SRC/corpus/gold" --rules "$SRC/rules" --json --min-f1 0.5 2>/dev/null)
expect "--min-f1 below the score exits 0" test $? -eq 0
ndocs=$(find "$SRC/corpus/docs" -name '*.txt' | wc -l)
expect "--json is one object" grep -q "^{\"docs\": $ndocs, \"tables\": {\"documents\"" <<<"$json"
SEED="$SRC/../shared/seed/japan-canada-2020-11-25.txt"
if [ -f "$SEED" ]; then
  ex=$("$R" explain "$SEED" --rules "$SRC/rules")
  n=$(grep -c -- '-> positions .*\[rule stance\.' <<<"$ex")
  expect "explain shows all 15 seed positions with their rule" test "$n" -eq 15
  expect "explain shows the triggering span" grep -q 'stance.invite.passive .*"was invited"' <<<"$ex"
  ex=$("$R" explain "$SEED" --rules "$SRC/rules" --rule stance.agree)
  expect "--rule filters" test "$(grep -c -- '-> positions' <<<"$ex")" -eq 2
else
  echo "skipped explain cases: seed absent"
fi
finish
