#!/usr/bin/env python3
"""Where the program, the library and the modules look for libraries: never in the working folder.

A run path that cmake rewrites at install is padded with ':' in the build tree, an empty entry,
which ld.so reads as the working folder: a libyaml-cpp.so.0.7 left in the folder a run starts
from (a draft repository checked out by CI, as root) was loaded into the program. Every run path
entry must be $ORIGIN-relative, and the loader, asked to say where it looks (LD_DEBUG=libs) while
the program starts and opens the .docx module from an empty folder, must try absolute paths only.

    load_path_test.py PROGRAM LIBRARY DOCX MODULE...
"""
import os
import subprocess
import sys
import tempfile


def run_path_problems(binary: str) -> list[str]:
    shown = subprocess.run(["readelf", "-d", binary], capture_output=True, text=True, check=True).stdout
    problems = []
    for line in shown.splitlines():
        if "(RUNPATH)" not in line and "(RPATH)" not in line:
            continue
        value = line[line.index("[") + 1:line.rindex("]")]
        for entry in value.split(":"):
            if not entry.startswith("$ORIGIN"):
                problems.append(f"{binary}: run path entry {entry!r} of {value!r} is not $ORIGIN-relative")
    return problems


def loader_problems(program: str, docx: str) -> list[str]:
    with tempfile.TemporaryDirectory() as empty:
        done = subprocess.run([program, "parse", "--format", "outline", docx], cwd=empty,
                              env={**os.environ, "LD_DEBUG": "libs"}, capture_output=True, text=True)
    if done.returncode != 0:
        return [f"{program} parse {docx} exited {done.returncode}: {done.stderr[-2000:]}"]
    tried = [line.split("trying file=", 1)[1] for line in done.stderr.splitlines() if "trying file=" in line]
    if not any("libzip" in path for path in tried):
        return [f"the loader said nothing of libzip's search while {program} read {docx}"]
    return [f"the loader tried {path}, relative to the working folder" for path in tried if not path.startswith("/")]


def main() -> int:
    program, library, docx, *modules = map(os.path.abspath, sys.argv[1:])
    problems = [p for binary in [program, library, *modules] for p in run_path_problems(binary)]
    problems += loader_problems(program, docx)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"{2 + len(modules)} binaries: run paths $ORIGIN-relative; the loader tried absolute paths only")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
