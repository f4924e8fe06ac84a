#!/usr/bin/env bash
# Re-anchoring at project level: a generated project (claims all over its
# sources) gets a 1 % random edit of every source; on reload at least 99 % of
# the claims are back on their quote (exact or moved) and the rest are
# reported as orphaned — none lost.
. "$(dirname "$0")/lib.sh"
GEN=${CRUX_GENERATOR:?CRUX_GENERATOR not set}
BENCH=${CRUX_MODEL_BENCH:?CRUX_MODEL_BENCH not set}
"$GEN" "$WORK/p" --sources 8 --kb-per-source 40 --claims 5000 --links 500 --layers 2 >/dev/null 2>&1 || fail "generator"
"$BENCH" "$WORK/p" --edit-fraction 0.01 >"$OUT" 2>"$ERR"
STATUS=$?
expect_status 0 "model bench"
cat "$OUT"
python3 - "$OUT" <<'PY' || fail "re-anchoring figures"
import re, sys
t = open(sys.argv[1]).read()
total = int(re.search(r"(\d+) claims", t).group(1))
m = re.search(r"(\d+) exact, (\d+) moved, (\d+) orphaned", t)
exact, moved, orphaned = map(int, m.groups())
assert exact + moved + orphaned == total, (exact, moved, orphaned, total)
assert moved > 0, "the edit should move some claims"
assert (exact + moved) / total >= 0.99, (exact, moved, orphaned)
PY
run check "$WORK/p"
expect_stderr "5000 claims"
finish
