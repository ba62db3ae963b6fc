#!/usr/bin/env python3
"""clang-tidy (.clang-tidy) over every first-party source of src/ and grammar/, and through them the
headers of src/, grammar/ and include/ (ctest `tidy`).

Usage: run_tidy.py SOURCE_DIR BUILD_DIR [JOBS] [CLANG_TIDY]
Reads BUILD_DIR/compile_commands.json, runs JOBS clang-tidy processes at once, prints every
finding and exits 1 if there is one. Exits 77 (ctest: skipped) when clang-tidy is not installed,
and unless CLAUSECHECK_TIDY is set: the whole tree takes longer than the rest of ctest together,
so CI runs it (.ci/run) and a developer asks for it.

The build is a unity build (CMAKE_UNITY_BUILD): a database entry is then CMake's unity file, which
#includes a batch of sources of one target. clang-tidy runs on those units, each source checked
once, and reports what it finds in the sources as in any header the filter admits: the standard,
Boost and CLI11 headers are parsed and matched once a batch rather than once a file.
"""
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys

FOLDERS = ("src", "grammar")
UNITY_INCLUDE = re.compile(r'^#include "(.+)"$', re.MULTILINE)
# A unity file #includes .cpp files by design, which bugprone-suspicious-include flags in it.
UNITY_CHECKS = "-bugprone-suspicious-include"


def is_unity(path):
    return os.sep + "Unity" + os.sep in path


def sources_of(path):
    """The sources a database entry compiles: those a unity file includes, or the file itself."""
    if not is_unity(path):
        return [path]
    with open(path, encoding="utf-8") as f:
        return [os.path.realpath(p) for p in UNITY_INCLUDE.findall(f.read())]


def units_to_check(entries, prefixes):
    """The entries to run clang-tidy on: each first-party source in one of them, and none twice
    (a fuzz target or a test may compile a source of src/ again)."""
    units, covered = [], set()
    for entry in entries:
        unit = os.path.realpath(os.path.join(entry["directory"], entry["file"]))
        ours = [s for s in sources_of(unit) if s.startswith(prefixes)]
        if ours and not covered.issuperset(ours):
            units.append((unit, ours))
            covered.update(ours)
    return units, covered


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
    # clang-tidy takes its configuration from the folder of the file it runs on, which for a unity
    # file is in the build tree: only the root .clang-tidy applies, so none may stand below it.
    nested = [os.path.join(d, ".clang-tidy") for folder in FOLDERS
              for d, _, names in os.walk(os.path.join(root, folder)) if ".clang-tidy" in names]
    if nested:
        print("\n".join(f"{os.path.relpath(n, root)}: not read in a unity build; "
                        "put the checks in the root .clang-tidy" for n in nested))
        return 1
    units, covered = units_to_check(entries, prefixes)

    def tidy(unit):
        path, _ = unit
        # g++'s flags are in the database: clang warns of the warnings it does not know and of the
        # options it takes but does not use (cmake/UnityBuild.cmake's --param).
        command = [tool, "-p", build, "--quiet", "--extra-arg=-Wno-unknown-warning-option",
                   "--extra-arg=-Wno-unused-command-line-argument"]
        if is_unity(path):
            command.append("--checks=" + UNITY_CHECKS)
        run = subprocess.run(command + [path], capture_output=True, text=True)
        return unit, run.returncode, run.stdout

    bad = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for (path, sources), code, out in pool.map(tidy, units):
            if code != 0 or out.strip():
                bad += 1
                names = ", ".join(os.path.relpath(s, root) for s in sources)
                print(out.strip() or f"{names}: clang-tidy exited {code}")
    print(f"{len(covered)} files in {len(units)} units, {bad} units with findings")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
