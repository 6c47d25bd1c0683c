#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Proves the .deb on a fresh Debian 12: a clean minbase root (debootstrap, cached between runs outside the source
# tree, copied fresh for each run), `apt-get install ./petaksd_….deb` inside it (Depends only: no Recommends),
# the headless commands a planner's script would run, the MIME type of a .ksd, then `apt-get purge` and a list of
# every file before and after, which must be the same. A planner's projects in their home folder stay.
#
#   bash packaging/test-deb.sh [petaksd_VERSION_amd64.deb]    # as root (debootstrap, chroot, mount)
#
# Without an argument it takes the newest .deb that build-deb.sh wrote (building one if there is none).
# Cache: $PETAKSD_DEBOOTSTRAP_CACHE, else ~/.cache/petaksd/debootstrap-bookworm. Mirror: the first URI of
# /etc/apt/sources.list.d/debian.sources, else deb.debian.org.
set -euo pipefail

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${PETAKSD_DEB_BUILD:-${XDG_CACHE_HOME:-$HOME/.cache}/petaksd/deb-build}
cache=${PETAKSD_DEBOOTSTRAP_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/petaksd/debootstrap-bookworm}
[ "$(id -u)" -eq 0 ] || { echo "test-deb: needs root (debootstrap, chroot, mount)" >&2; exit 2; }

t0=$(date +%s)
lap=$t0
step() {
  local now; now=$(date +%s)
  printf '\n== test-deb [%4ss total, %3ss last step] %s\n' "$((now - t0))" "$((now - lap))" "$*"
  lap=$now
}
fail() { echo "test-deb: FAIL: $*" >&2; exit 1; }

deb=${1:-}
if [ -z "$deb" ]; then
  deb=$(ls -t "${PETAKSD_DEB_OUT:-$build}"/petaksd_*_amd64.deb 2>/dev/null | head -1 || true)
  if [ -z "$deb" ]; then
    step "no .deb yet: bash packaging/build-deb.sh"
    bash "$src/packaging/build-deb.sh"
    deb=$(ls -t "${PETAKSD_DEB_OUT:-$build}"/petaksd_*_amd64.deb | head -1)
  fi
fi
deb=$(realpath "$deb")
[ -f "$deb" ] || fail "no such package: $deb"
echo "package: $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Package Version Depends | sed 's/^/  /'

# --- 1. A clean Debian 12 root: made once, copied fresh for every run ---------------------------------------
mirror=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1 | awk '{print $1}')
mirror=${mirror:-http://deb.debian.org/debian}
if [ ! -d "$cache/usr" ]; then
  step "debootstrap --variant=minbase bookworm ($mirror) into $cache"
  mkdir -p "$(dirname "$cache")"
  rm -rf "$cache.tmp"
  debootstrap --variant=minbase bookworm "$cache.tmp" "$mirror" >"$(dirname "$cache")/debootstrap.log" 2>&1 \
    || fail "debootstrap failed, see $(dirname "$cache")/debootstrap.log"
  mv "$cache.tmp" "$cache"
else
  step "cached root: $cache"
fi
root=$(mktemp -d "$(dirname "$cache")/test-root.XXXXXX")
cleanup() {
  for m in dev/pts dev proc sys; do mountpoint -q "$root/$m" && umount -l "$root/$m"; done
  rm -rf --one-file-system "$root"
}
trap cleanup EXIT
cp -a "$cache/." "$root/"
mount -t proc proc "$root/proc"
mount -t sysfs sysfs "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# The same suites a Debian 12 office PC has: bookworm, bookworm-updates, bookworm-security.
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
  rm -f "$root/etc/apt/sources.list"
  cp /etc/apt/sources.list.d/debian.sources "$root/etc/apt/sources.list.d/"
fi
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
as_planner() {
  chroot --userspec=planner:planner "$root" env -i PATH=/usr/bin:/bin HOME=/home/planner USER=planner \
    LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime-planner "$@"
}
step "fresh copy in $root; apt-get update"
in_root apt-get -qq update
in_root useradd --create-home --shell /bin/bash planner
in_root install -d -m 0700 -o planner -g planner /tmp/runtime-planner
# The query tool of the MIME check, installed before the "before" list so that it is not counted as left over.
in_root apt-get -qq install -y --no-install-recommends xdg-utils libfile-mimeinfo-perl >/dev/null

snapshot() {
  # Every file and link of the system, apart from the package manager's own records, logs and caches, the
  # regenerated MIME cache contents (names are still compared), the kernel's file systems and /tmp.
  chroot "$root" find / -xdev \( -path /proc -o -path /sys -o -path /dev -o -path /tmp -o -path /run \
    -o -path /var/lib/dpkg -o -path /var/lib/apt -o -path /var/cache -o -path /var/log \) -prune \
    -o -print | sort
}
echo 'x' > "$root/tmp/probe"
before=$(mktemp); after=$(mktemp)
snapshot > "$before"
echo "before: $(wc -l < "$before") paths"

# --- 2. Install: Depends only ------------------------------------------------------------------------------
step "apt-get install --no-install-recommends ./$(basename "$deb")"
cp "$deb" "$root/tmp/"
in_root apt-get install -y --no-install-recommends "/tmp/$(basename "$deb")" > "$root/tmp/install.log" 2>&1 \
  || { tail -30 "$root/tmp/install.log"; fail "apt-get install"; }
grep -E '^[0-9]+ upgraded' "$root/tmp/install.log" | sed 's/^/  /'
echo "  installed: $(dpkg-deb --field "$deb" Installed-Size) KB for petaksd, $(grep -c '^Setting up' "$root/tmp/install.log") packages set up"

# --- 3. Headless use, as a planner ---------------------------------------------------------------------------
step "petaksd --version"
v=$(as_planner petaksd --version) || fail "--version"
echo "  $v"
[ "$v" = "PetaKSD $(dpkg-deb --field "$deb" Version)" ] || fail "--version says '$v'"
as_planner test -f /usr/share/man/man1/petaksd.1.gz || fail "no man page"

step "petaksd demo ~/banjar.ksd"
as_planner petaksd demo /home/planner/banjar.ksd | sed 's/^/  /' || fail "demo"

step "petaksd check"
as_planner petaksd check /home/planner/banjar.ksd | head -5 | sed 's/^/  /' || fail "check"

step "petaksd suggest"
as_planner petaksd suggest /home/planner/banjar.ksd -o /home/planner/saran.csv || fail "suggest"
echo "  $(wc -l < "$root/home/planner/saran.csv") lines; first: $(sed -n 2p "$root/home/planner/saran.csv" | cut -c1-100)"
[ "$(wc -l < "$root/home/planner/saran.csv")" -gt 1 ] || fail "suggest wrote no suggestions"

step "petaksd report"
as_planner petaksd report /home/planner/banjar.ksd -o /home/planner/laporan.pdf --quiet || fail "report"
pdf="$root/home/planner/laporan.pdf"
pdfinfo "$pdf" | grep -E '^(Pages|Producer|Creator)' | sed 's/^/  /'
pdffonts "$pdf" | sed 's/^/  /'
fonts=$(pdffonts "$pdf" | tail -n +3)
[ -n "$fonts" ] || fail "the PDF has no fonts (no text)"
echo "$fonts" | awk '$(NF-4) != "yes" {bad=1} END {exit bad}' || fail "a font is not embedded"
pdftotext -l 1 "$pdf" - | grep -q . || fail "page 1 has no text"

step "petaksd map (png and svg)"
as_planner petaksd map /home/planner/banjar.ksd -o /home/planner/peta.png || fail "map png"
as_planner petaksd map /home/planner/banjar.ksd -o /home/planner/peta.svg || fail "map svg"
echo "  peta.png: $(file -b "$root/home/planner/peta.png" 2>/dev/null || stat -c %s "$root/home/planner/peta.png")"
head -c 8 "$root/home/planner/peta.png" | od -An -c | grep -q 'P   N   G' || fail "peta.png is not a PNG"
grep -q '<svg' "$root/home/planner/peta.svg" || fail "peta.svg is not SVG"

step "xdg-mime query filetype"
as_planner cp /home/planner/banjar.ksd /home/planner/x.ksd
mime=$(as_planner xdg-mime query filetype /home/planner/x.ksd)
echo "  x.ksd: $mime"
[ "$mime" = "application/x-petaksd-project" ] || fail "MIME type of a .ksd is '$mime'"
echo "  default application: $(as_planner xdg-mime query default application/x-petaksd-project || true)"
as_planner mkdir -p /home/planner/.config/PetaKSD
as_planner sh -c 'echo "[ui]" > /home/planner/.config/PetaKSD/PetaKSD.conf'

# --- 4. Purge: nothing left but the planner's own files ---------------------------------------------------
step "apt-get purge petaksd, autoremove --purge its dependencies"
in_root apt-get purge -y petaksd > "$root/tmp/purge.log" 2>&1 || { tail -20 "$root/tmp/purge.log"; fail "purge"; }
in_root apt-get autoremove --purge -y >> "$root/tmp/purge.log" 2>&1 || fail "autoremove"
echo "  $(grep -c '^Removing\|^Purging' "$root/tmp/purge.log") remove/purge lines"
mime=$(as_planner xdg-mime query filetype /home/planner/x.ksd)
echo "  x.ksd after purge: $mime"
[ "$mime" != "application/x-petaksd-project" ] || fail "the MIME type is still registered"
snapshot > "$after"
# The planner's files are theirs: listed apart and kept.
kept=$(comm -13 "$before" "$after" | grep '^/home/planner/' || true)
left=$(comm -13 "$before" "$after" | grep -v '^/home/planner/' || true)
gone=$(comm -23 "$before" "$after" || true)
echo "  after: $(wc -l < "$after") paths; kept in /home/planner: $(echo "$kept" | grep -c . || true)"
echo "$kept" | sed 's/^/    kept: /'
if [ -n "$left" ] || [ -n "$gone" ]; then
  echo "$left" | sed 's/^/    LEFT: /'
  echo "$gone" | sed 's/^/    GONE: /'
  fail "the system differs after purge"
fi
echo "  nothing left behind, nothing removed"
for f in banjar.ksd laporan.pdf .config/PetaKSD/PetaKSD.conf; do
  [ -f "$root/home/planner/$f" ] || fail "the planner's $f was deleted"
done
rm -f "$before" "$after"
step "PASS"
