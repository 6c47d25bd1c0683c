#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds petaksd_VERSION_amd64.deb: a Release build in its own folder outside the source tree, stripped, staged
# with `cmake --install`, a man page made from `petaksd --help`, Depends from dpkg-shlibdeps plus what is loaded at
# run time, then checked with lintian, desktop-file-validate and appstreamcli.
#
#   bash packaging/build-deb.sh            # build folder: $PETAKSD_DEB_BUILD, else ~/.cache/petaksd/deb-build
#   PETAKSD_DEB_JOBS=2 PETAKSD_DEB_OUT=/tmp bash packaging/build-deb.sh
#
# Needs the build dependencies and the packaging tools: bash packaging/install-deps.sh --package
set -euo pipefail

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(realpath -m "${PETAKSD_DEB_BUILD:-${XDG_CACHE_HOME:-$HOME/.cache}/petaksd/deb-build}")
out=$(realpath -m "${PETAKSD_DEB_OUT:-$build}")
cd "$src" # dpkg-buildflags maps this folder (-ffile-prefix-map): the same flags from wherever it is called
jobs=${PETAKSD_DEB_JOBS:-2}
case "$build/" in
  "$src"/*) echo "build-deb: the build folder must be outside the source tree ($build)" >&2; exit 2 ;;
esac
mkdir -p "$build" "$out"
export QT_QPA_PLATFORM=offscreen

step() { printf 'build-deb: %s\n' "$*"; }

# --- 1. Release build of the program only, hardened as Debian builds are (dpkg-buildflags), without -g -------
step "configure ($build)"
cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS | sed -e 's/\(^\| \)-g\( \|$\)/ /')"
cmake -S "$src" -B "$build" -G Ninja -Wno-dev \
  -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr -DBUILD_TESTING=OFF \
  -DCMAKE_CXX_FLAGS="$cxxflags" \
  -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS) -Wl,-z,now" >/dev/null
step "build (nice, -j$jobs, target petaksd)"
nice -n 10 cmake --build "$build" --target petaksd -j"$jobs"

version=$("$build/app/petaksd" --version | awk '{print $2}')
[ -n "$version" ] || { echo "build-deb: petaksd --version printed no version" >&2; exit 1; }
arch=$(dpkg --print-architecture)
deb="$out/petaksd_${version}_${arch}.deb"

# --- 2. Stage the files ------------------------------------------------------------------------------------
stage="$build/deb-root"
rm -rf "$stage"
step "stage (cmake --install --strip)"
DESTDIR="$stage" cmake --install "$build" --strip >/dev/null
# As dh_strip does for a program: no compiler comment section either.
strip --remove-section=.comment --remove-section=.note "$stage/usr/bin/petaksd"
docdir="$stage/usr/share/doc/petaksd"
# The licence goes into the Debian copyright file instead of a second copy.
rm -f "$docdir/LICENSE"
{
  echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
  echo "Upstream-Name: PetaKSD"
  echo
  echo "Files: *"
  echo "Copyright: 2024-$(date -u +%Y) PetaKSD contributors"
  echo "License: Apache-2.0"
  echo " On Debian systems, the full text of the Apache License, Version 2.0 can be found in"
  echo " /usr/share/common-licenses/Apache-2.0."
  echo
  echo "Files: resources/data/*"
  echo "Copyright: 2017-2025 Cahya DSN"
  echo "License: Expat"
  echo " The region codes and boundaries come from cahyadsn/wilayah and cahyadsn/wilayah_boundaries;"
  echo " both notices and the permission notice are in /usr/share/doc/petaksd/LICENSE-DATA.md."
  echo " ."
  sed -n '/Permission is hereby granted/,/SOFTWARE\./p' "$src/resources/data/LICENSE-DATA.md" \
    | sed -e 's/^ *//' -e 's/^$/./' -e 's/^/ /'
} > "$docdir/copyright"
{
  echo "petaksd ($version) unstable; urgency=medium"
  echo
  echo "  * Release $version. See the project's README for what changed."
  echo
  echo " -- PetaKSD <petaksd@example.invalid>  $(LC_ALL=C date -R -u -d "@${SOURCE_DATE_EPOCH:-$(git -C "$src" log -1 --format=%ct 2>/dev/null || date +%s)}")"
} | gzip -9n > "$docdir/changelog.gz"

step "man pages (help2man from petaksd --help: English in man1, Indonesian in id/man1)"
man_page() { # LANG-CODE DEST-DIR NAME-LINE
  mkdir -p "$2"
  PETAKSD_LANG=$1 help2man --no-info --no-discard-stderr --section=1 --name="$3" \
    --version-string="$version" "$build/app/petaksd" > "$build/petaksd.$1.1"
  grep -q '^\.SH' "$build/petaksd.$1.1" || { echo "build-deb: help2man wrote no sections" >&2; exit 1; }
  gzip -9n < "$build/petaksd.$1.1" > "$2/petaksd.1.gz"
}
man_page en "$stage/usr/share/man/man1" "map inter-regional cooperation (Kerja Sama Daerah)"
man_page id "$stage/usr/share/man/id/man1" "pemetaan Kerja Sama Daerah"

# --- 3. Control file: Depends from the libraries the binary links, plus what Qt loads as plugins or data -----
step "dependencies (dpkg-shlibdeps)"
shl="$build/shlibdeps"
rm -rf "$shl" && mkdir -p "$shl/debian"
printf 'Source: petaksd\n\nPackage: petaksd\nArchitecture: any\n' > "$shl/debian/control"
shlibs=$(cd "$shl" && dpkg-shlibdeps -O -e"$stage/usr/bin/petaksd" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$shlibs" ] || { echo "build-deb: dpkg-shlibdeps found no libraries" >&2; exit 1; }
# The fonts the PDF report embeds, Qt's own translations, and the MIME
# database the .ksd type goes into. Platform plugins (xcb, offscreen) come with libqt6gui6, the SVG icon and
# image plugins with libqt6svg6, both already in the shlibs list.
# (libsqlite3 comes from dpkg-shlibdeps: the store calls SQLite's C API, no Qt Sql driver.)
runtime="fonts-dejavu-core, qt6-translations-l10n, shared-mime-info"
installed_kb=$(du -sk --apparent-size "$stage/usr" | cut -f1)
mkdir -p "$stage/DEBIAN"
cat > "$stage/DEBIAN/control" <<EOF
Package: petaksd
Version: $version
Architecture: $arch
Maintainer: PetaKSD <petaksd@example.invalid>
Installed-Size: $installed_kb
Depends: $shlibs, $runtime
Recommends: xdg-utils
Section: misc
Priority: optional
Description: pemetaan Kerja Sama Daerah (inter-regional cooperation mapping)
 PetaKSD helps the planners of an Indonesian province, kabupaten or kota map
 where their region should cooperate, with whom and on what (Kerja Sama
 Daerah, PP 28/2018 and Permendagri 22/2020).
 .
 It records the potentials and needs of each perangkat daerah, suggests
 partner regions and classes each pair as wajib or sukarela with the legal
 basis cited, follows proposals and agreements through their stages and
 monitoring, and writes the mapping report as a PDF. Projects are single .ksd
 files that perangkat daerah fill in and send back to be merged. The same
 program runs headless subcommands (report, check, suggest, map) for scripts.
 .
 The interface is in Indonesian, with English available.
EOF
(cd "$stage" && find usr -type f -print0 | sort -z | xargs -0 md5sum) > "$stage/DEBIAN/md5sums"
find "$stage" -type d -exec chmod 0755 {} +
find "$stage/usr" -type f -exec chmod 0644 {} +
chmod 0755 "$stage/usr/bin/petaksd"
chmod 0644 "$stage/DEBIAN/control" "$stage/DEBIAN/md5sums"

step "dpkg-deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null

# --- 4. Checks ----------------------------------------------------------------------------------------------
step "desktop-file-validate, appstreamcli validate"
desktop-file-validate "$stage/usr/share/applications/"*.desktop
appstreamcli validate --no-net "$stage/usr/share/metainfo/"*.metainfo.xml
step "lintian"
# Kept warnings are listed and explained in packaging/lintian-kept.txt; any error fails the build.
lintian --fail-on error --suppress-tags-from-file "$src/packaging/lintian-kept.txt" "$deb" || {
  echo "build-deb: lintian reported errors" >&2; exit 1; }
lintian -I --pedantic --tag-display-limit 0 "$deb" | sed 's/^/  lintian (all): /' || true

size=$(du -h "$deb" | cut -f1)
step "wrote $deb ($size, ${installed_kb} KB installed)"
