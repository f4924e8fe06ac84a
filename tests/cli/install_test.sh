#!/usr/bin/env bash
# `cmake --install` puts crux, crux-workbench and the schemas in place, and the
# installed crux finds its schemas without the source tree.
. "$(dirname "$0")/lib.sh"
BUILD=${CRUX_BINARY_DIR:?CRUX_BINARY_DIR not set}
cmake --install "$BUILD" --prefix "$WORK/prefix" >"$WORK/install.log" 2>&1 || fail "cmake --install: $(tail -3 "$WORK/install.log")"
[ -x "$WORK/prefix/bin/crux" ] || fail "bin/crux not installed"
if grep -q "CRUX_BUILD_GUI:BOOL=ON" "$BUILD/CMakeCache.txt"; then
  [ -x "$WORK/prefix/bin/crux-workbench" ] || fail "bin/crux-workbench not installed"
fi
[ -f "$WORK/prefix/share/crux/schemas/crux-tei.xsd" ] || fail "schemas not installed"
CRUX=$WORK/prefix/bin/crux
run --version
expect_status 0 "installed crux --version"
# Validation with the installed schemas only (the source tree's are hidden).
unset CRUX_SCHEMA_DIR
"$CRUX" init "$WORK/p" --title t >/dev/null 2>&1
printf 'A title\n\nSome text about the palace.\n' >"$WORK/a.txt"
"$CRUX" import "$WORK/p" "$WORK/a.txt" >/dev/null 2>&1
CRUX_SCHEMA_DIR="$WORK/prefix/share/crux/schemas" run validate "$WORK/p"
expect_status 0 "validate with the installed schemas"
finish
