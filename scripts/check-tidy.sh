#!/usr/bin/env bash
# clang-tidy 14 on engine/ (.clang-tidy: bugprone, performance, override, function size), plus the
# size rules everywhere outside tests: no function over 80 lines in app/ and wizard_pages/ either,
# and no page file over 300 lines. Needs a configured build with compile_commands.json (the debian
# preset exports it): scripts/check-tidy.sh [build dir]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
[ -f "$build/compile_commands.json" ] || { echo "no $build/compile_commands.json: run cmake --preset debian first" >&2; exit 1; }
run_tidy="${RUN_CLANG_TIDY:-run-clang-tidy-14}"
command -v "$run_tidy" >/dev/null || { echo "$run_tidy not found: apt-get install clang-tidy-14" >&2; exit 1; }
root="$(pwd)"
# GCC-only warning flags and CI's -Werror are the compiler's business, not clang-tidy's.
# scripts/clang-tidy-cached runs clang-tidy unless the very same input was found clean before.
export CLANG_TIDY="${CLANG_TIDY:-clang-tidy-14}" S2S_SOURCE_DIR="$root"
extra=(-clang-tidy-binary "$root/scripts/clang-tidy-cached" -extra-arg=-Wno-unknown-warning-option -extra-arg=-Wno-error -quiet -j "${TIDY_JOBS:-2}" -p "$build")

status=0
tidy() { # tidy <log> <run-clang-tidy args...>: prints the findings, fails when there are any
    local log="$1"; shift
    local ran=0
    "$run_tidy" "${extra[@]}" "$@" 2>&1 | sed 's/\x1b\[[0-9;]*m//g' >"$log" || ran=$?
    # A check that read no file, or a clang-tidy that did not run, must not pass for a clean one.
    local checked
    checked=$(grep -c -E '^[^ ]*clang-tidy[^ ]* ' "$log" || true)
    if grep -E '(warning|error):' "$log" | grep -v 'warnings generated' >/dev/null; then
        grep -E -A3 '(warning|error):' "$log" | grep -v 'warnings generated'
        status=1
    elif [ "$ran" -ne 0 ] || [ "$checked" -eq 0 ]; then
        echo "clang-tidy did not run cleanly (exit $ran, $checked files checked); see $log:"
        tail -5 "$log"
        status=1
    fi
}
tidy "$build/tidy-engine.log" "$root/engine/.*\\.cpp\$"
tidy "$build/tidy-gui.log" -checks='-*,readability-function-size' -header-filter="$root/(app|wizard_pages)/" \
     "$root/(app|wizard_pages)/.*\\.cpp\$"

for page in wizard_pages/*.cpp wizard_pages/*.h; do
    lines=$(wc -l <"$page")
    if [ "$lines" -gt 300 ]; then
        echo "$page: $lines lines; a page file stays under 300 (split it: a form, a widget, a helper)"
        status=1
    fi
done
[ $status -eq 0 ] && echo "clang-tidy and size rules: clean"
exit $status
