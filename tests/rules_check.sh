#!/usr/bin/env bash
# `readout rules check` passes on the shipped rules and fails, naming the
# place, on a broken copy; extract refuses broken rules before writing.
set -u
BUILD=$1 SRC=$2
. "$SRC/tests/lib.sh"
R="$BUILD/readout"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
out=$("$R" rules check --rules "$SRC/rules" 2>&1); rc=$?
expect "shipped rules pass" test $rc -eq 0
expect "examples counted" grep -q "examples: [0-9]* passed, 0 failed" <<<"$out"
n=$(grep -o 'examples: [0-9]*' <<<"$out" | grep -o '[0-9]*')
expect "at least 200 examples" test "${n:-0}" -ge 200
cp -r "$SRC/rules" "$tmp/rules"
# break one pattern: an unclosed group in the first pattern of time.rules
line=$(grep -n '^  pattern' "$tmp/rules/time.rules" | head -1 | cut -d: -f1)
sed -i "${line}s/\$/(/" "$tmp/rules/time.rules"
msg=$("$R" rules check --rules "$tmp/rules" 2>&1); rc=$?
expect "broken copy exits 2" test $rc -eq 2
expect "message names FILE:LINE:COL" grep -q "time.rules:$line:[0-9]*: in rule '[a-z._]*': missing closing parenthesis" <<<"$msg"
"$R" extract "$SRC/corpus/docs" -o "$tmp/out" -q --rules "$tmp/rules" 2>/dev/null; rc=$?
expect "extract with broken rules exits 2" test $rc -eq 2
expect "and writes nothing" test ! -e "$tmp/out"
# a failing example is reported with its line
cp -r "$SRC/rules" "$tmp/rules2"
printf 'rule test.bad\n  table    positions\n  set      kind=agree\n  pattern  \\bconcurred\\b\n  example  They agreed.\nend\n' > "$tmp/rules2/zz.rules"
msg=$("$R" rules check --rules "$tmp/rules2" 2>&1); rc=$?
expect "failing example exits 2" test $rc -eq 2
expect "failing example named" grep -q "zz.rules:5:1: rule 'test.bad': example did not match" <<<"$msg"
# room to grow: the largest compiled pattern is reported, and a hundred more
# titles (a user's edit of titles.tsv) still load
expect "largest pattern reported" grep -q "^largest pattern: [a-z._]*, [0-9]* KB of PCRE2's [0-9]* KB" <<<"$out"
cp -r "$SRC/rules" "$tmp/rules3"
for i in $(seq 1 100); do printf 'Minister for Test Affairs and Region Number %d\tother\n' "$i"; done >> "$tmp/rules3/titles.tsv"
"$R" rules check --rules "$tmp/rules3" >/dev/null 2>&1; rc=$?
expect "a hundred more titles still load" test $rc -eq 0
# past PCRE2's limit a rule is compiled in parts, each with a share of the
# titles, and still matches them all: a title sorted last and one sorted
# first (the shipped examples check the rest)
for i in $(seq 1 3000); do printf 'Deputy Minister for Test Affairs of Province %d\tother\n' "$i"; done >> "$tmp/rules3/titles.tsv"
line=$(grep -n '^rule person.title_name' "$tmp/rules3/participants.rules" | cut -d: -f1)
sed -i "$((line + 1))a\\  example  Zambia's Deputy Minister for Test Affairs of Province 2999 Taro Yamada met => name=\"Taro Yamada\" country=ZM title=\"Deputy Minister for Test Affairs of Province 2999\"\n  example  the Acting Defence Minister of Zambia, Taro Yamada, met => country=ZM title=\"Acting Defence Minister\"" "$tmp/rules3/participants.rules"
msg=$("$R" rules check --rules "$tmp/rules3" 2>&1); rc=$?
expect "three thousand more titles load" test $rc -eq 0
expect "their rule is compiled in parts" grep -q "^in parts: person.title_name, [2-8] patterns" <<<"$msg"
expect "and its examples pass, one per part's end" grep -q "examples: $((n + 2)) passed, 0 failed" <<<"$msg"
# past what eight parts hold the message names the rule and how to make room
cp -r "$SRC/rules" "$tmp/rules5"
awk 'BEGIN { srand(7); for (i = 0; i < 60000; i++) { t = ""; for (k = 0; k < 14; k++) t = t sprintf("%c", 97 + int(rand() * 26)); print "Minister " t "\tother" } }' >> "$tmp/rules5/titles.tsv"
msg=$("$R" rules check --rules "$tmp/rules5" 2>&1); rc=$?
expect "too large exits 2" test $rc -eq 2
expect "too large names the rule and the way out" grep -q "participants.rules:[0-9]*:1: in rule 'person.[a-z_]*': regular expression is too large (over 64 KB compiled, even in 8 parts): .*(?(DEFINE)" <<<"$msg"
# a lexicon entry the rule's needs would never let run is a warning naming
# the entry's line (the shipped rules have none)
expect "shipped rules: no unreachable entries" test -z "$(grep -i 'warning\|^needs:' <<<"$out")"
cp -r "$SRC/rules" "$tmp/rules4"
printf 'saw\\s+eye\\s+to\\s+eye\n' >> "$tmp/rules4/lexicons/stance_agree.lex"
last=$(wc -l < "$tmp/rules4/lexicons/stance_agree.lex")
msg=$("$R" rules check --rules "$tmp/rules4" 2>&1); rc=$?
expect "an unreachable entry is a warning, not an error" test $rc -eq 0
expect "warning names the entry's line and the rule" grep -q "stance_agree.lex:$last:1: warning: no 'needs' of rule 'stance.agree'" <<<"$msg"
expect "and is counted" grep -q "^needs: 1 lexicon entry no 'needs' admits" <<<"$msg"
finish
