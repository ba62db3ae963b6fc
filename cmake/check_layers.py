#!/usr/bin/env python3
"""Fails when a source includes a header of a layer above its own.

The layers, lowest first, as the top CMakeLists.txt links them (docs/architecture.md):
text, model, grammar, ingest, parse, status, diff, rules, reports, index, api, cli
(index and api both stand on the reports; neither includes the other). A file's layer
is its folder: src/<layer>/…, grammar/…, reports/…. An include "<layer>/…" of the same
or a lower layer is allowed; any other is printed as file:line:column and the exit is 1.
Usage: check_layers.py SOURCE_DIR
"""
import pathlib
import re
import sys

LAYERS = ["text", "model", "grammar", "ingest", "parse", "status", "diff", "rules", "reports", "index", "api", "cli"]
RANK = {name: i for i, name in enumerate(LAYERS)}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([a-z_]+)/')


def layer_of(root: pathlib.Path, path: pathlib.Path) -> str | None:
    parts = path.relative_to(root).parts
    if parts[0] == "src" and len(parts) > 2:
        return parts[1]
    if parts[0] in ("grammar", "reports"):
        return parts[0]
    return None


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    root = pathlib.Path(sys.argv[1]).resolve()
    sources = [p for d in ("src", "grammar", "reports") for p in sorted((root / d).rglob("*")) if p.suffix in (".cpp", ".hpp")]
    wrong = 0
    for path in sources:
        own = layer_of(root, path)
        if own not in RANK:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            m = INCLUDE.match(line)
            if m and m.group(1) in RANK and RANK[m.group(1)] > RANK[own]:
                print(f"{path.relative_to(root)}:{number}:{m.start(1) + 1}: the {own} layer includes "
                      f"{m.group(1)}/, a layer above it", file=sys.stderr)
                wrong += 1
    print(f"{len(sources)} sources, {wrong} includes upward")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
