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
# (a share of the corpus, every k-th readout -- 300 to 600 of them -- with
# its gold: these are checks of the command, which ASan runs too; the
# corpus's scores are eval_corpus's)
corpus_sample "$SRC" "$tmp/docs" 300
mkdir "$tmp/gold"
for t in documents talks participants positions cooperation_items; do
  awk -F, 'NR == FNR { keep[$1] = 1; next } FNR == 1 || ($1 in keep)' "$tmp/docs.list" "$SRC/corpus/gold/$t.csv" >"$tmp/gold/$t.csv"
done
DOCS="$tmp/docs" GOLD="$tmp/gold"
cat > "$tmp/rules/zz-planted.rules" <<'RULE'
rule stance.planted
  table    positions
  set      kind=praise
  priority 5
  pattern  \b(?<verb>ministers)\b
  example  the two ministers => kind=praise
end
RULE
out=$("$R" eval --docs "$DOCS" --gold "$GOLD" --rules "$tmp/rules" --diff)
expect "a spurious row names the planted rule" grep -q '^SPURIOUS positions .*\[rule stance.planted\]' <<<"$out"
expect "missed rows are listed" bash -c "'$R' eval --docs '$DOCS' --gold '$GOLD' --rules '$SRC/rules' --diff | grep -q '^MISS\|^FIELD'"
"$R" eval --docs "$DOCS" --gold "$GOLD" --rules "$tmp/rules" --min-f1 0.999 >/dev/null 2>&1
expect "--min-f1 above the score exits 1" test $? -eq 1
# (one run for both)
json=$("$R" eval --docs "$DOCS" --gold "$GOLD" --rules "$SRC/rules" --json --min-f1 0.5 2>/dev/null)
expect "--min-f1 below the score exits 0" test $? -eq 0
ndocs=$(ls "$DOCS" | wc -l)
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
