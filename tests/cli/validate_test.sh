#!/usr/bin/env bash
# crux validate: generated TEI and projects against our XSDs, kept TEI for
# well-formedness and ids; exit 0 valid, 1 invalid with file:line:col lines.
. "$(dirname "$0")/lib.sh"
P=$WORK/p
"$CRUX" init "$P" --title v >/dev/null 2>&1
printf 'Title line\n\nA paragraph about the Winter Palace.\n\n- one item\n- another item\n' >"$WORK/a.txt"
"$CRUX" import "$P" "$WORK/a.txt" >/dev/null 2>&1

run validate "$P"
expect_status 0 "validate a fresh project"
expect_stderr "4 files checked, 0 invalid"
run validate "$P/sources/a.tei.xml"
expect_status 0 "validate a generated source"

# An element TEI does not have, in a generated file: invalid, with line:col.
sed 's|<p xml:id="a.p1">|<para xml:id="a.p1">|; s|</p>|</para>|' "$P/sources/a.tei.xml" >"$WORK/broken.tei.xml"
run validate "$WORK/broken.tei.xml"
expect_status 1 "validate a broken file"
grep -qE "^$WORK/broken.tei.xml:[0-9]+:[0-9]+: " "$OUT" || fail "no file:line:col line: $(cat "$OUT")"

# Duplicate ids and a dangling pointer.
sed 's|xml:id="a.item2"|xml:id="a.item1"|' "$P/sources/a.tei.xml" >"$WORK/dup.tei.xml"
run validate "$WORK/dup.tei.xml"
expect_status 1 "duplicate ids"
expect_stdout "a.item1"

# A damaged manifest in a project.
cp -r "$P" "$WORK/q"
echo '<crux-project version="1"><title>x</titl></crux-project>' >"$WORK/q/crux-project.xml"
run validate "$WORK/q"
expect_status 1 "damaged manifest"
expect_stdout "crux-project.xml:1:"

run validate "$WORK/none.xml"
expect_status 1 "missing file"
expect_stderr "none.xml: no such file"
finish
