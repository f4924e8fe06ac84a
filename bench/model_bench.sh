#!/usr/bin/env bash
# Annotation-model benchmark (issue 3): a generated project of 1,000 sources
# (100 MB of text), 1,000,000 claims and 200,000 links in 20 layers. Times,
# in the same run, xmllint merely parsing the layer files, and Crux loading
# (parse + placing every claim), saving, and re-anchoring after a 1 % random
# edit of the sources; peak memory by /usr/bin/time.
#
#   bench/model_bench.sh [BUILD_DIR] [WORK_DIR] [SCALE]
# SCALE divides the sizes (1 = the issue's scale; 10 for a quick look).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-release}
work=${2:-/tmp/crux-model-bench}
scale=${3:-1}
gen=$build/bench/crux-generate-project
bench=$build/bench/crux-model-bench
rm -rf "$work"
mkdir -p "$work"
echo "generating: $((1000 / scale)) sources, $((1000000 / scale)) claims, $((200000 / scale)) links, 20 layers" >&2
/usr/bin/time -f "generate: %e s, %M KB" "$gen" "$work/p" --sources $((1000 / scale)) --kb-per-source 100 \
  --claims $((1000000 / scale)) --links $((200000 / scale)) --layers 20
du -sh "$work/p/layers" "$work/p/sources" >&2
/usr/bin/time -f "xmllint --noout (all layer files): %e s, %M KB" xmllint --noout --huge "$work/p"/layers/*.tei.xml
/usr/bin/time -f "crux-model-bench: %e s, %M KB" "$bench" "$work/p" --edit-fraction 0.01
