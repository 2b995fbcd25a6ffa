#!/usr/bin/env bash
# Formats every tracked .cpp and .h in place with clang-format 14 (.clang-format).
set -euo pipefail
cd "$(dirname "$0")/.."
git ls-files -z '*.cpp' '*.h' | xargs -0 "${CLANG_FORMAT:-clang-format-14}" -i
