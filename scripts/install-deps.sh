#!/usr/bin/env bash
# Installs every Debian 12 package Crux needs to build, run, test and benchmark.
# Works as root (calls apt-get directly) or as a user with sudo. Idempotent: when
# every package is already installed it returns without touching apt.
#
#   scripts/install-deps.sh [build|test|bench|all]   (default: all)
set -euo pipefail

build_pkgs=(
  build-essential cmake ninja-build pkg-config git
  libwxgtk3.2-dev libfontconfig-dev libxerces-c-dev libicu-dev libboost-filesystem-dev
  libgumbo-dev libzip-dev nlohmann-json3-dev libcli11-dev libcld2-dev
  libsqlite3-dev googletest libgtest-dev libgmock-dev libbenchmark-dev
)
test_pkgs=(
  jing libxml2-utils xvfb xauth xdotool fonts-noto-core fonts-noto-cjk
  python3 python3-jsonschema zip unzip
)
bench_pkgs=( pandoc ripgrep hyperfine time )

what=${1:-all}
pkgs=("${build_pkgs[@]}")
case $what in
  build) ;;
  test) pkgs+=("${test_pkgs[@]}") ;;
  bench) pkgs+=("${test_pkgs[@]}" "${bench_pkgs[@]}") ;;
  all) pkgs+=("${test_pkgs[@]}" "${bench_pkgs[@]}") ;;
  *) echo "install-deps.sh: unknown set '$what' (build, test, bench or all)" >&2; exit 2 ;;
esac

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
echo "install-deps.sh: installing ${missing[*]}" >&2
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
