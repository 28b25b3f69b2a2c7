#!/usr/bin/env bash
# Configures and builds Tenarai in build/ (or $TENARAI_BUILD_DIR). Extra arguments go to CMake.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${TENARAI_BUILD_DIR:-$root/build}"
cmake -S "$root" -B "$build" -G Ninja "$@" >"$build.configure.log" 2>&1 || { cat "$build.configure.log"; exit 1; }
cmake --build "$build" --parallel "$(nproc)"
