#!/usr/bin/env bash
# Installs what the tests need (Debian 12, apt-get), builds Crux with
# AddressSanitizer and UBSan, and runs every test with CTest: unit tests, CLI
# tests, and GUI tests (label "gui"), which start their own Xvfb.
#
#   scripts/test.sh [extra ctest arguments, e.g. -L gui or -R Import]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CRUX_TEST_BUILD_DIR:-$root/build-asan}
"$root/scripts/install-deps.sh" test
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCRUX_SANITIZE=ON -DCRUX_BUILD_BENCH=OFF \
  -DCRUX_SHARED_DIR="${CRUX_SHARED_DIR:-$root/../shared}" >/dev/null
cmake --build "$build" -j "$(nproc)"
# GTK, fontconfig and friends keep global caches that LeakSanitizer reports;
# they are not ours (tests/lsan.supp). UBSan findings fail the test.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:strict_string_checks=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
cd "$build"
ctest --output-on-failure -j "$(nproc)" --timeout 900 "$@"
