#!/usr/bin/env bash
# exit_after_load_test.sh WORKBENCH MAKE_SAMPLE_PROJECT
#
# Smoke check of the real program, run under run-under-xvfb.sh: the sample
# project opens, its first source paints, one summary line goes to stdout and
# the exit status is 0; a folder that is not a project, and a project with a
# damaged source, exit non-zero with the file named on stderr.
set -uo pipefail
workbench=$1 make_project=$2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/crux-wb-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$make_project" "$tmp/project" || fail "cannot make the sample project"

out=$("$workbench" --exit-after-load "$tmp/project" 2>"$tmp/err")
rc=$?
[ $rc -eq 0 ] || fail "exit status $rc for the sample project; stderr: $(cat "$tmp/err")"
expected="opened $tmp/project (\"1917 in memory\"): 4 sources; showing cach-mang-1917-vi (696 characters)"
[ "$out" = "$expected" ] || fail "stdout was
  $out
expected
  $expected"
[ ! -s "$tmp/err" ] || echo "note: stderr of a clean run: $(cat "$tmp/err")"

mkdir "$tmp/notes"
"$workbench" --exit-after-load "$tmp/notes" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ $rc -eq 1 ] || fail "exit status $rc for a folder that is not a project (expected 1)"
grep -q "$tmp/notes" "$tmp/err" || fail "stderr does not name the folder: $(cat "$tmp/err")"
[ ! -s "$tmp/out" ] || fail "stdout should be empty when the project cannot be opened: $(cat "$tmp/out")"

printf '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>cut' >"$tmp/project/sources/cach-mang-1917-vi.tei.xml"
"$workbench" --exit-after-load "$tmp/project" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ $rc -eq 1 ] || fail "exit status $rc for a damaged source (expected 1)"
grep -q "sources/cach-mang-1917-vi.tei.xml" "$tmp/err" || fail "stderr does not name the damaged file: $(cat "$tmp/err")"

"$workbench" --exit-after-load >/dev/null 2>&1
rc=$?
[ $rc -eq 2 ] || fail "exit status $rc for --exit-after-load without a project (expected 2)"
echo "ok"
