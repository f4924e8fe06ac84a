#!/usr/bin/env bash
# run-under-xvfb.sh COMMAND [ARGS...]
#
# Runs a GUI test under X11. With DISPLAY set, on that display; without, on a
# private Xvfb (1400x900x24) on a display number Xvfb picks itself
# (-displayfd), so parallel CTest runs never collide; Xvfb is stopped when the
# command ends. Exit status: the command's; 2 when Xvfb cannot start.
set -uo pipefail
export GDK_BACKEND=x11
unset WAYLAND_DISPLAY
# GTK's accessibility bus only adds start-up noise and delays in tests.
export NO_AT_BRIDGE=1

if [ -n "${DISPLAY:-}" ]; then
  exec "$@"
fi
if ! command -v Xvfb >/dev/null; then
  echo "run-under-xvfb.sh: Xvfb is not installed (apt-get install xvfb)" >&2
  exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/crux-xvfb-XXXXXX")
Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$tmp/display" 2>"$tmp/xvfb.log" &
xvfb_pid=$!
cleanup() {
  kill "$xvfb_pid" 2>/dev/null
  wait "$xvfb_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

# Xvfb writes the display number and a newline once it accepts connections.
for _ in $(seq 1 100); do
  if grep -q '^[0-9]\+$' "$tmp/display" 2>/dev/null; then break; fi
  if ! kill -0 "$xvfb_pid" 2>/dev/null; then
    echo "run-under-xvfb.sh: Xvfb did not start:" >&2
    cat "$tmp/xvfb.log" >&2
    exit 2
  fi
  sleep 0.1
done
if ! grep -q '^[0-9]\+$' "$tmp/display" 2>/dev/null; then
  echo "run-under-xvfb.sh: Xvfb gave no display number within 10 s" >&2
  exit 2
fi
export DISPLAY=":$(head -n1 "$tmp/display")"

"$@"
exit $?
