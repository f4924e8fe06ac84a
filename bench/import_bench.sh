#!/usr/bin/env bash
# Import and validation benchmark (foundation issue). Times whole `crux`
# processes on generated inputs and, in the same run, the tools a user would
# use instead: pandoc -t tei on a slice of the same input; xmllint --noout and
# jing on the same TEI file. Prints a Markdown table for docs/performance.md.
#
#   bench/import_bench.sh [CRUX_BINARY] [WORK_DIR] [MB]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
crux=${1:-$root/build/app/cli/crux}
work=${2:-/tmp/crux-bench}
mb=${3:-100}
slice_mb=8
shared=${CRUX_SHARED_DIR:-$root/../shared}
mkdir -p "$work"
[ -f "$work/big.txt" ] && [ "$(stat -c %s "$work/big.txt")" -ge $((mb * 1000000)) ] ||
  python3 "$root/bench/generate_inputs.py" "$work" --mb "$mb" --corpus "$shared/corpus/october-1917"
head -c $((slice_mb * 1024 * 1024)) "$work/big.txt" | sed '$d' >"$work/slice.txt"
python3 - "$work/big.html" "$work/slice.html" $((slice_mb * 1024 * 1024)) <<'PY'
import sys
data = open(sys.argv[1], encoding="utf-8").read(int(sys.argv[3]))
cut = data.rfind("</section>")
open(sys.argv[2], "w", encoding="utf-8").write(data[:cut + 10] + "</article></main></body></html>\n")
PY

# measure LABEL FILE CMD...: prints "seconds peak_MB" of one run.
measure() {
  /usr/bin/time -o "$work/.time" -f "%e %M" "$@" >/dev/null 2>&1
  tail -1 "$work/.time"
}
# median3 CMD...: the run with the median time of three (crux runs are short;
# the machine is shared, so one run can be unlucky). pandoc runs once.
median3() {
  { measure "$@"; measure "$@"; measure "$@"; } | sort -n | sed -n 2p
}
row() {  # LABEL INPUT_BYTES "seconds kb"
  local label=$1 bytes=$2 s kb
  read -r s kb <<<"$3"
  python3 -c "import sys; b=$bytes; s=max($s,0.001); print(f'| {sys.argv[1]} | {b/1048576:.1f} MB | {s:.2f} s | {b/1048576/s:.1f} MB/s | {$kb/1024:.0f} MB |')" "$label"
}
bytes() { stat -c %s "$1"; }

echo "| what | input | time (crux, xmllint: median of 3) | throughput | peak memory |"
echo "|---|---|---|---|---|"
row "crux to-tei, plain text" "$(bytes "$work/big.txt")" "$(median3 "$crux" to-tei "$work/big.txt" -o "$work/big.tei.xml")"
row "crux to-tei, HTML" "$(bytes "$work/big.html")" "$(median3 "$crux" to-tei "$work/big.html" -o "$work/big-html.tei.xml")"
if command -v pandoc >/dev/null; then
  row "pandoc -f markdown -t tei, plain text slice" "$(bytes "$work/slice.txt")" "$(measure pandoc -f markdown -t tei "$work/slice.txt" -o "$work/slice-pandoc.xml")"
  row "pandoc -f html -t tei, HTML slice" "$(bytes "$work/slice.html")" "$(measure pandoc -f html -t tei "$work/slice.html" -o "$work/slice-html-pandoc.xml")"
  row "crux to-tei, plain text slice" "$(bytes "$work/slice.txt")" "$(median3 "$crux" to-tei "$work/slice.txt" -o "$work/slice.tei.xml")"
  row "crux to-tei, HTML slice" "$(bytes "$work/slice.html")" "$(median3 "$crux" to-tei "$work/slice.html" -o "$work/slice-html.tei.xml")"
fi
# Validation of a ~50 MB TEI file.
head -c $((50 * 1024 * 1024)) "$work/big.txt" | sed '$d' >"$work/v50.txt"
"$crux" to-tei "$work/v50.txt" -o "$work/v50.tei.xml" 2>/dev/null
row "crux validate (Xerces, our XSD)" "$(bytes "$work/v50.tei.xml")" "$(median3 "$crux" validate "$work/v50.tei.xml")"
row "xmllint --noout (parse only)" "$(bytes "$work/v50.tei.xml")" "$(median3 xmllint --noout --huge "$work/v50.tei.xml")"
if command -v jing >/dev/null && [ -f "$shared/schemas/tei_all.rng" ]; then
  row "jing tei_all.rng" "$(bytes "$work/v50.tei.xml")" "$(measure jing "$shared/schemas/tei_all.rng" "$work/v50.tei.xml")"
fi
