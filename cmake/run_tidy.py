#!/usr/bin/env python3
"""clang-tidy (.clang-tidy) over every first-party source of src/ and grammar/, and through them the
headers of src/, grammar/ and include/ (ctest `tidy`).

Usage: run_tidy.py SOURCE_DIR BUILD_DIR [JOBS] [CLANG_TIDY]
Reads BUILD_DIR/compile_commands.json, runs JOBS clang-tidy processes at once, prints every
finding and exits 1 if there is one. Exits 77 (ctest: skipped) when clang-tidy is not installed,
and unless CLAUSECHECK_TIDY is set: the whole tree takes longer than the rest of ctest together,
so CI runs it (.ci/run) and a developer asks for it.
"""
import concurrent.futures
import json
import os
import shutil
import subprocess
import sys

FOLDERS = ("src", "grammar")


def main():
    root = os.path.realpath(sys.argv[1])
    build = sys.argv[2]
    jobs = int(sys.argv[3]) if len(sys.argv) > 3 else 2
    tool = sys.argv[4] if len(sys.argv) > 4 else shutil.which("clang-tidy")
    if not os.environ.get("CLAUSECHECK_TIDY"):
        print("CLAUSECHECK_TIDY not set: tidy check skipped (CI runs it)")
        return 77
    if not tool or not shutil.which(tool):
        print("clang-tidy not found: tidy check skipped")
        return 77
    with open(os.path.join(build, "compile_commands.json"), encoding="utf-8") as f:
        entries = json.load(f)
    prefixes = tuple(os.path.join(root, folder) + os.sep for folder in FOLDERS)
    files = sorted({os.path.realpath(e["file"]) for e in entries if os.path.realpath(e["file"]).startswith(prefixes)})

    def tidy(path):
        # g++'s flags are in the database: clang warns of the ones it does not know.
        run = subprocess.run([tool, "-p", build, "--quiet", "--extra-arg=-Wno-unknown-warning-option", path],
                             capture_output=True, text=True)
        return path, run.returncode, run.stdout

    bad = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for path, code, out in pool.map(tidy, files):
            if code != 0 or out.strip():
                bad += 1
                print(out.strip() or f"{os.path.relpath(path, root)}: clang-tidy exited {code}")
    print(f"{len(files)} files, {bad} with findings")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
