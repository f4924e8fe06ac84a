#!/usr/bin/env bash
# Every bad input of the foundation issue, through the CLI as a user meets it:
# a message naming the file and the problem, the exit code of the
# conventions, and nothing on disk changed (no half-written source, no output
# file left by to-tei -o).
. "$(dirname "$0")/lib.sh"
P=$WORK/p
"$CRUX" init "$P" --title bad >/dev/null 2>&1
I=$WORK/in
mkdir -p "$I"

# check NAME FILE STATUS "message part"...: import must fail with STATUS,
# stderr naming FILE and containing every part, the project unchanged, and
# to-tei -o must leave no output file.
check() {
  local name=$1 file=$2 status=$3
  shift 3
  local before
  before=$(snapshot "$P")
  run import "$P" "$file"
  expect_status "$status" "$name (import)"
  expect_stderr "$file"
  for part in "$@"; do expect_stderr "$part"; done
  expect_eq "$(snapshot "$P")" "$before" "$name: project unchanged"
  run to-tei "$file" -o "$WORK/out.xml"
  expect_status "$status" "$name (to-tei)"
  [ -e "$WORK/out.xml" ] && { fail "$name: to-tei left an output file"; rm -f "$WORK/out.xml"; }
  ls -a "$WORK" | grep -q '\.tmp-' && fail "$name: a temp file was left behind"
}

: >"$I/empty.txt"
check "empty file" "$I/empty.txt" 1 "the file is empty"

head -c 4096 /bin/ls >"$I/program.txt"
check "binary file" "$I/program.txt" 1 "not a text file"

# Mostly valid UTF-8 (Vietnamese) with one stray byte: invalid UTF-8 at its
# offset, not re-guessed as a legacy encoding.
printf 'Điện Mùa đông, 25 tháng 10.\nThe cadets \xff surrendered.\n' >"$I/invalid.txt"
offset=$(python3 -c 'import sys; print(open(sys.argv[1],"rb").read().index(b"\xff"))' "$I/invalid.txt")
check "invalid UTF-8" "$I/invalid.txt" 1 "not valid UTF-8" "byte offset $offset"
run to-tei "$I/invalid.txt" --lossy
expect_status 0 "invalid UTF-8 with --lossy"
expect_stdout "The cadets"
expect_stderr "replaced by U+FFFD"

# An encoding the detector cannot decide (Latin and Cyrillic tie): refused
# with a clear message; --encoding settles it.
printf '\xC4\xD7\xC0 \xC6\xD1 \xEE\xC2 Zoe ' >"$I/undecided.txt"
check "undecidable encoding" "$I/undecided.txt" 1 "cannot tell which encoding" "--encoding"
run to-tei "$I/undecided.txt" --encoding windows-1251
expect_status 0 "undecidable encoding with --encoding"
expect_stdout "ДЧА ЖС оВ Zoe"

check "missing path" "$I/nowhere.txt" 1 "no such file"
mkdir -p "$I/folder.txt"
check "directory" "$I/folder.txt" 1 "is a folder"

printf 'secret' >"$I/secret.txt"
chmod 000 "$I/secret.txt"
chmod 755 "$WORK" "$I"
if command -v runuser >/dev/null && [ "$(id -u)" = 0 ]; then
  # Root reads anything: ask as an ordinary user.
  chmod -R a+rwX "$P"
  runuser -u nobody -- "$CRUX" to-tei "$I/secret.txt" >"$OUT" 2>"$ERR"
  STATUS=$?
  expect_status 2 "unreadable file"
  expect_stderr "$I/secret.txt: permission denied"
elif [ "$(id -u)" != 0 ]; then
  check "unreadable file" "$I/secret.txt" 2 "permission denied"
fi

# A few stray NULs in text: removed and counted, not refused.
printf 'The Aurora fired\0 a blank shot.\nKerensky fled.\0\n' >"$I/nuls.txt"
run to-tei "$I/nuls.txt"
expect_status 0 "text with stray NULs"
expect_stdout "The Aurora fired a blank shot."
expect_stderr "2 control characters removed"

# XML attacks: refused, nothing outside read.
cat >"$I/xxe.xml" <<'XML'
<?xml version="1.0"?>
<!DOCTYPE TEI [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>x</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader><text><body><p>&xxe;</p></body></text></TEI>
XML
check "XXE" "$I/xxe.xml" 1 "entities"
run to-tei "$I/xxe.xml"
grep -q "root:" "$OUT" "$ERR" && fail "XXE: /etc/passwd was read"

{
  echo '<?xml version="1.0"?>'
  echo '<!DOCTYPE lolz ['
  echo '<!ENTITY lol "lol">'
  prev=lol
  for i in 1 2 3 4 5 6 7 8 9; do
    echo "<!ENTITY lol$i \"&$prev;&$prev;&$prev;&$prev;&$prev;&$prev;&$prev;&$prev;&$prev;&$prev;\">"
    prev=lol$i
  done
  echo ']>'
  echo '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&lol9;</p></body></text></TEI>'
} >"$I/laughs.xml"
start=$(date +%s)
check "billion laughs" "$I/laughs.xml" 1 "entities"
[ $(( $(date +%s) - start )) -lt 20 ] || fail "billion laughs took too long"

printf '<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>cut' >"$I/truncated.xml"
check "truncated XML" "$I/truncated.xml" 1 "truncated.xml:2:"

# HTML nested 100,000 deep: no stack overflow, text kept.
python3 -c 'import sys; sys.stdout.write("<!DOCTYPE html><html><body>" + "<div>"*100000 + "deep text" + "</div>"*100000 + "</body></html>")' >"$I/deep.html"
run to-tei "$I/deep.html"
expect_status 0 "HTML nested 100,000 deep"
expect_stdout "deep text"
expect_stderr "flattened"

# A 1 GB input: refused with the size limit, without reading it (sparse file).
truncate -s 1G "$I/huge.txt"
check "1 GB input" "$I/huge.txt" 1 "more than the limit of 256 MB"

# Import into a folder that is not a project.
run import "$WORK/in" "$I/nuls.txt"
expect_status 1 "import into a non-project"
expect_stderr "not a Crux project"
[ -e "$I/sources" ] && fail "import into a non-project created sources/"
finish
