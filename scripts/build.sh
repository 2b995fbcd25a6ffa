#!/usr/bin/env bash
# Configures and builds with the Debian preset (Ninja, build/).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset debian
cmake --build --preset debian
