#!/usr/bin/env bash
# The whole suite under GCC's AddressSanitizer and UndefinedBehaviorSanitizer (the asan preset,
# build-asan/), two tests at a time. ccache keeps a rebuild cheap; each test carries its sanitizer
# options (tests/CMakeLists.txt), so a plain ctest in build-asan/ runs the same way.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset asan
cmake --build --preset asan
ctest --preset asan -j2
