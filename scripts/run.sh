#!/usr/bin/env bash
# The first README command: install what is missing, build, and launch Tenarai with the bundled
# lessons. The progress database is created in the user's data location
# (~/.local/share/Tenarai/Tenarai on Linux).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTENARAI_BUILD_TESTS=OFF
build="${TENARAI_BUILD_DIR:-$root/build}"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: starting Tenarai in a virtual X server (xvfb-run)." >&2
  exec xvfb-run -a -s "-screen 0 1366x768x24" "$build/app/tenarai" --lessons "$root/lessons" "$@"
fi
exec "$build/app/tenarai" --lessons "$root/lessons" "$@"
