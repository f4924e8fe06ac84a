#!/usr/bin/env bash
# Crash safety of saving: 200 times, `crux claim edit` is killed with SIGKILL
# at a random moment while it loads, edits and saves a project with a large
# layer. After each kill the project must load, and the layer file must be
# either the old one or the new one, never a mix or a truncation; the stale
# write lock left by the killed process must not block the next writer.
. "$(dirname "$0")/lib.sh"
GEN=${CRUX_GENERATOR:?CRUX_GENERATOR not set}
P=$WORK/p
"$GEN" "$P" --sources 2 --kb-per-source 30 --claims 1500 --links 300 --layers 2 >/dev/null 2>&1 || { fail "generator"; finish; }
L=$P/layers/layer0.tei.xml
ITER=${CRUX_KILL_ITERATIONS:-200}
# How long one whole edit takes here (load, edit, save): kills land
# uniformly within that time, so some hit the save itself.
t0=$(date +%s%N)
"$CRUX" claim edit "$P" c-0 --note "calibration" >/dev/null 2>&1 || fail "calibration edit"
full_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
old=0 new=0
prev=$(sha1sum <"$L")
for i in $(seq 1 "$ITER"); do
  "$CRUX" claim edit "$P" c-0 --note "iteration $i" >/dev/null 2>&1 &
  pid=$!
  # Anywhere from before loading to after saving.
  ms=$(( RANDOM % (full_ms + 20) ))
  sleep "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  now=$(sha1sum <"$L")
  if [ "$now" = "$prev" ]; then
    old=$((old + 1))
  elif grep -q "<note>iteration $i</note>" "$L"; then
    new=$((new + 1))
  else
    fail "iteration $i: layer file is neither the old nor the new version"
    break
  fi
  prev=$now
  if ! "$CRUX" claims "$P" --layer layer0 >/dev/null 2>"$WORK/load.err"; then
    fail "iteration $i: the project does not load: $(head -3 "$WORK/load.err")"
    break
  fi
done
echo "$ITER kills within ${full_ms} ms: $old left the old file, $new the new one"
[ "$old" -gt 0 ] && [ "$new" -gt 0 ] || fail "the kills should land both before and after saves (old $old, new $new)"
# A last edit must get through despite any stale lock.
run claim edit "$P" c-0 --note "after the storm"
expect_status 0 "edit after the kills"
expect_file_contains "$L" "<note>after the storm</note>"
checks=$((checks + ITER))
finish
