#!/usr/bin/env bash
# Builds the fuzz preset and runs every fuzzer from its checked-in seed corpus for SECONDS each
# (default 10). The corpus is copied to a temporary folder first, so the tree is never changed.
# Fails when a fuzzer finds a crash, a leak or a timeout; the finding is kept in
# build-fuzz/fuzz/findings/<parser>/ with the fuzzer's log.
#
#   tests/fuzz/run-fuzzers.sh [seconds]
set -euo pipefail
seconds="${1:-10}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
  echo "usage: $0 [seconds per fuzzer, default 10]" >&2
  exit 2
fi
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "${S2S_FUZZ_JOBS:-2}"

bin="$root/build-fuzz/fuzz"
findings="$bin/findings"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=()
for corpus in "$root"/tests/fuzz/*/; do
  parser="$(basename "$corpus")"
  fuzzer="$bin/fuzz_$parser"
  if [ ! -x "$fuzzer" ]; then
    echo "no fuzzer for the corpus tests/fuzz/$parser (expected $fuzzer)" >&2
    failed+=("$parser")
    continue
  fi
  mkdir -p "$work/$parser" "$findings/$parser"
  cp -R "$corpus". "$work/$parser/"
  echo "== fuzz_$parser: $(find "$corpus" -type f | wc -l) seeds, ${seconds} s"
  # detect_leaks stays on: a leak is a finding like a crash.
  if ! ASAN_OPTIONS="detect_leaks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}" \
       UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" QT_LOGGING_RULES="*.warning=false" \
       "$fuzzer" -timeout=10 -rss_limit_mb=2048 -max_total_time="$seconds" -print_final_stats=1 \
       -artifact_prefix="$findings/$parser/" "$work/$parser" >"$findings/$parser/log.txt" 2>&1; then
    echo "fuzz_$parser FAILED: see $findings/$parser/log.txt" >&2
    grep -E "^(==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)" "$findings/$parser/log.txt" >&2 || true
    failed+=("$parser")
  else
    grep -E "^(stat::number_of_executed_units|stat::average_exec_per_sec)|^#[0-9]+ +DONE" \
      "$findings/$parser/log.txt" || true
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzers with findings: ${failed[*]}" >&2
  exit 1
fi
echo "all fuzzers ran ${seconds} s without a finding"
