#!/usr/bin/env python3
"""Checks the Qt Linguist files of the wizard (translations/s2s-wizard_<lang>.ts).

Fails (exit 1, one line per problem) when
- a source text of the code is missing from a .ts file, or a .ts file holds a text the code no
  longer has: lupdate (through scripts/update-translations.sh) runs on a copy and must leave the
  set of messages unchanged;
- an entry is unfinished, vanished or obsolete, or its translation is empty;
- a translation's placeholders (%1..%9, %n) differ from its source's;
- a source with an accelerator (&X) has a translation without one, or one with two;
- fewer than 80% of a language's translations differ from the English source.

  check-translations.py --source-dir DIR [--ts-dir DIR] [--lupdate PATH] [--languages de,fr,ja]
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:[1-9]|n)")
ACCELERATOR = re.compile(r"(?<!&)&(?!&)[^\s&]")
MIN_DIFFERENT = 0.80


def messages(path):
    """{(context, source, comment): (translation element, message element)} of one .ts file."""
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            result[key] = message
    return result


def translation_texts(message):
    translation = message.find("translation")
    if translation is None:
        return None, []
    forms = translation.findall("numerusform")
    texts = [form.text or "" for form in forms] if forms else [translation.text or ""]
    return translation, texts


def where(path, key):
    context, source, _ = key
    short = source if len(source) <= 60 else source[:57] + "..."
    return f'{os.path.basename(path)}: [{context}] "{short}"'


def check_file(path, expected_keys):
    problems = []
    found = messages(path)
    for key in sorted(set(expected_keys) - set(found)):
        problems.append(f"{where(path, key)}: missing (run scripts/update-translations.sh)")
    for key in sorted(set(found) - set(expected_keys)):
        problems.append(f"{where(path, key)}: no longer in the code (run scripts/update-translations.sh)")

    total = different = 0
    for key, message in found.items():
        source = key[1]
        translation, texts = translation_texts(message)
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("unfinished", "vanished", "obsolete", "missing"):
            problems.append(f"{where(path, key)}: {kind}")
            continue
        if any(not text.strip() for text in texts):
            problems.append(f"{where(path, key)}: empty translation")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for text in texts:
            got = sorted(set(PLACEHOLDER.findall(text)))
            if got != wanted:
                problems.append(f"{where(path, key)}: placeholders {got} instead of {wanted}")
            if ACCELERATOR.search(source) and len(ACCELERATOR.findall(text)) != 1:
                problems.append(f"{where(path, key)}: needs exactly one accelerator (&X)")
        total += 1
        different += any(text != source for text in texts)
    if total and different / total < MIN_DIFFERENT:
        problems.append(f"{os.path.basename(path)}: only {different} of {total} translations "
                        f"({different / total:.0%}) differ from the English source "
                        f"(at least {MIN_DIFFERENT:.0%} must)")
    return problems, total, different


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source-dir", required=True)
    parser.add_argument("--ts-dir", help="the .ts files to check (default: SOURCE/translations)")
    parser.add_argument("--lupdate", help="lupdate binary for scripts/update-translations.sh")
    parser.add_argument("--languages", default="de,fr,ja")
    args = parser.parse_args()
    ts_dir = args.ts_dir or os.path.join(args.source_dir, "translations")
    languages = args.languages.split(",")

    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        for language in languages:
            name = f"s2s-wizard_{language}.ts"
            if not os.path.exists(os.path.join(ts_dir, name)):
                problems.append(f"{name}: missing in {ts_dir}")
                continue
            shutil.copy(os.path.join(ts_dir, name), scratch)
        environment = dict(os.environ, S2S_TS_DIR=scratch)
        if args.lupdate:
            environment["LUPDATE"] = args.lupdate
        script = os.path.join(args.source_dir, "scripts", "update-translations.sh")
        run = subprocess.run(["bash", script], env=environment, capture_output=True, text=True)
        if run.returncode != 0:
            print(f"update-translations.sh failed ({run.returncode}):\n{run.stdout}{run.stderr}")
            return 1
        for language in languages:
            name = f"s2s-wizard_{language}.ts"
            path = os.path.join(ts_dir, name)
            if not os.path.exists(path):
                continue
            updated = messages(os.path.join(scratch, name))
            file_problems, total, different = check_file(path, updated.keys())
            problems += file_problems
            print(f"{name}: {total} translations, {different} differ from the English source")
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
