#!/usr/bin/env bash
# The committed sample project equals what its one regeneration script makes
# (byte for byte), has the demo layer the annotation issue asks for, and
# passes `crux check` and `crux validate`.
. "$(dirname "$0")/lib.sh"
need_shared
bash "$SRC/scripts/make-sample-project.sh" "$CRUX" "$WORK/october-1917" "$SHARED" 2>"$WORK/make.log" || fail "make-sample-project.sh: $(tail -5 "$WORK/make.log")"
diff -r -x .crux "$SRC/projects/october-1917" "$WORK/october-1917" >"$WORK/diff.txt" || fail "the committed sample project differs from the script's output: $(head -20 "$WORK/diff.txt")"
run claims "$WORK/october-1917" --layer demo --json
python3 - "$OUT" <<'PY' || fail "demo layer claims"
import json, sys
cs = json.load(open(sys.argv[1]))
assert len(cs) >= 30, len(cs)
assert len({c["source"] for c in cs}) == 5, {c["source"] for c in cs}
assert all(c["anchor"] == "exact" for c in cs)
PY
run links "$WORK/october-1917" --layer demo --json
python3 - "$OUT" <<'PY' || fail "demo layer links"
import json, sys
ls = json.load(open(sys.argv[1]))
assert len(ls) >= 12, len(ls)
types = {l["type"] for l in ls}
assert {"contradicts", "corroborates", "same-event", "qualifies"} <= types, types
PY
run check "$WORK/october-1917"
expect_status 0 "check of the sample project"
run validate "$WORK/october-1917"
expect_status 0 "validate of the sample project"
finish
