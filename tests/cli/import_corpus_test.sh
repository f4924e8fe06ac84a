#!/usr/bin/env bash
# The acceptance checks of the foundation issue on the real corpus: the five
# files import; the three Russian encodings give the same text without
# options; the TEI validates (our XSD, and jing with tei_all); boilerplate is
# out of the body; no doubled headings; Vietnamese intact; en and vi detected.
. "$(dirname "$0")/lib.sh"
need_shared
C=$SHARED/corpus/october-1917
E=$SHARED/corpus/encodings
P=$WORK/p
body() { xmllint --xpath 'string(//*[local-name()="text"]/*[local-name()="body"])' "$1"; }
back() { xmllint --xpath 'string(//*[local-name()="text"]/*[local-name()="back"])' "$1"; }

run init "$P" --title corpus
run import "$P" "$C"/*.txt --json
expect_status 0 "import of the five corpus files"
python3 - "$OUT" <<'PY' || fail "import --json report"
import json, sys
rows = json.load(open(sys.argv[1]))
assert len(rows) == 5, rows
lang = {r["id"]: r["report"]["language"] for r in rows}
assert all(r["status"] == "imported" for r in rows), rows
for i, l in lang.items():
    assert l == ("vi" if i.endswith("-vi") else "en"), (i, l)
PY
for f in "$P"/sources/*.tei.xml; do
  run validate "$f"
  expect_status 0 "crux validate $(basename "$f")"
done
if command -v jing >/dev/null && [ -f "$SHARED/schemas/tei_all.rng" ]; then
  jing "$SHARED/schemas/tei_all.rng" "$P"/sources/*.tei.xml >"$WORK/jing.txt" 2>&1 || fail "jing tei_all: $(grep -v SLF4J "$WORK/jing.txt" | head -5)"
fi

# Boilerplate out of the body (and kept in <back>, not lost).
R=$P/sources/revision-notes-october-november-en.tei.xml
S=$P/sources/socialist-lessons-1917-en.tei.xml
body "$R" >"$WORK/r-body.txt"; back "$R" >"$WORK/r-back.txt"
body "$S" >"$WORK/s-body.txt"; back "$S" >"$WORK/s-back.txt"
expect_file_lacks "$WORK/r-body.txt" "GoStudent"
expect_file_contains "$WORK/r-back.txt" "Unlock your full potential with GoStudent tutoring"
expect_file_lacks "$WORK/s-body.txt" "020 8988 8777"
expect_file_contains "$WORK/s-back.txt" "020 8988 8777"
expect_file_lacks "$WORK/s-body.txt" "Yorkshire: 078 0983 9793"
expect_file_lacks "$WORK/s-body.txt" "August 2021"
expect_file_contains "$WORK/s-back.txt" "August 2021"
expect_file_contains "$WORK/s-body.txt" "The October revolution (7-8 November in the modern calendar)"
# No heading doubled by the web scrape.
n=$(xmllint --xpath 'count(//*[local-name()="body"]//*[local-name()="head"][normalize-space()="Rise of the Bolsheviks"])' "$R")
expect_eq "$n" "1" "headings 'Rise of the Bolsheviks' in the body"
expect_file_contains "$WORK/r-body.txt" "Aurora (a cruiser harboured nearby) fired blank shots"
# Vietnamese diacritics intact.
V=$P/sources/cach-mang-1917-lich-su-vi.tei.xml
expect_file_contains "$V" "Chính phủ lâm thời"
expect_file_contains "$V" 'xml:lang="vi"'
expect_file_contains "$P/sources/nam-1918-cach-mang-nga-vi.tei.xml" "Cách mạng Tháng Mười"
# Citation marks are marked up.
expect_file_contains "$P/sources/encyclopedia-october-revolution-en.tei.xml" '<ref type="citation">[79]</ref>'

# The three encodings of one Russian text give the same text, no options.
for enc in utf8 cp1251 koi8r; do
  run to-tei "$E/oktyabr-uchebnik.ru.$enc.txt" -o "$WORK/ru-$enc.xml" --json
  expect_status 0 "to-tei $enc"
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); assert r["language"]=="ru", r' "$ERR" || fail "language of $enc"
  # KOI8-R lacks « » and the dash: that copy has ASCII stand-ins.
  body "$WORK/ru-$enc.xml" | python3 -c 'import re,sys; t=sys.stdin.read(); t=re.sub(r"«|»|<<|>>|—|--", "", t); print(re.sub(r"\s+", " ", t))' >"$WORK/ru-$enc.txt"
done
cmp -s "$WORK/ru-utf8.txt" "$WORK/ru-cp1251.txt" || fail "cp1251 text differs from UTF-8"
cmp -s "$WORK/ru-utf8.txt" "$WORK/ru-koi8r.txt" || fail "koi8r text differs from UTF-8: $(diff "$WORK/ru-utf8.txt" "$WORK/ru-koi8r.txt" | head -5)"
expect_file_contains "$WORK/ru-cp1251.txt" "Зимн"
finish
