#!/usr/bin/env bash
# crux bundle / unbundle: a project through one file and back, the same bytes
# with SOURCE_DATE_EPOCH, exit codes, and hostile bundles (made here with
# Python's zipfile) refused with nothing left on disk.
. "$(dirname "$0")/lib.sh"
P=$WORK/seminar

run init "$P" --title "1917 in memory"
expect_status 0 "init"
printf 'The Winter Palace was taken on the night of 25 October.\n' >"$WORK/note.txt"
run import "$P" "$WORK/note.txt"
expect_status 0 "import"
mkdir -p "$P/.crux" && echo "cache" >"$P/.crux/index"

run bundle "$P" -o "$WORK/seminar.crux"
expect_status 0 "bundle"
expect_stderr "crux: bundled"
expect_stderr "into $WORK/seminar.crux"
expect_eq "$(cat "$OUT")" "" "bundle stdout"
[ -s "$WORK/seminar.crux" ] || fail "bundle wrote no file"
ls -a "$WORK" | grep -q '\.tmp-' && fail "bundle left a temp file"

run unbundle "$WORK/seminar.crux" "$WORK/copy"
expect_status 0 "unbundle"
expect_stderr "crux: unpacked"
expect_stderr "into $WORK/copy"
diff -r -x .crux "$P" "$WORK/copy" >/dev/null || fail "the unpacked project differs from the original"
[ -e "$WORK/copy/.crux" ] && fail "the caches (.crux/) were bundled"
run info "$WORK/copy"
expect_status 0 "info on the unpacked project"
expect_stdout "note"

# The same project gives the same bytes, whatever the files' times.
SOURCE_DATE_EPOCH=1700000000 "$CRUX" bundle "$P" -o "$WORK/a.crux" 2>/dev/null || fail "bundle a.crux"
touch -d '2001-01-01 12:00' "$P/sources/note.tei.xml"
SOURCE_DATE_EPOCH=1700000000 "$CRUX" bundle "$P" -o "$WORK/b.crux" 2>/dev/null || fail "bundle b.crux"
checks=$((checks + 1))
cmp -s "$WORK/a.crux" "$WORK/b.crux" || fail "two bundles of one project with SOURCE_DATE_EPOCH differ"

run bundle "$P"
expect_status 2 "bundle without -o"
mkdir -p "$WORK/plain"
run bundle "$WORK/plain" -o "$WORK/plain.crux"
expect_status 1 "bundle of a folder that is no project"
expect_stderr "plain: not a Crux project"
[ -e "$WORK/plain.crux" ] && fail "a refused bundle left a file"
run bundle "$P" -o "$P/sources/inside.crux"
expect_status 1 "bundle into the project's sources/"
expect_stderr "lies inside the project's sources/ folder"
run unbundle "$WORK/seminar.crux" "$P"
expect_status 1 "unbundle into a folder that is not empty"
expect_stderr "the folder is not empty"

# Hostile bundles. The mail folder must look the same after each refusal.
M=$WORK/mail
mkdir -p "$M"
python3 - "$M" <<'PY' || fail "python3 could not forge the hostile bundles"
import sys, zipfile
manifest = '<crux-project version="1"><title>t</title></crux-project>\n'
with zipfile.ZipFile(sys.argv[1] + '/climb.crux', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('crux-project.xml', manifest)
    z.writestr('../evil.txt', 'owned\n')
with zipfile.ZipFile(sys.argv[1] + '/link.crux', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('crux-project.xml', manifest)
    link = zipfile.ZipInfo('sources/passwd.tei.xml')
    link.create_system = 3
    link.external_attr = 0o120777 << 16  # what `zip --symlinks` writes
    z.writestr(link, '/etc/passwd')
with zipfile.ZipFile(sys.argv[1] + '/bomb.crux', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('crux-project.xml', manifest)
    z.writestr('sources/zeros.tei.xml', bytes(20 << 20))
PY
echo "Dear colleague, the project is attached." >"$M/letter.crux"

before=$(snapshot "$M")
run unbundle "$M/climb.crux" "$M/victim"
expect_status 1 "unbundle of a bundle with a ../ entry"
expect_stderr "climb.crux: refused: the entry '../evil.txt' climbs out of the project folder"
expect_stderr "nothing was unpacked"
run unbundle "$M/link.crux" "$M/victim"
expect_status 1 "unbundle of a bundle with a symbolic link"
expect_stderr "link.crux: refused: the entry 'sources/passwd.tei.xml' is a symbolic link"
run unbundle "$M/bomb.crux" "$M/victim"
expect_status 1 "unbundle of a ZIP bomb"
expect_stderr "bomb.crux: refused: the entry 'sources/zeros.tei.xml' is compressed more than 100:1"
run unbundle "$M/letter.crux" "$M/victim"
expect_status 1 "unbundle of a text file"
expect_stderr "letter.crux: not a Crux bundle: it is not a ZIP archive"
run unbundle "$M/absent.crux" "$M/victim"
expect_status 1 "unbundle of a missing file"
expect_stderr "absent.crux: no such file"
[ -e "$M/victim" ] && fail "a refused unbundle left the target folder"
[ -e "$WORK/evil.txt" ] && fail "the ../ entry was written"
expect_eq "$(snapshot "$M")" "$before" "the mail folder after refused unbundles"
finish
