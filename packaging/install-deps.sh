#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs every build, test and run dependency of PetaKSD from Debian 12 packages.
# Idempotent: packages already installed are skipped; nothing is done when all are present.
#   --bench    also the benchmark peers (networkx, graphviz, hyperfine)
#   --package  also the tools of packaging/build-deb.sh and packaging/test-deb.sh
set -euo pipefail

pkgs=(
  build-essential cmake ninja-build pkg-config libgl-dev libxkbcommon-dev libvulkan-dev libqt6opengl6-dev
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-charts-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libboost-graph-dev catch2 libsqlite3-dev sqlite3
  fonts-dejavu-core xvfb xauth poppler-utils
)
for opt in "$@"; do
  case "$opt" in
    --bench) pkgs+=(python3-networkx python3-numpy python3-scipy graphviz hyperfine) ;;
    # packaging/build-deb.sh and packaging/test-deb.sh: the .deb, its checks, and a clean Debian 12 root
    --package) pkgs+=(dpkg-dev help2man lintian desktop-file-utils appstream debootstrap) ;;
    *) echo "install-deps: unknown option $opt (known: --bench, --package)" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${pkgs[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#pkgs[@]} packages present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
$sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
