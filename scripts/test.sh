#!/usr/bin/env bash
# Installs what is needed, builds, and runs every test: the suite (two tests at a time), then each parser's fuzzer for
# 10 s from its checked-in corpus (clang 14's libFuzzer, the fuzz preset), then the suite again
# under AddressSanitizer and UndefinedBehaviorSanitizer (the asan preset).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
ctest --preset debian -j2 # two tests at a time: the suite passed ten times in a row so (issue 16)
tests/fuzz/run-fuzzers.sh 10
scripts/test-asan.sh
