#!/usr/bin/env bash
# Installs what is needed, builds, and opens the wizard against the built-in lab.
# The lab lives in ${S2S_LAB_DIR:-~/.local/share/s2s-wizard/lab} and survives restarts.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
lab="${S2S_LAB_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/s2s-wizard/lab}"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting the wizard under Xvfb (xvfb-run)." >&2
  exec xvfb-run -a -s "-screen 0 1280x900x24" build/bin/s2s-wizard --lab "$lab" "$@"
fi
exec build/bin/s2s-wizard --lab "$lab" "$@"
