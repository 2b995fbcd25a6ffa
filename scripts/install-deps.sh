#!/usr/bin/env bash
# Installs the Debian 12 packages the build and the tests need (skips apt when all are present).
set -euo pipefail
packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-networkauth-dev qt6-svg-dev libqt6svg6
  qcoro-qt6-dev qtkeychain-qt6-dev libspdlog-dev libssl-dev
  xvfb xauth dbus gnome-keyring ccache
  libxcb1-dev # bench_s2s watches Xvfb for the first window (tests/bench)
  clang-format-14 clang-tidy-14 # the formatting and clang-tidy tests (scripts/check-format.sh, check-tidy.sh)
  clang-14 libclang-rt-14-dev # the fuzzers (cmake --preset fuzz, tests/fuzz/run-fuzzers.sh): clang with libFuzzer
  dpkg-dev desktop-file-utils file # .deb Depends (dpkg-shlibdeps), desktop entry check
  qt6-translations-l10n fonts-noto-cjk python3
)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# PowerShell 7 (pwsh), which runs the shipped farm script in the tests (--lab-farm powershell) and
# the Windows PowerShell 5.1 compatibility check. It comes as a .NET tool, so it needs the .NET SDK;
# without one the tests that need pwsh fail and say how to get it. `update` installs or keeps it.
if command -v dotnet >/dev/null 2>&1; then
  if ! dotnet tool update --global PowerShell --version 7.6.9 >/dev/null; then
    echo "warning: installing PowerShell 7.6.9 as a .NET tool failed; the pwsh tests will fail" >&2
  fi
else
  echo "warning: no .NET SDK (dotnet): PowerShell 7 cannot be installed; the pwsh tests will fail" >&2
fi

# Node.js packages of the PowerShell grammar check (tests/tools, pinned by package-lock.json).
# Skipped when the locked versions are installed already; a failure (offline) is only a warning:
# the ps_syntax test then says what is missing.
tools_dir="$(cd "$(dirname "$0")/.." && pwd)/tests/tools"
if ! command -v npm >/dev/null 2>&1; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends nodejs npm
fi
if ! cmp -s "$tools_dir/package-lock.json" "$tools_dir/node_modules/.s2s-installed-lock.json"; then
  if (cd "$tools_dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error); then
    cp "$tools_dir/package-lock.json" "$tools_dir/node_modules/.s2s-installed-lock.json"
  else
    echo "warning: npm ci in $tools_dir failed; the ps_syntax test will fail until it succeeds" >&2
  fi
fi
