#!/usr/bin/env python3
"""Rejects a braced temporary in co_return, the form engine/core/Coroutines.h bans.

Fails (exit 1, one "file:line: text" line per site, then the rule) on `co_return {` and on
`co_return Type{` / `co_return Type {` (Type: a capitalised or qualified name, template arguments
allowed: Error, Result<T>, QList<Check>, std::optional<T>) in the .cpp and .h files under
engine/, app/ and wizard_pages/. Comments are skipped. A self-test runs first.

  check-co-return.py --source-dir DIR
  check-co-return.py --self-test
"""
import argparse
import os
import re
import sys

FOLDERS = ("engine", "app", "wizard_pages")
RULE = ("a braced temporary in co_return: build it in a named local (or a function that is not a "
        "coroutine) and co_return that; see engine/core/Coroutines.h")
# A type name starts with a capital in this tree (variables and members never do) or is qualified.
BRACED = re.compile(r"\bco_return\s*(?:(?:(?:\w+::)+\w+|[A-Z]\w*)\s*(?:<[^;{}]*>)?\s*)?\{")
COMMENT = re.compile(r"//[^\n]*|/\*.*?\*/", re.DOTALL)


def without_comments(text):
    """The text with comments blanked out, newlines kept so that line numbers stay right."""
    return COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


def findings(text):
    """(line number, line) of each banned co_return in one file's text."""
    code = without_comments(text)
    lines = text.splitlines()
    for match in BRACED.finditer(code):
        number = code.count("\n", 0, match.start()) + 1
        yield number, lines[number - 1].strip()


def self_test():
    """The forms the rule bans are found, the forms it allows are not."""
    banned = ["co_return Error{u\"x\"_s, {}, {}, {}};", "co_return Error {a, b};", "co_return {};",
              "co_return {a, b};", "co_return Result<int>{1};", "co_return QList<Check>{a, b};",
              "co_return s2s::Error{a};", "co_return std::optional<int>{1};",
              "co_return\n    Error{a};"]
    allowed = ["co_return error;", "co_return success();", "co_return QStringList();",
               "co_return std::nullopt;", "co_return makeReport(checks);", "// co_return Error{a};",
               "/* co_return {}; */", "co_return co_await f(x);", "co_return m_value;"]
    wrong = [s for s in banned if not list(findings(s))] + [s for s in allowed if list(findings(s))]
    for sample in wrong:
        print(f"self-test: misjudged {sample!r}")
    return not wrong


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source-dir")
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args()
    if not self_test():
        return 1
    if args.self_test:
        return 0
    if not args.source_dir:
        parser.error("--source-dir is required")
    found = 0
    for folder in FOLDERS:
        for root, _, files in os.walk(os.path.join(args.source_dir, folder)):
            for name in sorted(files):
                if not name.endswith((".cpp", ".h")):
                    continue
                path = os.path.join(root, name)
                with open(path, encoding="utf-8") as file:
                    text = file.read()
                for number, line in findings(text):
                    print(f"{os.path.relpath(path, args.source_dir)}:{number}: {line}")
                    found += 1
    if found:
        print(f"{found} site(s): {RULE}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
