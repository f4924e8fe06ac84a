#!/usr/bin/env bash
# Seminar work with real git: two clones of a project each add, edit and
# delete claims and links in the same layer; `git merge` with crux's merge
# driver joins them. Nothing may be lost, and a claim edited on both sides is a
# conflict kept in both versions and listed by `crux check`.
. "$(dirname "$0")/lib.sh"
command -v git >/dev/null || { echo "SKIP: git not installed"; exit 0; }
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.invalid GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.invalid
P=$WORK/origin
"$CRUX" init "$P" --title seminar >/dev/null 2>&1
printf 'The palace\n\nRed Guards and Kronstadt sailors stormed the Winter Palace on the 25th October.\n\nAurora fired blank shots to signal the start of the attack.\n\nKerensky had only a small number of cadets to defend him.\n' >"$WORK/notes.txt"
printf 'Encyclopedia\n\nMore than 2000 military officers defended the Winter Palace.\n\nKerensky escaped in a car of the American embassy.\n' >"$WORK/enc.txt"
"$CRUX" import "$P" "$WORK/notes.txt" "$WORK/enc.txt" >/dev/null 2>&1
"$CRUX" layer new "$P" shared >/dev/null 2>&1
a=$("$CRUX" annotate "$P" --layer shared --source notes --quote "fired blank shots" --type event 2>/dev/null)
b=$("$CRUX" annotate "$P" --layer shared --source enc --quote "More than 2000 military officers" --type forces 2>/dev/null)
c=$("$CRUX" annotate "$P" --layer shared --source notes --quote "only a small number of cadets" --type forces 2>/dev/null)
d=$("$CRUX" annotate "$P" --layer shared --source enc --quote "Kerensky escaped" --type event 2>/dev/null)
l1=$("$CRUX" link "$P" --layer shared --from "$b" --to "$c" --type contradicts 2>/dev/null)
(cd "$P" && git init -q -b main && git add -A && git commit -qm base) || fail "git setup"

clone() {
  git clone -q "$P" "$1"
  (cd "$1" && git config merge.crux.driver "\"$CRUX\" merge %O %A %B -o %A --name %P")
}
clone "$WORK/minh"
clone "$WORK/lan"

# Minh: adds a claim and a link, edits claim a, deletes claim d.
m1=$(CRUX_USER=Minh "$CRUX" annotate "$WORK/minh" --layer shared --source notes --quote "stormed the Winter Palace" --type event 2>/dev/null)
ml=$(CRUX_USER=Minh "$CRUX" link "$WORK/minh" --layer shared --from "$m1" --to "$a" --type same-event 2>/dev/null)
"$CRUX" claim edit "$WORK/minh" "$a" --note "Minh: a signal, not an attack" >/dev/null 2>&1 || fail "minh edit"
"$CRUX" claim delete "$WORK/minh" "$d" >/dev/null 2>&1 || fail "minh delete"
(cd "$WORK/minh" && git add -A && git commit -qm minh) || fail "minh commit"

# Lan: adds a claim, edits claim a differently (conflict), edits claim b, deletes link l1.
n1=$(CRUX_USER=Lan "$CRUX" annotate "$WORK/lan" --layer shared --source enc --quote "car of the American embassy" --type event 2>/dev/null)
"$CRUX" claim edit "$WORK/lan" "$a" --note "Lan: blank, says the textbook" >/dev/null 2>&1 || fail "lan edit a"
"$CRUX" claim edit "$WORK/lan" "$b" --cert low >/dev/null 2>&1 || fail "lan edit b"
"$CRUX" link delete "$WORK/lan" "$l1" >/dev/null 2>&1 || fail "lan link delete"
(cd "$WORK/lan" && git add -A && git commit -qm lan) || fail "lan commit"

# Lan pulls Minh's work.
(cd "$WORK/lan" && git pull -q --no-rebase "$WORK/minh" main >"$WORK/merge.log" 2>&1)
status=$?
expect_eq "$status" "1" "git merge with a conflicting edit"
grep -q "conflicts kept in the file" "$WORK/merge.log" || fail "merge driver did not report conflicts: $(cat "$WORK/merge.log")"
grep -q '<<<<<<<' "$WORK/lan/layers/shared.tei.xml" && fail "git wrote text conflict markers into the layer"

run claims "$WORK/lan" --json
expect_status 0 "the merged project loads"
python3 - "$OUT" "$a" "$b" "$c" "$d" "$m1" "$n1" <<'PY' || fail "merged claims"
import json, sys
claims = {c["id"]: c for c in json.load(open(sys.argv[1]))}
a, b, c, d, m1, n1 = sys.argv[2:]
for must in (a, b, c, m1, n1):
    assert must in claims, ("lost", must, sorted(claims))
assert d not in claims, "deleted claim came back"
assert claims[b]["certainty"] == "low", claims[b]
notes = {claims[a]["note"]} | {x["note"] for x in claims.values() if x.get("conflict_of") == a}
assert notes == {"Minh: a signal, not an attack", "Lan: blank, says the textbook"}, notes
PY
run links "$WORK/lan" --json
python3 - "$OUT" "$ml" "$l1" <<'PY' || fail "merged links"
import json, sys
links = {l["id"] for l in json.load(open(sys.argv[1]))}
assert sys.argv[2] in links and sys.argv[3] not in links, links
PY
run check "$WORK/lan"
expect_status 1 "check lists the conflict"
expect_stdout "merge conflict"
expect_stdout "$a"
finish
