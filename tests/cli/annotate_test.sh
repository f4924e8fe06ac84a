#!/usr/bin/env bash
# The annotation commands on a fresh project: layer, annotate, claims, link,
# links, claim edit/delete, link delete, source set/remove, taxonomy, check,
# layer import; JSON as in the conventions; errors with clear messages.
. "$(dirname "$0")/lib.sh"
P=$WORK/p
"$CRUX" init "$P" --title t >/dev/null 2>&1
printf 'The palace\n\nRed Guards and Kronstadt sailors stormed the Winter Palace on the 25th October.\n\nAurora fired blank shots. Aurora fired blank shots again.\n' >"$WORK/notes.txt"
printf 'Encyclopedia\n\nMore than 2000 military officers defended the Winter Palace, in a fierce battle.\n' >"$WORK/enc.txt"
"$CRUX" import "$P" "$WORK/notes.txt" "$WORK/enc.txt" >/dev/null 2>&1
[ -f "$P/taxonomies/claim-types.tei.xml" ] || fail "init did not write the default claim taxonomy"

run layer new "$P" minh --name "Minh's layer" --colour "#2ca02c"
expect_status 0 "layer new"
expect_eq "$(cat "$OUT")" "minh" "layer new prints the id"
run layer new "$P" minh
expect_status 1 "layer new twice"
expect_stderr "already exists"
run layer new "$P" "Bad Id"
expect_status 2 "layer new with a bad id"

run annotate "$P" --layer minh --source enc --quote "More than 2000 military officers" --type forces \
  --prop quantity=">2000" --prop unit=officers --prop actor="Provisional Government" --note "Soviet figure" --cert low
expect_status 0 "annotate"
A=$(cat "$OUT")
[[ "$A" =~ ^c-[a-z2-9]{8}$ ]] || fail "claim id '$A' is not c- and 8 base-32 characters"

run annotate "$P" --layer minh --source notes --quote "Aurora fired blank shots" --type event
expect_status 1 "ambiguous quote"
expect_stderr "occurs 2 times"
run annotate "$P" --layer minh --source notes --quote "Aurora fired blank shots" --occurrence 2 --type event
expect_status 0 "annotate with --occurrence"
B=$(cat "$OUT")
run annotate "$P" --layer minh --source notes --quote "not in the text" --type event
expect_status 1 "quote not found"
expect_stderr "is not in the text of the source"
run annotate "$P" --layer minh --source notes --quote "stormed" --type gossip
expect_status 1 "unknown type"
expect_stderr "'gossip' is not a category of the claim taxonomy"
run annotate "$P" --layer nolayer --source notes --quote "stormed" --type event
expect_status 1 "unknown layer"
expect_stderr "there is no layer 'nolayer'"

run claims "$P" --json
expect_status 0 "claims --json"
python3 - "$OUT" "$A" "$B" <<'PY' || fail "claims --json content"
import json, sys
cs = {c["id"]: c for c in json.load(open(sys.argv[1]))}
a, b = cs[sys.argv[2]], cs[sys.argv[3]]
for k in ("id", "source", "layer", "type", "quote", "start", "end", "anchor", "properties", "author", "certainty", "note"):
    assert k in a, k
assert a["quote"] == "More than 2000 military officers" and a["anchor"] == "exact" and a["layer"] == "minh"
assert a["properties"]["quantity"] == {"min": 2000, "qualifier": "more-than", "unit": "officers"}, a["properties"]
assert a["certainty"] == "low" and a["note"] == "Soviet figure" and a["author"] == "Test User"
assert b["quote"] == "Aurora fired blank shots" and b["start"] > 60, b
assert a["end"] - a["start"] == len(a["quote"])
PY

run link "$P" --layer minh --from "$A" --to "$B" --type contradicts --note "numbers" --cert high
expect_status 0 "link"
L=$(cat "$OUT")
[[ "$L" =~ ^l-[a-z2-9]{8}$ ]] || fail "link id '$L'"
run link "$P" --layer minh --from "$A" --to c-nothere --type contradicts
expect_status 1 "link to a missing claim"
expect_stderr "there is no claim 'c-nothere'"
run link "$P" --layer minh --from "$A" --to "$B" --type hates
expect_status 1 "unknown relation"
run links "$P"
expect_stdout "$(printf '%s\tminh\tcontradicts\t%s\t%s\thigh' "$L" "$A" "$B")"

run claim edit "$P" "$A" --type casualties --prop place=Petrograd --cert high
expect_status 0 "claim edit"
run claims "$P" --layer minh
expect_stdout "$(printf '%s\tenc\tminh\tcasualties' "$A")"
run source set "$P" enc --perspective "official PRC/Soviet narrative" --type tertiary
expect_status 0 "source set"
run info "$P"
expect_stdout "official PRC/Soviet narrative"
run claims "$P" --json
python3 -c 'import json,sys; cs=json.load(open(sys.argv[1])); assert all(c["anchor"]=="exact" for c in cs), cs' "$OUT" || fail "claims moved by a header edit"

run taxonomy add "$P" motive --label Motive --colour "#123456" --key M
expect_status 0 "taxonomy add"
run taxonomy add "$P" motive2 --key F
expect_status 1 "taxonomy add with a clashing key"
expect_stderr "both use the key"
run taxonomy list "$P" --taxonomy claim-types
expect_stdout "$(printf 'claim-types\tmotive\t\tMotive\t#123456\tM')"
run taxonomy remove "$P" casualties
expect_status 1 "removing a category in use"
expect_stderr "still used by claim $A"

run check "$P"
expect_status 0 "check of a sound project"

# A classmate's layer comes in.
cp "$P/layers/minh.tei.xml" "$WORK/minh.tei.xml"
run layer import "$P" "$WORK/minh.tei.xml"
expect_status 1 "layer import over an existing layer"
expect_stderr "already has a layer 'minh'"
run layer import "$P" "$WORK/minh.tei.xml" --as lan
expect_status 1 "layer import of claims whose ids exist"
expect_stderr "is already used"
"$CRUX" layer remove "$P" minh >/dev/null 2>&1 || fail "layer remove"
[ -e "$P/layers/minh.tei.xml" ] && fail "layer file still there after remove"
run layer import "$P" "$WORK/minh.tei.xml" --as lan
expect_status 0 "layer import"
run layer list "$P"
expect_stdout "$(printf 'lan\t')"
run claims "$P" --layer lan
expect_stdout "$A"

run source remove "$P" enc
expect_status 1 "source remove with claims"
expect_stderr "claims point into this source"
run source remove "$P" enc --force
expect_status 0 "source remove --force"
[ -e "$P/sources/enc.tei.xml" ] && fail "source file still there"
finish
