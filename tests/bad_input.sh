#!/usr/bin/env bash
# tests/bad_input.sh BUILD_DIR SOURCE_DIR — the bad-input suite.
#
# Every case builds its inputs in a fresh temp dir next to one good readout
# (corpus/docs/a01.txt copied as good.txt) and checks the exit code, the
# documents.csv row of the bad input (status, and a note naming the problem)
# and that good.txt's rows in every table are byte for byte those of a
# reference run on good.txt alone.  Then: output directories that are
# missing, in the way, read-only, full (RLIMIT_FSIZE) or interrupted
# (SIGTERM, SIGINT); spreadsheet safety (--excel); mistakes in rule files.
#
# Only bash, coreutils, grep, awk (mawk is enough) and cmp: CSV is read by
# the small awk parser below.  Prints "ok - NAME" or "not ok - NAME: why"
# per case, then "N passed, M failed" (", K skipped" when some were).
set -u
export LC_ALL=C
unset CDPATH GREP_OPTIONS
umask 022

if [ $# -ne 2 ]; then
    echo "usage: $0 BUILD_DIR SOURCE_DIR" >&2
    exit 2
fi
BUILD=$(cd "$1" && pwd) || exit 2
SRC=$(cd "$2" && pwd) || exit 2
RO=$BUILD/readout
RULES=$SRC/rules
if [ ! -x "$RO" ]; then
    echo "no readout binary in $BUILD" >&2
    exit 2
fi

T=$(mktemp -d "${TMPDIR:-/tmp}/readout-bad.XXXXXX") || exit 2
cleanup() {
    chmod -R u+rwx "$T" 2>/dev/null
    rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
chmod 755 "$T" # so that the cases run as nobody can reach their dirs

PASSED=0 FAILED=0 SKIPPED=0
CASE= WHY= CD= NCASE=0 RC=0

. "$(dirname "${BASH_SOURCE[0]}")/cases.sh"

# ---- cases ----------------------------------------------------------------
TABLES="documents talks participants positions cooperation_items"

begin() {
    CASE=$1
    WHY=
    NCASE=$((NCASE + 1))
    CD=$T/case$NCASE
    mkdir -p "$CD/in"
    cp "$T/good.txt" "$CD/in/good.txt"
}
# rx SECONDS LOG ARGS...: runs readout under timeout; sets RC; LOG.out, LOG.err
rx() {
    local secs=$1 log=$2
    shift 2
    timeout -k 5 "$secs" "$RO" "$@" >"$log.out" 2>"$log.err" </dev/null
    RC=$?
    if [ "$RC" -eq 124 ] || [ "$RC" -eq 137 ]; then
        bad "readout $1 did not finish within ${secs}s (hang?)"
    elif [ "$RC" -gt 128 ]; then
        bad "readout $1 died by signal $((RC - 128)): $(tail -c 300 "$log.err")"
    fi
}
# extract_case [TIMEOUT] [EXTRA ARGS...]: extract $CD/in into $CD/out
extract_case() {
    local secs=300
    if [ $# -gt 0 ] && [[ $1 =~ ^[0-9]+$ ]]; then secs=$1; shift; fi
    rx "$secs" "$CD/log" extract "$CD/in" -o "$CD/out" --rules "$RULES" "$@"
}
expect_rc() {
    [ "$RC" -eq "$1" ] || bad "exit code $RC, want $1 (stderr: $(tail -c 300 "$CD/log.err"))"
}
# expect_doc OUT DOC STATUS_ERE NOTE_ERE: one documents.csv row for DOC with
# that status, and a note matching NOTE_ERE (case-insensitive; "" = any)
expect_doc() {
    local out=$1 doc=$2 st=$3 re=$4 n s note
    if [ ! -f "$out/documents.csv" ]; then
        bad "no documents.csv"
        return
    fi
    n=$(csv count "$out/documents.csv" "$doc")
    if [ "$n" != 1 ]; then
        bad "documents.csv has $n rows for '$doc', want 1"
        return
    fi
    s=$(csv get "$out/documents.csv" "$doc" status)
    note=$(csv get "$out/documents.csv" "$doc" note)
    [[ $s =~ ^($st)$ ]] || bad "status of '$doc' is '$s', want '$st' (note: '$note')"
    if [ -n "$re" ] && ! printf '%s' "$note" | grep -Eqi -- "$re"; then
        bad "note of '$doc' is '$note', want /$re/"
    fi
}
doc_cell() { csv get "$1/documents.csv" "$2" "$3"; }
# expect_talks OUT DOC: DOC has at least one row in talks.csv
expect_talks() {
    local n
    n=$(csv count "$1/talks.csv" "$2")
    [ "$n" -ge 1 ] 2>/dev/null || bad "talks.csv has no row for '$2' (the talk was not extracted)"
}
# good_intact OUT: good.txt's rows in every table are the reference rows
good_intact() {
    local out=$1 t
    for t in $TABLES; do
        if [ ! -f "$out/$t.csv" ]; then
            bad "no $t.csv"
            continue
        fi
        csv rows "$out/$t.csv" good.txt >"$CD/good.$t"
        cmp -s "$CD/good.$t" "$T/ref.$t" || bad "good.txt's rows in $t.csv differ from the reference run"
    done
}
# same_talks_as_good OUT DOC: DOC's talks.csv rows are good.txt's reference
# rows but for the doc cell, and its documents.csv row has good.txt's title,
# published, translation, talks and sentences
same_talks_as_good() {
    local out=$1 doc=$2 field
    field=$(csv_field "$doc")
    csv rows "$out/talks.csv" "$doc" >"$CD/same.talks"
    awk -v f="$field" 'BEGIN { n = length(f) + 1 } { print "good.txt" substr($0, n) }' "$CD/same.talks" >"$CD/same.talks.asgood"
    cmp -s "$CD/same.talks.asgood" "$T/ref.talks" || bad "talks.csv rows of '$doc' differ from good.txt's"
    for field in title published translation talks sentences; do
        [ "$(doc_cell "$out" "$doc" $field)" = "$(doc_cell "$T/ref" good.txt $field)" ] ||
            bad "documents.csv $field of '$doc' is '$(doc_cell "$out" "$doc" $field)', good.txt has '$(doc_cell "$T/ref" good.txt $field)'"
    done
}
no_tmp_left() {
    local f
    for f in "$1"/.*.tmp.*; do
        [ -e "$f" ] || [ -L "$f" ] || continue
        bad "temporary file left behind: ${f##*/}"
    done
}
# same_tables A B: every table file in A is byte for byte the one in B
same_tables() {
    local t
    for t in $TABLES; do
        cmp -s "$1/$t.csv" "$2/$t.csv" || bad "$t.csv is not the previous one byte for byte"
    done
}

# tables_utf8 OUT: every table is valid UTF-8 (the SPEC's tables are UTF-8)
AWK_UTF8='
BEGIN {
    v = "[\302-\337][\200-\277]|\340[\240-\277][\200-\277]|[\341-\354\356\357][\200-\277][\200-\277]|\355[\200-\237][\200-\277]|\360[\220-\277][\200-\277][\200-\277]|[\361-\363][\200-\277][\200-\277][\200-\277]|\364[\200-\217][\200-\277][\200-\277]"
}
{ line = $0; gsub(v, "", line); if (line ~ /[\200-\377]/ && !first) first = FNR }
END { if (first) { print first; exit 1 } }'
tables_utf8() {
    local t at
    for t in $TABLES; do
        [ -f "$1/$t.csv" ] || continue
        at=$(awk "$AWK_UTF8" "$1/$t.csv") || bad "$t.csv is not valid UTF-8 (line $at)"
    done
}

# Running as another user, for the permission cases when we are root.
NOBODY=()
IS_ROOT=0
[ "$(id -u)" = 0 ] && IS_ROOT=1
if [ $IS_ROOT = 1 ] && command -v setpriv >/dev/null 2>&1 &&
    setpriv --reuid=65534 --regid=65534 --clear-groups "$RO" --version >/dev/null 2>&1 &&
    setpriv --reuid=65534 --regid=65534 --clear-groups test -r "$RULES/talks.rules"; then
    NOBODY=(setpriv --reuid=65534 --regid=65534 --clear-groups)
fi

# to_utf16 le|be FILE: FILE (ASCII) as UTF-16 with a BOM
to_utf16() {
    local s c i
    s=$(
        cat "$2"
        printf x
    )
    s=${s%x}
    if [ "$1" = le ]; then printf '\377\376'; else printf '\376\377'; fi
    for ((i = 0; i < ${#s}; i++)); do
        c=${s:i:1}
        if [ "$1" = le ]; then printf '%s\0' "$c"; else printf '\0%s' "$c"; fi
    done
}

# ---- the reference run ------------------------------------------------------
cp "$SRC/corpus/docs/a01.txt" "$T/good.txt" || exit 2
CD=$T
rx 300 "$T/ref" extract "$T/good.txt" -o "$T/ref" --rules "$RULES" -q
if [ "$RC" -ne 0 ] || [ "$(csv count "$T/ref/documents.csv" good.txt 2>/dev/null)" != 1 ]; then
    echo "not ok - reference run on good.txt alone: exit $RC: $(tail -c 300 "$T/ref.err" | tr '\n' ' ')"
    echo "0 passed, 1 failed"
    exit 1
fi
for t in $TABLES; do csv rows "$T/ref/$t.csv" good.txt >"$T/ref.$t"; done
if [ ! -s "$T/ref.talks" ]; then
    echo "# note: the reference run found no talk in good.txt"
fi

# A short readout, ASCII only, for the encodings.
cat >"$T/short.txt" <<'EOF'
Japan-Australia Defense Ministers' Telephone Talks

March 3, 2021 (Google Translation) -

From 9:00 to 9:30 on March 3, 2021, a telephone conference was held between Defense Minister Kishi and Australian Defense Minister Reynolds.

The two Ministers agreed to continue to cooperate closely.
EOF

# ---- inputs ---------------------------------------------------------------

begin "empty file"
: >"$CD/in/empty.txt"
extract_case -q
expect_rc 0
expect_doc "$CD/out" empty.txt empty 'empty'
[ "$(doc_cell "$CD/out" empty.txt bytes)" = 0 ] || bad "bytes of empty.txt is not 0"
good_intact "$CD/out"
end_case

begin "white space only"
printf ' \t \n\n\r\n   \n\t' >"$CD/in/blank.txt"
extract_case -q
expect_rc 0
expect_doc "$CD/out" blank.txt empty 'white ?space|blank|no text'
good_intact "$CD/out"
end_case

begin "Unicode white space only (NBSP, zero-width space, U+3000)"
# The SPEC's normalization removes no-break and zero-width spaces and folds
# white space (NFKC makes U+3000 a space): nothing is left, so 'empty'.
printf '\302\240 \342\200\213\n\343\200\200\n\342\200\213\n' >"$CD/in/ublank.txt"
extract_case -q
expect_rc 0
expect_doc "$CD/out" ublank.txt empty 'white ?space|blank|no text|empty'
good_intact "$CD/out"
end_case

UTF8_NOTE='U\+FFFD|invalid UTF-8'
begin "invalid UTF-8: truncated sequence"
# the good readout cut in the middle of a 3-byte sequence, and one inside
{
    printf 'Japan-Canada \342\202 Defense Ministers Talks\n'
    tail -n +2 "$T/good.txt"
    printf '\342\202'
} >"$CD/in/trunc.txt"
extract_case -q
expect_rc 0
expect_doc "$CD/out" trunc.txt repaired "$UTF8_NOTE"
tables_utf8 "$CD/out"
expect_talks "$CD/out" trunc.txt
good_intact "$CD/out"
end_case

begin "invalid UTF-8: overlong encoding (C0 AF)"
{
    printf 'Japan-Canada \300\257 Defense Ministers Talks\n'
    tail -n +2 "$T/good.txt"
} >"$CD/in/overlong.txt"
extract_case -q
expect_rc 0
expect_doc "$CD/out" overlong.txt repaired "$UTF8_NOTE"
tables_utf8 "$CD/out"
expect_talks "$CD/out" overlong.txt
[[ $(doc_cell "$CD/out" overlong.txt title) == *'/'* ]] && bad "the overlong C0 AF was decoded as '/'"
good_intact "$CD/out"
end_case

begin "invalid UTF-8: encoded surrogate (ED A0 80)"
{
    printf 'Japan-Canada \355\240\200 Defense Ministers Talks\n'
    tail -n +2 "$T/good.txt"
} >"$CD/in/surrogate.txt"
extract_case -q
expect_rc 0
expect_doc "$CD/out" surrogate.txt repaired "$UTF8_NOTE"
tables_utf8 "$CD/out"
expect_talks "$CD/out" surrogate.txt
good_intact "$CD/out"
end_case

begin "invalid UTF-8: stray continuation bytes"
{
    printf 'Japan-Canada \200\277\200 Defense Ministers Talks\n'
    tail -n +2 "$T/good.txt"
} >"$CD/in/stray.txt"
extract_case -q
expect_rc 0
expect_doc "$CD/out" stray.txt repaired "$UTF8_NOTE"
tables_utf8 "$CD/out"
expect_talks "$CD/out" stray.txt
good_intact "$CD/out"
end_case

begin "UTF-16LE with BOM"
to_utf16 le "$T/short.txt" >"$CD/in/utf16le.txt"
extract_case -q
expect_rc 0
expect_doc "$CD/out" utf16le.txt repaired 'converted from UTF-16LE'
tables_utf8 "$CD/out"
expect_talks "$CD/out" utf16le.txt
[ "$(doc_cell "$CD/out" utf16le.txt title)" = "Japan-Australia Defense Ministers' Telephone Talks" ] ||
    bad "title of utf16le.txt is '$(doc_cell "$CD/out" utf16le.txt title)'"
good_intact "$CD/out"
end_case

begin "UTF-16BE with BOM"
to_utf16 be "$T/short.txt" >"$CD/in/utf16be.txt"
extract_case -q
expect_rc 0
expect_doc "$CD/out" utf16be.txt repaired 'converted from UTF-16BE'
tables_utf8 "$CD/out"
expect_talks "$CD/out" utf16be.txt
[ "$(doc_cell "$CD/out" utf16be.txt title)" = "Japan-Australia Defense Ministers' Telephone Talks" ] ||
    bad "title of utf16be.txt is '$(doc_cell "$CD/out" utf16be.txt title)'"
good_intact "$CD/out"
end_case

begin "Shift_JIS / CP932 bytes"
# 日本国防衛大臣 in Shift_JIS, then CP932's NEC circled one and wave dash
{
    printf '\223\372\226\173\215\221\226\150\211\161\221\345\220\142 \207\100 \201\140\n'
    cat "$T/good.txt"
} >"$CD/in/sjis.txt"
extract_case -q
expect_rc 0
expect_doc "$CD/out" sjis.txt repaired "$UTF8_NOTE|Shift_JIS|CP932"
tables_utf8 "$CD/out"
good_intact "$CD/out"
end_case

begin "NUL bytes in the middle"
{
    head -c 400 "$T/good.txt"
    printf '\0\0\0'
    tail -c +401 "$T/good.txt"
} >"$CD/in/nul.txt"
extract_case -q
expect_rc 0
expect_doc "$CD/out" nul.txt skipped 'NUL'
good_intact "$CD/out"
end_case

begin "50 MB single line"
yes 'word' | tr '\n' ' ' | head -c 52428800 >"$CD/in/huge.txt"
extract_case 900 -q
expect_rc 0
# ok, or skipped with a reason
st=$(doc_cell "$CD/out" huge.txt status)
if [ "$st" = skipped ]; then
    expect_doc "$CD/out" huge.txt skipped '.'
else
    expect_doc "$CD/out" huge.txt ok ''
fi
[ "$(doc_cell "$CD/out" huge.txt bytes)" = 52428800 ] || bad "bytes of huge.txt is '$(doc_cell "$CD/out" huge.txt bytes)'"
good_intact "$CD/out"
end_case

begin "50 MB single line with --max-bytes 1000000"
mv "$T/case$((NCASE - 1))/in/huge.txt" "$CD/in/huge.txt"
rm -rf "$T/case$((NCASE - 1))"
extract_case 300 -q --max-bytes 1000000
expect_rc 0
expect_doc "$CD/out" huge.txt skipped 'too large'
[ "$(doc_cell "$CD/out" huge.txt bytes)" = 52428800 ] || bad "bytes of huge.txt is '$(doc_cell "$CD/out" huge.txt bytes)', want the input size"
good_intact "$CD/out"
rm -f "$CD/in/huge.txt"
end_case

begin "100,000 bullets"
# good.txt with its three bullets replaced by 100,000
{
    grep -v $'^\342\227\217' "$T/good.txt" | awk '/agreed to promote the following/ { print; print ""; for (i = 1; i <= 100000; i++) printf "\342\227\217 item %d\n", i; next } { print }'
} >"$CD/in/bullets.txt"
extract_case 600 -q
expect_rc 0
expect_doc "$CD/out" bullets.txt ok ''
expect_talks "$CD/out" bullets.txt
n=$(csv count "$CD/out/cooperation_items.csv" bullets.txt)
[ "$n" = 100000 ] || bad "cooperation_items.csv has $n rows for bullets.txt, want 100000"
good_intact "$CD/out"
end_case

begin "20,000-word sentence without punctuation"
{
    echo "Japan-Canada Defense Ministers Talks"
    echo
    tr -cs 'A-Za-z0-9' ' ' <"$T/good.txt" |
        awk '{ n = split($0, w, " "); c = 0
               while (c < 20000) for (i = 1; i <= n && c < 20000; i++) { printf "%s%s", (c ? " " : ""), w[i]; c++ }
               print "" }'
} >"$CD/in/words.txt"
extract_case 600 -q
expect_rc 0
expect_doc "$CD/out" words.txt ok ''
good_intact "$CD/out"
end_case

begin "CR-only line ends"
tr '\n' '\r' <"$T/good.txt" >"$CD/in/cr.txt"
extract_case -q
expect_rc 0
expect_doc "$CD/out" cr.txt ok ''
expect_talks "$CD/out" cr.txt
same_talks_as_good "$CD/out" cr.txt
good_intact "$CD/out"
end_case

begin "CRLF line ends"
awk '{ printf "%s\r\n", $0 }' "$T/good.txt" >"$CD/in/crlf.txt"
extract_case -q
expect_rc 0
expect_doc "$CD/out" crlf.txt ok ''
same_talks_as_good "$CD/out" crlf.txt
good_intact "$CD/out"
end_case

begin "unreadable file (mode 000) and unreadable directory"
printf 'secret\n' >"$CD/in/secret.txt"
mkdir "$CD/in/locked"
cp "$T/good.txt" "$CD/in/locked/inside.txt"
chmod 000 "$CD/in/secret.txt" "$CD/in/locked"
RUNAS=()
if [ -r "$CD/in/secret.txt" ]; then
    # root (CAP_DAC_OVERRIDE) reads it anyway: run as nobody when we can
    if [ ${#NOBODY[@]} -gt 0 ]; then RUNAS=("${NOBODY[@]}"); fi
fi
if [ -r "$CD/in/secret.txt" ] && [ ${#RUNAS[@]} -eq 0 ]; then
    skip_case "mode 000 does not stop this user (root) from reading, and setpriv to nobody is not available"
else
    chmod 777 "$CD"
    timeout -k 5 120 "${RUNAS[@]}" "$RO" extract "$CD/in" -o "$CD/out" --rules "$RULES" >"$CD/log.out" 2>"$CD/log.err" </dev/null
    RC=$?
    expect_rc 0
    expect_doc "$CD/out" secret.txt skipped 'permission|cannot open|unreadable|denied'
    expect_doc "$CD/out" locked skipped 'permission|cannot|unreadable|denied'
    good_intact "$CD/out"
    [ ${#RUNAS[@]} -gt 0 ] && CASE="$CASE (run as nobody)"
    end_case
fi

begin "dangling symlink inside an input directory"
ln -s no-such-target.txt "$CD/in/dangling.txt"
extract_case
expect_rc 0
expect_doc "$CD/out" dangling.txt skipped 'dangling'
grep -q 'dangling.txt' "$CD/log.err" || bad "no message on stderr naming dangling.txt"
good_intact "$CD/out"
end_case

begin "symlink loop inside an input directory"
ln -s loop-b.txt "$CD/in/loop-a.txt"
ln -s loop-a.txt "$CD/in/loop-b.txt"
ln -s self.txt "$CD/in/self.txt"
extract_case -q
expect_rc 0
expect_doc "$CD/out" loop-a.txt skipped 'loop'
expect_doc "$CD/out" loop-b.txt skipped 'loop'
expect_doc "$CD/out" self.txt skipped 'loop'
good_intact "$CD/out"
end_case

begin "FIFO inside an input directory (no hang)"
# pipe.txt is an input; a FIFO without .txt is not read by default, but
# must not hang the walk either
mkfifo "$CD/in/pipe.txt" "$CD/in/pipe" || bad "mkfifo failed"
extract_case 60 -q
expect_rc 0
expect_doc "$CD/out" pipe.txt skipped 'FIFO|not a regular file|pipe'
good_intact "$CD/out"
end_case

begin "FIFO named on the command line (no hang)"
mkfifo "$CD/pipe" || bad "mkfifo failed"
rx 60 "$CD/log" extract "$CD/pipe" "$CD/in/good.txt" -o "$CD/out" --rules "$RULES" -q
expect_rc 0
expect_doc "$CD/out" pipe skipped 'FIFO|not a regular file|pipe'
good_intact "$CD/out"
end_case

begin "file names with space, comma, double quote, newline and CR"
names=("with space.txt" "with,comma.txt" 'with"quote.txt' $'with\nnewline.txt' $'with\rcr.txt'
    $'all, "of\nthem" here.txt')
for nm in "${names[@]}"; do cp "$T/good.txt" "$CD/in/$nm"; done
extract_case -q
expect_rc 0
docs=$(cat "$CD/out/documents.csv" 2>/dev/null)
talks=$(cat "$CD/out/talks.csv" 2>/dev/null)
for nm in "${names[@]}"; do
    field=$(csv_field "$nm")
    [[ $docs == *$'\n'"$field,ok,"* ]] ||
        bad "documents.csv has no row starting with the exact bytes $(printf '%q' "$field,ok,")"
    [[ $talks == *$'\n'"$field,1,"* ]] ||
        bad "talks.csv has no row starting with the exact bytes $(printf '%q' "$field,1,")"
    expect_doc "$CD/out" "$nm" ok ''
done
n=$(csv nrec "$CD/out/documents.csv")
[ "$n" = $((${#names[@]} + 1)) ] || bad "documents.csv has $n records, want $((${#names[@]} + 1))"
good_intact "$CD/out"
end_case

begin "file name with invalid UTF-8 bytes: the tables stay UTF-8"
cp "$T/good.txt" "$CD/in/bad"$'\377\376'"name.txt"
extract_case -q
expect_rc 0
tables_utf8 "$CD/out"
n=$(csv nrec "$CD/out/documents.csv")
[ "$n" = 2 ] || bad "documents.csv has $n records, want 2"
good_intact "$CD/out"
end_case

begin "empty directory as input"
mkdir "$CD/empty"
rx 120 "$CD/log" extract "$CD/empty" -o "$CD/out" --rules "$RULES" -q
expect_rc 0
for t in $TABLES; do
    head -n 1 "$T/ref/$t.csv" | cmp -s - "$CD/out/$t.csv" || bad "$t.csv is not just its header"
done
end_case

begin "empty directory next to good.txt"
mkdir "$CD/in/sub" "$CD/in/sub/deeper"
extract_case -q
expect_rc 0
n=$(csv nrec "$CD/out/documents.csv")
[ "$n" = 1 ] || bad "documents.csv has $n records, want 1 (good.txt)"
good_intact "$CD/out"
end_case

begin "missing input path"
rx 120 "$CD/log" extract "$CD/in/good.txt" "$CD/in/no/such/file.txt" -o "$CD/out" --rules "$RULES" -q
expect_rc 2
grep -qF "$CD/in/no/such/file.txt" "$CD/log.err" || bad "stderr does not name the missing path: $(head -c 300 "$CD/log.err")"
if [ -e "$CD/out" ] && [ -n "$(ls -A "$CD/out")" ]; then bad "wrote into the output directory: $(ls -A "$CD/out" | tr '\n' ' ')"; fi
end_case

# ---- outputs --------------------------------------------------------------

begin "missing output directory is created"
rx 120 "$CD/log" extract "$CD/in" -o "$CD/new/deeper/out" --rules "$RULES" -q
expect_rc 0
[ -d "$CD/new/deeper/out" ] || bad "output directory not created"
good_intact "$CD/new/deeper/out"
end_case

begin "output path is a regular file"
ln -s nowhere "$CD/in/dangling.txt" # would print a 'skipped' message if any work were done
printf 'keep me\n' >"$CD/file"
cp "$CD/file" "$CD/file.orig"
rx 120 "$CD/log" extract "$CD/in" -o "$CD/file" --rules "$RULES"
expect_rc 2
cmp -s "$CD/file" "$CD/file.orig" || bad "the file in the way was changed"
grep -q 'skipped' "$CD/log.err" && bad "documents were processed before the output error: $(head -c 200 "$CD/log.err")"
grep -qF "$CD/file" "$CD/log.err" || bad "stderr does not name the output path"
rx 120 "$CD/log2" extract "$CD/in" -o "$CD/file/sub" --rules "$RULES"
[ "$RC" -eq 2 ] || bad "-o FILE/sub: exit code $RC, want 2"
cmp -s "$CD/file" "$CD/file.orig" || bad "the file in the way was changed (FILE/sub)"
grep -q 'skipped' "$CD/log2.err" && bad "documents were processed before the output error (FILE/sub)"
left=$(ls -A "$CD" | grep -v -e '^in$' -e '^file$' -e '^file.orig$' -e '^log' | tr '\n' ' ')
[ -z "$left" ] || bad "something was written: $left"
end_case

begin "read-only output directory"
RUNAS=()
mkdir "$CD/ro"
rx 120 "$CD/log0" extract "$CD/in/good.txt" -o "$CD/ro" --rules "$RULES" -q
cp -r "$CD/ro" "$CD/prev"
chmod 555 "$CD/ro"
if [ $IS_ROOT = 1 ] && [ ${#NOBODY[@]} -gt 0 ]; then RUNAS=("${NOBODY[@]}"); fi
if [ $IS_ROOT = 1 ] && [ ${#RUNAS[@]} -eq 0 ]; then
    skip_case "root can write a read-only directory, and setpriv to nobody is not available"
else
    chmod 777 "$CD"
    chmod 755 "$CD/in"
    ln -s nowhere "$CD/in/dangling.txt"
    timeout -k 5 120 "${RUNAS[@]}" "$RO" extract "$CD/in" -o "$CD/ro" --rules "$RULES" >"$CD/log.out" 2>"$CD/log.err" </dev/null
    RC=$?
    expect_rc 2
    grep -q 'skipped' "$CD/log.err" && bad "documents were processed before the output error"
    same_tables "$CD/ro" "$CD/prev"
    no_tmp_left "$CD/ro"
    [ "$(ls -A "$CD/ro" | wc -l)" -eq "$(ls -A "$CD/prev" | wc -l)" ] || bad "files were added to the read-only directory"
    [ ${#RUNAS[@]} -gt 0 ] && CASE="$CASE (run as nobody)"
    end_case
fi

# 60 copies of good.txt: about 120 KB of positions.csv
mkdir "$T/sixty"
for i in $(seq -w 1 60); do cp "$T/good.txt" "$T/sixty/g$i.txt"; done
for lim in 1 8 40; do
    begin "write failure (ulimit -f $lim KiB) leaves the previous tables"
    rx 120 "$CD/log0" extract "$CD/in/good.txt" -o "$CD/out" --rules "$RULES" -q
    cp -r "$CD/out" "$CD/prev"
    (
        trap '' XFSZ
        ulimit -f "$lim"
        exec timeout -k 5 300 "$RO" extract "$T/sixty" -o "$CD/out" --rules "$RULES" -q
    ) >"$CD/log.out" 2>"$CD/log.err" </dev/null
    RC=$?
    expect_rc 2
    grep -Eqi 'write|too large|space' "$CD/log.err" || bad "stderr does not name the write error: $(head -c 200 "$CD/log.err")"
    same_tables "$CD/out" "$CD/prev"
    no_tmp_left "$CD/out"
    end_case
done

# 3000 copies of a long readout (good.txt with its body five times over),
# written with shell built-ins: long enough that a signal lands mid-run
mkdir "$T/many"
title=$(head -n 1 "$T/good.txt")
body=$(awk '/^Related posts/ { exit } NR > 1' "$T/good.txt")
rest=$(tail -n +2 "$T/good.txt")
long_text="$title"$'\n'"$body"$'\n'"$body"$'\n'"$body"$'\n'"$body"$'\n'"$rest"
for ((i = 1; i <= 3000; i++)); do printf '%s\n' "$long_text" >"$T/many/g$i.txt"; done

# interrupt SIG JOBS DELAY: run on $T/many, send SIG DELAY seconds after the
# run has started writing its temporary tables, and check that the previous
# tables are untouched.  Sets EARLY=1 when the run was already committing or
# done at the time of the signal (then the case proves nothing).
interrupt() {
    local sig=$1 jobs=$2 delay=$3 pid k started=0
    EARLY=0
    rx 120 "$CD/log0" extract "$CD/in/good.txt" -o "$CD/out" --rules "$RULES" -q
    cp -r "$CD/out" "$CD/prev"
    "$RO" extract "$T/many" -o "$CD/out" --rules "$RULES" -q --jobs "$jobs" >"$CD/log.out" 2>"$CD/log.err" </dev/null &
    pid=$!
    # wait until it writes its temporary tables (its handlers are set by then)
    for ((k = 0; k < 1200; k++)); do
        if compgen -G "$CD/out/.*.tmp.*" >/dev/null; then
            started=1
            break
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
    done
    [ $started = 1 ] || bad "the run never started writing its temporary tables"
    sleep "$delay"
    # still writing? (the temporary tables are there until the commit)
    compgen -G "$CD/out/.*.tmp.*" >/dev/null || EARLY=1
    kill -"$sig" "$pid" 2>/dev/null || EARLY=1
    for ((k = 0; k < 600; k++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        bad "still running 60 s after SIG$sig (hang)"
        kill -KILL "$pid" 2>/dev/null
    fi
    wait "$pid"
    RC=$?
    [ $EARLY = 1 ] && return
    [ "$RC" -eq 2 ] || bad "exit code $RC after SIG$sig, want 2"
    same_tables "$CD/out" "$CD/prev"
    no_tmp_left "$CD/out"
}
end_interrupt() {
    if [ $EARLY = 1 ] && [ -z "$WHY" ]; then
        skip_case "the run had finished its work before the signal: give it more inputs"
    else
        end_case
    fi
}

begin "SIGTERM mid-run (--jobs 1, 0.3 s) leaves the previous tables"
interrupt TERM 1 0.3
[ $EARLY = 1 ] || grep -qi 'interrupt\|signal' "$CD/log.err" || bad "nothing on stderr about the signal"
end_interrupt

begin "SIGINT mid-run (--jobs 1, 0.3 s) leaves the previous tables"
interrupt INT 1 0.3
end_interrupt

begin "SIGTERM mid-run (--jobs 2, 1.5 s) leaves the previous tables"
interrupt TERM 2 1.5
end_interrupt
rm -rf "$T/many"

# ---- spreadsheet safety ------------------------------------------------------

TITLE_SUFFIX=" Japan-Canada Defense Ministers' Video Conference"
FORMULAS=('=HYPERLINK("http://x","y")' '+1' '-1' '@SUM(1)')
make_formula_docs() {
    local i=0 f
    for f in "${FORMULAS[@]}"; do
        i=$((i + 1))
        {
            printf '%s%s\n' "$f" "$TITLE_SUFFIX"
            tail -n +2 "$T/good.txt"
        } >"$CD/in/formula$i.txt"
    done
}

begin "--excel: formula-looking titles get a leading ', BOM, CRLF"
make_formula_docs
extract_case -q --excel
expect_rc 0
for t in $TABLES; do
    f=$CD/out/$t.csv
    if [ ! -f "$f" ]; then
        bad "no $t.csv"
        continue
    fi
    printf '\357\273\277' | cmp -s - <(head -c 3 "$f") || bad "$t.csv does not start with a UTF-8 BOM"
    n=$(grep -c -v $'\r$' "$f")
    [ "$n" = 0 ] || bad "$t.csv has $n lines not ending in CRLF"
    [ "$(tail -c 1 "$f")" = "" ] || bad "$t.csv does not end with a line end"
done
i=0
for f in "${FORMULAS[@]}"; do
    i=$((i + 1))
    want="'$f$TITLE_SUFFIX"
    got=$(CSV_CRLF=1 doc_cell "$CD/out" "formula$i.txt" title)
    [ "$got" = "$want" ] || bad "title of formula$i.txt is '$got', want '$want'"
    raw=$(csv_field "$want")
    grep -qF "formula$i.txt,ok,$raw," "$CD/out/documents.csv" || bad "documents.csv lacks the exact bytes formula$i.txt,ok,$raw,"
done
for t in $TABLES; do
    [ -f "$CD/out/$t.csv" ] || continue
    CSV_CRLF=1 csv rows "$CD/out/$t.csv" good.txt >"$CD/good.$t"
    cmp -s "$CD/good.$t" "$T/ref.$t" || bad "good.txt's rows in $t.csv (less CR) differ from the reference run"
done
end_case

begin "without --excel: formula-looking titles are written as they are"
make_formula_docs
extract_case -q
expect_rc 0
i=0
for f in "${FORMULAS[@]}"; do
    i=$((i + 1))
    want="$f$TITLE_SUFFIX"
    got=$(doc_cell "$CD/out" "formula$i.txt" title)
    [ "$got" = "$want" ] || bad "title of formula$i.txt is '$got', want '$want'"
done
for t in $TABLES; do
    [ -f "$CD/out/$t.csv" ] || continue
    head -c 3 "$CD/out/$t.csv" | grep -q $'^\357\273\277' && bad "$t.csv has a BOM without --excel"
    grep -q $'\r' "$CD/out/$t.csv" && bad "$t.csv has CR without --excel"
done
good_intact "$CD/out"
end_case

# ---- mistakes in rule files -----------------------------------------------
# Each case appends a rule block with one mistake to a copy of the rules
# (appending keeps it independent of the lines others edit) and expects
# 'rules check' to exit 2 with FILE:LINE:COL: naming that file and line, and
# 'extract' to exit 2 writing nothing.

# rule_case NAME FILE MARKER: the block is read from stdin; MARKER is a
# fixed string found only on the line the error must name (its first match
# in the appended part)
rule_case() {
    local name=$1 file=$2 marker=$3 before line l rest ok=0
    begin "rules: $name"
    cp -r "$RULES" "$CD/rules"
    before=$(wc -l <"$CD/rules/$file")
    [ -n "$(tail -c 1 "$CD/rules/$file")" ] && echo >>"$CD/rules/$file"
    {
        echo
        cat
    } >>"$CD/rules/$file"
    line=$(awk -v from="$before" -v m="$marker" 'NR > from && index($0, m) { print NR; exit }' "$CD/rules/$file")
    rx 120 "$CD/log" rules check --rules "$CD/rules"
    expect_rc 2
    while IFS= read -r l; do
        l=${l#readout: }
        case $l in
        "$CD/rules/$file:$line:"* | "$file:$line:"*)
            rest=${l#*"$file:$line:"}
            [[ $rest =~ ^[0-9]+:\  ]] && ok=1
            ;;
        esac
    done <"$CD/log.err"
    [ $ok = 1 ] || bad "no '$file:$line:COL:' message; stderr: $(head -c 300 "$CD/log.err")"
    rx 120 "$CD/log2" extract "$CD/in/good.txt" -o "$CD/out" --rules "$CD/rules" -q
    [ "$RC" -eq 2 ] || bad "extract with the broken rules: exit code $RC, want 2"
    if [ -e "$CD/out" ] && [ -n "$(ls -A "$CD/out")" ]; then
        bad "extract with the broken rules wrote: $(ls -A "$CD/out" | tr '\n' ' ')"
    fi
    end_case
}

rule_case "unknown lexicon" talks.rules '@nosuch' <<'EOF'
rule zz.bad.lexicon
  table    talks
  set      role=event
  pattern  \bzzfoo\s+@nosuch\b
end
EOF

first_id=$(awk '$1 == "rule" { print $2; exit }' "$RULES/talks.rules")
rule_case "duplicate rule id (same file)" talks.rules "rule $first_id" <<EOF
rule $first_id
  table    talks
  set      role=event
  pattern  \bzzfoo\b
end
EOF

rule_case "duplicate rule id (another file)" time.rules "rule $first_id" <<EOF
rule $first_id
  table    time
  pattern  \bzzfoo\b
end
EOF

rule_case "bad group name" positions.rules '(?<bogus>' <<'EOF'
rule zz.bad.group
  table    positions
  set      kind=agree
  pattern  \bzzfoo\s+(?<bogus>x)
end
EOF

rule_case "unterminated rule block (end of file)" items.rules 'rule zz.bad.open' <<'EOF'
rule zz.bad.open
  table    items
  set      role=trim
  pattern  \s+zzfoo$
EOF

rule_case "unterminated rule block (before the next rule)" items.rules 'rule zz.bad.open' <<'EOF'
rule zz.bad.open
  table    items
  set      role=trim
  pattern  \s+zzfoo$
rule zz.bad.closed
  table    items
  set      role=trim
  pattern  \s+zzbar$
end
EOF

rule_case "an example that fails" positions.rules 'Nothing to see here' <<'EOF'
rule zz.bad.example
  table    positions
  set      kind=agree
  pattern  \bzzfoo\b
  example  The two Ministers zzfoo.
  example  Nothing to see here.
end
EOF

rule_case "PCRE2 syntax error" talks.rules '(abc' <<'EOF'
rule zz.bad.pcre
  table    talks
  set      role=event
  pattern  (abc
end
EOF

rule_case "unknown key" talks.rules 'colour' <<'EOF'
rule zz.bad.key
  table    talks
  colour   red
  set      role=event
  pattern  \bzzfoo\b
end
EOF

rule_case "unknown table" talks.rules 'nosuchtable' <<'EOF'
rule zz.bad.table
  table    nosuchtable
  pattern  \bzzfoo\b
end
EOF

# ---- the end ----------------------------------------------------------------
if [ "$SKIPPED" -gt 0 ]; then
    echo "$PASSED passed, $FAILED failed, $SKIPPED skipped"
else
    echo "$PASSED passed, $FAILED failed"
fi
[ "$FAILED" -eq 0 ]
