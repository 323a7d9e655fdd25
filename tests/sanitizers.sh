#!/usr/bin/env bash
# The test suite again, built with AddressSanitizer and UBSan (build-asan/).
# The fuzz tests are left out: their libFuzzer build (build-fuzz/) is
# sanitized already, and fuzz_short rebuilds it only after this test runs.
set -u
BUILD=$1 SRC=$2
. "$SRC/tests/lib.sh"
A="$SRC/build-asan"
# (-O1, as ASan's authors advise: at -O0 this run of the whole corpus was
# the suite's longest by far; the checks are the same)
cmake -S "$SRC" -B "$A" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_FLAGS_DEBUG="-g -O1" -DREADOUT_SANITIZE=ON >/dev/null &&
  cmake --build "$A" -j2 >/dev/null
expect "asan build" test $? -eq 0
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$SRC/tests/lsan.supp:print_suppressions=0
(cd "$A" && ctest -E '^(sanitizers|valgrind|fuzz_short|fuzz_regressions|excel_libreoffice)$' --output-on-failure -j2) >"$A/ctest.log" 2>&1
rc=$?
tail -5 "$A/ctest.log"
expect "suite passes under ASan+UBSan" test $rc -eq 0
finish
