#!/usr/bin/env python3
"""Every C++ source of the tree laid out as .clang-format says (ctest `format`).

Usage: check_format.py SOURCE_DIR [CLANG_FORMAT]
Prints each file that clang-format would change, with its first differing
line, and exits 1; exits 77 (ctest: skipped) when clang-format is not
installed. `clang-format -i FILE` fixes a file.
"""
import os
import re
import shutil
import subprocess
import sys

FOLDERS = ("src", "include", "grammar", "tests", "bench", "fuzz", "examples")


def sources(root):
    fixtures = os.path.join(root, "tests", "data")  # inputs of tests, laid out as each test needs
    for folder in FOLDERS:
        for here, dirs, names in os.walk(os.path.join(root, folder)):
            dirs[:] = [d for d in dirs if os.path.join(here, d) != fixtures]
            for name in sorted(names):
                if name.endswith((".cpp", ".hpp")):
                    yield os.path.join(here, name)


def flagged(tool, style, paths):
    """The files clang-format would change: one process reads them all (one per file took 46 s)."""
    run = subprocess.run([tool, style, "--dry-run", *paths], capture_output=True, text=True)
    found = {m.group(1) for m in re.finditer(r"^(.+?):\d+:\d+: (?:warning|error): code should be clang-formatted",
                                             run.stderr, re.MULTILINE)}
    if run.returncode != 0 and not found:
        raise SystemExit(f"clang-format exited {run.returncode}: {run.stderr.strip()}")
    return [path for path in paths if path in found]


def main():
    root = sys.argv[1]
    tool = sys.argv[2] if len(sys.argv) > 2 else shutil.which("clang-format")
    if not tool or not shutil.which(tool):
        print("clang-format not found: format check skipped")
        return 77
    style = f"--style=file:{os.path.join(root, '.clang-format')}"
    bad = flagged(tool, style, list(sources(root)))
    for path in bad:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        formatted = subprocess.run([tool, style, path], capture_output=True, text=True, check=True).stdout
        for n, (a, b) in enumerate(zip(text.splitlines() + [""], formatted.splitlines() + [""]), 1):
            if a != b:
                print(f"{os.path.relpath(path, root)}:{n}: not as .clang-format lays it out (clang-format -i fixes it)")
                print(f"  is:        {a}\n  should be: {b}")
                break
    print(f"{len(bad)} file(s) to format")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
