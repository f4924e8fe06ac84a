#!/usr/bin/env bash
# Installs what Crux needs (Debian 12, apt-get), builds it, and opens the
# workbench on the sample project (or on the project folder given).
#
#   scripts/workbench.sh [PROJECT_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh" build
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCRUX_BUILD_TESTS=OFF -DCRUX_BUILD_BENCH=OFF >/dev/null
cmake --build "$root/build" --target crux crux-workbench
exec "$root/build/app/gui/crux-workbench" "${1:-$root/projects/october-1917}"
