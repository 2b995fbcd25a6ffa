#!/usr/bin/env bash
# Fails when a tracked .cpp or .h differs from what clang-format 14 makes of it (.clang-format).
# Fix with scripts/format.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
clang_format="${CLANG_FORMAT:-clang-format-14}"
command -v "$clang_format" >/dev/null || { echo "$clang_format not found: apt-get install clang-format-14" >&2; exit 1; }
git ls-files -z '*.cpp' '*.h' | xargs -0 "$clang_format" --dry-run -Werror
