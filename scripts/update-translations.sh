#!/usr/bin/env bash
# Re-syncs the Qt Linguist files with the code: runs lupdate over engine/, wizard_pages/ and app/
# for every language, adding new source texts (as unfinished) and dropping vanished ones. Then
# translate the unfinished entries (Qt Linguist, or any editor) and run the translations test:
#   scripts/update-translations.sh && linguist translations/s2s-wizard_de.ts
#   ctest --test-dir build -R translations
# S2S_TS_DIR=DIR updates the .ts files in DIR instead (the translations test uses it on a copy);
# LUPDATE=path picks the lupdate binary (default: Qt 6's, then the one on PATH).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
ts_dir="${S2S_TS_DIR:-$root/translations}"
lupdate="${LUPDATE:-}"
if [ -z "$lupdate" ]; then
  for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then lupdate="$candidate"; break; fi
  done
fi
[ -n "$lupdate" ] || { echo "lupdate (Qt 6 Linguist tools) not found; set LUPDATE" >&2; exit 2; }

languages=(de fr ja)
ts_files=()
for language in "${languages[@]}"; do ts_files+=("$ts_dir/s2s-wizard_$language.ts"); done
cd "$root"
# Same options as qt_add_translations in translations/CMakeLists.txt. No source locations: the
# files then change only when texts change.
"$lupdate" -silent -no-obsolete -locations none -extensions cpp,h \
  -I engine -I wizard_pages engine wizard_pages app -ts "${ts_files[@]}"
