#!/usr/bin/env bash
# Regenerates resources/windows/s2s-wizard.ico from resources/s2s-wizard.svg (run after changing
# the SVG, then commit both). Needs g++ and the Qt 6 development packages (scripts/install-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
tool_dir=$(mktemp -d)
trap 'rm -rf "$tool_dir"' EXIT
# shellcheck disable=SC2046 # pkg-config prints several words on purpose
g++ -std=c++20 -fPIC -O1 -o "$tool_dir/make-ico" scripts/make-ico.cpp $(pkg-config --cflags --libs Qt6Gui Qt6Svg)
QT_QPA_PLATFORM=offscreen "$tool_dir/make-ico" resources/s2s-wizard.svg resources/windows/s2s-wizard.ico
file resources/windows/s2s-wizard.ico
