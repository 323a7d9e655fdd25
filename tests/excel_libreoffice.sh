#!/usr/bin/env bash
# tests/excel_libreoffice.sh BUILD_DIR SOURCE_DIR — do --excel tables stay
# text in a real spreadsheet?
#
# Writes documents.csv and talks.csv with --excel for readouts whose file
# names and titles look like formulas (=1+1, =HYPERLINK(...), +1+1, -1-1,
# @SUM(1,1)), has LibreOffice (soffice --headless) import them, with its
# default CSV options and with formula evaluation switched on, and convert
# them to CSV and to xlsx and back, and checks that every such cell is still
# the text it was (with or without the leading '), never a computed value.
# A control run on tables written without --excel shows that LibreOffice
# does evaluate such cells, so the check can fail.
#
# Exit 77 with "skipped: libreoffice not installed" when there is no
# soffice/libreoffice on PATH.  Otherwise "ok - NAME" / "not ok - NAME: why"
# per case and "N passed, M failed" (", K skipped" when some were).
set -u
export LC_ALL=C
unset CDPATH GREP_OPTIONS

if [ $# -ne 2 ]; then
    echo "usage: $0 BUILD_DIR SOURCE_DIR" >&2
    exit 2
fi
BUILD=$(cd "$1" && pwd) || exit 2
SRC=$(cd "$2" && pwd) || exit 2
RO=$BUILD/readout
RULES=$SRC/rules
SOFFICE=$(command -v soffice || command -v libreoffice) || SOFFICE=
if [ -z "$SOFFICE" ]; then
    echo "skipped: libreoffice not installed"
    exit 77
fi
if [ ! -x "$RO" ]; then
    echo "no readout binary in $BUILD" >&2
    exit 2
fi

T=$(mktemp -d "${TMPDIR:-/tmp}/readout-lo.XXXXXX") || exit 2
trap 'rm -rf "$T"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

PASSED=0 FAILED=0 SKIPPED=0
CASE= WHY=

. "$(dirname "${BASH_SOURCE[0]}")/cases.sh"
# --excel files: CR line ends
csv_nrec() { awk -v op=nrec -v crlf=1 "$AWK_CSV" "$1"; }
csv_cell() { CSV_REC=$2 CSV_COL=$3 awk -v op=cell -v crlf=1 "$AWK_CSV" "$1"; }

begin() {
    CASE=$1
    WHY=
}

# soffice_convert FORMAT OUTDIR FILE [INFILTER]: one conversion, its own
# profile so that it neither needs nor disturbs a user's LibreOffice
soffice_convert() {
    local fmt=$1 outdir=$2 file=$3 filt=${4-}
    local args=(--headless --norestore --nolockcheck --nodefault "-env:UserInstallation=file://$T/profile")
    [ -n "$filt" ] && args+=("--infilter=$filt")
    mkdir -p "$outdir"
    timeout -k 10 300 "$SOFFICE" "${args[@]}" --convert-to "$fmt" --outdir "$outdir" "$file" \
        >>"$T/soffice.log" 2>&1 </dev/null
}
# the one file of type EXT that a conversion wrote into DIR
converted() {
    local f
    for f in "$1"/*."$2"; do
        [ -f "$f" ] && {
            printf '%s' "$f"
            return 0
        }
    done
    return 1
}

# CSV import options: comma, double quote, UTF-8, from line 1, ..., token 13
# "evaluate formulas" on.
EVAL_FILTER='CSV:44,34,76,1,,0,false,true,false,false,false,-1,true'

# ---- inputs ---------------------------------------------------------------
mkdir "$T/in"
GOOD=$SRC/corpus/docs/a01.txt
FORMULAS=('=1+1' '=HYPERLINK("x","y")' '+1+1' '-1-1' '@SUM(1,1)')
TITLES=('=HYPERLINK("http://x","y")' '=1+1' '+1+1' '-1-1' '@SUM(1,1)')
for i in 0 1 2 3 4; do
    {
        printf '%s\n' "${TITLES[$i]}"
        tail -n +2 "$GOOD"
    } >"$T/in/${FORMULAS[$i]}"
done
cp "$GOOD" "$T/in/good.txt"

# named one by one: a directory walk would take only *.txt
"$RO" extract "$T/in"/* -o "$T/excel" --excel -q --rules "$RULES" >"$T/x.log" 2>&1
RCX=$?
"$RO" extract "$T/in"/* -o "$T/plain" -q --rules "$RULES" >"$T/p.log" 2>&1
RCP=$?

# The cells to watch: (table column) pairs of documents.csv and talks.csv
# that start with a formula character in the --excel output.
begin "readout --excel guards the formula-looking cells"
[ $RCX -eq 0 ] || bad "extract --excel exited $RCX: $(head -c 300 "$T/x.log")"
[ $RCP -eq 0 ] || bad "extract exited $RCP: $(head -c 300 "$T/p.log")"
guarded=0
if [ $RCX -eq 0 ]; then
    n=$(csv_nrec "$T/excel/documents.csv")
    for ((r = 1; r <= n; r++)); do
        for c in 1 3; do
            v=$(csv_cell "$T/excel/documents.csv" $r $c)
            case $v in
            [=+@-]*) bad "documents.csv record $r column $c is not guarded: $v" ;;
            "'"[=+@-]*) guarded=$((guarded + 1)) ;;
            esac
        done
    done
    [ "$guarded" -ge 10 ] || bad "only $guarded guarded cells in documents.csv, want 10 (5 doc names, 5 titles)"
fi
end_case

# check_conversion NAME ORIGINAL CONVERTED COLUMNS...: every watched cell of
# ORIGINAL is, in CONVERTED, still its text (with or without the ')
check_conversion() {
    local orig=$1 conv=$2 r c n m o v changed=0
    shift 2
    n=$(csv_nrec "$orig")
    m=$(csv_nrec "$conv")
    [ "$n" = "$m" ] || bad "${orig##*/}: $n records, the conversion has $m"
    for ((r = 1; r <= n; r++)); do
        for c in "$@"; do
            o=$(csv_cell "$orig" $r $c)
            v=$(csv_cell "$conv" $r $c)
            case $o in
            "'"[=+@-]* | [=+@-]*) ;;
            *) continue ;;
            esac
            if [ "$v" != "$o" ] && [ "$v" != "${o#\'}" ]; then
                bad "${orig##*/} record $r column $c: '$o' became '$v'"
                changed=$((changed + 1))
            fi
        done
    done
    return $changed
}

# ---- control: without --excel, LibreOffice does evaluate ------------------
begin "control: LibreOffice evaluates the same cells written without --excel"
soffice_convert csv "$T/ctl" "$T/plain/documents.csv" "$EVAL_FILTER"
if ! conv=$(converted "$T/ctl" csv); then
    bad "soffice wrote no CSV: $(tail -c 300 "$T/soffice.log")"
    end_case
else
    WHY=
    check_conversion "$T/plain/documents.csv" "$conv" 1 3
    if [ -n "$WHY" ]; then
        WHY= # evaluated, as expected: the check can see evaluation
        end_case
    else
        skip_case "this LibreOffice left every unguarded cell as text, so the checks below cannot fail"
    fi
fi

for table in documents talks; do
    cols="1 3"
    [ $table = talks ] && cols=1

    begin "$table.csv --excel, imported with default options: no cell evaluates"
    soffice_convert csv "$T/def-$table" "$T/excel/$table.csv"
    if conv=$(converted "$T/def-$table" csv); then
        check_conversion "$T/excel/$table.csv" "$conv" $cols
    else
        bad "soffice wrote no CSV: $(tail -c 300 "$T/soffice.log")"
    fi
    end_case

    begin "$table.csv --excel, imported with formula evaluation on: no cell evaluates"
    soffice_convert csv "$T/eval-$table" "$T/excel/$table.csv" "$EVAL_FILTER"
    if conv=$(converted "$T/eval-$table" csv); then
        check_conversion "$T/excel/$table.csv" "$conv" $cols
    else
        bad "soffice wrote no CSV: $(tail -c 300 "$T/soffice.log")"
    fi
    end_case

    begin "$table.csv --excel, to xlsx and back to CSV: no cell evaluates"
    soffice_convert xlsx "$T/xlsx-$table" "$T/excel/$table.csv" "$EVAL_FILTER"
    if xl=$(converted "$T/xlsx-$table" xlsx); then
        soffice_convert csv "$T/back-$table" "$xl"
        if conv=$(converted "$T/back-$table" csv); then
            check_conversion "$T/excel/$table.csv" "$conv" $cols
        else
            bad "soffice wrote no CSV from the xlsx: $(tail -c 300 "$T/soffice.log")"
        fi
    else
        bad "soffice wrote no xlsx: $(tail -c 300 "$T/soffice.log")"
    fi
    end_case
done

if [ "$SKIPPED" -gt 0 ]; then
    echo "$PASSED passed, $FAILED failed, $SKIPPED skipped"
else
    echo "$PASSED passed, $FAILED failed"
fi
[ "$FAILED" -eq 0 ]
