#!/usr/bin/env bash
# Installs the Debian 12 packages Tenarai needs to build, test and run, if any are missing.
# Runs apt-get only when something is missing, through sudo when not root.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkgconf
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
  libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  qt6-qpa-plugins
  libquazip1-qt6-dev libicu-dev libphonenumber-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  fonts-noto-cjk postgresql openssl xvfb xauth
)
if [ "${1:-}" = "--with-fuzzers" ]; then
  packages+=(clang libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
