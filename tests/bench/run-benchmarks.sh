#!/usr/bin/env bash
# Builds and runs the benchmarks of issue 17's goals on a private Xvfb, printing a Markdown table.
#   tests/bench/run-benchmarks.sh [--runs N] [--before OTHER_BUILD/bin] [--only TEXT] [--smoke]
# --before: the same measures on another build's binaries first (a checkout of an older commit,
# built with scripts/build.sh), for a before/after table measured in one run.
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake --build build --target bench_s2s bench_empty_wizard s2s-wizard s2s-lab-host >/dev/null
exec xvfb-run -a build/tests/bench_s2s "$@"
