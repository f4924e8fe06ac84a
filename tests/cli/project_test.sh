#!/usr/bin/env bash
# crux init / import / info on a fresh project: layout, ids, collisions,
# several files with one failing, importing into a folder that is no project.
. "$(dirname "$0")/lib.sh"
P=$WORK/seminar

run init "$P" --title "1917 in memory" --description "How October was told"
expect_status 0 "init"
for f in crux-project.xml .gitignore .gitattributes; do [ -f "$P/$f" ] || fail "init did not write $f"; done
for d in sources layers taxonomies .crux; do [ -d "$P/$d" ] || fail "init did not make $d/"; done
expect_file_contains "$P/.gitignore" ".crux/"
expect_file_contains "$P/crux-project.xml" "<title>1917 in memory</title>"
expect_file_contains "$P/crux-project.xml" 'name="Test User"'

run init "$P" --title again
expect_status 1 "init on an existing project"
expect_stderr "is already a Crux project"

printf 'Heading\n\nThe Winter Palace was taken on the night of 25 October.\n' >"$WORK/note.txt"
printf 'Another note about Kerensky, who fled in a car.\n' >"$WORK/other.txt"
: >"$WORK/empty.txt"

run import "$P" "$WORK/note.txt" --type secondary --perspective "Western textbook"
expect_status 0 "import"
expect_eq "$(cat "$OUT")" "$(printf 'note\t%s\timported' "$WORK/note.txt")" "import stdout"
expect_stderr "imported as text"
[ -f "$P/sources/note.tei.xml" ] || fail "sources/note.tei.xml missing"

# The same file name again gets -2; an explicit --id that exists is refused.
run import "$P" "$WORK/note.txt"
expect_status 0 "second import"
expect_stdout "note-2"
before=$(snapshot "$P")
run import "$P" "$WORK/other.txt" --id note
expect_status 1 "import with an existing --id"
expect_stderr "already has a source with the id 'note'"
expect_eq "$(snapshot "$P")" "$before" "project after a refused import"

# Several files: one fails, the others still come in; exit 1.
run import "$P" "$WORK/other.txt" "$WORK/empty.txt"
expect_status 1 "import with one bad file"
expect_stdout "$(printf 'other\t%s\timported' "$WORK/other.txt")"
expect_stdout "$(printf '%s\tfailed' "$WORK/empty.txt")"
expect_stderr "empty.txt: the file is empty"
[ -f "$P/sources/empty.tei.xml" ] && fail "a failed import left a file"

run info "$P"
expect_status 0 "info"
expect_stdout "$(printf 'id\ttitle\tlanguage\ttype\tperspective\tcharacters')"
expect_stdout "$(printf 'note\tHeading\ten\tsecondary\tWestern textbook')"
run info "$P" --json
expect_status 0 "info --json"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["title"]=="1917 in memory"; assert len(d["sources"])==3, d; s=[x for x in d["sources"] if x["id"]=="note"][0]; assert s["language"]=="en" and s["type"]=="secondary" and s["characters"]>40, s' "$OUT" || fail "info --json content"

# Not a project.
mkdir -p "$WORK/plain"
echo hello >"$WORK/plain/readme.txt"
before=$(snapshot "$WORK/plain")
run import "$WORK/plain" "$WORK/note.txt"
expect_status 1 "import into a folder that is not a project"
expect_stderr "plain: not a Crux project: crux-project.xml is missing"
expect_eq "$(snapshot "$WORK/plain")" "$before" "non-project folder after import"
run info "$WORK/nowhere"
expect_status 1 "info on a missing folder"
expect_stderr "nowhere: no such folder"
finish
