#!/usr/bin/env python3
"""The libraries the program loads at every start: none of those only some runs need.

poppler (PDF), libzip (.docx, OFD) and what they link are in modules opened at the first such file
(src/ingest/module.hpp), libpq at the first PostgreSQL URL (src/index/libpq.hpp); SQLite is linked
in (Debian binds its shared library at load, every symbol at once). Loaded at start, their
relocations cost every run, `--version` included. (spdlog stays a shared library: compiled in from
its headers, each of the ten files that log took 70–90 s to build on a loaded machine, for a
fraction of a millisecond at start.) The dynamic loader lists what it loads
(LD_TRACE_LOADED_OBJECTS, as ldd does) without running the program.
"""
import os
import re
import subprocess
import sys

# Libraries of the modules and what they alone bring in, libpq, and those linked in.
ONLY_SOME_RUNS = re.compile(r"lib(poppler|zip|crypto|bz2|pq|sqlite3)[.-]")


def main() -> int:
    program = sys.argv[1]
    done = subprocess.run([program], env={**os.environ, "LD_TRACE_LOADED_OBJECTS": "1"},
                          capture_output=True, text=True, check=True)
    loaded = [line.split()[0] for line in done.stdout.splitlines() if line.strip()]
    if not any(name.startswith("libstdc++") for name in loaded):
        print(f"the loader listed no libstdc++ for {program}:\n{done.stdout}", file=sys.stderr)
        return 1
    wrong = [name for name in loaded if ONLY_SOME_RUNS.match(name)]
    if wrong:
        print(f"{program} loads at every start: {', '.join(wrong)}", file=sys.stderr)
        return 1
    print(f"{len(loaded)} libraries at start, none of a module's")
    return 0


if __name__ == "__main__":
    sys.exit(main())
