#!/usr/bin/env python3
"""Every C++ source of the tree laid out as .clang-format says (ctest `format`).

Usage: check_format.py SOURCE_DIR [CLANG_FORMAT]
Prints each file that clang-format would change, with its first differing
line, and exits 1; exits 77 (ctest: skipped) when clang-format is not
installed. `clang-format -i FILE` fixes a file.
"""
import os
import shutil
import subprocess
import sys

FOLDERS = ("src", "include", "grammar", "tests", "bench", "fuzz", "examples")


def sources(root):
    for folder in FOLDERS:
        for here, _, names in os.walk(os.path.join(root, folder)):
            for name in sorted(names):
                if name.endswith((".cpp", ".hpp")):
                    yield os.path.join(here, name)


def main():
    root = sys.argv[1]
    tool = sys.argv[2] if len(sys.argv) > 2 else shutil.which("clang-format")
    if not tool or not shutil.which(tool):
        print("clang-format not found: format check skipped")
        return 77
    bad = 0
    for path in sources(root):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        formatted = subprocess.run([tool, f"--style=file:{os.path.join(root, '.clang-format')}", path],
                                   capture_output=True, text=True, check=True).stdout
        if formatted == text:
            continue
        bad += 1
        for n, (a, b) in enumerate(zip(text.splitlines() + [""], formatted.splitlines() + [""]), 1):
            if a != b:
                print(f"{os.path.relpath(path, root)}:{n}: not as .clang-format lays it out (clang-format -i fixes it)")
                print(f"  is:        {a}\n  should be: {b}")
                break
    print(f"{bad} file(s) to format")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
