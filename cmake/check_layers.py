#!/usr/bin/env python3
"""Fails when a source includes a header of a layer that is not below its own.

The layers as the top CMakeLists.txt links them (docs/architecture.md): a chain
text, model, grammar, ingest, parse, status, diff, rules, reports; beside each other
on the reports rules_testing, index and api (none includes another); and cli on
rules_testing and index (the CLI does not go through the api). A file's layer is its folder: src/<layer>/…, grammar/…, reports/….
An include "<layer>/…" of its own layer or one below is allowed; any other is printed
as file:line:column and the exit is 1.
Usage: check_layers.py SOURCE_DIR
"""
import pathlib
import re
import sys

# Each layer and the layers it stands on directly.
STANDS_ON = {
    "text": [],
    "model": ["text"],
    "grammar": ["model"],
    "ingest": ["grammar"],
    "parse": ["ingest"],
    "status": ["parse"],
    "diff": ["status"],
    "rules": ["diff"],
    "reports": ["rules"],
    "rules_testing": ["reports"],
    "index": ["reports"],
    "api": ["reports"],
    "cli": ["rules_testing", "index"],
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([a-z_]+)/')


def below(layer: str) -> set[str]:
    """The layer itself and every layer under it."""
    out = {layer}
    for lower in STANDS_ON[layer]:
        out |= below(lower)
    return out


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
    allowed = {layer: below(layer) for layer in STANDS_ON}
    wrong = 0
    for path in sources:
        own = layer_of(root, path)
        if own not in STANDS_ON:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            m = INCLUDE.match(line)
            if m and m.group(1) in STANDS_ON and m.group(1) not in allowed[own]:
                print(f"{path.relative_to(root)}:{number}:{m.start(1) + 1}: the {own} layer includes "
                      f"{m.group(1)}/, a layer not below it", file=sys.stderr)
                wrong += 1
    print(f"{len(sources)} sources, {wrong} includes upward")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
