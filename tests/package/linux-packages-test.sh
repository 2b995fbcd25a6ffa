#!/usr/bin/env bash
# Builds the .deb and the .tgz with cpack, checks what they hold, and runs the wizard from the
# unpacked .deb: --version and a whole --lab --auto run, with the lab host found relative to it.
# usage: linux-packages-test.sh BUILD_DIR WORK_DIR VERSION HELPER_DIR HELPER...
set -euo pipefail
build_dir=$1 work=$2 version=$3 helper_dir=$4
shift 4
helpers=("$@")
fail() { echo "FAIL: $*" >&2; exit 1; }
# Without dpkg-shlibdeps the Depends field is CMake's fixed fallback list, and checking it would
# compare that list with itself.
command -v dpkg-shlibdeps > /dev/null || fail "dpkg-shlibdeps (package dpkg-dev) is needed to derive Depends"

rm -rf "$work" && mkdir -p "$work"
cpack --config "$build_dir/CPackConfig.cmake" -G "DEB;TGZ" -B "$work/out" > "$work/cpack.log" 2>&1 \
  || { cat "$work/cpack.log" >&2; fail "cpack"; }
deb=$(ls "$work"/out/s2s-wizard_"$version"_*.deb)
tgz=$(ls "$work"/out/s2s-wizard-"$version"-*.tar.gz)
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB), $(basename "$tgz")"

# Control fields: identity, and Depends from dpkg-shlibdeps plus the plugins' packages.
[ "$(dpkg-deb -f "$deb" Package)" = s2s-wizard ] || fail "Package field"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version field"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for package in libc6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6svg6 libssl3; do
  grep -Eq "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package"
done

[ "$(dpkg-deb -f "$deb" Recommends)" = qt6-translations-l10n ] || fail "Recommends lacks Qt's translations"

# Contents: both executables (executable), desktop entry, icon, licence.
dpkg-deb -c "$deb" > "$work/deb-contents.txt"
expect_file() { # MODE PATH
  grep -Eq "^$1 .* \./usr/$2\$" "$work/deb-contents.txt" || fail ".deb lacks $2 ($1)"
}
expect_file '-rwxr-xr-x' bin/s2s-wizard
for helper in "${helpers[@]}"; do expect_file '-rwxr-xr-x' "$helper_dir/$helper"; done
expect_file '-rw-r--r--' share/applications/s2s-wizard.desktop
expect_file '-rw-r--r--' share/icons/hicolor/scalable/apps/s2s-wizard.svg
expect_file '-rw-r--r--' share/doc/s2s-wizard/copyright

# The .tgz holds the same files under its top folder.
diff <(sed -nE 's|^-.* \./usr/||p' "$work/deb-contents.txt" | sort) \
     <(tar -tzf "$tgz" | sed -nE 's|^[^/]+/(.*[^/])$|\1|p' | sort) \
  || fail ".tgz and .deb hold different files"

# Unpacked, as apt would install it under /usr; nothing points back at the build tree.
root="$work/root"
dpkg-deb -x "$deb" "$root"
if command -v desktop-file-validate > /dev/null; then
  desktop-file-validate "$root/usr/share/applications/s2s-wizard.desktop" || fail "desktop entry"
fi
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
unset S2S_LAB_HOST
out=$("$root/usr/bin/s2s-wizard" --version)
[ "$out" = "s2s-wizard $version" ] || fail "--version printed '$out'"
status=0
"$root/usr/bin/s2s-wizard" --lab "$work/lab" --auto --report "$work/report.json" \
  > "$work/auto.log" 2>&1 || status=$?
[ "$status" -eq 0 ] || { cat "$work/auto.log" >&2; fail "--lab --auto exited $status"; }
grep -q '"realm": *"a4c1e5f2-7b3d-4e8a-9f60-1d2c3b4a5e6f"' "$work/lab/farm.json" \
  || fail "the lab farm's realm was not changed by the run"
echo "PASS: packages built, unpacked s2s-wizard --version and --lab --auto exit 0"
