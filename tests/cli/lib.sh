# Shared helpers of the CLI tests (sourced). Each test script runs `crux`
# ($CRUX) as a user would and asserts stdout, stderr, exit code and what is on
# disk. A failing assertion prints what was expected and what came, and the
# script exits 1 at the end.
set -u
CRUX=${1:?usage: TEST.sh PATH_TO_CRUX}
SHARED=${CRUX_SHARED_DIR:-}
SRC=${CRUX_SOURCE_DIR:?CRUX_SOURCE_DIR not set}
WORK=$(mktemp -d /tmp/crux-cli-test.XXXXXX)
trap 'chmod -R u+rwx "$WORK" 2>/dev/null; rm -rf "$WORK"' EXIT
failures=0
checks=0
OUT=$WORK/.out
ERR=$WORK/.err

# run ARGS...: runs crux, keeps stdout in $OUT, stderr in $ERR, status in $STATUS.
run() {
  "$CRUX" "$@" >"$OUT" 2>"$ERR"
  STATUS=$?
}
fail() {
  failures=$((failures + 1))
  echo "FAIL: $*" >&2
  echo "  stdout: $(head -c 600 "$OUT" 2>/dev/null)" >&2
  echo "  stderr: $(head -c 600 "$ERR" 2>/dev/null)" >&2
}
expect_status() {
  checks=$((checks + 1))
  [ "$STATUS" = "$1" ] || fail "${2:-command}: exit status $STATUS, expected $1"
}
expect_stderr() {
  checks=$((checks + 1))
  grep -qF -- "$1" "$ERR" || fail "stderr lacks: $1"
}
expect_stdout() {
  checks=$((checks + 1))
  grep -qF -- "$1" "$OUT" || fail "stdout lacks: $1"
}
expect_file_contains() {
  checks=$((checks + 1))
  grep -qF -- "$2" "$1" || fail "$1 lacks: $2"
}
expect_file_lacks() {
  checks=$((checks + 1))
  ! grep -qF -- "$2" "$1" || fail "$1 should not contain: $2"
}
expect_eq() {
  checks=$((checks + 1))
  [ "$1" = "$2" ] || fail "${3:-values}: got '$1', expected '$2'"
}
# A listing of every file with size and mtime: equal before and after means
# nothing on disk changed.
snapshot() { (cd "$1" && find . -printf '%p %s %T@\n' | sort); }
need_shared() {
  if [ -z "$SHARED" ] || [ ! -d "$SHARED/corpus" ]; then
    echo "SKIP: the shared folder (corpus) is absent; set CRUX_SHARED_DIR"
    exit 0
  fi
}
finish() {
  echo "$checks checks, $failures failed"
  [ "$failures" -eq 0 ]
  exit $?
}
