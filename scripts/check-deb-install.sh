#!/usr/bin/env bash
# Installs the .deb with apt as an admin would on Debian 12 (apt resolves its Depends), runs the
# installed /usr/bin/s2s-wizard (--version, a whole --lab --auto run), then removes it again.
# Needs a build (scripts/build.sh) and root or sudo; CI runs it after the tests (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
work=$(mktemp -d)
apt_get() { $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get -y -qq -o DPkg::Lock::Timeout=300 "$@"; }
cleanup() { apt_get purge s2s-wizard > /dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

cpack --config build/CPackConfig.cmake -G DEB -B "$work/packages" > "$work/cpack.log" 2>&1 \
  || { cat "$work/cpack.log" >&2; echo "cpack could not build the .deb" >&2; exit 1; }
deb=$(ls "$work"/packages/s2s-wizard_*.deb)
chmod -R a+rX "$work" # apt's _apt user reads the local file
# A fresh Debian 12 as apt sees it (nothing installed): the whole Depends closure must resolve
# from the archive.
touch "$work/empty-status"
apt-get -s -o Dir::State::status="$work/empty-status" install "$deb" > "$work/fresh.log" \
  || { cat "$work/fresh.log" >&2; echo "the .deb does not resolve on a fresh Debian 12" >&2; exit 1; }
echo "fresh Debian 12: apt would install $(grep -c '^Inst' "$work/fresh.log") packages with it"
apt_get install "$deb"
[ "$(command -v s2s-wizard)" = /usr/bin/s2s-wizard ] || { echo "s2s-wizard is not on PATH" >&2; exit 1; }
s2s-wizard --version
HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config" \
  s2s-wizard --lab "$work/lab" --auto > "$work/auto.log" 2>&1 \
  || { cat "$work/auto.log" >&2; echo "installed s2s-wizard --lab --auto failed" >&2; exit 1; }
tail -n 1 "$work/auto.log"
# The translations travel inside the executable: the installed wizard re-checks the lab in German.
HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config" \
  s2s-wizard --lang de --lab "$work/lab" --check > "$work/check-de.log" 2>&1 \
  || { cat "$work/check-de.log" >&2; echo "installed s2s-wizard --lang de --check failed" >&2; exit 1; }
grep -q "Keine Prüfung schlägt fehl" "$work/check-de.log" \
  || { cat "$work/check-de.log" >&2; echo "the installed wizard did not answer in German" >&2; exit 1; }
tail -n 1 "$work/check-de.log"
echo "The .deb installs with apt; its s2s-wizard --lab --auto exits 0 and --lang de answers in German."
