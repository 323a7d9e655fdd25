#!/usr/bin/env bash
# Corpus scores, gated per table at the level reached (thresholds only go
# up).  Usage: eval_gates.sh BUILD SRC corpus|dev
set -u
BUILD=$1 SRC=$2 WHICH=$3
. "$SRC/tests/lib.sh"
if [ "$WHICH" = dev ]; then
  D="$SRC/../shared/corpus-dev"
  [ -d "$D/docs" ] || skip "$D is absent"
  GATES="$SRC/tests/gates-dev.txt"
else
  D="$SRC/corpus"
  GATES="$SRC/tests/gates-corpus.txt"
fi
out=$("$BUILD/readout" eval --docs "$D/docs" --gold "$D/gold" --rules "$SRC/rules" --json); rc=$?
expect "eval runs" test $rc -eq 0
echo "$out"
# gates file: table field minimum   (field "f1" is the table's F1)
while read -r table field min; do
  case "$table" in ''|'#'*) continue ;; esac
  if [ "$field" = f1 ]; then
    got=$(grep -o "\"$table\": {\"precision\": [0-9.]*, \"recall\": [0-9.]*, \"f1\": [0-9.]*" <<<"$out" | grep -o '[0-9.]*$')
  else
    got=$(grep -o "\"$table\": {[^}]*}" <<<"$out" | grep -o "\"$field\": [0-9.]*" | grep -o '[0-9.]*$')
  fi
  if [ -n "$got" ] && awk -v g="$got" -v m="$min" 'BEGIN { exit !(g + 0 >= m + 0) }'; then
    ok "$WHICH $table $field $got >= $min"
  else
    not_ok "$WHICH $table $field ${got:-missing} < $min"
  fi
done < "$GATES"
finish
