# cases.sh — shared by bad_input.sh and excel_libreoffice.sh: an awk CSV
# reader (RFC 4180, quoted newlines, BOM) and the case bookkeeping
# (begin/bad/end_case/skip_case write "ok - NAME" / "not ok - NAME: why").
# The sourcing script sets PASSED, FAILED, SKIPPED and defines begin().

# ---- CSV, read with awk ---------------------------------------------------
# ops (awk -v op=...):
#   rows   print the raw records whose doc (first field) is $CSV_DOC
#   count  number of records whose doc is $CSV_DOC
#   get    the cell of column $CSV_COL (a header name) in the first record
#          whose doc is $CSV_DOC; exit 1 when there is none
#   cell   the cell of column number $CSV_COL in data record number $CSV_REC
#   nrec   number of data records (the header not counted)
# A UTF-8 BOM before the header is dropped; with crlf=1 each line's final
# CR is dropped (--excel files).
AWK_CSV='
function split_csv(rec, F,    n, i, L, c, f, inq) {
    n = 1; f = ""; inq = 0; L = length(rec)
    for (i = 1; i <= L; i++) {
        c = substr(rec, i, 1)
        if (inq) {
            if (c == "\"") {
                if (substr(rec, i + 1, 1) == "\"") { f = f "\""; i++ }
                else inq = 0
            } else f = f c
        } else if (c == "\"") inq = 1
        else if (c == ",") { F[n++] = f; f = "" }
        else f = f c
    }
    F[n] = f
    return n
}
function doc_of(rec,    k, F) {
    if (substr(rec, 1, 1) != "\"") {
        k = index(rec, ",")
        return k ? substr(rec, 1, k - 1) : rec
    }
    split_csv(rec, F)
    return F[1]
}
function record(rec,    F, n, i) {
    nrec++
    if (nrec == 1) {
        n = split_csv(rec, F)
        for (i = 1; i <= n; i++) if (F[i] == want_col) col = i
        return
    }
    if (op == "nrec") return
    if (op == "cell") {
        if (nrec - 1 == want_rec) { split_csv(rec, F); printf "%s", F[want_col + 0]; found = 1 }
        return
    }
    if (doc_of(rec) != want_doc) return
    if (op == "rows") print rec
    else if (op == "count") count++
    else if (op == "get" && !found && col) {
        split_csv(rec, F); printf "%s", F[col]; found = 1
    }
}
BEGIN { want_doc = ENVIRON["CSV_DOC"]; want_col = ENVIRON["CSV_COL"]
        want_rec = ENVIRON["CSV_REC"] + 0 }
{
    line = $0
    if (NR == 1 && substr(line, 1, 3) == "\357\273\277") line = substr(line, 4)
    if (crlf) sub(/\r$/, "", line)
    rec = pend ? rec "\n" line : line
    tmp = line
    q += gsub(/"/, "", tmp)
    if (q % 2) { pend = 1; next }
    pend = 0; q = 0
    record(rec)
}
END {
    if (op == "count") print count + 0
    if (op == "nrec") print (nrec ? nrec - 1 : 0)
    if ((op == "get" || op == "cell") && !found) exit 1
}'

# csv OP FILE [DOC [COL]]   (CSV_CRLF=1 for --excel files)
csv() {
    [ -f "$2" ] || return 1
    CSV_DOC=${3-} CSV_COL=${4-} awk -v op="$1" -v crlf="${CSV_CRLF:-0}" "$AWK_CSV" "$2"
}
# csv_cell FILE REC COL: the cell of data record REC (1-based), column COL
csv_cell() {
    [ -f "$1" ] || return 1
    CSV_REC=$2 CSV_COL=$3 awk -v op=cell -v crlf="${CSV_CRLF:-0}" "$AWK_CSV" "$1"
}
# The CSV field that RFC 4180 with "quoting only where needed" makes of $1.
csv_field() {
    local s=$1
    if [[ $s == *[,\"$'\r'$'\n']* ]]; then
        s=${s//\"/\"\"}
        printf '"%s"' "$s"
    else
        printf '%s' "$s"
    fi
}

bad() {
    if [ -n "$WHY" ]; then WHY="$WHY; $*"; else WHY=$*; fi
}
end_case() {
    if [ -z "$WHY" ]; then
        PASSED=$((PASSED + 1))
        echo "ok - $CASE"
    else
        FAILED=$((FAILED + 1))
        echo "not ok - $CASE: $(printf '%s' "$WHY" | tr '\n\r' '  ')"
    fi
}
skip_case() {
    SKIPPED=$((SKIPPED + 1))
    echo "ok - $CASE # SKIP $*"
}

