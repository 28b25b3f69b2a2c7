#!/usr/bin/env bash
# The second README command: install what is missing, build with warnings as errors, and run
# every test (unit, GUI offscreen, CLI, fuzz-corpus replays). .ci/run calls this and nothing else.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
build="${TENARAI_BUILD_DIR:-$root/build}"
TENARAI_BUILD_DIR="$build" "$root/scripts/build.sh" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DTENARAI_WERROR=ON -DTENARAI_BUILD_TESTS=ON "$@"
export QT_QPA_PLATFORM=offscreen
cd "$build"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
